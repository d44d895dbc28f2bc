import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit } from '../network/units.ts';
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
  .post('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    const year = Number(c.req.param('year'));
    if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
    const body = await c.req.parseBody();
    const cycle = await ensureCycle(db, unit.id, year);
    await setCycleClosed(db, cycle.id, unit.id, c.var.principal, body.closed === '1');
    return c.redirect(`${reportPath(unit.code, year)}/tien-do`, 303);
  });
