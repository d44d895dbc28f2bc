import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Ends an `INSERT … VALUES (?, …)` whose one parameter is a list of rows: the statement runs once per row. */
export const ROW_BATCH = '/* each row */';

/** Prepared statements kept per database, by SQL text (the least recently used goes first). */
const CACHED = 500;

/**
 * better-sqlite3 for Kysely, with two additions:
 * - prepared statements are kept and reused by SQL text (Kysely prepares every query afresh,
 *   and compiling the write statements cost more than running them for a single value);
 * - a query ending in `ROW_BATCH` is run for every row of its single parameter (an array of row
 *   arrays), inside the caller's transaction: how SQLite takes a large batch fastest
 *   (in-process, no SQL or JSON text to parse per row); its insert id is the last row's rowid.
 */
export function sqliteDatabase(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepared = (text: string): BetterSqlite3.Statement => {
    let stmt = cache.get(text);
    if (stmt) cache.delete(text); // re-inserted below: most recently used last
    else {
      stmt = db.prepare(text);
      if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
    }
    cache.set(text, stmt);
    return stmt;
  };
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
      // a statement still iterating (Kysely's streaming) cannot be run again: those get their own
      const stmt = prepared(text);
      if (!text.endsWith(ROW_BATCH)) return (stmt.busy ? db.prepare(text) : stmt) as unknown as SqliteStatement;
      const runAll = (parameters: ReadonlyArray<unknown>) => {
        const rows = parameters[0];
        if (parameters.length !== 1 || !Array.isArray(rows)) throw new TypeError('A row batch takes one parameter: the rows.');
        let changes = 0;
        let lastInsertRowid: number | bigint = 0;
        for (const row of rows as unknown[][]) {
          const r = stmt.run(row);
          changes += r.changes;
          lastInsertRowid = r.lastInsertRowid;
        }
        // the last row's rowid: rows inserted one after another in a transaction have consecutive rowids
        return { changes, lastInsertRowid };
      };
      return {
        reader: false,
        run: runAll,
        all: (parameters) => (runAll(parameters), []),
        iterate: (parameters) => (runAll(parameters), [][Symbol.iterator]()),
      };
    },
  };
}
