import { createHash } from 'node:crypto';
import type { DB } from '../core/db/database.ts';
import { timeSlicer } from '../core/breathe.ts';
import type { ResolvedValue } from './write-types.ts';

/** What an import would do to the stored values: each cell's value before, in the order of the file's rows. */
export interface ValueDiff {
  /** The stored value of each cell of the batch (none: null), in batch order. */
  olds: (number | null)[];
  /** Positions (in batch order) of the cells whose value changes. */
  changed: number[];
  unchanged: number;
  /** The cells and their stored values, hashed: equal again only when nothing the file touches has changed. */
  fingerprint: string;
}

/** Institutions per lookup query (within both engines' parameter limits). */
const CHUNK = 30_000;

const cellKey = (institutionId: number, elementId: number, period: string) => `${institutionId}:${elementId}:${period}`;

/**
 * The stored values of the cells a batch writes, compared with the batch: the old → new of an import's check,
 * and the fingerprint its confirmation compares (read after the cells are locked, it is what the write changes).
 */
export async function diffValues(db: DB, values: readonly ResolvedValue[]): Promise<ValueDiff> {
  const stored = new Map<string, number>();
  const institutions = [...new Set(values.map((v) => v.institutionId))];
  const years = [...new Set(values.map((v) => v.year))];
  for (let i = 0; i < institutions.length; i += CHUNK) {
    const rows = await db
      .selectFrom('data_values')
      .select(['institution_id', 'element_id', 'period', 'value'])
      .where('institution_id', 'in', institutions.slice(i, i + CHUNK))
      .where('year', 'in', years)
      .execute();
    for (const r of rows) stored.set(cellKey(r.institution_id, r.element_id, r.period), Number(r.value));
  }
  const hash = createHash('sha256');
  const olds: (number | null)[] = [];
  const changed: number[] = [];
  const slice = timeSlicer();
  for (let i = 0; i < values.length; i++) {
    if (slice.due()) await slice.breathe();
    const v = values[i]!;
    const key = cellKey(v.institutionId, v.elementId, v.period);
    const old = stored.get(key) ?? null;
    olds.push(old);
    if (old !== v.value) changed.push(i);
    hash.update(`${key}=${old ?? ''};`);
  }
  return { olds, changed, unchanged: values.length - changed.length, fingerprint: hash.digest('base64url') };
}

/** How many cells hold another value now than the check saw (all, when the batch itself differs). */
export function cellsChanged(before: readonly (number | null)[], now: readonly (number | null)[]): number {
  if (before.length !== now.length) return Math.max(before.length, now.length);
  let n = 0;
  for (let i = 0; i < now.length; i++) if (before[i] !== now[i]) n++;
  return n;
}
