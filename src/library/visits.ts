import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { libraryErrors as E } from './errors.ts';

export type VisitSource = 'door' | 'sign-in' | 'trip';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > 100000) throw new UserError(E.visitCount(), 422, [{ field: 'count', said: E.visitCountRange() }]);
}

/**
 * Counts visits (a door counter's reading, sign-ins) into the library's user visits. A door count is the day's
 * figure: a second one for a day that has it is refused (409, naming the figure there) rather than summed — the
 * person corrects the entry instead, and the statistics move by the difference (see {@link correctVisit}).
 */
export async function recordVisits(
  db: DB,
  v: { institutionId: number; day: string; count: number; source: VisitSource; patronId?: number | null },
  userId: number | null,
): Promise<number> {
  checkCount(v.count);
  if (!validDay(v.day)) throw new UserError(E.dayInvalid(), 422, [{ field: 'day', said: E.dayAsTyped() }]);
  return inTransaction(db, async (trx) => {
    const door = v.source === 'door';
    // a door count is the day's one (unique index lib_visits_door_day, migration 042): of two first counts at once,
    // the second waits for the first and inserts nothing — refused in words like any second count
    const row = await trx
      .insertInto('lib_visits')
      .values({ institution_id: v.institutionId, day: v.day, count: v.count, source: v.source, patron_id: v.patronId ?? null })
      .$if(door, (q) => q.onConflict((oc) => oc.columns(['institution_id', 'day']).where('source', '=', sql.lit('door')).doNothing()))
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      const there = await trx
        .selectFrom('lib_visits')
        .select('count')
        .where('institution_id', '=', v.institutionId)
        .where('day', '=', v.day)
        .where('source', '=', 'door')
        .executeTakeFirst();
      const said = there ? E.visitDayTaken({ day: formatDate(v.day), count: there.count }) : E.visitChanged();
      throw new UserError(said, 409, [{ field: 'count', said }]);
    }
    await audit(trx, { userId, action: 'create', entity: 'lib_visit', key: String(row.id), newValue: { day: v.day, count: v.count, source: v.source } });
    await recordHappenings(trx, [{ institutionId: v.institutionId, element: 'LIB_VISITS', date: v.day, count: v.count }], userId);
    return row.id;
  });
}

export interface VisitEntry {
  id: number;
  day: string;
  count: number;
  source: VisitSource;
}

/** One entry of the library's (404 when it is another's or gone). */
export async function visitEntry(db: DB, institutionId: number, id: number): Promise<VisitEntry> {
  const r = await db
    .selectFrom('lib_visits')
    .select(['id', 'day', 'count', 'source'])
    .where('id', '=', id)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!r) throw notFound('lượt ghi', 'Visit entry');
  return { ...r, source: r.source as VisitSource };
}

/**
 * Corrects an entry's count: the statistics move by the difference on the entry's day (never the new count on top
 * of the old). The row changes only if it still has the count read, so two corrections at once cannot both take
 * the same old figure: the second is refused and the person looks again.
 */
export async function correctVisit(
  db: DB,
  institutionId: number,
  id: number,
  count: number,
  userId: number | null,
): Promise<{ day: string; old: number; count: number }> {
  checkCount(count);
  return inTransaction(db, async (trx) => {
    const old = await visitEntry(trx, institutionId, id);
    if (old.count === count) return { day: old.day, old: old.count, count };
    const r = await trx.updateTable('lib_visits').set({ count }).where('id', '=', id).where('count', '=', old.count).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new UserError(E.visitChanged(), 409, [{ field: 'count', said: E.visitChanged() }]);
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'lib_visit',
      key: String(id),
      oldValue: { day: old.day, count: old.count },
      newValue: { day: old.day, count },
    });
    await recordHappenings(trx, [{ institutionId, element: 'LIB_VISITS', date: old.day, count: count - old.count }], userId);
    return { day: old.day, old: old.count, count };
  });
}

/** Removes an entry made by mistake: its count is taken off the statistics of its day. */
export async function removeVisit(db: DB, institutionId: number, id: number, userId: number | null): Promise<{ day: string; count: number }> {
  return inTransaction(db, async (trx) => {
    const old = await visitEntry(trx, institutionId, id);
    const r = await trx.deleteFrom('lib_visits').where('id', '=', id).where('count', '=', old.count).executeTakeFirst();
    if (Number(r.numDeletedRows) !== 1) throw new UserError(E.visitChanged(), 409);
    await audit(trx, { userId, action: 'delete', entity: 'lib_visit', key: String(id), oldValue: { day: old.day, count: old.count, source: old.source } });
    await recordHappenings(trx, [{ institutionId, element: 'LIB_VISITS', date: old.day, count: -old.count }], userId);
    return { day: old.day, count: old.count };
  });
}

export interface VisitDay {
  day: string;
  entries: VisitEntry[];
  /** Readers served at the mobile library's stops that day (entered on the trip's page). */
  atStops: number;
  total: number;
}

/** A month's visits ('YYYY-MM') day by day, the latest day first: each entry, the stops' readers, the day's total. */
export async function visitsOfMonth(db: DB, institutionId: number, month: string): Promise<VisitDay[]> {
  const from = `${month}-01`;
  const to = `${month}-31`;
  const [entries, stops] = await Promise.all([
    db
      .selectFrom('lib_visits')
      .select(['id', 'day', 'count', 'source'])
      .where('institution_id', '=', institutionId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .orderBy('day', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('lib_trip_stops as s')
      .innerJoin('lib_trips as t', 't.id', 's.trip_id')
      .select(['t.day'])
      .select((eb) => eb.fn.sum<number>('s.visitors').as('n'))
      .where('t.institution_id', '=', institutionId)
      .where('t.day', '>=', from)
      .where('t.day', '<=', to)
      .groupBy('t.day')
      .execute(),
  ]);
  const days = new Map<string, VisitDay>();
  const dayOf = (day: string) => days.get(day) ?? days.set(day, { day, entries: [], atStops: 0, total: 0 }).get(day)!;
  for (const e of entries) {
    const d = dayOf(e.day);
    d.entries.push({ ...e, source: e.source as VisitSource });
    d.total += e.count;
  }
  for (const s of stops) {
    const n = Number(s.n ?? 0);
    if (n === 0) continue;
    const d = dayOf(s.day);
    d.atStops += n;
    d.total += n;
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? 1 : -1));
}
