import { analyzeGrownYears, YEAR_PARTITIONED } from '../core/db/year-partitions.ts';
import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf, type TypedColumn } from '../core/db/dialect.ts';
import { advisoryLocks } from '../core/db/dialect-postgres.ts';
import type { NamedLock } from '../core/db/dialect-types.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { BATCH_CELLS, cellLocks, lockCells } from './cell-locks.ts';
import { lockedRows, lockRefusal, type LockHit } from './locks.ts';
import {
  auditEach,
  auditEntries,
  cellChanges,
  codedCells,
  countedCells,
  deltas,
  insertCells,
  insertNew,
  newValue,
  spreadByKind,
  spreadTotals,
  storeCells,
  valueKey,
  type AuditContext,
} from './write-sql.ts';
import { StaleResolution, type AuditMode, type ResolvedValue, type WriteOptions } from './write-types.ts';
import type { Caller } from './write-queue.ts';

/** From this many rows PostgreSQL receives the batch by COPY into a temporary table (else as arrays in the statement). */
const PG_COPY_FROM = 2000;

/**
 * The columns of `value_batch`, in its order and types: `ord` numbers the rows from 1; `cell` is the head of the
 * row's audit cell, `["institution","element",` (codes, as JSON), when the write is audited by batch.
 */
const valueBatchColumns = (heads: readonly string[]): TypedColumn<ResolvedValue>[] => [
  ['ord', 'int4', (_, i) => i + 1],
  ['institution_id', 'int4', (r) => r.institutionId],
  ['element_id', 'int4', (r) => r.elementId],
  ['period', 'text', (r) => r.period],
  ['year', 'int4', (r) => r.year],
  ['unit_id', 'int4', (r) => r.unitId],
  ['kind', 'text', (r) => r.kind],
  ['value', 'float8', (r) => r.value],
  ['cell', 'text', (_, i) => heads[i] ?? ''],
];

/**
 * PostgreSQL: the write is one statement over the batch's rows `batch_rows`, the lock check included: when a
 * cell lies under a locked unit, the statement writes nothing and returns the locked cells. Small batches travel
 * in the statement, alone in autocommit (`writeSmall`); large ones (imports) are first copied (COPY, the fastest
 * way in) into a temporary table and written in a transaction that locks their cells first (`lockCells`, all
 * values beyond a few institutions): READ COMMITTED gives the statement a snapshot taken after, so the old values
 * it reads — on which the new ones (`add`) and the aggregates' deltas rest — are those of every writer before it.
 * It stores new and changed cells apart (plain insert, upsert) with JIT off (compiling the plan cost more than it saved).
 */
export async function writeValuesPostgres(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<void> {
  if (rows.length < PG_COPY_FROM) return writeSmall(db, rows, mode, audit, ctx);
  const auditPart =
    audit === 'each' ? sql`audit_entries AS (${auditEach(ctx)}),` : audit === 'batch' ? sql`audit_entries AS (${auditBatch(ctx, rows.length)}),` : sql``;
  const statement = sql<LockHit>`WITH batch_rows AS (SELECT * FROM value_batch),
      locked_cells AS (${lockedRows}),
      stored_cells AS MATERIALIZED (${storedInRanges(probeRanges(rows))}),
      changed_cells AS (${changedCells(mode, sql`SELECT 1 FROM locked_cells`)}),
      ${auditPart}
      unit_deltas AS (${deltas}),
      agg_values_added AS (${spreadByKind}),
      agg_totals_added AS (${spreadTotals}),
      inserted_cells AS (${insertNew(ctx)}), updated_cells AS (${storeCells(ctx, valueKey('postgres'), sql`ch.old IS NOT NULL`)})
    SELECT inst, period, code, name, year FROM locked_cells`;
  await inTransaction(db, async (trx) => {
    await lockCells(trx, rows);
    const codes = await existingCodes(trx, rows);
    const heads = audit === 'batch' ? cellHeads(rows, codes) : [];
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx); // the batch audit sorts every changed cell: in memory, not on disk
    await sql`SET LOCAL jit = off`.execute(trx);
    // the rows meet their stored cells by a hash of the stored ones: a merge join sorted the whole batch first (90 ms)
    await sql`SET LOCAL enable_mergejoin = off`.execute(trx);
    await sql`CREATE TEMP TABLE IF NOT EXISTS value_batch (ord integer, institution_id integer, element_id integer, period text, year integer,
      unit_id integer, kind text, value double precision, cell text) ON COMMIT DELETE ROWS`.execute(trx);
    await dialectOf(trx).insertTypedRows(trx, 'value_batch', valueBatchColumns(heads), rows);
    // the statement returns the locked cells it found (and then wrote nothing): they are refused
    const locked = (await dialectOf(trx).executePrepared(trx, statement)).rows;
    if (locked.length > 0) throw lockRefusal(locked);
    // the key's columns, which the next large write's probes go by (the rest is autovacuum's, a minute later): 98 → 43 ms for 200,000 rows
    await analyzeGrownYears(trx, YEAR_PARTITIONED[0]!, countByYear(rows), ['institution_id', 'element_id', 'period']);
    await sql`TRUNCATE value_batch`.execute(trx); // for a later batch of the same transaction (else emptied at commit)
  });
}

