import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { refuseLocked } from './locks.ts';
import {
  AUDIT_CELLS,
  auditEach,
  auditEntries,
  cellChanges,
  codedCells,
  countedCells,
  deltas,
  newValue,
  spreadByKind,
  spreadTotals,
  storeCells,
  valueKey,
  type AuditContext,
} from './write-sql.ts';
import type { AuditMode, ResolvedValue, WriteOptions } from './write-types.ts';

/** Up to this many rows SQLite's statements carry the batch themselves (VALUES), without temporary tables. */
const SQLITE_INLINE_UP_TO = 100;

/** SQLite: the locks checked first, then the write, in one transaction (in-process: no round trips to save). */
export function writeValuesSqlite(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<void> {
  return inTransaction(db, async (trx) => {
    await refuseLocked(trx, rows);
    await applySqlite(trx, rows, mode, audit, ctx);
  });
}

/**
 * The parts one statement each, over `changed_cells` (numbered `n` in batch order). Small
 * batches (forms, API) compute them in each statement from a VALUES list. Large
 * ones find their changed cells row by row (one prepared statement per row, in-process: the old
 * value looked up by key, the row kept in a temporary table only when it changes anything), and
 * compute the deltas once for both aggregates. Temporary tables never reach the WAL.
 */
async function applySqlite(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<void> {
  const auditChanges = async (changed: RawBuilder<unknown>) => {
    if (audit === 'each') await sql`${changed} ${auditEach(ctx)}`.execute(db);
    else if (audit === 'batch') await sql`${changed} ${auditBatch(ctx, sql`true`)}`.execute(db);
  };
  if (rows.length <= SQLITE_INLINE_UP_TO) {
    const values = sql.join(
      rows.map((r, i) => sql`(${sql.lit(i + 1)}, ${r.institutionId}, ${r.elementId}, ${r.period}, ${r.year}, ${r.unitId}, ${r.kind}, ${r.value})`),
    );
    const changed = sql`WITH batch_rows(ord, institution_id, element_id, period, year, unit_id, kind, value) AS (VALUES ${values}),
      changed_cells AS (SELECT row_number() OVER (ORDER BY c.ord) AS n, c.* FROM (${changedCells(mode)}) c)`;
    await auditChanges(changed);
    await sql`${changed}, unit_deltas AS (${deltas}) ${spreadByKind}`.execute(db);
    await sql`${changed}, unit_deltas AS (${deltas}) ${spreadTotals}`.execute(db);
    await sql`${changed} ${storeCells(ctx, valueKey('sqlite'))}`.execute(db);
    return;
  }
  await sql`CREATE TEMP TABLE IF NOT EXISTS value_changes (n integer PRIMARY KEY, ord integer NOT NULL, institution_id integer NOT NULL, element_id integer NOT NULL,
    period text NOT NULL, year integer NOT NULL, unit_id integer NOT NULL, kind text NOT NULL, value double precision NOT NULL, old double precision, old_unit integer)`.execute(
    db,
  );
  await sql`CREATE TEMP TABLE IF NOT EXISTS value_sums (unit_id integer NOT NULL, element_id integer NOT NULL, kind text NOT NULL, year integer NOT NULL,
    delta double precision NOT NULL, PRIMARY KEY (unit_id, element_id, kind, year))`.execute(db);
  await sql`DELETE FROM value_changes`.execute(db);
  await sql`DELETE FROM value_sums`.execute(db);
  // one row of the batch as `batch_rows`; `n` numbers the changed cells 1, 2, … in batch order (the table is empty: rowids start at 1)
  const find = sql`WITH batch_rows AS (SELECT ? AS ord, ? AS institution_id, ? AS element_id, ? AS period, ? AS year, ? AS unit_id, ? AS kind, ? AS value)
    INSERT INTO value_changes (ord, institution_id, element_id, period, year, unit_id, kind, value, old, old_unit) ${changedCells(mode)}`.compile(db);
  const slice = (from: number, to: number) =>
    rows.slice(from, to).map((r, i) => [from + i + 1, r.institutionId, r.elementId, r.period, r.year, r.unitId, r.kind, r.value]);
  await inSlices(rows.length, (from, to) => dialectOf(db).runForEachRow(db, find, slice(from, to)));
  const changes = Number((await sql<{ n: number | null }>`SELECT MAX(n) AS n FROM value_changes`.execute(db)).rows[0]?.n ?? 0);
  const changed = sql`WITH changed_cells AS (SELECT * FROM value_changes)`;
  const numbered = (from: number, to: number) => sql`ch.n > ${from} AND ch.n <= ${to}`;
  // the slices' bounds are multiples of AUDIT_CELLS: the batch entries are those of one statement over every cell
  if (audit === 'each') await inSlices(changes, (from, to) => sql`${changed} ${auditEach(ctx, numbered(from, to))}`.execute(db));
  else if (audit === 'batch') await inSlices(changes, (from, to) => sql`${changed} ${auditBatch(ctx, numbered(from, to))}`.execute(db));
  // the deltas summed over the whole batch (a unit's row of the aggregates is written once, not once a slice)
  await inSlices(changes, (from, to) =>
    sql`WITH changed_cells AS (SELECT * FROM value_changes WHERE n > ${from} AND n <= ${to}) INSERT INTO value_sums SELECT * FROM (${deltas}) WHERE true
      ON CONFLICT (unit_id, element_id, kind, year) DO UPDATE SET delta = value_sums.delta + excluded.delta`.execute(db),
  );
  const sums = Number((await sql<{ n: number | null }>`SELECT MAX(rowid) AS n FROM value_sums`.execute(db)).rows[0]?.n ?? 0);
  const unitDeltas = (from: number, to: number) =>
    sql`WITH unit_deltas AS (SELECT unit_id, element_id, kind, year, delta FROM value_sums WHERE rowid > ${from} AND rowid <= ${to})`;
  await inSlices(sums, (from, to) => sql`${unitDeltas(from, to)} ${spreadByKind}`.execute(db));
  await inSlices(sums, (from, to) => sql`${unitDeltas(from, to)} ${spreadTotals}`.execute(db));
  await inSlices(changes, (from, to) =>
    sql`WITH changed_cells AS (SELECT * FROM value_changes WHERE n > ${from} AND n <= ${to}) ${storeCells(ctx, valueKey('sqlite'))}`.execute(db),
  );
  await sql`DELETE FROM value_changes`.execute(db);
  await sql`DELETE FROM value_sums`.execute(db);
}

/**
 * A large batch's statements each run over a slice of its rows (SQLite runs them in-process, about 5 µs a row and
 * statement), a turn of the event loop between two slices: the caller's transaction keeps the write whole, while the
 * server answers others meanwhile (`/healthz`; the database's other users wait for the transaction). A multiple of
 * AUDIT_CELLS.
 */
const SLICE = AUDIT_CELLS;

async function inSlices(count: number, run: (from: number, to: number) => Promise<unknown>): Promise<void> {
  for (let from = 0; from < count; from += SLICE) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    await run(from, Math.min(count, from + SLICE));
  }
}

/** The cells of the batch that change anything, with their old values (the key's probe per row), in batch order. */
function changedCells(mode: 'set' | 'add'): RawBuilder<unknown> {
  const value = newValue(mode);
  return sql`SELECT r.ord, r.institution_id, r.element_id, r.period, r.year, r.unit_id, r.kind, ${value} AS value, d.value AS old, d.unit_id AS old_unit
    FROM batch_rows r LEFT JOIN data_values d ON d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period
    WHERE ${cellChanges(value)} ORDER BY r.ord`;
}

/** The batch audit (`auditEntries`): `changed_cells` carries the cells' numbers (`n`). */
function auditBatch(a: AuditContext, only: RawBuilder<unknown>): RawBuilder<unknown> {
  const cells = sql`json_group_array(json_array(cell.inst, cell.el, cell.period, cell.old, cell.value) ORDER BY cell.n)`;
  return auditEntries(a, cells, codedCells(sql`ch.n, ${countedCells} AS total`, only));
}
