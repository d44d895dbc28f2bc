import { CompiledQuery, sql, type QueryResult, type RawBuilder } from 'kysely';
import type { DB } from './database.ts';
import type { Dialect, NamedLock, RowValues, TypedColumn } from './dialect-types.ts';
import { AS_PREPARED_STATEMENT, copyField } from './copy-pool.ts';
import { binaryCopy, type BinaryColumn } from './copy-binary.ts';

const compiled = <R>(db: DB, query: RawBuilder<R> | CompiledQuery<R>): CompiledQuery<R> => ('sql' in query ? query : query.compile(db));

/**
 * A query that takes these advisory locks until the transaction ends (a statement's own, in autocommit), in the
 * order given (the arrays' order, in which unnest yields them), and counts them. The locks travel as parameters:
 * a prepared statement that holds it keeps one text whatever the cells, so PostgreSQL plans it once.
 */
export function advisoryLocks(locks: readonly NamedLock[]): RawBuilder<number> {
  return sql<number>`SELECT count(*) AS held FROM (SELECT CASE WHEN l.shared THEN pg_advisory_xact_lock_shared(l.space, l.key)::text
      ELSE pg_advisory_xact_lock(l.space, l.key)::text END
    FROM unnest(${locks.map((l) => l.space)}::int[], ${locks.map((l) => l.key)}::int[], ${locks.map((l) => l.shared === true)}::bool[]) AS l(space, key, shared)) taken`;
}

/** PostgreSQL (node-pg through `copyingPool`: COPY and named prepared statements). */
export const postgresDialect: Dialect = {
  supportsDataModifyingCtes: true,
  supportsArrayParameters: true,

  pick: (implementations) => implementations.postgres,

  executePrepared<R>(db: DB, query: RawBuilder<R> | CompiledQuery<R>): Promise<QueryResult<R>> {
    const q = compiled(db, query);
    return db.executeQuery<R>({ ...q, parameters: [...q.parameters, AS_PREPARED_STATEMENT] });
  },

  async runForEachRow(db, statement, rows) {
    let numAffectedRows = 0n;
    for (const row of rows) numAffectedRows += (await db.executeQuery<never>({ ...statement, parameters: row })).numAffectedRows ?? 0n;
    return { numAffectedRows, rows: [] };
  },

  async insertRows(db: DB, table: string, columns: readonly string[], rows: RowValues[], opts: { ids?: boolean } = {}): Promise<number[]> {
    if (rows.length === 0) return [];
    let ids: number[] = [];
    if (opts.ids) {
      // the ids are drawn from the table's sequence first, then written with the rows
      const drawn = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${rows.length})`.execute(db);
      ids = drawn.rows.map((r) => Number(r.id));
    }
    const data = rows.map((r, i) => (opts.ids ? `${ids[i]}\t` : '') + r.map(copyField).join('\t') + '\n').join('');
    await db.executeQuery(CompiledQuery.raw(`COPY ${table} (${opts.ids ? 'id, ' : ''}${columns.join(', ')}) FROM STDIN`, [data]));
    return ids;
  },

  async insertTypedRows<R>(db: DB, table: string, columns: readonly TypedColumn<R>[], rows: readonly R[]): Promise<void> {
    if (rows.length === 0) return;
    const data = binaryCopy(
      rows,
      columns.map(([, type, value]): BinaryColumn<R> => [type, value]),
    );
    await db.executeQuery(CompiledQuery.raw(`COPY ${table} (${columns.map(([name]) => name).join(', ')}) FROM STDIN (FORMAT binary)`, [data]));
  },

  async deleteRows(db: DB, table: string, columns: readonly string[], keys: RowValues[], cast: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const arrays = columns.map((_, i) => sql`${keys.map((k) => k[i])}::${sql.raw(cast[i]!)}[]`);
    await sql`DELETE FROM ${sql.table(table)} t USING unnest(${sql.join(arrays)}) AS k(${sql.join(columns.map((c) => sql.ref(c)))})
    WHERE ${sql.join(
      columns.map((c) => sql`t.${sql.ref(c)} = k.${sql.ref(c)}`),
      sql` AND `,
    )}`.execute(db);
  },

  oneOf: (column, values) => (values.length === 0 ? [] : [sql<boolean>`${sql.ref(column)} = ANY(${values}::text[])`]),
  jsonArrayAgg: (value) => sql`json_agg(${value})`,
  textContains: (text, part) => sql<boolean>`strpos(${text}, ${part}) > 0`,
  forUpdate: (query) => query.forUpdate(),

  async lockInOrder(db, locks) {
    if (locks.length === 0) return;
    await advisoryLocks(locks).execute(db);
  },
  isTransientConflict: (error) => {
    const code = (error as { code?: unknown } | null)?.code;
    return code === '40P01' || code === '40001';
  },
};