/** Institution and element codes by id, each as JSON text. */
interface JsonCodes {
  institutions: Map<number, string>;
  elements: Map<number, string>;
}

/**
 * The large write's institutions and elements, by id, checked to exist (the check that replaces the foreign keys'
 * per-row triggers here, migration 006): one lookup of the distinct ids, where a join of every row to the institutions
 * hashed all of them. A batch naming one that does not exist fails whole, before anything is written.
 */
async function existingCodes(db: DB, rows: ResolvedValue[]): Promise<JsonCodes> {
  const institutions = [...new Set(rows.map((r) => r.institutionId))];
  const elements = [...new Set(rows.map((r) => r.elementId))];
  const found = await sql<{ t: 'i' | 'e'; id: number; code: string }>`SELECT 'i' AS t, id, code FROM institutions WHERE id = ANY(${institutions}::int[])
    UNION ALL SELECT 'e', id, code FROM data_elements WHERE id = ANY(${elements}::int[])`.execute(db);
  const codes: JsonCodes = { institutions: new Map(), elements: new Map() };
  for (const r of found.rows) (r.t === 'i' ? codes.institutions : codes.elements).set(r.id, JSON.stringify(r.code));
  const missing = [
    ...institutions.filter((id) => !codes.institutions.has(id)).map((id) => `institution ${id}`),
    ...elements.filter((id) => !codes.elements.has(id)).map((id) => `data element ${id}`),
  ];
  if (missing.length > 0) throw new Error(`the batch names what does not exist: ${missing.slice(0, 5).join(', ')}`);
  return codes;
}

/**
 * Each row's audit cell head, `["institution","element",` (the batch audit then joins nothing; it adds the period):
 * one string per institution and element, shared by their rows, so the COPY encodes it once (copy-binary.ts).
 */
function cellHeads(rows: ResolvedValue[], codes: JsonCodes): string[] {
  const pairs = new Map<number, Map<number, string>>();
  return rows.map((r) => {
    let byElement = pairs.get(r.institutionId);
    if (byElement === undefined) pairs.set(r.institutionId, (byElement = new Map()));
    let pair = byElement.get(r.elementId);
    if (pair === undefined) byElement.set(r.elementId, (pair = `[${codes.institutions.get(r.institutionId)},${codes.elements.get(r.elementId)},`));
    return pair;
  });
}

const countByYear = (rows: ResolvedValue[]) => {
  const n = new Map<number, number>();
  for (const r of rows) n.set(r.year, (n.get(r.year) ?? 0) + 1);
  return n;
};

/** A retry of the statement that met another writer (a deadlock) or found its new cells stored first; then it fails. */
const ATTEMPTS = 8;

