import { describe, expect, it } from 'vitest';
import type { DB } from '../../src/core/db/database.ts';
import type { AuditContext } from '../../src/statistics/write-sql.ts';
import type { ResolvedValue } from '../../src/statistics/write-types.ts';
import { writeInQueue, type BatchWrite, type Caller } from '../../src/statistics/write-queue.ts';

/** A value of one cell (the institution and period tell cells apart). */
const cell = (institutionId: number, period = '2024-01', value = 1): ResolvedValue => ({
  institutionId,
  elementId: 1,
  period,
  year: 2024,
  unitId: 1,
  kind: 'library_public_commune',
  value,
});

const ctx = (userId: number): AuditContext => ({ at: '2026-12-07T00:00:00Z', userId, source: 'api' });

/** A batch write that records each batch's callers (by their first row's value), answers after a turn, and refuses value 13. */
function recorder() {
  const batches: number[][] = [];
  const write: BatchWrite = async (_db, callers: Caller[]) => {
    batches.push(callers.map((c) => c.rows[0]!.value));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return callers.map((c) => (c.rows.some((r) => r.value === 13) ? new Error('refused') : undefined));
  };
  return { batches, write };
}

const job = (rows: ResolvedValue[], userId = 1) => ({ rows, mode: 'set' as const, audit: 'each' as const, ctx: ctx(userId) });

describe('the write queue (PostgreSQL small writes)', () => {
  it('writes those that arrive in one turn together, and those of the next turn while the first batch is in flight', async () => {
    const db = {} as DB;
    const { batches, write } = recorder();
    const first = Array.from({ length: 10 }, (_, i) => writeInQueue(db, write, job([cell(i + 1, '2024-01', i + 1)])));
    await new Promise((resolve) => setImmediate(resolve));
    const second = [writeInQueue(db, write, job([cell(20, '2024-01', 20)])), writeInQueue(db, write, job([cell(21, '2024-01', 21)]))];
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [20, 21],
    ]); // the second sent before the first answered
    await Promise.all([...first, ...second]);
  });

  it('fails only the caller whose write was refused', async () => {
    const db = {} as DB;
    const { write } = recorder();
    const outcomes = await Promise.allSettled([12, 13, 14, 15].map((v) => writeInQueue(db, write, job([cell(v, '2024-01', v)]))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });

  it('puts a caller naming a cell already in the batch (or in flight), and those after it, in a later batch, in arrival order', async () => {
    const db = {} as DB;
    const { batches, write } = recorder();
    await Promise.all([
      writeInQueue(db, write, job([cell(1, '2024-01', 1)])),
      writeInQueue(db, write, job([cell(2, '2024-01', 2)])),
      writeInQueue(db, write, job([cell(2, '2024-01', 3)])), // cell 2 again
      writeInQueue(db, write, job([cell(4, '2024-01', 4)])),
    ]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("batches one person's writes apart from another's, and holds at most 128 cells", async () => {
    const db = {} as DB;
    const { batches, write } = recorder();
    const many = (from: number, n: number, value: number) => Array.from({ length: n }, (_, i) => cell(from + i, '2024-02', value));
    await Promise.all([
      writeInQueue(db, write, job([cell(1, '2024-01', 1)])),
      writeInQueue(db, write, job(many(100, 100, 2), 1)),
      writeInQueue(db, write, job([cell(300, '2024-01', 3)], 2)),
      writeInQueue(db, write, job(many(400, 40, 4), 1)), // 100 + 40 cells: over the batch's 128
      writeInQueue(db, write, job([cell(500, '2024-01', 5)], 2)),
    ]);
    expect(batches).toEqual([[1, 2], [3, 5], [4]]);
  });
});
