import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, notFound } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { libraryErrors as E } from './errors.ts';

/** A mobile-library trip (thư viện lưu động) with its stops; it counts as one trip of the library. */
export async function createTrip(
  db: DB,
  t: { institutionId: number; day: string; name: string; stops: { place: string; unitId?: number | null }[] },
  userId: number | null,
): Promise<{ tripId: number; stopIds: number[] }> {
  const stops = t.stops.map((s) => ({ ...s, place: clean(s.place) })).filter((s) => s.place);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.day)) throw new UserError(E.tripDayInvalid(), 422, [{ field: 'day', said: E.dateFormat() }]);
  if (stops.length === 0) throw new UserError(E.tripNoStops(), 422, [{ field: 'stops', said: E.addStop() }]);
  return inTransaction(db, async (trx) => {
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
    await audit(trx, { userId, action: 'create', entity: 'lib_trip', key: String(trip.id), newValue: { day: t.day, stops: stops.map((s) => s.place) } });
    await recordHappenings(trx, [{ institutionId: t.institutionId, element: 'LIB_MOBILE_TRIPS', date: t.day, count: 1 }], userId);
    return { tripId: trip.id, stopIds: ids.map((r) => r.id) };
  });
}

/** Readers served at a stop: they count as visits of the mobile library's institution. */
export async function recordStopVisitors(db: DB, stopId: number, visitors: number, userId: number | null): Promise<void> {
  if (!Number.isInteger(visitors) || visitors < 0) throw new UserError(E.stopReaders(), 422, [{ field: 'visitors', said: E.stopReaders() }]);
  await inTransaction(db, async (trx) => {
    const s = await trx
      .selectFrom('lib_trip_stops as s')
      .innerJoin('lib_trips as t', 't.id', 's.trip_id')
      .select(['s.id', 's.visitors', 't.institution_id', 't.day'])
      .where('s.id', '=', stopId)
      .executeTakeFirst();
    if (!s) throw notFound('điểm dừng', 'Stop');
    await trx.updateTable('lib_trip_stops').set({ visitors }).where('id', '=', stopId).execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_trip_stop', key: String(stopId), oldValue: s.visitors, newValue: visitors });
    if (visitors !== s.visitors)
      await recordHappenings(trx, [{ institutionId: s.institution_id, element: 'LIB_VISITS', date: s.day, count: visitors - s.visitors }], userId);
  });
}

export async function tripsOf(db: DB, institutionId: number) {
  const trips = await db.selectFrom('lib_trips').selectAll().where('institution_id', '=', institutionId).orderBy('day', 'desc').execute();
  const stops = trips.length
    ? await db
        .selectFrom('lib_trip_stops')
        .selectAll()
        .where(
          'trip_id',
          'in',
          trips.map((t) => t.id),
        )
        .orderBy('seq')
        .execute()
    : [];
  const loans = stops.length
    ? await db
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
    : [];
  return trips.map((t) => ({
    id: t.id,
    day: t.day,
    name: t.name,
    stops: stops
      .filter((s) => s.trip_id === t.id)
      .map((s) => ({ id: s.id, place: s.place, visitors: s.visitors, loans: Number(loans.find((l) => l.trip_stop_id === s.id)?.n ?? 0) })),
  }));
}