/**
 * A row of the small write's answer: a locked cell it found (`ord` null: it wrote nothing), a new cell another writer
 * stored first (`ord`), or a row resolved at a `map_version` that is no longer the current one (`ord`, `stale`: not written).
 */
interface SmallOutcome extends LockHit {
  ord: string | number | null;
  stale: boolean;
}

/**
 * A batch small enough to travel in the statement itself (forms, API, operations), written by ONE statement —
 * in autocommit unless the caller holds a transaction, so every row it locks is released by PostgreSQL at its
 * end, never held while the client's event loop gets round to a COMMIT. The statement takes the cells' advisory
 * locks first (`cellLocks`: writers that lock the same cells in a transaction, imports, a rebuild, wait for it
 * and it for them), then reads the stored values `FOR UPDATE`, which in READ COMMITTED locks each row and reads its
 * latest version — not the version of the statement's snapshot, taken before the locks were granted — so a change
 * applies to the current value. A cell stored by another writer after that snapshot is invisible to it: its insert
 * does nothing (`ON CONFLICT DO NOTHING`) and adds nothing to the aggregates or the audit, which follow only the
 * rows actually written (`changed_cells`), and the statement names it (`ord`) to be written again by the next one.
 */
async function writeSmall(db: DB, rows: ResolvedValue[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext, version?: number): Promise<void> {
  const dialect = dialectOf(db);
  let pending = rows;
  for (let attempt = 1; ; attempt++) {
    let outcome: SmallOutcome[];
    try {
      const versions = pending.map(() => version ?? null);
      outcome = (await dialect.executePrepared(db, smallStatement(valueSource(pending, versions), cellLocks(pending), mode, audit, ctx))).rows;
    } catch (e) {
      // alone, the statement was its own transaction, rolled back whole: run again; in the caller's, the caller decides
      if (db.isTransaction || attempt >= ATTEMPTS || !dialect.isTransientConflict(e)) throw e;
      continue;
    }
    // its rows share one version: all refused, nothing written
    if (outcome.some((o) => o.stale)) throw new StaleResolution();
    const locked = outcome.filter((o) => o.ord === null);
    if (locked.length > 0) throw lockRefusal(locked);
    if (outcome.length === 0) return;
    if (attempt >= ATTEMPTS) throw new Error(`${outcome.length} new cells kept meeting other writers' inserts`);
    const lost = new Set(outcome.map((o) => Number(o.ord)));
    pending = pending.filter((_, i) => lost.has(i + 1));
  }
}

/**
 * Several callers' small writes (write-queue.ts) as ONE statement in autocommit, the statement of `writeSmall` over
 * their rows together: the aggregate rows they share are locked and written once, and one commit pays for all. The
 * batch's cells are locked one by one (up to `BATCH_CELLS`, never all values: writers of other cells go on).
 * When the statement as a whole is refused — a cell under a locked unit (it then writes nothing), an error (it is
 * rolled back) — each caller's rows not yet written are written again alone, so only the refused caller fails.
 * A caller whose rows were resolved from the memory of codes at a `map_version` no longer current is refused by the
 * statement (its rows are not written; the others are) and gets `StaleResolution`.
 * Returns each caller's outcome: `undefined` when written, else its error.
 */
export async function writeBatchPostgres(db: DB, callers: Caller[], mode: WriteOptions['mode'], audit: AuditMode, ctx: AuditContext): Promise<unknown[]> {
  const dialect = dialectOf(db);
  const rows = callers.flatMap((c) => c.rows);
  const owner = callers.flatMap((c, i) => c.rows.map(() => i));
  const versions = callers.flatMap((c) => c.rows.map(() => c.version ?? null));
  let pending = rows.map((_, i) => i); // indexes into `rows` not yet written
  const refused = new Map<number, unknown>(); // callers the statement refused as resolved at an old map_version
  const outcomes = (written: unknown[]) => written.map((o, i) => refused.get(i) ?? o);
  const alone = async (): Promise<unknown[]> => {
    const left = callers.map(() => [] as ResolvedValue[]);
    for (const i of pending) left[owner[i]!]!.push(rows[i]!);
    return outcomes(
      await Promise.all(
        left.map(async (own, i) => {
          if (own.length === 0) return undefined;
          try {
            await writeSmall(db, own, mode, audit, ctx, callers[i]!.version);
            return undefined;
          } catch (e) {
            return e ?? new Error('write failed');
          }
        }),
      ),
    );
  };
  if (callers.length === 1 || db.isTransaction) return alone();
  for (let attempt = 1; ; attempt++) {
    const batchIdx = pending;
    const batch = batchIdx.map((i) => rows[i]!);
    let outcome: SmallOutcome[];
    try {
      const statement = smallStatement(
        valueSource(
          batch,
          batchIdx.map((i) => versions[i]!),
        ),
        cellLocks(batch, BATCH_CELLS),
        mode,
        audit,
        ctx,
      );
      outcome = (await dialect.executePrepared(db, statement)).rows;
    } catch (e) {
      if (attempt < ATTEMPTS && dialect.isTransientConflict(e)) continue;
      return alone();
    }
    for (const o of outcome) if (o.stale) refused.set(owner[batchIdx[Number(o.ord) - 1]!]!, new StaleResolution());
    pending = batchIdx.filter((i) => !refused.has(owner[i]!));
    const rest = outcome.filter((o) => !o.stale);
    if (rest.length === 0) return outcomes(callers.map(() => undefined));
    if (rest.some((o) => o.ord === null) || attempt >= ATTEMPTS) return alone();
    const lost = new Set(rest.map((o) => batchIdx[Number(o.ord) - 1]!));
    pending = pending.filter((i) => lost.has(i));
  }
}

/**
 * The rows numbered 1…n (`ord`) as the statement's source: one row as scalar parameters, more as unnested arrays;
 * each with the `map_version` it was resolved at from the memory of codes (`version`, null when read afresh).
 */
function valueSource(rows: ResolvedValue[], versions: (number | null)[]): RawBuilder<unknown> {
  if (rows.length === 1) {
    // scalar parameters, so PostgreSQL settles on the generic plan of the prepared statement after five runs;
    // over unnested arrays every run was planned afresh
    const [v] = rows as [ResolvedValue];
    return sql`SELECT 1::bigint AS ord, ${v.institutionId}::int AS institution_id, ${v.elementId}::int AS element_id, ${v.period}::text AS period,
        ${v.year}::int AS year, ${v.unitId}::int AS unit_id, ${v.kind}::text AS kind, ${v.value}::float8 AS value, ${versions[0] ?? null}::bigint AS version`;
  }
  const col = <T>(f: (r: ResolvedValue) => T) => rows.map(f);
  return sql`SELECT * FROM unnest(${col((r) => r.institutionId)}::int[], ${col((r) => r.elementId)}::int[], ${col((r) => r.period)}::text[],
      ${col((r) => r.year)}::int[], ${col((r) => r.unitId)}::int[], ${col((r) => r.kind)}::text[], ${col((r) => r.value)}::float8[], ${versions}::bigint[])
      WITH ORDINALITY AS u(institution_id, element_id, period, year, unit_id, kind, value, version, ord)`;
}

/** The small write's one statement (`writeSmall`): locks, latest values, the cells written, their audit and deltas. */
function smallStatement(
  source: RawBuilder<unknown>,
  locks: NamedLock[],
  mode: WriteOptions['mode'],
  audit: AuditMode,
  ctx: AuditContext,
): RawBuilder<SmallOutcome> {
  const value = newValue(mode);
  const auditPart = audit === 'each' ? sql`audit_entries AS (${auditEach(ctx)}),` : audit === 'batch' ? sql`audit_entries AS (${auditBatch(ctx)}),` : sql``;
  const written = sql`w.old IS NOT NULL OR EXISTS (SELECT 1 FROM inserted_cells i
    WHERE i.institution_id = w.institution_id AND i.element_id = w.element_id AND i.period = w.period)`;
  // the guard is an init plan of the source's filter: its locks are taken before any row is read; a row resolved from
  // the memory of codes at a map_version other than the one in the statement's snapshot is not written (`stale`)
  const stale = sql`s.version IS NOT NULL AND s.version <> (SELECT v FROM map_version)`;
  return sql<SmallOutcome>`WITH cell_guard AS MATERIALIZED (${advisoryLocks(locks)}),
      given_rows AS MATERIALIZED (${source}),
      batch_rows AS (SELECT s.* FROM given_rows s WHERE EXISTS (SELECT 1 FROM cell_guard) AND NOT (${stale})),
      locked_cells AS (${lockedRows}),
      wanted_cells AS (SELECT r.ord, pi.id AS institution_id, pe.id AS element_id, r.period, r.year, r.unit_id, r.kind, ${value} AS value,
          d.value AS old, d.unit_id AS old_unit
        FROM batch_rows r LEFT JOIN ${latestPerRow}
        LEFT JOIN institutions pi ON pi.id = r.institution_id LEFT JOIN data_elements pe ON pe.id = r.element_id
        WHERE ${cellChanges(value, sql`SELECT 1 FROM locked_cells`)}),
      updated_cells AS (${storeCells(ctx, valueKey('postgres'), sql`ch.old IS NOT NULL`, sql`wanted_cells`)}),
      inserted_cells AS (${insertCells(ctx, sql`ch.old IS NULL`, sql`wanted_cells`)}
        ON CONFLICT ${valueKey('postgres')} DO NOTHING RETURNING institution_id, element_id, period),
      changed_cells AS (SELECT w.* FROM wanted_cells w WHERE ${written}),
      ${auditPart}
      unit_deltas AS (${deltas}),
      agg_values_added AS (${spreadByKind}),
      agg_totals_added AS (${spreadTotals})
    SELECT NULL::bigint AS ord, inst, period, code, name, year, false AS stale FROM locked_cells
    UNION ALL SELECT w.ord, NULL, NULL, NULL, NULL, NULL, false FROM wanted_cells w WHERE NOT (${written})
    UNION ALL SELECT s.ord, NULL, NULL, NULL, NULL, NULL, true FROM given_rows s WHERE ${stale}`;
}

/** A row's stored value `d`, its latest version, the row locked until the statement's transaction ends. */
const latestPerRow = sql`LATERAL (SELECT d.value, d.unit_id FROM data_values d
  WHERE d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period AND d.year = r.year FOR UPDATE) d ON true`;

/**
 * The cells of a large batch that change anything, from its rows, with their old values (`stored_cells`, read
 * through the key, never by a scan of data_values whatever the batch size) and the head of their audit cell.
 * The ids were checked to exist before (`existingCodes`).
 * `unless`: a query that, when it finds anything, leaves `changed_cells` empty (the statement's lock check).
 */
function changedCells(mode: 'set' | 'add', unless: RawBuilder<unknown>): RawBuilder<unknown> {
  const value = newValue(mode);
  return sql`SELECT r.ord, r.cell, r.institution_id, r.element_id, r.period, r.year, r.unit_id, r.kind, ${value} AS value, d.value AS old, d.unit_id AS old_unit
      FROM batch_rows r LEFT JOIN stored_cells d
        ON d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period
      WHERE ${cellChanges(value, unless)}`;
}

/** The key ranges a large batch's stored values are read by: per institution, element and year, its first and last period. */
interface ProbeRanges {
  institutions: number[];
  elements: number[];
  years: number[];
  lo: string[];
  hi: string[];
}

/**
 * The batch's probe ranges, taken here rather than by the statement (which grouped every row and compared their
 * periods as text under the database's collation: 110 of its 1,100 ms on 200,000 rows). A file names an
 * institution's element over consecutive rows, so only the first row of each run is looked up.
 */
function probeRanges(rows: readonly ResolvedValue[]): ProbeRanges {
  const ranges: ProbeRanges = { institutions: [], elements: [], years: [], lo: [], hi: [] };
  const at = new Map<string, number>();
  let last: ResolvedValue | undefined;
  let k = -1;
  for (const r of rows) {
    if (last === undefined || r.institutionId !== last.institutionId || r.elementId !== last.elementId || r.year !== last.year) {
      const key = `${r.institutionId},${r.elementId},${r.year}`;
      k = at.get(key) ?? -1;
      if (k < 0) {
        at.set(key, (k = ranges.institutions.length));
        ranges.institutions.push(r.institutionId);
        ranges.elements.push(r.elementId);
        ranges.years.push(r.year);
        ranges.lo.push(r.period);
        ranges.hi.push(r.period);
      }
    }
    if (r.period < ranges.lo[k]!) ranges.lo[k] = r.period;
    if (r.period > ranges.hi[k]!) ranges.hi[k] = r.period;
    last = r;
  }
  return ranges;
}

/**
 * The rows' stored values: one probe of the key's prefix per institution, element and year, from its first period to
 * its last (LATERAL: the planner may not turn the probes into a hash of all of data_values; the year names the one
 * partition probed) — a file names each institution's elements over many months, so this is a fraction of the
 * probes, and a re-import's range holds no more rows than the batch's own cells. Materialised apart, so the join
 * back to the rows hashes what is stored (nothing, on a first import), not the batch. Periods are compared by code
 * point here and in the key's collation there: they are ASCII digits and a dash (`2025`, `2025-03`: periods.ts), ordered alike.
 */
const storedInRanges = (k: ProbeRanges) => sql`SELECT v.institution_id, v.element_id, v.period, v.value, v.unit_id
    FROM unnest(${k.institutions}::int[], ${k.elements}::int[], ${k.years}::int[], ${k.lo}::text[], ${k.hi}::text[]) AS k(institution_id, element_id, year, lo, hi)
    CROSS JOIN LATERAL (SELECT v.institution_id, v.element_id, v.period, v.value, v.unit_id FROM data_values v
      WHERE v.institution_id = k.institution_id AND v.element_id = k.element_id AND v.year = k.year AND v.period BETWEEN k.lo AND k.hi) v`;

/**
 * The batch audit (`auditEntries`' rows: one per 2,000 changed cells in batch order), its cells numbered here: when
 * every row of the batch (numbered 1…batchSize) changes — a first import, a corrected one — a cell's number is its
 * place and nothing is numbered; else a window over the changed cells. Only one branch runs: the count
 * (`changed_count`, taken once, before either starts) decides. The small write's batches (no `batchSize`) name
 * their cells by joining the codes; the large one has each cell's head in its rows (`cellHeads`).
 */
function auditBatch(a: AuditContext, batchSize?: number): RawBuilder<unknown> {
  if (batchSize === undefined) {
    const cells = sql`json_agg(json_build_array(cell.inst, cell.el, cell.period, cell.old, cell.value) ORDER BY cell.n)::text`;
    return auditEntries(a, cells, codedCells(sql`row_number() OVER (ORDER BY ch.ord) AS n, ${countedCells} AS total`, sql`true`));
  }
  // a period is digits and a dash (periods.ts): quoted, it is its own JSON; concat builds each cell's text at once
  const cells = sql`'[' || string_agg(concat(cell.cell, '"', cell.period, '",', COALESCE(cell.old::text, 'null'), ',', cell.value, ']'), ',' ORDER BY cell.n) || ']'`;
  const changes = sql`(SELECT total FROM changed_count)`;
  const size = sql.lit(batchSize);
  const source = sql`WITH changed_count AS (SELECT COUNT(*) AS total FROM changed_cells)
    SELECT ch.cell, ch.period, ch.old, ch.value, ch.ord AS n, ${size}::bigint AS total FROM changed_cells ch WHERE ${changes} = ${size}
    UNION ALL SELECT ch.cell, ch.period, ch.old, ch.value, row_number() OVER (ORDER BY ch.ord) AS n, ${changes} AS total FROM changed_cells ch WHERE ${changes} <> ${size}`;
  return auditEntries(a, cells, source);
}
