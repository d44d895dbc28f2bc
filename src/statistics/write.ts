import { CompiledQuery, sql, type RawBuilder } from 'kysely';
import { engineOf, type DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { nowIso } from '../core/time.ts';
import { PREPARED } from '../core/db/copy-pool.ts';
import { binaryCopy, type BinaryColumn } from '../core/db/copy-binary.ts';
import { ROW_BATCH } from '../core/db/sqlite-statements.ts';
import { lockedRows, lockRefusal, refuseLocked, type LockHit } from './locks.ts';
import { auditBatch, auditEach, changedCells, deltas, insertNew, spreadByKind, spreadTotals, storeCells, type AuditContext } from './write-sql.ts';

/** A value ready to be stored: every code resolved, the period checked. */
export interface ResolvedValue {
  institutionId: number;
  elementId: number;
  period: string;
  year: number;
  /** The unit the institution belonged to during the period. */
  unitId: number;
  kind: string;
  value: number;
}

export interface WriteOptions {
  userId: number | null;
  /** `set` stores the value as given (forms, imports); `add` adds it to what is there (operations). */
  mode: 'set' | 'add';
  /**
   * How changes reach the audit log, old and new value each: `each` one entry per changed value
   * (forms, API; the default for `set`), `batch` one entry per 2,000 changed values listing them
   * (file imports: the same facts at a fraction of the cost), `none` (operations modules, whose
   * own records say who did what; the default for `add`).
   */
  audit?: 'each' | 'batch' | 'none';
  /** What the batch entries name as their source (a file name). */
  source?: string;
}

/**
 * Later rows for the same cell win (`set`) or add up (`add`), in the place of the cell's first
 * row. Most batches name every cell once: that is checked first by sorting one number per row
 * (institution, element and period packed into a double) — a typed-array sort, no object per
 * row — and only a batch with repeats is collapsed through a map.
 */
function collapse(rows: ResolvedValue[], mode: WriteOptions['mode']): ResolvedValue[] {
  if (!repeatsCells(rows)) return rows;
  const byPeriod = new Map<string, Map<string, number>>();
  const out: ResolvedValue[] = [];
  for (const r of rows) {
    let cells = byPeriod.get(r.period);
    if (!cells) byPeriod.set(r.period, (cells = new Map()));
    const k = `${r.institutionId}:${r.elementId}`;
    const at = cells.get(k);
    if (at === undefined) {
      cells.set(k, out.length);
      out.push(r);
    } else out[at] = mode === 'add' ? { ...r, value: out[at]!.value + r.value } : r;
  }
  return out;
}

/** Whether some cell occurs twice (true also when the ids are too large to pack: then the map decides). */
function repeatsCells(rows: ResolvedValue[]): boolean {
  if (rows.length < 2) return false;
  const periods = new Map<string, number>();
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let p = periods.get(r.period);
    if (p === undefined) periods.set(r.period, (p = periods.size));
    if (p >= 1024 || r.elementId >= 4096 || r.institutionId >= 2 ** 31) return true;
    keys[i] = (r.institutionId * 4096 + r.elementId) * 1024 + p; // < 2^53: exact
  }
  keys.sort();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) return true;
  return false;
}

/** From this many rows PostgreSQL receives the batch by COPY into a temporary table (else as arrays in the statement). */
const PG_COPY_FROM = 2000;

/** The columns of `value_rows`, in its order and types: `ord` numbers the rows from 1. */
const VALUE_ROW_COLUMNS: BinaryColumn<ResolvedValue>[] = [
  ['int4', (_, i) => i + 1],
  ['int4', (r) => r.institutionId],
  ['int4', (r) => r.elementId],
  ['text', (r) => r.period],
  ['int4', (r) => r.year],
  ['int4', (r) => r.unitId],
  ['text', (r) => r.kind],
  ['float8', (r) => r.value],
];

