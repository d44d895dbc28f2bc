import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { statisticsErrors as E } from './messages.ts';
import type { PeriodType } from './elements.ts';
import { periodOf } from './periods.ts';
import { lockCells } from './cell-locks.ts';
import { applyValues, type ResolvedValue } from './write.ts';

/**
 * The one narrow interface through which operations modules (circulation, exhibitions,
 * events, clubs…) move the statistics: "this happened at this institution on this day".
 * They never touch `data_values` or `agg_values` themselves.
 */
export interface Happening {
  institutionId: number;
  /** Data element code, e.g. `LIB_LOANS`. */
  element: string;
  /** ISO date of the happening; its month (or year) is the period it counts in. */
  date: string;
  /** How much it adds (1 loan, 35 participants); negative to undo a mistaken one. */
  count: number;
}

/** For yearly stocks (holdings, clubs): "this is the figure now". */
export interface Snapshot {
  institutionId: number;
  element: string;
  year: number;
  /**
   * Counts the figure from the operations' own records, in the write's transaction after the figure's cell is
   * locked: two changes at once (two copies catalogued) each count what the other committed, never both the same.
   */
  count: (db: DB) => Promise<number>;
}

const unknownElement = (code: string) => new UserError(E.unknownElement({ code }), 422);
const withoutUnit = (id: number, date: string) => new UserError(E.institutionWithoutUnit({ id, date: formatDate(date) }), 422);

async function resolveElement(db: DB, code: string) {
  const e = await db.selectFrom('data_elements').select(['id', 'period_type']).where('code', '=', code).executeTakeFirst();
  if (!e) throw unknownElement(code);
  return { id: e.id, periodType: e.period_type as PeriodType };
}

async function resolvePlace(db: DB, institutionId: number, date: string) {
  const r = await db
    .selectFrom('institution_units as iu')
    .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
    .select(['iu.unit_id', 'i.kind'])
    .where('iu.institution_id', '=', institutionId)
    .where('iu.valid_from', '<=', date)
    .where((eb) => eb.or([eb('iu.valid_to', 'is', null), eb('iu.valid_to', '>=', date)]))
    .orderBy('iu.valid_from', 'desc')
    .executeTakeFirst();
  if (!r) throw withoutUnit(institutionId, date);
  return { unitId: r.unit_id, kind: r.kind };
}

/**
 * The element and the institution's unit and kind on the day, in one query (a loan at the desk
 * pays one round trip here, not two); the errors are those of the two lookups above.
 */
async function resolveHappening(db: DB, h: Happening) {
  const place = db
    .selectFrom('institution_units as iu')
    .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
    .select(['iu.unit_id', 'i.kind'])
    .where('iu.institution_id', '=', h.institutionId)
    .where('iu.valid_from', '<=', h.date)
    .where((eb) => eb.or([eb('iu.valid_to', 'is', null), eb('iu.valid_to', '>=', h.date)]))
    .orderBy('iu.valid_from', 'desc')
    .limit(1)
    .as('pl');
  const q = db
    .selectFrom('data_elements as e')
    .leftJoin(place, (j) => j.onTrue())
    .select(['e.id', 'e.period_type', 'pl.unit_id', 'pl.kind'])
    .where('e.code', '=', h.element)
    .compile();
  // its text never varies: PostgreSQL plans it once per connection
  const r = (await dialectOf(db).executePrepared(db, q)).rows[0];
  if (!r) throw unknownElement(h.element);
  if (r.unit_id === null || r.kind === null) throw withoutUnit(h.institutionId, h.date);
  return { element: { id: r.id, periodType: r.period_type as PeriodType }, place: { unitId: r.unit_id, kind: r.kind } };
}

/** Counts happenings into the statistics, in the caller's transaction when there is one. */
export async function recordHappenings(db: DB, happenings: Happening[], userId: number | null): Promise<void> {
  const values: ResolvedValue[] = [];
  for (const h of happenings) {
    const { element, place } = await resolveHappening(db, h);
    const period = periodOf(h.date, element.periodType);
    values.push({
      institutionId: h.institutionId,
      elementId: element.id,
      period,
      year: Number(h.date.slice(0, 4)),
      unitId: place.unitId,
      kind: place.kind,
      value: h.count,
    });
  }
  await applyValues(db, values, { userId, mode: 'add', audit: 'none' });
}

/** Sets yearly stock figures (the whole holdings count, the number of clubs), each counted under its cell's lock. */
export async function recordSnapshots(db: DB, snapshots: Snapshot[], userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const cells: (Omit<ResolvedValue, 'value'> & { count: Snapshot['count'] })[] = [];
    for (const s of snapshots) {
      const element = await resolveElement(trx, s.element);
      if (element.periodType !== 'year') throw new UserError(E.notASnapshot({ element: s.element }), 422);
      const place = await resolvePlace(trx, s.institutionId, `${s.year}-12-31`);
      cells.push({
        institutionId: s.institutionId,
        elementId: element.id,
        period: String(s.year),
        year: s.year,
        unitId: place.unitId,
        kind: place.kind,
        count: s.count,
      });
    }
    await lockCells(trx, cells);
    const values: ResolvedValue[] = [];
    for (const { count, ...cell } of cells) values.push({ ...cell, value: await count(trx) });
    await applyValues(trx, values, { userId, mode: 'set', audit: 'each' });
  });
}
