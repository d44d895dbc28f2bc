import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, notFound, type Problem, type Said } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { checkout, type LoanReceipt } from './circulation.ts';
import { libraryErrors as E } from './errors.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
const upper = (s: string) => s.toUpperCase();

/** The barcodes typed (one a line, or separated by commas, spaces), each once whatever its case. */
export function barcodesTyped(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;]+/)
    .map((b) => clean(b))
    .filter((b) => b && !seen.has(upper(b)) && seen.add(upper(b)));
}

/**
 * The copies a trip takes along: the library's own, on its shelf (available). Each refused one is named with its
 * row; nothing is added unless all are fine. Returns the copies' ids.
 */
async function carriedItems(trx: DB, institutionId: number, barcodes: string[]): Promise<number[]> {
  if (barcodes.length === 0) return [];
  const items = await trx
    .selectFrom('lib_items')
    .select(['id', 'barcode', 'institution_id', 'at_institution_id', 'status'])
    .where(
      sql<string>`upper(barcode)`,
      'in',
      barcodes.map((b) => upper(b)),
    )
    .execute();
  const problems = barcodes.flatMap((b, i): Problem[] => {
    const it = items.find((x) => upper(x.barcode) === upper(b));
    const bad = (said: (p: { barcode: string }) => Said) => [{ row: i + 1, field: 'barcodes', said: said({ barcode: b }) }];
    if (!it) return bad(E.unknownBarcode);
    if (it.institution_id !== institutionId) return bad(E.tripItemNotOurs);
    if (it.status !== 'available' || it.at_institution_id !== institutionId) return bad(E.tripItemNotOnShelf);
    return [];
  });
  if (problems.length) throw new UserError(E.tripItemsRefused(), 422, problems);
  return items.map((it) => it.id);
}

