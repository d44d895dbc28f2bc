import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit, type Unit } from '../network/units.ts';
import { confirmed, confirmPage } from './confirm.tsx';
import { completeness } from './completeness.ts';
import { ensureCycle } from './cycles.ts';
import { dateTime, reportPath } from './labels.ts';
import { reportingText, statusName } from './messages.ts';
import { setCycleClosed } from './workflow.ts';

/** Completeness and timeliness for a parent: which children submitted, on time or late, which are missing. */
export const progressPage = new Hono<AppEnv>()
  .use('/bao-cao/:code/:year/tien-do', requireLogin())
  .get('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    const year = Number(c.req.param('year'));
    if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
    if (!(await canReadUnit(db, c.var.principal, unit.id))) throw forbidden();
    const ctx = pageContext(c);
    const { lang } = ctx;
    const t = reportingText(lang);
    const p = await completeness(db, unit, year);
    const title = t.progressTitle({ year, unit: unit.name });
    const canClose = c.var.principal.role === 'admin' || c.var.principal.role === 'official';
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p>
          <a href={reportPath(unit.code, year)}>← {t.reportOf({ unit: unit.name })}</a>
        </p>
        <h1>{title}</h1>
        {c.req.query('ok') === 'khoa' || c.req.query('ok') === 'mo' ? (
          <p role="status">{c.req.query('ok') === 'khoa' ? t.cycleClosedDone : t.cycleReopenedDone}</p>
        ) : null}
        <p>
          {t.due}: {formatDate(p.cycle.deadline)}
          {p.cycle.closedAt ? t.cycleClosed : ''} · <span data-summary="">{t.progressSummary({ ...p, total: p.children.length })}</span>
        </p>
        <table>
          <caption>{t.unitsBelow}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t.unit}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.sentAt}</th>
              <th scope="col">{t.onTimeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {p.children.map((ch) => (
              <tr data-unit={ch.unit.code}>
                <th scope="row">{ch.reportId ? <a href={reportPath(ch.unit.code, year)}>{ch.unit.name}</a> : ch.unit.name}</th>
                <td>{statusName(lang, ch.status)}</td>
                <td>{dateTime(ch.submittedAt)}</td>
                <td>{ch.onTime === null ? '—' : ch.onTime ? t.onTimeColumn : t.lateCell}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {canClose ? (
          <form method="post" action={`${reportPath(unit.code, year)}/tien-do`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <input type="hidden" name="closed" value={p.cycle.closedAt ? '0' : '1'} />
            <button type="submit">{p.cycle.closedAt ? t.reopenCycle : t.closeCycle}</button>
          </form>
        ) : null}
      </Layout>,
    );
  })
  .get('/bao-cao/:code/:year/tien-do/khoa', async (c) => {
    const { unit, year } = await cycleUnit(c);
    return confirmCycle(c, unit, year, c.req.query('closed') !== '0');
  })
  .post('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const { unit, year } = await cycleUnit(c);
    const body = await c.req.parseBody();
    const closing = body.closed === '1';
    // one click locks a whole cycle: the click asks first (no JavaScript needed), the confirmed post acts
    if (!confirmed(body)) return confirmCycle(c, unit, year, closing);
    const cycle = await ensureCycle(db, unit.id, year);
    await setCycleClosed(db, cycle.id, unit.id, c.var.principal, closing);
    return c.redirect(`${reportPath(unit.code, year)}/tien-do?ok=${closing ? 'khoa' : 'mo'}`, 303);
  });

async function cycleUnit(c: AppContext): Promise<{ unit: Unit; year: number }> {
  const unit = await findUnit(c.var.store.db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
  if (!(await canReadUnit(c.var.store.db, c.var.principal, unit.id))) throw forbidden();
  return { unit, year };
}

/** "Bạn có chắc…?" before closing (or reopening) a cycle, with how many units below it shuts out. */
async function confirmCycle(c: AppContext, unit: Unit, year: number, closing: boolean) {
  const t = reportingText(pageContext(c).lang);
  const { missing } = await completeness(c.var.store.db, unit, year);
  const params = { year, unit: unit.name, missing };
  return confirmPage(c, {
    action: `${reportPath(unit.code, year)}/tien-do`,
    verb: closing ? t.doCloseCycle : t.doReopenCycle,
    effect: closing ? t.closeCycleEffect(params) : t.reopenCycleEffect(params),
    fields: { closed: closing ? '1' : '0' },
    back: `${reportPath(unit.code, year)}/tien-do`,
  });
}