/**
 * PostgreSQL: the whole write is one statement over the batch's rows `r` (one round trip for a
 * form or API write; atomic on its own), the lock check included: when a cell lies under a
 * locked unit, the statement writes nothing and returns the locked cells. Small batches travel
 * as arrays unnested in the statement; large ones are first copied (COPY, the fastest way in)
 * into a temporary table, and store new and changed cells apart (plain insert, upsert) with JIT off
 * (compiling the plan cost more than it saved).
 */
async function applyPostgres(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<void> {
  /** `bulk`: the rows numbered 1…n (`ord`), new and changed cells stored apart. */
  const statement = (source: RawBuilder<unknown>, bulk: boolean) => {
    const auditPart =
      audit === 'each' ? sql`a AS (${auditEach(ctx)}),` : audit === 'batch' ? sql`a AS (${auditBatch('postgres', ctx, bulk ? rows.length : undefined)}),` : sql``;
    const store = bulk ? sql`s AS (${insertNew(ctx)}), u AS (${storeCells(ctx, sql`ch.old IS NOT NULL`)})` : sql`s AS (${storeCells(ctx)})`;
    return sql<LockHit>`${sql.raw(PREPARED)} WITH r AS (${source}),
      lk AS (${lockedRows}),
      ch AS (${changedCells('postgres', mode, sql`SELECT 1 FROM lk`, bulk)}),
      ${auditPart}
      x AS (${deltas}),
      g AS (${spreadByKind}),
      t AS (${spreadTotals}),
      ${store}
    SELECT inst, period, code, name, year FROM lk`;
  };
  // the statement returns the locked cells it found (and then wrote nothing): they are refused
  const write = async (on: DB, source: RawBuilder<unknown>, bulk: boolean) => {
    const locked = (await statement(source, bulk).execute(on)).rows;
    if (locked.length > 0) throw lockRefusal(locked);
  };
  if (rows.length === 1) {
    // one value (forms, API, operations): scalar parameters, so PostgreSQL settles on the generic plan
    // of the prepared statement after five runs; over unnested arrays every run was planned afresh
    const [v] = rows as [ResolvedValue];
    await write(db, sql`SELECT 1::bigint AS ord, ${v.institutionId}::int AS institution_id, ${v.elementId}::int AS element_id, ${v.period}::text AS period,
        ${v.year}::int AS year, ${v.unitId}::int AS unit_id, ${v.kind}::text AS kind, ${v.value}::float8 AS value`, false);
    return;
  }
  if (rows.length < PG_COPY_FROM) {
    const col = <T>(f: (r: ResolvedValue) => T) => rows.map(f);
    await write(db, sql`SELECT * FROM unnest(${col((r) => r.institutionId)}::int[], ${col((r) => r.elementId)}::int[], ${col((r) => r.period)}::text[],
        ${col((r) => r.year)}::int[], ${col((r) => r.unitId)}::int[], ${col((r) => r.kind)}::text[], ${col((r) => r.value)}::float8[])
        WITH ORDINALITY AS u(institution_id, element_id, period, year, unit_id, kind, value, ord)`, false);
    return;
  }
  await inTransaction(db, async (trx) => {
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx); // the batch audit sorts every changed cell: in memory, not on disk
    await sql`SET LOCAL jit = off`.execute(trx);
    await sql`CREATE TEMP TABLE IF NOT EXISTS value_rows (ord integer, institution_id integer, element_id integer, period text, year integer,
      unit_id integer, kind text, value double precision) ON COMMIT DELETE ROWS`.execute(trx);
    const data = binaryCopy(rows, VALUE_ROW_COLUMNS);
    await trx.executeQuery(CompiledQuery.raw('COPY value_rows (ord, institution_id, element_id, period, year, unit_id, kind, value) FROM STDIN (FORMAT binary)', [data]));
    await write(trx, sql`SELECT * FROM value_rows`, true);
    await sql`TRUNCATE value_rows`.execute(trx); // for a later batch of the same transaction (else emptied at commit)
  });
}

