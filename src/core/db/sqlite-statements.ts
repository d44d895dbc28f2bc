import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * The one parameter of a statement to run once per row (`Dialect.runForEachRow`, core/db only): the rows' values,
 * each row the statement's parameters.
 */
export class RowBatch {
  constructor(readonly rows: readonly (readonly unknown[])[]) {}
}

/** Prepared statements kept per database, by SQL text (the least recently used goes first). */
const CACHED = 500;

/** A cached statement: better-sqlite3's, and what Kysely is given for it (the same, or a writer that takes a row batch). */
interface Cached {
  stmt: BetterSqlite3.Statement;
  statement: SqliteStatement;
}

/**
 * better-sqlite3 for Kysely, with two additions:
 * - prepared statements are kept and reused by SQL text (Kysely prepares every query afresh,
 *   and compiling the write statements cost more than running them for a single value);
 * - a statement returning no rows whose one parameter is a `RowBatch` is run for every row of it, inside the
 *   caller's transaction: how SQLite takes a large batch fastest (in-process, no SQL or JSON text to parse
 *   per row); its insert id is the last row's rowid.
 */
export function sqliteDatabase(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, Cached>();
  const prepared = (text: string): Cached => {
    let c = cache.get(text);
    if (c)
      cache.delete(text); // re-inserted below: most recently used last
    else {
      const stmt = db.prepare(text);
      c = { stmt, statement: stmt.reader ? (stmt as unknown as SqliteStatement) : writer(stmt) };
      if (cache.size >= CACHED) cache.delete(cache.keys().next().value!);
    }
    cache.set(text, c);
    return c;
  };
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
      const { stmt, statement } = prepared(text);
      // a statement still iterating (Kysely's streaming) cannot be run again: those get their own
      return stmt.busy ? (db.prepare(text) as unknown as SqliteStatement) : statement;
    },
  };
}

/** A statement returning no rows, for Kysely: run once, or once per row of a `RowBatch`. */
function writer(stmt: BetterSqlite3.Statement): SqliteStatement {
  const run = (parameters: ReadonlyArray<unknown>) => {
    const batch = parameters[0];
    if (!(batch instanceof RowBatch)) return stmt.run(parameters);
    if (parameters.length !== 1) throw new TypeError('A row batch is the only parameter of its statement.');
    let changes = 0;
    let lastInsertRowid: number | bigint = 0;
    for (const row of batch.rows) {
      const r = stmt.run(row);
      changes += r.changes;
      lastInsertRowid = r.lastInsertRowid;
    }
    // the last row's rowid: rows inserted one after another in a transaction have consecutive rowids
    return { changes, lastInsertRowid };
  };
  return {
    reader: false,
    run,
    all: (parameters) => (run(parameters), []),
    iterate: (parameters) => (run(parameters), [][Symbol.iterator]()),
  };
}
