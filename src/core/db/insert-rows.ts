import { CompiledQuery, sql } from 'kysely';
import { engineOf, type DB } from './database.ts';
import { copyField } from './copy-pool.ts';
import { ROW_BATCH } from './sqlite-statements.ts';

/** A row's values in the order of the columns named. */
export type RowValues = (string | number | null)[];

/**
 * Inserts many rows into one table fast, inside the caller's transaction: on SQLite one prepared single-row statement
 * run for every row (no SQL built or parsed per batch), on PostgreSQL COPY. With `ids`, returns the new rows' ids in
 * order — on SQLite from the last rowid (rows inserted one after another get consecutive rowids), on PostgreSQL
 * drawn from the table's `id` sequence before the COPY.
 */
export async function insertRows(db: DB, table: string, columns: readonly string[], rows: RowValues[], opts: { ids?: boolean } = {}): Promise<number[]> {
  if (rows.length === 0) return [];
  if (engineOf(db) === 'sqlite') {
    const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${ROW_BATCH}`;
    const r = await db.executeQuery(CompiledQuery.raw(text, [rows]));
    if (!opts.ids) return [];
    const last = Number(r.insertId);
    return rows.map((_, i) => last - rows.length + 1 + i);
  }
  let ids: number[] = [];
  if (opts.ids) {
    // the ids are drawn from the table's sequence first, then written with the rows
    const drawn = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${rows.length})`.execute(db);
    ids = drawn.rows.map((r) => Number(r.id));
  }
  const data = rows.map((r, i) => (opts.ids ? `${ids[i]}\t` : '') + r.map(copyField).join('\t') + '\n').join('');
  await db.executeQuery(CompiledQuery.raw(`COPY ${table} (${opts.ids ? 'id, ' : ''}${columns.join(', ')}) FROM STDIN`, [data]));
  return ids;
}

/**
 * Deletes the rows matching each key (all key columns equal), inside the caller's transaction: on SQLite one prepared
 * statement run per key, on PostgreSQL one statement over the keys as arrays (`cast` gives each column's array type).
 */
export async function deleteRows(db: DB, table: string, columns: readonly string[], keys: RowValues[], cast: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  if (engineOf(db) === 'sqlite') {
    await db.executeQuery(CompiledQuery.raw(`DELETE FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} ${ROW_BATCH}`, [keys]));
    return;
  }
  const arrays = columns.map((_, i) => sql`${keys.map((k) => k[i])}::${sql.raw(cast[i]!)}[]`);
  await sql`DELETE FROM ${sql.table(table)} t USING unnest(${sql.join(arrays)}) AS k(${sql.join(columns.map((c) => sql.ref(c)))})
    WHERE ${sql.join(columns.map((c) => sql`t.${sql.ref(c)} = k.${sql.ref(c)}`), sql` AND `)}`.execute(db);
}