/** Up to this many rows SQLite's statements carry the batch themselves (VALUES), without temporary tables. */
const SQLITE_INLINE_UP_TO = 100;

/**
 * SQLite: the parts one statement each, over `ch` (the changed cells, numbered `n` in batch
 * order). Small batches (forms, API) compute `ch` in each statement from a VALUES list. Large
 * ones find their changed cells row by row (one prepared statement per row, in-process: the old
 * value looked up by key, the row kept in a temporary table only when it changes anything), and
 * compute the deltas once for both aggregates. Temporary tables never reach the WAL.
 */
async function applySqlite(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<void> {
  const auditChanges = async (ch: RawBuilder<unknown>) => {
    if (audit === 'each') await sql`${ch} ${auditEach(ctx)}`.execute(db);
    else if (audit === 'batch') await sql`${ch} ${auditBatch('sqlite', ctx)}`.execute(db);
  };
  if (rows.length <= SQLITE_INLINE_UP_TO) {
    const values = sql.join(rows.map((r, i) => sql`(${sql.lit(i + 1)}, ${r.institutionId}, ${r.elementId}, ${r.period}, ${r.year}, ${r.unitId}, ${r.kind}, ${r.value})`));
    const ch = sql`WITH r(ord, institution_id, element_id, period, year, unit_id, kind, value) AS (VALUES ${values}),
      ch AS (SELECT row_number() OVER (ORDER BY c.ord) AS n, c.* FROM (${changedCells('sqlite', mode)}) c)`;
    await auditChanges(ch);
    await sql`${ch}, x AS (${deltas}) ${spreadByKind}`.execute(db);
    await sql`${ch}, x AS (${deltas}) ${spreadTotals}`.execute(db);
    await sql`${ch} ${storeCells(ctx)}`.execute(db);
    return;
  }
  await sql`CREATE TEMP TABLE IF NOT EXISTS value_changes (n integer PRIMARY KEY, ord integer NOT NULL, institution_id integer NOT NULL, element_id integer NOT NULL,
    period text NOT NULL, year integer NOT NULL, unit_id integer NOT NULL, kind text NOT NULL, value double precision NOT NULL, old double precision, old_unit integer)`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS value_deltas (unit_id integer NOT NULL, element_id integer NOT NULL, kind text NOT NULL, year integer NOT NULL, delta double precision NOT NULL)`.execute(db);
  await sql`DELETE FROM value_changes`.execute(db);
  await sql`DELETE FROM value_deltas`.execute(db);
  // one row of the batch as `r`; `n` numbers the changed cells 1, 2, … in batch order (the table is empty: rowids start at 1)
  const find = sql`WITH r AS (SELECT ? AS ord, ? AS institution_id, ? AS element_id, ? AS period, ? AS year, ? AS unit_id, ? AS kind, ? AS value)
    INSERT INTO value_changes (ord, institution_id, element_id, period, year, unit_id, kind, value, old, old_unit) ${changedCells('sqlite', mode)}`.compile(db);
  const batch = rows.map((r, i) => [i + 1, r.institutionId, r.elementId, r.period, r.year, r.unitId, r.kind, r.value]);
  await db.executeQuery(CompiledQuery.raw(`${find.sql} ${ROW_BATCH}`, [batch]));
  const ch = sql`WITH ch AS (SELECT * FROM value_changes)`;
  await auditChanges(ch);
  await sql`${ch} INSERT INTO value_deltas SELECT * FROM (${deltas})`.execute(db);
  await sql`WITH x AS (SELECT * FROM value_deltas) ${spreadByKind}`.execute(db);
  await sql`WITH x AS (SELECT * FROM value_deltas) ${spreadTotals}`.execute(db);
  await sql`${ch} ${storeCells(ctx)}`.execute(db);
  await sql`DELETE FROM value_changes`.execute(db);
  await sql`DELETE FROM value_deltas`.execute(db);
}

type AuditMode = NonNullable<WriteOptions['audit']>;

/**
 * Stores data values and keeps the aggregates (`agg_values` per element, kind and year, and
 * `agg_totals` over every kind, for every unit above) right in the same transaction, so every
 * indicator sees the change at once. Only cells whose value (or unit) changes are written and
 * audited, each with its old and new value.
 */
export async function applyValues(db: DB, input: ResolvedValue[], opts: WriteOptions): Promise<{ written: number }> {
  const rows = collapse(input, opts.mode);
  if (rows.length === 0) return { written: 0 };
  const audit: AuditMode = opts.audit ?? (opts.mode === 'set' ? 'each' : 'none');
  const ctx: AuditContext = { at: nowIso(), userId: opts.userId, source: opts.source ?? 'import' };
  if (engineOf(db) === 'postgres') await applyPostgres(db, rows, opts.mode, audit, ctx); // checks the locks itself
  else
    await inTransaction(db, async (trx) => {
      await refuseLocked(trx, rows);
      await applySqlite(trx, rows, opts.mode, audit, ctx);
    });
  return { written: rows.length };
}

/** Removes stored values (a cleared cell), taking them out of the aggregates and auditing the removal. */
export async function removeValues(
  db: DB,
  cells: { institutionId: number; elementId: number; period: string }[],
  userId: number | null,
): Promise<number> {
  let removed = 0;
  await inTransaction(db, async (trx) => {
    for (const c of cells) {
      const old = await trx
        .selectFrom('data_values as d')
        .innerJoin('institutions as i', 'i.id', 'd.institution_id')
        .innerJoin('data_elements as e', 'e.id', 'd.element_id')
        .select(['d.value', 'd.unit_id', 'd.year', 'i.kind', 'i.code as inst', 'e.code as el'])
        .where('d.institution_id', '=', c.institutionId)
        .where('d.element_id', '=', c.elementId)
        .where('d.period', '=', c.period)
        .executeTakeFirst();
      if (!old) continue;
      await refuseLocked(trx, [{ institutionId: c.institutionId, unitId: old.unit_id, year: old.year, period: c.period }]);
      await sql`UPDATE agg_values SET value = value - ${old.value}
        WHERE element_id = ${c.elementId} AND kind = ${old.kind} AND year = ${old.year}
          AND unit_id IN (SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${old.unit_id})`.execute(trx);
      await sql`UPDATE agg_totals SET value = value - ${old.value}
        WHERE element_id = ${c.elementId} AND year = ${old.year}
          AND unit_id IN (SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${old.unit_id})`.execute(trx);
      await trx
        .deleteFrom('data_values')
        .where('institution_id', '=', c.institutionId)
        .where('element_id', '=', c.elementId)
        .where('period', '=', c.period)
        .execute();
      await trx
        .insertInto('audit_log')
        .values({ at: nowIso(), user_id: userId, action: 'delete', entity: 'data_value', entity_key: `${old.inst}:${old.el}:${c.period}`, old_value: String(old.value), new_value: null })
        .execute();
      removed++;
    }
  });
  return removed;
}

/**
 * Recomputes every aggregate from the stored values: after the unit map or its successor
 * links change, and as the check that the incremental path never drifts.
 */
export async function rebuildAggregates(db: DB): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('agg_values').execute();
    await sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
      SELECT c.ancestor_id, l.element_id, l.kind, l.year, SUM(l.value)
      FROM (SELECT v.unit_id, v.element_id, i.kind, v.year, SUM(v.value) AS value
            FROM data_values v JOIN institutions i ON i.id = v.institution_id
            GROUP BY v.unit_id, v.element_id, i.kind, v.year) l
      JOIN unit_closure c ON c.descendant_id = l.unit_id
      GROUP BY c.ancestor_id, l.element_id, l.kind, l.year`.execute(trx);
    await trx.deleteFrom('agg_totals').execute();
    await sql`INSERT INTO agg_totals (unit_id, year, element_id, value)
      SELECT unit_id, year, element_id, SUM(value) FROM agg_values GROUP BY unit_id, year, element_id`.execute(trx);
  });
}
