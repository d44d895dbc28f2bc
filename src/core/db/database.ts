import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema.ts';
import { copyingPool } from './copy-pool.ts';
import { sqliteDatabase } from './sqlite-statements.ts';
import { checkpointInThread } from './sqlite-checkpoints.ts';
import { ImmediateSqliteDialect } from './sqlite-driver.ts';

export type Engine = 'sqlite' | 'postgres';
export type DB = Kysely<Database>;

/** An open database: the query builder and which engine is behind it. */
export interface Store {
  db: DB;
  /** Which engine: for migrations, setup and messages. SQL that differs by engine goes through `dialectOf(db)` (dialect.ts). */
  engine: Engine;
  close(): Promise<void>;
}

// PostgreSQL returns COUNT/SUM of integers as int8 and NUMERIC as strings; the platform's
// numbers all fit a double, so read them as numbers on both engines.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

export function openStore(url: string): Store {
  if (isPostgresUrl(url)) {
    // a primary that does not answer (a failover, a network gone) fails the request in 30 s (a 503), not after the OS's
    // minutes; the bound also counts the wait for a free connection, so it stays well above what a busy pool makes one wait
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10), connectionTimeoutMillis: 30_000 });
    let closing = false;
    // an idle connection the server ends (a restart, an administrator, a dropped database) is an 'error' event of the
    // pool: without a listener it would end the process; the pool drops that client and opens another when needed
    pool.on('error', (err) => {
      if (!closing) console.error(`PostgreSQL: an idle connection was ended (${err.message}); the next query opens another.`);
    });
    // a connection in use that ends (the server restarted) fails its query; unheard, its error event would end the process
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyingPool(pool) }) });
    return {
      db,
      engine: 'postgres',
      close: () => {
        closing = true;
        return db.destroy();
      },
    };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = new BetterSqlite3(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -200000');
  sqlite.pragma('mmap_size = 2147483648'); // reads served from the OS page cache without copying (docs/decisions.md)
  const checkpoints = checkpointInThread(sqlite, url);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqliteDatabase(sqlite) }, sqlite) });
  return {
    db,
    engine: 'sqlite',
    close: async () => {
      await checkpoints?.close();
      await db.destroy();
    },
  };
}

/** True when a PostgreSQL server answers at the URL (used to decide whether tests and the bench run on it). */
export async function canConnect(url: string, timeoutMs = 3000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
