import type { DB } from '../core/db/database.ts';

/** Years that have data (for the year pickers) and the default: the latest of them. */
export async function dataYears(db: DB): Promise<{ years: number[]; latest: number }> {
  const r = await db
    .selectFrom('agg_values')
    .select((eb) => [eb.fn.min<number>('year').as('lo'), eb.fn.max<number>('year').as('hi')])
    .executeTakeFirst();
  const now = new Date().getUTCFullYear();
  const hi = r?.hi ?? now;
  const lo = Math.min(r?.lo ?? now, hi);
  const years: number[] = [];
  for (let y = Math.max(lo, hi - 15); y <= Math.max(hi, now); y++) years.push(y);
  return { years, latest: hi };
}

export function yearParam(raw: string | undefined, fallback: number): number {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 1900 && y <= 2100 ? y : fallback;
}
