import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { networkErrors } from '../network/messages.ts';
import { findUnit } from '../network/units.ts';
import { yearParam } from '../statistics/years.ts';
import { activityCalendar } from './calendar.ts';
import { thisYear } from '../core/time.ts';
import { plansText } from './messages.ts';

/** The unit's activity calendar: the commemorative days its plans (and those above) tie activities to. */
export const calendarPages = new Hono<AppEnv>().get('/don-vi/:code/lich', async (c) => {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const pt = plansText(ctx.lang);
  const unit = await findUnit(db, c.req.param('code'));
  if (!unit) throw new UserError(networkErrors.unitNotFound(), 404);
  const year = yearParam(c.req.query('nam'), thisYear());
  const entries = await activityCalendar(db, unit.id, year);
  const title = pt.calendarTitle({ year });
  return c.html(
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/don-vi/${encodeURIComponent(unit.code)}?nam=${year}`}>← {unit.name}</a>
      </p>
      <h1>
        {title} — {unit.name}
      </h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{pt.date}</th>
            <th scope="col">{pt.occasion}</th>
            <th scope="col">{ctx.t.plans}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>
                {e.date.slice(8)}/{e.date.slice(5, 7)}
              </td>
              <td>{e.label}</td>
              <td>
                <a href={`/ke-hoach/${e.planId}`}>{e.plan}</a> <span class="muted">({e.unit})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
});
