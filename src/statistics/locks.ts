import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { statisticsErrors as E } from './messages.ts';

/** A value about to change: the unit it counts in and its year. */
export interface LockedCell {
  institutionId: number;
  unitId: number;
  year: number;
  period: string;
}

/** A refused cell: the institution's code and the period, with the locked unit (code, name) and year. */
export interface LockHit {
  inst: string;
  period: string;
  code: string;
  name: string;
  year: number;
}

/** At most this many refused cells are named in the refusal. */
const NAMED = 20;

/** The 409 refusal naming the locked cells (the first lock in the message; each cell with its locked unit's name). */
export function lockRefusal(hits: LockHit[]): UserError {
  const f = hits[0]!;
  const problems = hits.slice(0, NAMED).map((h) => ({ field: `${h.inst}:${h.period}`, said: E.lockedCell({ unit: h.name, year: h.year }) }));
  return new UserError(E.locked({ year: f.year, unit: f.name }), 409, problems);
}

/**
 * PostgreSQL: the locked cells of the batch's rows `batch_rows` (ord, institution_id, period, year,
 * unit_id), in batch order — a part of the write statement itself, which then writes nothing
 * and returns them (one round trip for a single write, the check atomic with the write).
 */
export const lockedRows: RawBuilder<unknown> = sql`SELECT i.code AS inst, r.period, u.code, u.name, l.year
  FROM batch_rows r JOIN unit_closure c ON c.descendant_id = r.unit_id
  JOIN data_locks l ON l.unit_id = c.ancestor_id AND l.year = r.year
  JOIN units u ON u.id = l.unit_id JOIN institutions i ON i.id = r.institution_id
  ORDER BY r.ord LIMIT ${sql.lit(NAMED)}`;

/**
 * Approved reports lock their unit's data for the year (reporting/, table `data_locks`): a write
 * to a value of any unit under a locked one, that year, is refused (409) until the parent reopens
 * the report. One indexed query when nothing of those years is locked.
 */
export async function refuseLocked(db: DB, cells: LockedCell[]): Promise<void> {
  if (cells.length === 0) return;
  const years = [...new Set(cells.map((c) => c.year))];
  const locks = await db
    .selectFrom('data_locks as l')
    .innerJoin('unit_closure as c', 'c.ancestor_id', 'l.unit_id')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['c.descendant_id as unitId', 'l.year', 'u.code', 'u.name'])
    .where('l.year', 'in', years)
    .execute();
  if (locks.length === 0) return;
  const lockOf = new Map(locks.map((l) => [`${l.unitId}:${l.year}`, l]));
  const hits = cells
    .flatMap((c) => {
      const l = lockOf.get(`${c.unitId}:${c.year}`);
      return l ? [{ cell: c, lock: l }] : [];
    })
    .slice(0, NAMED);
  if (hits.length === 0) return;
  const ids = [...new Set(hits.map((h) => h.cell.institutionId))];
  const codes = new Map((await db.selectFrom('institutions').select(['id', 'code']).where('id', 'in', ids).execute()).map((i) => [i.id, i.code]));
  throw lockRefusal(
    hits.map(({ cell, lock }) => ({
      inst: codes.get(cell.institutionId) ?? String(cell.institutionId),
      period: cell.period,
      code: lock.code,
      name: lock.name,
      year: lock.year,
    })),
  );
}
