import type { DB } from '../core/db/database.ts';
import { dialectOf, type NamedLock } from '../core/db/dialect.ts';

/** A cell of `data_values`: institution, data element, period. */
export interface Cell {
  institutionId: number;
  elementId: number;
  period: string;
}

/** The lock spaces of data values, coarse to fine (an advisory lock's first integer). */
const ALL_VALUES = 0x4c4c_5601;
const INSTITUTION = 0x4c4c_5602;
const CELL = 0x4c4c_5603;

/** Up to this many cells a write locks each one; up to this many institutions, each institution; beyond, all values. */
const FINE_UP_TO = 32;

/**
 * A batch of queued small writes (write-queue.ts) takes callers until it holds this many cells (a caller of more goes
 * alone) and locks each one: up to 1 + 2 × 128 locks for one statement, a few batches in flight per process, well
 * inside PostgreSQL's lock table (64 × max_connections).
 */
export const BATCH_CELLS = 128;

/** FNV-1a over the cell's key, as a signed 32-bit integer: cells that share a number only wait for each other. */
function cellKey(c: Cell): number {
  const text = `${c.institutionId}:${c.elementId}:${c.period}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

const ascending = (a: number, b: number) => a - b;

/**
 * The locks a write of these cells takes, in the one order every writer takes them (coarse before fine, each
 * level by key): a writer of a few cells locks them one by one (and, shared, their institutions and all values);
 * a writer of many cells of a few institutions locks those institutions; a larger batch (an import) locks all
 * values. So a writer waits only for writers of the same cells, each takes at most 1 + 2 × 32 locks (a batch of the
 * write queue: `fineUpTo` = `BATCH_CELLS`), and the order rules out deadlocks among them.
 */
export function cellLocks(cells: readonly Cell[], fineUpTo = FINE_UP_TO): NamedLock[] {
  const institutions = [...new Set(cells.map((c) => c.institutionId))].sort(ascending);
  if (institutions.length > fineUpTo) return [{ space: ALL_VALUES, key: 0 }];
  const keys = [...new Set(cells.map(cellKey))].sort(ascending);
  if (keys.length > fineUpTo) return [{ space: ALL_VALUES, key: 0, shared: true }, ...institutions.map((key) => ({ space: INSTITUTION, key }))];
  return [
    { space: ALL_VALUES, key: 0, shared: true },
    ...institutions.map((key) => ({ space: INSTITUTION, key, shared: true })),
    ...keys.map((key) => ({ space: CELL, key })),
  ];
}

/** The lock on every data value: a rebuild of the aggregates from them waits for every write and holds them all off. */
export const ALL_VALUES_LOCK: NamedLock = { space: ALL_VALUES, key: 0 };

/**
 * Locks the cells about to be written (or removed) until the caller's transaction ends, before their stored
 * values are read: on PostgreSQL a concurrent writer of the same cell waits, then reads what this one stored,
 * so every change (a delta to the aggregates, an addition to the cell) applies to the current value, never to
 * a stale one. SQLite serialises its writers and takes nothing.
 */
export function lockCells(db: DB, cells: readonly Cell[]): Promise<void> {
  return dialectOf(db).lockInOrder(db, cellLocks(cells));
}
