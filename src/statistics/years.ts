import type { DB } from '../core/db/database.ts';
import { thisMonth, thisYear } from '../core/time.ts';

/**
 * Years that have data (for the year pickers), the latest of them, and `complete`: the dashboards' default, the last
 * year whose twelve months are over (docs/decisions.md: what DHIS2 users expect of a yearly figure). The current year
 * is still offered, marked with the months it has (`monthsSoFar`).
 */
export async function dataYears(db: DB): Promise<{ years: number[]; latest: number; complete: number }> {
  // two one-row reads along the year index (a single MIN/MAX query would scan the table on SQLite)
  const first = await db.selectFrom('agg_values').select('year').orderBy('year', 'asc').limit(1).executeTakeFirst();
  const last = await db.selectFrom('agg_values').select('year').orderBy('year', 'desc').limit(1).executeTakeFirst();
  const now = thisYear();
  const hi = last?.year ?? now;
  const lo = Math.min(first?.year ?? now, hi);
  const years: number[] = [];
  for (let y = Math.max(lo, hi - 15); y <= Math.max(hi, now); y++) years.push(y);
  return { years, latest: hi, complete: hi < now ? hi : Math.max(lo, now - 1) };
}

/** The months of `year` that are over (0–12): 12 for a past year, the months before this one for the current year. */
export function monthsSoFar(year: number, month: string = thisMonth()): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (year < y) return 12;
  if (year > y) return 0;
  return m - 1;
}

export function yearParam(raw: string | undefined, fallback: number): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : fallback;
}
