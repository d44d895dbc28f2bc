import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import type { AuditContext } from './write-sql.ts';
import type { AuditMode, ResolvedValue, WaitingWrite as Waiting, WriteOptions } from './write-types.ts';

/** Writes the rows of one or more callers that share mode and audit, inside the caller's transaction. */
export type GroupWrite = (trx: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext) => Promise<void>;

/** The writes waiting for the next turn of the event loop, per database. */
const queues = new WeakMap<DB, Waiting[]>();

/**
 * Group commit for SQLite's small writes (a form, an API call): the writes that arrive within one turn of the
 * event loop are committed together in one transaction, and those of one person with the same mode and audit
 * as one batch (one statement per part, not one per caller). Under 50 writers a turn brings dozens of them: the
 * statements, the transaction and its commit are paid once instead of dozens of times.
 *
 * Each caller keeps its own outcome: a group runs under a savepoint, and when it fails (a locked year, say)
 * its callers' writes are run again one by one, each under its own savepoint, so only the refused ones fail
 * and the others are committed. Two callers of one person writing the same cell fall into two groups, run one
 * after the other in arrival order, each change audited as its own.
 */
export function writeInGroup(db: DB, write: GroupWrite, job: Omit<Waiting, 'done' | 'failed'>): Promise<void> {
  return new Promise<void>((done, failed) => {
    let queue = queues.get(db);
    if (!queue) {
      queues.set(db, (queue = []));
      setImmediate(() => {
        queues.delete(db);
        void commitGroups(db, write, queue!);
      });
    }
    queue.push({ ...job, done, failed });
  });
}

/**
 * The turn's callers as groups, in arrival order: one person's callers with the same mode and audit together, but a
 * caller naming a cell already in its group starts the next one, so each change is written (and audited) from the
 * value the one before it left, never merged into it.
 */
function grouped(waiting: Waiting[]): Waiting[][] {
  const groups: Waiting[][] = [];
  const open = new Map<string, { callers: Waiting[]; cells: Set<string> }>();
  for (const w of waiting) {
    const key = `${w.mode}|${w.audit}|${w.ctx.userId}|${w.ctx.source}`;
    const cells = w.rows.map((r) => `${r.institutionId}:${r.elementId}:${r.period}`);
    let group = open.get(key);
    if (!group || cells.some((c) => group!.cells.has(c))) {
      open.set(key, (group = { callers: [], cells: new Set() }));
      groups.push(group.callers);
    }
    group.callers.push(w);
    for (const c of cells) group.cells.add(c);
  }
  return groups;
}

async function commitGroups(db: DB, write: GroupWrite, waiting: Waiting[]): Promise<void> {
  const groups = grouped(waiting);
  let outcomes = new Map<Waiting, unknown>(); // a caller's error; absent when its write went through
  try {
    await inTransaction(db, async (trx) => {
      outcomes = new Map(); // a transaction retried after a deadlock starts again
      for (const group of groups) {
        const [first] = group as [Waiting, ...Waiting[]];
        const rows = group.length === 1 ? first.rows : group.flatMap((w) => w.rows);
        const failure = await underSavepoint(trx, () => write(trx, rows, first.mode, first.audit, first.ctx));
        if (failure === undefined) continue;
        if (group.length === 1) {
          outcomes.set(first, failure);
          continue;
        }
        for (const w of group) {
          const own = await underSavepoint(trx, () => write(trx, w.rows, w.mode, w.audit, w.ctx));
          if (own !== undefined) outcomes.set(w, own);
        }
      }
    });
  } catch (e) {
    for (const w of waiting) w.failed(e); // the commit itself failed: nothing of the turn was written
    return;
  }
  for (const w of waiting) {
    if (outcomes.has(w)) w.failed(outcomes.get(w));
    else w.done();
  }
}

/** Runs `fn` under a savepoint: undone alone when it throws (the error is returned), kept when it does not. */
async function underSavepoint(trx: DB, fn: () => Promise<void>): Promise<unknown> {
  await sql`SAVEPOINT value_group`.execute(trx);
  try {
    await fn();
    await sql`RELEASE value_group`.execute(trx);
    return undefined;
  } catch (e) {
    await sql`ROLLBACK TO value_group`.execute(trx);
    await sql`RELEASE value_group`.execute(trx);
    return e ?? new Error('write failed');
  }
}
