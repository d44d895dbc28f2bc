import type { DB } from './database.ts';

/** Runs `fn` in a transaction, or inside the caller's one when `db` already is a transaction. */
export function inTransaction<T>(db: DB, fn: (trx: DB) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
