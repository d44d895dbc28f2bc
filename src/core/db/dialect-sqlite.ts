import { CompiledQuery, sql, type QueryResult, type RawBuilder } from 'kysely';
import type { DB } from './database.ts';
import type { Dialect, RowValues, TypedColumn } from './dialect-types.ts';
import { RowBatch } from './sqlite-statements.ts';

const runForEachRow = (db: DB, statement: CompiledQuery, rows: readonly (readonly unknown[])[]): Promise<QueryResult<never>> =>
  db.executeQuery<never>({ ...statement, parameters: [new RowBatch(rows)] });

const insertRows = async (db: DB, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], ids: boolean): Promise<number[]> => {
  if (rows.length === 0) return [];
  const r = await runForEachRow(db, CompiledQuery.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`), rows);
  if (!ids) return [];
  const last = Number(r.insertId);
  return rows.map((_, i) => last - rows.length + 1 + i);
};

/** SQLite (better-sqlite3 through `sqliteDatabase`: statements kept prepared, row batches run in-process). */
export const sqliteDialect: Dialect = {
  supportsDataModifyingCtes: false,
  supportsArrayParameters: false,

  pick: (implementations) => implementations.sqlite,

  // every statement is kept prepared (sqlite-statements.ts)
  executePrepared: <R>(db: DB, query: RawBuilder<R> | CompiledQuery<R>): Promise<QueryResult<R>> =>
    'sql' in query ? db.executeQuery(query) : query.execute(db),

  runForEachRow,

  insertRows: (db: DB, table: string, columns: readonly string[], rows: RowValues[], opts: { ids?: boolean } = {}) =>
    insertRows(db, table, columns, rows, opts.ids === true),

  async insertTypedRows<R>(db: DB, table: string, columns: readonly TypedColumn<R>[], rows: readonly R[]): Promise<void> {
    await insertRows(
      db,
      table,
      columns.map(([name]) => name),
      rows.map((row, i) => columns.map(([, , value]) => value(row, i))),
      false,
    );
  },

  async deleteRows(db: DB, table: string, columns: readonly string[], keys: RowValues[]): Promise<void> {
    if (keys.length === 0) return;
    await runForEachRow(db, CompiledQuery.raw(`DELETE FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')}`), keys);
  },

  // one parameter, the values as a JSON array (json_each): a list of thousands of parameters cost Kysely's compiling
  // and SQLite's parsing twice what the lookups did (a re-import's 20,000 fingerprints: ~95 → ~40 ms CPU); the plan
  // is the same (the column's index probed once per value)
  oneOf: (column, values) => (values.length === 0 ? [] : [sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`]),
  jsonArrayAgg: (value) => sql`json_group_array(${value})`,
  textContains: (text, part) => sql<boolean>`instr(${text}, ${part}) > 0`,
  forUpdate: (query) => query,
  lockInOrder: async () => {},
  isTransientConflict: () => false,
};
