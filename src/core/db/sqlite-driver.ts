import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/** A read outside a transaction waits for the next turn of the event loop once the database has held the current turn this long (ms). */
export const TURN_MS = 8;
/** How long a transaction waits for another process's write transaction to end before it fails with SQLITE_BUSY (ms). */
export const BUSY_WAIT_MS = 5000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const isBusy = (e: unknown) => /^SQLITE_BUSY/.test((e as { code?: string }).code ?? '');

/**
 * Kysely's SQLite driver with two changes for a server that shares one connection and one event loop between
 * readers and writers (docs/decisions.md, "Writers under mixed load"):
 *
 * - **Transactions begin `IMMEDIATE`**: the write lock is taken at `BEGIN`, so a transaction that reads before it
 *   writes cannot meet a write of another process (the command line, a second server) committed in between —
 *   SQLite answers that with SQLITE_BUSY at once, without waiting. While another process writes, the `BEGIN` is
 *   tried again after a pause that doubles up to 50 ms (up to BUSY_WAIT_MS in all) instead of in SQLite's busy
 *   handler, which sleeps on the event loop's thread and would stop the server for as long.
 * - **A long run of reads takes turns**: the queries are synchronous, so a dashboard rendered afresh (some thirty
 *   queries) held the event loop for its whole rendering, and every write that came meanwhile waited that long.
 *   A query outside a transaction that comes after the database has held the current turn for TURN_MS lets the
 *   event loop go round first (the connection free meanwhile: a group of writes may commit). Inside a transaction
 *   nothing waits: a transaction holds the connection, and is kept short.
 */
export class TurnTakingSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database) {
    super(config);
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new TurnTakingDriver(super.createDriver(), this.#sqlite);
  }
}

/** When the database began to hold the current turn of the event loop (undefined: not yet this turn). */
let heldSince: number | undefined;

/** Notes that the database works in this turn; true when it has held the turn past TURN_MS. */
function turnHeld(): boolean {
  const now = performance.now();
  if (heldSince === undefined) {
    heldSince = now;
    setImmediate(() => {
      heldSince = undefined;
    });
    return false;
  }
  return now - heldSince > TURN_MS;
}

class TurnTakingDriver implements Driver {
  readonly #inner: Driver;
  readonly #sqlite: BetterSqlite3.Database;
  #inTransaction = false;
  readonly #connection = new WeakMap<DatabaseConnection, DatabaseConnection>();
  #begin: BetterSqlite3.Statement | undefined;

  constructor(inner: Driver, sqlite: BetterSqlite3.Database) {
    this.#inner = inner;
    this.#sqlite = sqlite;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const raw = await this.#inner.acquireConnection();
    let c = this.#connection.get(raw);
    if (!c) {
      const driver = this;
      c = {
        async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
          if (!driver.#inTransaction && turnHeld()) {
            // the connection is free while the event loop goes round (Kysely releases it after this query: taken again)
            await driver.#inner.releaseConnection(raw);
            await nextTurn();
            await driver.#inner.acquireConnection();
            turnHeld();
          }
          return raw.executeQuery<R>(query);
        },
        streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => raw.streamQuery<R>(query, chunkSize),
      };
      this.#connection.set(raw, c);
    }
    return c;
  }

  async beginTransaction(_connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const begin = (this.#begin ??= this.#sqlite.prepare('BEGIN IMMEDIATE'));
    const deadline = performance.now() + BUSY_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      // SQLite's own busy handler would sleep on this thread: here the wait is a timer, the event loop free
      const timeout = this.#sqlite.pragma('busy_timeout', { simple: true }) as number;
      this.#sqlite.pragma('busy_timeout = 0');
      try {
        begin.run();
        break;
      } catch (e) {
        if (!isBusy(e) || performance.now() + pause > deadline) throw e;
      } finally {
        this.#sqlite.pragma(`busy_timeout = ${timeout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    this.#inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    this.#inTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    } finally {
      this.#inTransaction = false;
    }
  }

  savepoint: Driver['savepoint'] = (connection, name, compile) => this.#inner.savepoint!(connection, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (connection, name, compile) => this.#inner.rollbackToSavepoint!(connection, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (connection, name, compile) => this.#inner.releaseSavepoint!(connection, name, compile);

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}
