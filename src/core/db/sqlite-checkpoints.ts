import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** From this WAL size on (bytes) the worker folds the WAL back into the database. */
export const CHECKPOINT_FROM = 16 * 1024 * 1024;
/** How often the worker looks at the WAL's size (ms). */
const EVERY = 200;

/**
 * The worker: its own connection to the file, a PASSIVE checkpoint (never blocks the writer nor
 * readers) whenever the WAL file has grown past the threshold. Plain CommonJS given as text, so
 * it runs the same under tsx, vitest and plain node.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
let busy = false;
const timer = setInterval(() => {
  if (busy) return;
  let size = 0;
  try { size = statSync(workerData.file + '-wal').size; } catch { return; }
  if (size <= workerData.from) return;
  busy = true;
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ log: r.log, checkpointed: r.checkpointed });
  } catch { /* the writer holds the database: next time */ }
  busy = false;
}, workerData.every);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

export interface Checkpointer {
  /** Checkpoints run so far by the worker (WAL frames each, and how many were copied back). */
  readonly runs: { log: number; checkpointed: number }[];
  close(): Promise<void>;
}

/**
 * SQLite runs its automatic checkpoint (copying the WAL back into the database, with an fsync) on
 * the connection that commits, once the WAL passes 1,000 pages: a 200,000-value import paid for
 * folding its own ~100 MB of WAL back before its commit returned. Here the connection's automatic
 * checkpoints are turned off and a worker thread with its own connection checkpoints once the
 * WAL exceeds 16 MB, on the other core, while the writer goes on; `journal_size_limit` keeps the
 * WAL file at 16 MB once it has been folded back. `LIFELONG_SQLITE_CHECKPOINT_THREAD=0` keeps
 * SQLite's own behaviour. Only for database files (an in-memory database has no WAL).
 */
export function checkpointInThread(db: BetterSqlite3.Database, file: string): Checkpointer | undefined {
  if (process.env.LIFELONG_SQLITE_CHECKPOINT_THREAD === '0' || file === ':memory:' || file === '') return undefined;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, from: CHECKPOINT_FROM, every: EVERY } });
  const runs: Checkpointer['runs'] = [];
  worker.on('message', (m: { log: number; checkpointed: number }) => runs.push(m));
  worker.on('error', () => db.pragma('wal_autocheckpoint = 1000')); // the worker failed: SQLite's own checkpoints again
  worker.unref(); // never keeps the process alive (after the listeners: a 'message' listener refs it again)
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${CHECKPOINT_FROM}`);
  return {
    runs,
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.ref(); // the process waits for the worker to close its connection
        worker.postMessage('close');
      }),
  };
}