/** A mobile-library trip (thư viện lưu động) with its stops and the copies it carries; it counts as one trip of the library. */
export async function createTrip(
  db: DB,
  t: { institutionId: number; day: string; name: string; stops: { place: string; unitId?: number | null }[]; barcodes?: string[] },
  userId: number | null,
): Promise<{ tripId: number; stopIds: number[] }> {
  const stops = t.stops.map((s) => ({ ...s, place: clean(s.place) })).filter((s) => s.place);
  if (!validDay(t.day)) throw new UserError(E.tripDayInvalid(), 422, [{ field: 'day', said: E.dayAsTyped() }]);
  if (stops.length === 0) throw new UserError(E.tripNoStops(), 422, [{ field: 'stops', said: E.addStop() }]);
  return inTransaction(db, async (trx) => {
    const items = await carriedItems(trx, t.institutionId, t.barcodes ?? []);
    const trip = await trx
      .insertInto('lib_trips')
      .values({ institution_id: t.institutionId, day: t.day, name: clean(t.name) || `Chuyến ${t.day}`, created_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ids = await trx
      .insertInto('lib_trip_stops')
      .values(stops.map((s, i) => ({ trip_id: trip.id, seq: i + 1, place: s.place, unit_id: s.unitId ?? null })))
      .returning('id')
      .execute();
    if (items.length)
      await trx
        .insertInto('lib_trip_items')
        .values(items.map((item_id) => ({ trip_id: trip.id, item_id })))
        .execute();
    await audit(trx, {
      userId,
      action: 'create',
      entity: 'lib_trip',
      key: String(trip.id),
      newValue: { day: t.day, stops: stops.map((s) => s.place), items: t.barcodes ?? [] },
    });
    await recordHappenings(trx, [{ institutionId: t.institutionId, element: 'LIB_MOBILE_TRIPS', date: t.day, count: 1 }], userId);
    return { tripId: trip.id, stopIds: ids.map((r) => r.id) };
  });
}

async function tripRow(db: DB, institutionId: number, tripId: number) {
  const t = await db.selectFrom('lib_trips').selectAll().where('id', '=', tripId).where('institution_id', '=', institutionId).executeTakeFirst();
  if (!t) throw notFound('chuyến lưu động', 'Mobile-library trip');
  return t;
}

/** More copies taken along on a trip (the library's own, on its shelf); those it carries already are left as they are. */
export async function addTripItems(db: DB, institutionId: number, tripId: number, barcodes: string[], userId: number | null): Promise<number> {
  if (barcodes.length === 0) throw new UserError(E.tripItemsRefused(), 422, [{ field: 'barcodes', said: E.oneBarcodeAtLeast() }]);
  return inTransaction(db, async (trx) => {
    await tripRow(trx, institutionId, tripId);
    const carried = new Set(
      (
        await trx
          .selectFrom('lib_trip_items as ti')
          .innerJoin('lib_items as it', 'it.id', 'ti.item_id')
          .select('it.barcode')
          .where('ti.trip_id', '=', tripId)
          .execute()
      ).map((r) => upper(r.barcode)),
    );
    const fresh = barcodes.filter((b) => !carried.has(upper(b)));
    const items = await carriedItems(trx, institutionId, fresh);
    if (items.length)
      await trx
        .insertInto('lib_trip_items')
        .values(items.map((item_id) => ({ trip_id: tripId, item_id })))
        .execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_trip', key: String(tripId), newValue: { itemsAdded: fresh } });
    return items.length;
  });
}

async function stopRow(db: DB, institutionId: number, stopId: number) {
  const s = await db
    .selectFrom('lib_trip_stops as s')
    .innerJoin('lib_trips as t', 't.id', 's.trip_id')
    .select(['s.id', 's.trip_id', 's.place', 's.visitors', 't.institution_id', 't.day'])
    .where('s.id', '=', stopId)
    .where('t.institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!s) throw notFound('điểm dừng', 'Stop');
  return s;
}

/**
 * Readers served at a stop, entered or corrected: they count as visits of the mobile library's institution on the
 * trip's day, moved by the difference from what the stop had (a correction never counts twice).
 */
export async function recordStopVisitors(db: DB, institutionId: number, stopId: number, visitors: number, userId: number | null): Promise<{ old: number }> {
  if (!Number.isInteger(visitors) || visitors < 0 || visitors > 100000)
    throw new UserError(E.stopReaders(), 422, [{ field: 'visitors', said: E.stopReaders() }]);
  return inTransaction(db, async (trx) => {
    const s = await stopRow(trx, institutionId, stopId);
    if (visitors === s.visitors) return { old: s.visitors };
    const r = await trx.updateTable('lib_trip_stops').set({ visitors }).where('id', '=', stopId).where('visitors', '=', s.visitors).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new UserError(E.visitChanged(), 409, [{ field: 'visitors', said: E.visitChanged() }]);
    await audit(trx, { userId, action: 'update', entity: 'lib_trip_stop', key: String(stopId), oldValue: s.visitors, newValue: visitors });
    await recordHappenings(trx, [{ institutionId: s.institution_id, element: 'LIB_VISITS', date: s.day, count: visitors - s.visitors }], userId);
    return { old: s.visitors };
  });
}

/**
 * Lends at a stop: only a copy the trip carries, through the desk's own checkout (the card, the rules, the
 * statistics feed as at the desk), the stop recorded on the loan.
 */
export async function lendAtStop(
  db: DB,
  input: { institutionId: number; stopId: number; barcode: string; card: string; userId: number | null; at?: string },
): Promise<LoanReceipt> {
  const s = await stopRow(db, input.institutionId, input.stopId);
  const code = clean(input.barcode);
  const carried = await db
    .selectFrom('lib_trip_items as ti')
    .innerJoin('lib_items as it', 'it.id', 'ti.item_id')
    .select('it.id')
    .where('ti.trip_id', '=', s.trip_id)
    .where(sql<string>`upper(it.barcode)`, '=', upper(code))
    .executeTakeFirst();
  if (!carried) {
    const said = E.notCarried({ barcode: code });
    throw new UserError(said, 409, [{ field: 'barcode', said }]);
  }
  return checkout(db, code, input.card, { institutionId: input.institutionId, userId: input.userId, at: input.at, tripStopId: s.id });
}

export interface TripSummary {
  id: number;
  day: string;
  name: string;
  items: number;
  stops: { id: number; place: string; visitors: number; loans: number }[];
}

/** A library's trips, the latest first, each with its stops (readers, loans) and the number of copies carried. */
export async function tripsOf(db: DB, institutionId: number, limit = 200): Promise<TripSummary[]> {
  const trips = await db
    .selectFrom('lib_trips')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('day', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  if (trips.length === 0) return [];
  const tripIds = trips.map((t) => t.id);
  const stops = await db.selectFrom('lib_trip_stops').selectAll().where('trip_id', 'in', tripIds).orderBy('seq').execute();
  const [loans, items] = await Promise.all([
    stops.length
      ? db
          .selectFrom('lib_loans')
          .select(['trip_stop_id'])
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(
            'trip_stop_id',
            'in',
            stops.map((s) => s.id),
          )
          .groupBy('trip_stop_id')
          .execute()
      : [],
    db
      .selectFrom('lib_trip_items')
      .select(['trip_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('trip_id', 'in', tripIds)
      .groupBy('trip_id')
      .execute(),
  ]);
  return trips.map((t) => ({
    id: t.id,
    day: t.day,
    name: t.name,
    items: Number(items.find((i) => i.trip_id === t.id)?.n ?? 0),
    stops: stops
      .filter((s) => s.trip_id === t.id)
      .map((s) => ({ id: s.id, place: s.place, visitors: s.visitors, loans: Number(loans.find((l) => l.trip_stop_id === s.id)?.n ?? 0) })),
  }));
}

export interface TripDetail {
  id: number;
  day: string;
  name: string;
  stops: {
    id: number;
    place: string;
    visitors: number;
    loans: { barcode: string; title: string; card: string; patron: string; cardInstitutionId: number; dueAt: string; returnedAt: string | null }[];
  }[];
  items: { barcode: string; title: string; status: string }[];
}

/** One trip of the library: its stops with the loans made at each, and the copies it carries with their status now. */
export async function tripOf(db: DB, institutionId: number, tripId: number): Promise<TripDetail> {
  const t = await tripRow(db, institutionId, tripId);
  const stops = await db.selectFrom('lib_trip_stops').selectAll().where('trip_id', '=', tripId).orderBy('seq').execute();
  const [loans, items] = await Promise.all([
    stops.length
      ? db
          .selectFrom('lib_loans as l')
          .innerJoin('lib_items as it', 'it.id', 'l.item_id')
          .innerJoin('lib_records as r', 'r.id', 'it.record_id')
          .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
          .select(['l.trip_stop_id', 'it.barcode', 'r.title', 'p.card_number', 'p.name', 'p.institution_id', 'l.due_at', 'l.returned_at'])
          .where(
            'l.trip_stop_id',
            'in',
            stops.map((s) => s.id),
          )
          .orderBy('l.id')
          .execute()
      : [],
    db
      .selectFrom('lib_trip_items as ti')
      .innerJoin('lib_items as it', 'it.id', 'ti.item_id')
      .innerJoin('lib_records as r', 'r.id', 'it.record_id')
      .select(['it.barcode', 'r.title', 'it.status'])
      .where('ti.trip_id', '=', tripId)
      .orderBy('it.barcode')
      .execute(),
  ]);
  return {
    id: t.id,
    day: t.day,
    name: t.name,
    stops: stops.map((s) => ({
      id: s.id,
      place: s.place,
      visitors: s.visitors,
      loans: loans
        .filter((l) => l.trip_stop_id === s.id)
        .map((l) => ({
          barcode: l.barcode,
          title: l.title,
          card: l.card_number,
          patron: l.name,
          cardInstitutionId: l.institution_id,
          dueAt: l.due_at,
          returnedAt: l.returned_at,
        })),
    })),
    items,
  };
}
