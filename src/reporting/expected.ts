import { sql, type Expression, type SqlBool } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Unit } from '../network/units.ts';

/**
 * Which units are expected to report for `year`, as a condition on the `units` row named `alias`: the one place that
 * decides it. The direct children listed on the progress page, the rates of every level below (a recursive query that
 * applies it at each step) and the reminders all go through it. Today: the units that existed at some time during the
 * year on the dated map.
 */
export function expectedToReport(year: number, alias = 'u'): Expression<SqlBool> {
  const from = sql.ref(`${alias}.valid_from`);
  const to = sql.ref(`${alias}.valid_to`);
  return sql<SqlBool>`((${from} IS NULL OR ${from} <= ${`${year}-12-31`}) AND (${to} IS NULL OR ${to} >= ${`${year}-01-01`}))`;
}

const collator = new Intl.Collator('vi');

/** The units that report to `parentId` for `year` (its children expected to report), in Vietnamese alphabetical order. */
export async function reportersTo(db: DB, parentId: number, year: number): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units as u')
    .select(['u.id', 'u.code', 'u.official_code', 'u.name', 'u.full_name', 'u.level', 'u.parent_id', 'u.valid_from', 'u.valid_to'])
    .where('u.parent_id', '=', parentId)
    .where(expectedToReport(year, 'u'))
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      code: r.code,
      officialCode: r.official_code,
      name: r.name,
      fullName: r.full_name,
      level: r.level,
      parentId: r.parent_id,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}
