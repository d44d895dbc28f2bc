import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, notFound } from '../core/errors.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit } from '../network/units.ts';
import { completeness } from './completeness.ts';
import { ensureCycle } from './cycles.ts';
import { L, reportPath, statusLabel } from './labels.ts';
import { setCycleClosed, viDate } from './workflow.ts';
import { localDateTime } from '../core/time.ts';

/** Completeness and timeliness for a parent: which children submitted, on time or late, which are missing. */
export const progressPage = new Hono<AppEnv>()
  .get('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    const year = Number(c.req.param('year'));
    if (!unit || !Number.isInteger(year)) throw notFound('đơn vị', 'Unit');
    if (!(await canReadUnit(db, c.var.principal, unit.id))) throw forbidden();
    const ctx = pageContext(c);
    const { lang } = ctx;
    const p = await completeness(db, unit, year);
    const title = L(lang, `Tiến độ báo cáo năm ${year} — ${unit.name}`, `Reporting progress ${year} — ${unit.name}`);
    const canClose = c.var.principal?.role === 'admin' || c.var.principal?.role === 'official';
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p><a href={reportPath(unit.code, year)}>← {L(lang, `Báo cáo của ${unit.name}`, `${unit.name}’s report`)}</a></p>
        <h1>{title}</h1>
        <p>
          {L(lang, 'Hạn nộp', 'Due')}: {viDate(p.cycle.deadline)}{p.cycle.closedAt ? L(lang, ' · kỳ báo cáo đã khóa', ' · cycle closed') : ''} ·{' '}
          <span data-summary="">{L(lang, `${p.submitted}/${p.children.length} đã gửi, ${p.onTime} đúng hạn, ${p.late} trễ hạn, ${p.missing} chưa gửi`, `${p.submitted}/${p.children.length} submitted, ${p.onTime} on time, ${p.late} late, ${p.missing} missing`)}</span>
        </p>
        <table>
          <caption>{L(lang, 'Các đơn vị trực thuộc', 'Units below')}</caption>
          <thead><tr><th scope="col">{L(lang, 'Đơn vị', 'Unit')}</th><th scope="col">{L(lang, 'Trạng thái', 'Status')}</th><th scope="col">{L(lang, 'Gửi lúc', 'Submitted')}</th><th scope="col">{L(lang, 'Đúng hạn', 'On time')}</th></tr></thead>
          <tbody>
            {p.children.map((ch) => (
              <tr data-unit={ch.unit.code}>
                <th scope="row">{ch.reportId ? <a href={reportPath(ch.unit.code, year)}>{ch.unit.name}</a> : ch.unit.name}</th>
                <td>{statusLabel(ch.status, lang)}</td>
                <td>{ch.submittedAt ? localDateTime(ch.submittedAt).replace('T', ' ') : '—'}</td>
                <td>{ch.onTime === null ? '—' : ch.onTime ? L(lang, 'Đúng hạn', 'On time') : L(lang, 'Trễ hạn', 'Late')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {canClose ? (
          <form method="post" action={`${reportPath(unit.code, year)}/tien-do`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <input type="hidden" name="closed" value={p.cycle.closedAt ? '0' : '1'} />
            <button type="submit">{p.cycle.closedAt ? L(lang, 'Mở lại kỳ báo cáo', 'Reopen the cycle') : L(lang, 'Khóa kỳ báo cáo (không nhận thêm báo cáo)', 'Close the cycle (no more submissions)')}</button>
          </form>
        ) : null}
      </Layout>,
    );
  })
  .post('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    const year = Number(c.req.param('year'));
    if (!unit || !Number.isInteger(year)) throw notFound('đơn vị', 'Unit');
    const body = await c.req.parseBody();
    const cycle = await ensureCycle(db, unit.id, year);
    await setCycleClosed(db, cycle.id, unit.id, c.var.principal!, body.closed === '1');
    return c.redirect(`${reportPath(unit.code, year)}/tien-do`, 303);
  });
