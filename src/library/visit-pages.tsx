import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, formatNumber, parseNumber } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { thisMonth, todayLocal } from '../core/time.ts';
import { deskOf } from './desk.ts';
import { dayTyped, monthTyped } from './day-typed.ts';
import { refusal, type Refusal } from './form-bits.tsx';
import { visitTripText } from './visit-trip-messages.ts';
import type { Place } from './places.ts';
import { removeVisitView, visitsPath, visitsView } from './visit-view.tsx';
import { correctVisit, recordVisits, removeVisit, visitEntry, visitsOfMonth } from './visits.ts';

/**
 * Visits at the desk (issue 20): `/thu-vien/<code>/luot` records a day's door count, lists a month's entries day by
 * day and lets whoever may write the library's data (its staff, officials above it, admins: desk.ts) correct or remove
 * one; the statistics move by the difference. A refusal shows the page again, the form as typed, the reason beside it.
 */
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const SHOWN = [409, 422];
type Status = 200 | 409 | 422;

const library = (c: AppContext) => deskOf(c.var.store.db, c.var.principal, c.req.param('code') ?? '');

/** A count as typed ("1.234"); NaN when it is not a number, for the service to refuse beside the field. */
const countTyped = (c: AppContext, v: string) => {
  const n = parseNumber(v, c.var.lang);
  return n.ok && n.value !== null ? n.value : Number.NaN;
};

async function page(c: AppContext, lib: Place, month: string, notice: string | null, r?: Refusal, status: Status = 200) {
  const days = await visitsOfMonth(c.var.store.db, lib.id, month);
  return c.html(visitsView({ ctx: pageContext(c), lib, month, days, today: todayLocal(), notice, r }), status);
}

/** A form of the page: done, back to the day's month saying so; refused, the page again with the form as typed. */
async function act(
  c: AppContext,
  form: string,
  month: (b: Record<string, string>) => string,
  work: (lib: Place, b: Record<string, string>) => Promise<{ day: string; notice: string }>,
) {
  const lib = await library(c);
  const raw = await c.req.parseBody();
  const b = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, text(v)]));
  delete b._csrf;
  try {
    const done = await work(lib, b);
    return c.redirect(`${visitsPath(lib)}?${new URLSearchParams({ thang: done.day.slice(0, 7), tb: done.notice })}#ngay-${done.day}`, 303);
  } catch (e) {
    if (!(e instanceof UserError) || !SHOWN.includes(e.status)) throw e;
    return page(c, lib, monthTyped(month(b), thisMonth()), null, refusal(c.var.lang, form, e, b), e.status as Status);
  }
}

export const visitPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/luot', requireLogin())
  .use('/thu-vien/:code/luot/*', requireLogin())
  .get('/thu-vien/:code/luot', async (c) => page(c, await library(c), monthTyped(c.req.query('thang'), thisMonth()), c.req.query('tb') ?? null))
  .post('/thu-vien/:code/luot', (c) =>
    act(
      c,
      'vis',
      (b) => dayTyped(b.day ?? '').slice(0, 7),
      async (lib, b) => {
        const day = b.day?.trim() ? dayTyped(b.day) : todayLocal();
        const count = countTyped(c, b.count ?? '');
        await recordVisits(c.var.store.db, { institutionId: lib.id, day, count, source: 'door' }, c.var.principal?.userId ?? null);
        return { day, notice: visitTripText(c.var.lang).recordedDay({ count: formatNumber(c.var.lang, count, 0), day: formatDate(day) }) };
      },
    ),
  )
  .post('/thu-vien/:code/luot/:id{[0-9]+}', (c) =>
    act(
      c,
      `e${c.req.param('id')}`,
      (b) => b.thang ?? '',
      async (lib, b) => {
        const count = countTyped(c, b.count ?? '');
        const r = await correctVisit(c.var.store.db, lib.id, Number(c.req.param('id')), count, c.var.principal?.userId ?? null);
        const t = visitTripText(c.var.lang);
        const n = (x: number) => formatNumber(c.var.lang, x, 0);
        const notice =
          r.old === r.count
            ? t.unchanged({ day: formatDate(r.day), count: n(r.count) })
            : t.corrected({ day: formatDate(r.day), old: n(r.old), count: n(r.count) });
        return { day: r.day, notice };
      },
    ),
  )
  .get('/thu-vien/:code/luot/:id{[0-9]+}/xoa', async (c) => {
    const lib = await library(c);
    const e = await visitEntry(c.var.store.db, lib.id, Number(c.req.param('id')));
    return c.html(removeVisitView({ ctx: pageContext(c), lib, e }));
  })
  .post('/thu-vien/:code/luot/:id{[0-9]+}/xoa', (c) =>
    act(
      c,
      'remove',
      () => '',
      async (lib) => {
        const r = await removeVisit(c.var.store.db, lib.id, Number(c.req.param('id')), c.var.principal?.userId ?? null);
        return { day: r.day, notice: visitTripText(c.var.lang).removed({ day: formatDate(r.day), count: formatNumber(c.var.lang, r.count, 0) }) };
      },
    ),
  );
