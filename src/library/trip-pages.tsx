import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, formatNumber, parseNumber } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { todayLocal } from '../core/time.ts';
import { circulationDesk, deskOf } from './desk.ts';
import { dayTyped } from './day-typed.ts';
import { refusal, type Refusal } from './form-bits.tsx';
import { deskText } from './desk-messages.ts';
import { visitTripText } from './visit-trip-messages.ts';
import type { Place } from './places.ts';
import { addTripItems, barcodesTyped, createTrip, lendAtStop, recordStopVisitors, tripOf, tripsOf } from './trips.ts';
import { tripsPath, tripsView, tripView } from './trip-view.tsx';

/**
 * Mobile-library trips at the desk (issue 20): `/thu-vien/<code>/luu-dong` lists the trips made and records one with
 * its stops and the copies it carries; `/thu-vien/<code>/luu-dong/<id>` is a trip: readers per stop entered and
 * corrected (the statistics move by the difference), loans at a stop from the copies carried, more copies added.
 * Whoever may write the library's data works the trips (desk.ts); lending is its own staff's (and admins').
 */
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const SHOWN = [403, 404, 409, 422];
type Status = 200 | 403 | 404 | 409 | 422;

const library = (c: AppContext) => deskOf(c.var.store.db, c.var.principal, c.req.param('code') ?? '');
const ownStaff = (c: AppContext, lib: Place) => c.var.principal?.role === 'staff' && c.var.principal.institutionId === lib.id;
const circulates = (c: AppContext, lib: Place) => ownStaff(c, lib) || c.var.principal?.role === 'admin';
const userId = (c: AppContext) => c.var.principal?.userId ?? null;
const tripId = (c: AppContext) => Number(c.req.param('id'));

async function body(c: AppContext): Promise<Record<string, string>> {
  const raw = await c.req.parseBody();
  const b = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, text(v)]));
  delete b._csrf;
  return b;
}

const refused = (e: unknown) => e instanceof UserError && SHOWN.includes(e.status) && !(e.status === 404 && !e.problems.length);

async function listPage(c: AppContext, lib: Place, notice: string | null, r?: Refusal, status: Status = 200) {
  const trips = await tripsOf(c.var.store.db, lib.id);
  return c.html(tripsView({ ctx: pageContext(c), lib, trips, today: todayLocal(), notice, r }), status);
}

async function tripPage(c: AppContext, lib: Place, q: { notice: string | null; card?: string; stop?: number | null }, r?: Refusal, status: Status = 200) {
  const trip = await tripOf(c.var.store.db, lib.id, tripId(c));
  const view = tripView({
    ctx: pageContext(c),
    lib,
    trip,
    circulates: circulates(c, lib),
    names: ownStaff(c, lib),
    card: q.card ?? '',
    stop: q.stop ?? null,
    notice: q.notice,
    r,
  });
  return c.html(view, status);
}

