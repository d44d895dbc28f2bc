import { SqliteAdapter } from 'kysely';
import type { DB } from './database.ts';
import type { Dialect } from './dialect-types.ts';
import { postgresDialect } from './dialect-postgres.ts';
import { sqliteDialect } from './dialect-sqlite.ts';

export type { Dialect, NamedLock, RowValues, TypedColumn } from './dialect-types.ts';

/** The dialect of the engine a query builder (or a transaction of it) talks to. */
export function dialectOf(db: DB): Dialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? sqliteDialect : postgresDialect;
}
