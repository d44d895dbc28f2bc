import { sql, type RawBuilder } from 'kysely';
import { engineOf, type DB } from './database.ts';

/** Values per `IN (…)` list on SQLite: well within its parameter limit, and a list it plans quickly. */
const SQLITE_LIST = 1000;

/**
 * "`column` is one of these texts" as the conditions of the queries to run, their rows taken together: on PostgreSQL
 * one condition over an array (`= ANY($1::text[])`, one parameter, whatever the count — a list of thousands of
 * parameters is parsed and planned afresh each time), on SQLite one `IN (…)` list per 1,000 values. None for none.
 */
export function oneOf(db: DB, column: string, values: readonly string[]): RawBuilder<boolean>[] {
  if (values.length === 0) return [];
  if (engineOf(db) === 'postgres') return [sql<boolean>`${sql.ref(column)} = ANY(${values}::text[])`];
  const lists: RawBuilder<boolean>[] = [];
  for (let i = 0; i < values.length; i += SQLITE_LIST) lists.push(sql<boolean>`${sql.ref(column)} IN (${sql.join(values.slice(i, i + SQLITE_LIST))})`);
  return lists;
}
