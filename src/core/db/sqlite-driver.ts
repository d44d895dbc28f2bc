import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type DatabaseConnection, type Driver, type SqliteDialectConfig, type TransactionSettings } from 'kysely';

/** How long a transaction waits for another process's write transaction to end before it fails with SQLITE_BUSY (ms). */
export const BUSY_WAIT_MS = 5000;

const isBusy = (e: unknown) => /^SQLITE_BUSY/.test((e as { code?: string }).code ?? '');

/**
 * Kysely's SQLite driver, its transactions begun `IMMEDIATE` (docs/decisions.md, "Writers under mixed load").
 *
 * The process has one connection, so its own transactions never meet; another process's do (the command line
 * importing while the server takes writes, a second server). With Kysely's plain `BEGIN` a transaction takes the
 * write lock at its first write: one that had read first (every value write reads the locks and old values) and
 * found another process's write committed since got SQLITE_BUSY at once, without waiting; one that found the
 * other's transaction still open waited in SQLite's busy handler, which sleeps on the event loop's thread — the
 * whole server stopped for up to the busy timeout, and a transaction of the same process it waited for could not
 * go on meanwhile, so it failed after 5 s. Here the write lock is taken at `BEGIN`, and while another process holds
 * it the `BEGIN` is tried again after a pause that doubles up to 50 ms (up to BUSY_WAIT_MS in all): a timer, the
 * event loop free. Reads outside transactions never wait in WAL mode; statements outside transactions keep the
 * busy handler.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database) {
    super(config);
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new ImmediateDriver(super.createDriver(), this.#sqlite);
  }
}

class ImmediateDriver implements Driver {
  readonly #inner: Driver;
  readonly #sqlite: BetterSqlite3.Database;
  #begin: BetterSqlite3.Statement | undefined;

  constructor(inner: Driver, sqlite: BetterSqlite3.Database) {
    this.#inner = inner;
    this.#sqlite = sqlite;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.#inner.acquireConnection();
  }

  async beginTransaction(_connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const begin = (this.#begin ??= this.#sqlite.prepare('BEGIN IMMEDIATE'));
    const deadline = performance.now() + BUSY_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      // SQLite's busy handler would sleep on this thread: the wait is a timer instead
      const timeout = this.#sqlite.pragma('busy_timeout', { simple: true }) as number;
      this.#sqlite.pragma('busy_timeout = 0');
      try {
        begin.run();
        return;
      } catch (e) {
        if (!isBusy(e) || performance.now() + pause > deadline) throw e;
      } finally {
        this.#sqlite.pragma(`busy_timeout = ${timeout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
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