/** A form of a trip's page: done, back to the trip saying so (at the stop acted on); refused, the trip with the form as typed. */
async function act(
  c: AppContext,
  form: string,
  work: (lib: Place, b: Record<string, string>) => Promise<{ notice: string; query?: Record<string, string>; at?: string }>,
) {
  const lib = await library(c);
  const b = await body(c);
  try {
    const done = await work(lib, b);
    const q = new URLSearchParams({ ...done.query, tb: done.notice });
    return c.redirect(`${tripsPath(lib, `/${tripId(c)}`)}?${q}${done.at ? `#${done.at}` : ''}`, 303);
  } catch (e) {
    if (!refused(e)) throw e;
    const u = e as UserError;
    return tripPage(c, lib, { notice: null }, refusal(c.var.lang, form, u, b), u.status as Status);
  }
}

const count = (c: AppContext, v: string | undefined) => {
  const n = parseNumber(v ?? '', c.var.lang);
  return n.ok && n.value !== null ? n.value : Number.NaN;
};

export const tripPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/luu-dong', requireLogin())
  .use('/thu-vien/:code/luu-dong/*', requireLogin())
  .get('/thu-vien/:code/luu-dong', async (c) => listPage(c, await library(c), c.req.query('tb') ?? null))
  .post('/thu-vien/:code/luu-dong', async (c) => {
    const lib = await library(c);
    const b = await body(c);
    try {
      const day = dayTyped(b.day ?? '');
      const stops = (b.stops ?? '').split('\n').map((place) => ({ place }));
      const { tripId: id } = await createTrip(
        c.var.store.db,
        { institutionId: lib.id, day, name: b.name ?? '', stops, barcodes: barcodesTyped(b.barcodes ?? '') },
        userId(c),
      );
      const trip = await tripOf(c.var.store.db, lib.id, id);
      const notice = visitTripText(c.var.lang).tripCreated({ name: trip.name, day: formatDate(trip.day) });
      return c.redirect(`${tripsPath(lib, `/${id}`)}?${new URLSearchParams({ tb: notice })}`, 303);
    } catch (e) {
      if (!refused(e)) throw e;
      const u = e as UserError;
      return listPage(c, lib, null, refusal(c.var.lang, 'trip', u, b), u.status as Status);
    }
  })
  .get('/thu-vien/:code/luu-dong/:id{[0-9]+}', async (c) => {
    const stop = Number(c.req.query('diem'));
    return tripPage(c, await library(c), { notice: c.req.query('tb') ?? null, card: c.req.query('the') ?? '', stop: Number.isInteger(stop) ? stop : null });
  })
  .post('/thu-vien/:code/luu-dong/:id{[0-9]+}/diem/:stop{[0-9]+}/ban-doc', (c) => {
    const stop = Number(c.req.param('stop'));
    return act(c, `r${stop}`, async (lib, b) => {
      const visitors = count(c, b.visitors);
      const r = await recordStopVisitors(c.var.store.db, lib.id, stop, visitors, userId(c));
      const place = (await tripOf(c.var.store.db, lib.id, tripId(c))).stops.find((s) => s.id === stop)?.place ?? '';
      const n = (x: number) => formatNumber(c.var.lang, x, 0);
      return { notice: visitTripText(c.var.lang).readersSaved({ visitors: n(visitors), place, old: n(r.old) }), at: `diem-${stop}` };
    });
  })
  .post('/thu-vien/:code/luu-dong/:id{[0-9]+}/diem/:stop{[0-9]+}/muon', (c) => {
    const stop = Number(c.req.param('stop'));
    return act(c, `l${stop}`, async (lib, b) => {
      await circulationDesk(c.var.store.db, c.var.principal, lib.code);
      const trip = await tripOf(c.var.store.db, lib.id, tripId(c));
      const place = trip.stops.find((s) => s.id === stop)?.place ?? '';
      const r = await lendAtStop(c.var.store.db, { institutionId: lib.id, stopId: stop, barcode: b.barcode ?? '', card: b.card ?? '', userId: userId(c) });
      const t = deskText(c.var.lang);
      const patron = r.patron ?? t.readerOfCard({ card: r.card });
      return {
        notice: visitTripText(c.var.lang).lentAt({ patron, barcode: r.barcode, place, due: formatDate(r.dueAt) }),
        // no fragment: a page opened at a fragment does not focus its autofocus field (the barcode, for the next scan)
        query: { the: (b.card ?? '').trim(), diem: String(stop) },
      };
    });
  })
  .post('/thu-vien/:code/luu-dong/:id{[0-9]+}/sach', (c) =>
    act(c, 'carry', async (lib, b) => {
      const added = await addTripItems(c.var.store.db, lib.id, tripId(c), barcodesTyped(b.barcodes ?? ''), userId(c));
      return { notice: visitTripText(c.var.lang).itemsAdded({ n: formatNumber(c.var.lang, added, 0) }), at: 'carried-h' };
    }),
  );
