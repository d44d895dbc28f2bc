import type { DB } from '../core/db/database.ts';
import { BATCH_CELLS } from './cell-locks.ts';
import type { AuditContext } from './write-sql.ts';
import type { AuditMode, ResolvedValue, WaitingWrite as Waiting, WriteOptions } from './write-types.ts';

/** A batch's callers, in arrival order, as the batch write sees them: each one's rows. */
export interface Caller {
  rows: ResolvedValue[];
  /** The `map_version` its rows were resolved at from the memory of codes: the statement refuses them when it moved. */
  version?: number;
}

/**
 * Writes the rows of several callers that share mode, audit and person as one batch, outside any transaction, and
 * says how each caller fared: `undefined` when its rows were written, else its error. A caller's failure must not
 * fail the others (the batch write replays them one by one when the batch as a whole is refused).
 */
export type BatchWrite = (db: DB, callers: Caller[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext) => Promise<unknown[]>;

interface Queue {
  waiting: Waiting[];
  /** A flush is due at the end of this turn of the event loop. */
  due: boolean;
  /** The cells of the batches in flight: a caller naming one waits until that batch is done. */
  busy: Map<string, number>;
}

const queues = new WeakMap<DB, Queue>();

const cellOf = (r: ResolvedValue) => `${r.institutionId}:${r.elementId}:${r.period}`;

/**
 * PostgreSQL's write queue for small writes (a form, an API call): the writes that arrive within one turn of the event
 * loop go as one batch, sent when the turn ends. Under 50 writers a batch carries dozens of them, so the aggregate
 * rows every write of an element and year meets (the nation's, the province's) are locked, written and committed once
 * per batch instead of once per write — those rows' locks are what serialised the writers. The batch is one
 * statement in autocommit (write-postgres.ts): no lock is held across a round trip to this process, and no write
 * waits here for another batch to finish unless it names one of its cells.
 *
 * Each caller keeps its own validation and access check (done before it queues) and its own audit rows. Callers of
 * one person, mode and audit share a batch, and a batch never names a cell twice: a caller writing a cell already in
 * the batch, or in a batch still in flight, waits for the next one (with the callers of that person after it), so
 * each change is written and audited from the value the one before left, in arrival order.
 */
export function writeInQueue(db: DB, write: BatchWrite, job: Omit<Waiting, 'done' | 'failed'>): Promise<void> {
  return new Promise<void>((done, failed) => {
    let queue = queues.get(db);
    if (!queue) queues.set(db, (queue = { waiting: [], due: false, busy: new Map() }));
    queue.waiting.push({ ...job, done, failed });
    flushAtTurnEnd(db, queue, write);
  });
}

function flushAtTurnEnd(db: DB, queue: Queue, write: BatchWrite): void {
  if (queue.due || queue.waiting.length === 0) return;
  queue.due = true;
  setImmediate(() => {
    queue.due = false;
    for (const batch of takeBatches(queue)) {
      const cells = batch.flatMap((w) => w.rows.map(cellOf));
      for (const c of cells) queue.busy.set(c, (queue.busy.get(c) ?? 0) + 1);
      void runBatch(db, write, batch).finally(() => {
        for (const c of cells) {
          const n = queue.busy.get(c)! - 1;
          if (n === 0) queue.busy.delete(c);
          else queue.busy.set(c, n);
        }
        flushAtTurnEnd(db, queue, write); // those that waited for these cells
      });
    }
  });
}

/** The next batch of each person, mode and audit, in arrival order; callers that do not fit stay for a later one. */
function takeBatches(queue: Queue): Waiting[][] {
  const batches = new Map<string, { callers: Waiting[]; cells: Set<string>; full: boolean }>();
  const left: Waiting[] = [];
  for (const w of queue.waiting) {
    const key = `${w.mode}|${w.audit}|${w.ctx.userId}|${w.ctx.source}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { callers: [], cells: new Set(), full: false }));
    const keys = w.rows.map(cellOf);
    // a caller fits when the batch has room and none of its cells is in the batch or in flight; the first caller of a
    // batch always has room; after one that did not fit, that person's later callers wait too (their order is kept)
    const room = b.callers.length === 0 || b.cells.size + keys.length <= BATCH_CELLS;
    const fits = !b.full && room && !keys.some((k) => b.cells.has(k) || queue.busy.has(k));
    if (!fits) {
      b.full = true;
      left.push(w);
      continue;
    }
    b.callers.push(w);
    for (const k of keys) b.cells.add(k);
  }
  queue.waiting = left;
  return [...batches.values()].filter((b) => b.callers.length > 0).map((b) => b.callers);
}

async function runBatch(db: DB, write: BatchWrite, callers: Waiting[]): Promise<void> {
  const [first] = callers as [Waiting, ...Waiting[]];
  let outcomes: unknown[];
  try {
    outcomes = await write(db, callers, first.mode, first.audit, first.ctx);
  } catch (e) {
    for (const w of callers) w.failed(e);
    return;
  }
  callers.forEach((w, i) => {
    const e = outcomes[i];
    if (e === undefined) w.done();
    else w.failed(e);
  });
}
