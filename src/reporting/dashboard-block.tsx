import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { Unit } from '../network/units.ts';
import { completeness, reminderFor } from './completeness.ts';
import { askedToReport } from './expected.ts';
import { NotAskedNote } from './not-asked.tsx';
import { formatDate, type Lang } from '../core/i18n/index.ts';
import { reportPath } from './labels.ts';
import { reportingText, statusName } from './messages.ts';
import { findReport } from './reports.ts';
import { lastReminder } from './reminders.ts';
import { todayLocal } from '../core/time.ts';

/**
 * The unit dashboard's reporting block (officials and admins): the unit's own report for the
 * year with its deadline and a reminder from 14 days before it; the children's progress.
 */
export async function ReportingBlock(props: { db: DB; unit: Unit; year: number; principal: Principal | undefined; lang: Lang; today?: string }) {
  const { db, unit, year, principal: p, lang } = props;
  if (!p || (p.role !== 'official' && p.role !== 'admin')) return null;
  const today = props.today ?? todayLocal();
  const own = await findReport(db, unit.id, year);
  const { asked, cycle: parentCycle } = await askedToReport(db, unit, year);
  const cycle = own?.cycle ?? parentCycle;
  const status = own && own.status !== 'draft' ? own.status : own ? 'draft' : 'missing';
  // a unit not asked for the year (ended before its deadline) is told so, never that it is late
  const reminder = asked ? reminderFor(cycle.deadline, today, status) : null;
  const progress = await completeness(db, unit, year, today);
  const reminded = reminder ? await lastReminder(db, unit.id, year) : undefined;
  const t = reportingText(lang);
  const due = formatDate(cycle.deadline);
  return (
    <section aria-labelledby="report-h">
      <h2 id="report-h">{t.annualReport({ year })}</h2>
      {reminder ? (
        <p role="status" class="reminder">
          {reminder.overdue ? t.overdue({ days: -reminder.daysLeft, due }) : t.daysLeft({ days: reminder.daysLeft, due })}
          {reminded ? ` ${t.remindedOn({ date: formatDate(reminded) })}` : ''}
        </p>
      ) : null}
      {asked ? null : await NotAskedNote({ db, unit, year, deadline: cycle.deadline, lang })}
      {asked || own ? (
        <p>
          <a href={reportPath(unit.code, year)}>{t.ownReport}</a>: {statusName(lang, status)} · {t.dueLower} {due}
          {own?.onTime === false ? ` · ${t.late}` : ''}
        </p>
      ) : null}
      {progress.children.length > 0 ? (
        <p>
          <a href={`${reportPath(unit.code, year)}/tien-do`}>{t.progressOfBelow}</a>: {t.blockSummary({ ...progress, total: progress.children.length })}
        </p>
      ) : null}
    </section>
  );
}
