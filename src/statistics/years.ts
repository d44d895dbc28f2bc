import type { DB } from '../core/db/database.ts';
import { thisYear } from '../core/time.ts';

/** Years that have data (for the year pickers) and the default: the latest of them. */
export async function dataYears(db: DB): Promise<{ years: number[]; latest: number }> {
  // two one-row reads along the year index (a single MIN/MAX query would scan the table on SQLite)
  const first = await db.selectFrom('agg_values').select('year').orderBy('year', 'asc').limit(1).executeTakeFirst();
  const last = await db.selectFrom('agg_values').select('year').orderBy('year', 'desc').limit(1).executeTakeFirst();
  const now = thisYear();
  const hi = last?.year ?? now;
  const lo = Math.min(first?.year ?? now, hi);
  const years: number[] = [];
  for (let y = Math.max(lo, hi - 15); y <= Math.max(hi, now); y++) years.push(y);
  return { years, latest: hi };
}

export function yearParam(raw: string | undefined, fallback: number): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : fallback;
}
