import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { Unit } from '../network/units.ts';
import { completeness, reminderFor } from './completeness.ts';
import { cycleOf } from './cycles.ts';
import { L, reportPath, statusLabel } from './labels.ts';
import { findReport } from './reports.ts';
import { viDate } from './workflow.ts';
import { todayLocal } from '../core/time.ts';

/**
 * The unit dashboard's reporting block (officials and admins): the unit's own report for the
 * year with its deadline and a reminder from 14 days before it; the children's progress.
 */
export async function ReportingBlock(props: { db: DB; unit: Unit; year: number; principal: Principal | undefined; lang: 'vi' | 'en'; today?: string }) {
  const { db, unit, year, principal: p, lang } = props;
  if (!p || (p.role !== 'official' && p.role !== 'admin')) return null;
  const today = props.today ?? todayLocal();
  const own = await findReport(db, unit.id, year);
  const cycle = own?.cycle ?? (await cycleOf(db, unit.parentId ?? unit.id, year));
  const status = own && own.status !== 'draft' ? own.status : own ? 'draft' : 'missing';
  const reminder = reminderFor(cycle.deadline, today, status);
  const progress = await completeness(db, unit, year);
  return (
    <section aria-labelledby="report-h">
      <h2 id="report-h">{L(lang, `Báo cáo năm ${year}`, `Annual report ${year}`)}</h2>
      {reminder ? (
        <p role="status" class="reminder">
          {reminder.overdue
            ? L(lang, `Đã quá hạn báo cáo ${-reminder.daysLeft} ngày (hạn ${viDate(cycle.deadline)}).`, `The report is ${-reminder.daysLeft} days overdue (due ${cycle.deadline}).`)
            : L(lang, `Còn ${reminder.daysLeft} ngày đến hạn báo cáo (${viDate(cycle.deadline)}).`, `${reminder.daysLeft} days left until the report is due (${cycle.deadline}).`)}
        </p>
      ) : null}
      <p>
        <a href={reportPath(unit.code, year)}>{L(lang, 'Báo cáo của đơn vị', 'This unit’s report')}</a>: {statusLabel(status, lang)} · {L(lang, 'hạn', 'due')} {viDate(cycle.deadline)}
        {own?.onTime === false ? ` · ${L(lang, 'trễ hạn', 'late')}` : ''}
      </p>
      {progress.children.length > 0 ? (
        <p>
          <a href={`${reportPath(unit.code, year)}/tien-do`}>{L(lang, 'Tiến độ báo cáo của đơn vị trực thuộc', 'Reporting progress of the units below')}</a>:{' '}
          {L(lang, `${progress.submitted}/${progress.children.length} đã gửi (${progress.onTime} đúng hạn, ${progress.late} trễ hạn), ${progress.missing} chưa gửi`, `${progress.submitted}/${progress.children.length} submitted (${progress.onTime} on time, ${progress.late} late), ${progress.missing} missing`)}
        </p>
      ) : null}
    </section>
  );
}
