import type { DB } from '../core/db/database.ts';
import type { AuditContext } from './write-sql.ts';
import type { AuditMode, ResolvedValue, WriteOptions } from './write-types.ts';

/** One small write waiting in the queue: its rows, how they are stored and audited, and its caller's promise. */
interface Waiting {
  rows: ResolvedValue[];
  mode: WriteOptions['mode'];
  audit: AuditMode;
  ctx: AuditContext;
  done: () => void;
  failed: (e: unknown) => void;
}

/** A batch's callers, in arrival order, as the batch write sees them: each one's rows. */
export interface Caller {
  rows: ResolvedValue[];
}

/**
 * Writes the rows of several callers that share mode, audit and person as one batch, outside any transaction, and
 * says how each caller fared: `undefined` when its rows were written, else its error. A caller's failure must not
 * fail the others (the batch write replays them one by one when the batch as a whole is refused).
 */
export type BatchWrite = (db: DB, callers: Caller[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext) => Promise<unknown[]>;

/** A batch takes callers until it holds this many cells (a caller of more goes to the next batch, or alone). */
const BATCH_CELLS = 128;

interface Queue {
  waiting: Waiting[];
  running: boolean;
}

const queues = new WeakMap<DB, Queue>();

/**
 * PostgreSQL's write queue for small writes (a form, an API call): one batch in flight per database and process;
 * the writes that arrive while it runs wait and go together in the next. Idle, a write goes at once, alone; under
 * 50 writers a batch carries dozens of them, so the aggregate rows every write of an element and year meets (the
 * nation's, the province's) are locked, written and committed once per batch instead of once per write — those
 * rows' locks are what serialised the writers. The batch is one statement in autocommit (write-postgres.ts), so
 * no lock is held across a round trip to this process.
 *
 * Each caller keeps its own validation and access check (done before it queues) and its own audit rows. Callers of
 * one person, mode and audit share a batch, and a batch never names a cell twice: a caller writing a cell already in
 * the batch waits for the next one, so each change is audited from the value the one before left.
 */
export function writeInQueue(db: DB, write: BatchWrite, job: Omit<Waiting, 'done' | 'failed'>): Promise<void> {
  return new Promise<void>((done, failed) => {
    let queue = queues.get(db);
    if (!queue) queues.set(db, (queue = { waiting: [], running: false }));
    queue.waiting.push({ ...job, done, failed });
    if (!queue.running) void drain(db, queue, write);
  });
}

async function drain(db: DB, queue: Queue, write: BatchWrite): Promise<void> {
  queue.running = true;
  try {
    while (queue.waiting.length > 0) {
      const batches = takeBatches(queue);
      // batches of different people (or modes) side by side: their statements meet on the same rows in one order
      await Promise.all(batches.map((b) => runBatch(db, write, b)));
    }
  } finally {
    queue.running = false;
  }
}

/** The next batch of each person, mode and audit, in arrival order; callers that do not fit stay for the next round. */
function takeBatches(queue: Queue): Waiting[][] {
  const batches = new Map<string, { callers: Waiting[]; cells: Set<string>; full: boolean }>();
  const left: Waiting[] = [];
  for (const w of queue.waiting) {
    const key = `${w.mode}|${w.audit}|${w.ctx.userId}|${w.ctx.source}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { callers: [], cells: new Set(), full: false }));
    const keys = w.rows.map((r) => `${r.institutionId}:${r.elementId}:${r.period}`);
    // the first caller of a batch always fits; later ones only when the batch has room and none of their cells
    // (a caller after one that did not fit waits too, so one person's writes of a cell stay in arrival order)
    const fits = b.callers.length === 0 || (!b.full && b.cells.size + keys.length <= BATCH_CELLS && !keys.some((k) => b.cells.has(k)));
    if (!fits) {
      b.full = true;
      left.push(w);
      continue;
    }
    b.callers.push(w);
    for (const k of keys) b.cells.add(k);
  }
  queue.waiting = left;
  return [...batches.values()].map((b) => b.callers);
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
