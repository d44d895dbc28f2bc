import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { formatDate, formatNumber, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { canReadUnit } from '../network/access.ts';
import { networkErrors } from '../network/messages.ts';
import { findUnit, type Unit } from '../network/units.ts';
import { confirmed, confirmPage } from './confirm.tsx';
import { reportPath } from './labels.ts';
import { reportingErrors, reportingText } from './messages.ts';
import { mailTransport } from './reminder-mail.ts';
import { mayRemind, remindChildren, reminderList, type ReminderList } from './reminders.ts';

const remindPath = (unit: Unit, year: number) => `${reportPath(unit.code, year)}/tien-do/nhac`;

/** The progress page's reminder block: how many units a reminder would reach today, and the button. */
export function ReminderSection(props: { lang: Lang; unit: Unit; year: number; list: ReminderList; csrf: string }) {
  const { lang, list } = props;
  const t = reportingText(lang);
  if (list.cycleClosed || (list.toRemind.length === 0 && list.remindedToday.length === 0)) return null;
  return (
    <section aria-labelledby="remind-h">
      <h2 id="remind-h">{t.remindTitle}</h2>
      {list.toRemind.length > 0 ? (
        <form method="post" action={remindPath(props.unit, props.year)}>
          <input type="hidden" name="_csrf" value={props.csrf} />
          <p>{t.remindPending({ n: formatNumber(lang, list.toRemind.length, 0) })}</p>
          <button type="submit" class="primary">
            {t.remindButton}
          </button>
        </form>
      ) : (
        <p>{t.remindAllToday}</p>
      )}
    </section>
  );
}

async function remindUnit(c: AppContext): Promise<{ unit: Unit; year: number }> {
  const { db } = c.var.store;
  const unit = await findUnit(db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
  if (!(await canReadUnit(db, c.var.principal, unit.id))) throw forbidden();
  if (!(await mayRemind(db, c.var.principal, unit))) throw forbidden(reportingErrors.onlyReceiverReminds());
  return { unit, year };
}

/** "Bạn có chắc…?" listing who the reminder reaches (and by which address), and who was already reminded today. */
async function confirmRemind(c: AppContext, unit: Unit, year: number) {
  const { lang } = pageContext(c);
  const t = reportingText(lang);
  const back = `${reportPath(unit.code, year)}/tien-do`;
  const list = await reminderList(c.var.store.db, unit, year);
  if (list.cycleClosed) throw new UserError(reportingErrors.remindClosedCycle({ year }), 409);
  if (list.toRemind.length === 0) return c.redirect(`${back}?ok=nhac-roi`, 303);
  const smtp = Boolean(process.env.LIFELONG_SMTP_URL);
  return confirmPage(c, {
    action: remindPath(unit, year),
    verb: t.doRemind,
    effect: t.remindEffect({ year, due: formatDate(list.deadline), n: formatNumber(lang, list.toRemind.length, 0) }),
    fields: {},
    back,
    details: (
      <>
        <h2 id="recipients-h">{t.remindRecipients}</h2>
        <ul aria-labelledby="recipients-h" class="recipients">
          {list.toRemind.map((r) => (
            <li data-unit={r.unitCode}>
              <strong>{r.unitName}</strong>: {r.emails.length > 0 ? r.emails.join(', ') : t.remindNoEmail}
            </li>
          ))}
        </ul>
        {list.remindedToday.length > 0 ? <p>{t.remindSkipped({ units: list.remindedToday.map((r) => r.unitName).join(', ') })}</p> : null}
        {smtp ? null : <p class="muted">{t.remindNoSmtp}</p>}
      </>
    ),
  });
}

/** Reminders from the progress page: the button asks first (the list of recipients), the confirmed post sends. */
export const reminderPage = new Hono<AppEnv>()
  .use('/bao-cao/:code/:year/tien-do/nhac', requireLogin())
  .get('/bao-cao/:code/:year/tien-do/nhac', async (c) => {
    const { unit, year } = await remindUnit(c);
    return confirmRemind(c, unit, year);
  })
  .post('/bao-cao/:code/:year/tien-do/nhac', async (c) => {
    const { unit, year } = await remindUnit(c);
    const body = await c.req.parseBody();
    if (!confirmed(body)) return confirmRemind(c, unit, year);
    const r = await remindChildren(c.var.store.db, unit, year, c.var.principal, { transport: mailTransport() });
    const back = `${reportPath(unit.code, year)}/tien-do`;
    return c.redirect(r.sent.length === 0 ? `${back}?ok=nhac-roi` : `${back}?ok=nhac&n=${r.sent.length}&m=${r.mails}`, 303);
  });
