import type { DB } from './database.ts';
import { dialectOf } from './dialect.ts';

/** A transaction that met another one (deadlock, serialisation failure) is run again, at most this many times in all. */
const ATTEMPTS = 4;

/**
 * Runs `fn` in a transaction, or inside the caller's one when `db` already is a transaction. A transaction
 * of its own that fails only because it met another one (PostgreSQL's deadlock detector chose it) is rolled
 * back and run again, after a short random pause: `fn` must do nothing outside the database that it would
 * not do twice.
 */
export async function inTransaction<T>(db: DB, fn: (trx: DB) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  const dialect = dialectOf(db);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (e) {
      if (attempt >= ATTEMPTS || !dialect.isTransientConflict(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
