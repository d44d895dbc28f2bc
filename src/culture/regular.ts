import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { setAttribute } from '../network/institutions.ts';

/**
 * "Holds talent classes, clubs or interest groups regularly" (attribute `regular_clubs`), computed
 * from attendance instead of declared: a club is regular in a year when it met, with at least one
 * member present, in at least REGULAR_MONTHS different months of it.
 */
export const REGULAR_MONTHS = 6;

export async function regularClubs(db: DB, institutionId: number, year: number): Promise<{ club: string; months: number }[]> {
  const r = await db
    .selectFrom('club_sessions as s')
    .innerJoin('clubs as c', 'c.id', 's.club_id')
    .select(['c.name as club', sql<number>`COUNT(DISTINCT substr(s.on_date, 1, 7))`.as('months')])
    .where('c.institution_id', '=', institutionId)
    .where('s.on_date', '>=', `${year}-01-01`)
    .where('s.on_date', '<=', `${year}-12-31`)
    .where((eb) => eb.exists(eb.selectFrom('club_attendance as a').select('a.session_id').whereRef('a.session_id', '=', 's.id')))
    .groupBy('c.name')
    .orderBy('c.name')
    .execute();
  return r.map((x) => ({ club: x.club, months: Number(x.months) }));
}

/**
 * Sets the attribute for the year when the computed value or its evidence differs from the stored one: the evidence
 * names each regular club with the months the page shows (a seventh month updates "(6 tháng)" to "(7 tháng)").
 */
export async function updateRegularStatus(db: DB, institutionId: number, year: number, userId: number | null): Promise<boolean> {
  const clubs = await regularClubs(db, institutionId, year);
  const regular = clubs.filter((c) => c.months >= REGULAR_MONTHS);
  const value = regular.length > 0;
  const stored = await db
    .selectFrom('institution_attributes')
    .select(['value', 'evidence'])
    .where('institution_id', '=', institutionId)
    .where('attribute', '=', 'regular_clubs')
    .where('year', '=', year)
    .executeTakeFirst();
  if (!stored && !value) return value;
  const evidence = value
    ? `Tính từ điểm danh: ${regular.map((c) => `${c.club} (${c.months} tháng)`).join('; ')}`
    : `Tính từ điểm danh: chưa câu lạc bộ nào sinh hoạt đủ ${REGULAR_MONTHS} tháng trong năm`;
  if (stored && (stored.value === 1) === value && stored.evidence === evidence) return value;
  await setAttribute(db, institutionId, { attribute: 'regular_clubs', year, value, evidence }, userId);
  return value;
}
