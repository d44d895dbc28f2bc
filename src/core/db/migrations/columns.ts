import type { CreateTableBuilder } from 'kysely';
import type { Engine } from '../database.ts';

/** An auto-numbered primary key: `serial` on PostgreSQL, `integer primary key autoincrement` on SQLite. */
export function withId<T extends string>(engine: Engine, t: CreateTableBuilder<T, never>) {
  return engine === 'postgres' ? t.addColumn('id', 'serial', (c) => c.primaryKey()) : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
