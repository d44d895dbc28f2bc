import { sql, type RawBuilder } from 'kysely';
import type { Engine } from '../core/db/database.ts';

/**
 * The statements of one write, over `ch`: the cells that change, one row each with `ord` (its
 * place in the batch), the cell, its new `value` and its `old` value and unit (NULL when new).
 * PostgreSQL runs them as the parts of one statement (data-modifying CTEs over unnested arrays:
 * one round trip, one snapshot); SQLite runs them one by one over a temporary table.
 */

export interface AuditContext {
  at: string;
  userId: number | null;
  /** What batch entries name as their source (a file name). */
  source: string;
}

/**
 * The cells of the batch that change anything, from the rows `r`, with their old values. On
 * PostgreSQL the old values are read through the key, never by a scan of data_values whatever
 * the batch size: per row (LATERAL, one probe each) for forms and small batches; for large ones
 * (`bulk`) one range probe per institution and element over the batch's periods, joined back to
 * the rows by hash — a file names each institution's elements over many months, so this is a
 * fraction of the probes (a re-import's range holds no more rows than the batch's own cells). The
 * ids are taken from their tables, so a row whose institution or element does not exist stores
 * NULL and the statement fails as a whole: the set-based check that replaces the foreign keys'
 * per-row triggers there (migration 006).
 * `unless`: a query that, when it finds anything, leaves `ch` empty (the statement's lock check).
 */
export function changedCells(engine: Engine, mode: 'set' | 'add', unless?: RawBuilder<unknown>, bulk = false): RawBuilder<unknown> {
  const value = mode === 'add' ? sql`r.value + COALESCE(d.value, 0)` : sql`r.value`;
  const changed = sql`(d.value IS NULL OR d.value <> ${value} OR d.unit_id <> r.unit_id)${unless ? sql` AND NOT EXISTS (${unless})` : sql``}`;
  if (engine === 'postgres')
    return sql`SELECT r.ord, pi.id AS institution_id, pe.id AS element_id, r.period, r.year, r.unit_id, r.kind, ${value} AS value, d.value AS old, d.unit_id AS old_unit
      FROM r LEFT JOIN ${bulk ? storedInRange : storedPerRow}
      LEFT JOIN institutions pi ON pi.id = r.institution_id LEFT JOIN data_elements pe ON pe.id = r.element_id
      WHERE ${changed}`;
  return sql`SELECT r.ord, r.institution_id, r.element_id, r.period, r.year, r.unit_id, r.kind, ${value} AS value, d.value AS old, d.unit_id AS old_unit
    FROM r LEFT JOIN data_values d ON d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period
    WHERE ${changed} ORDER BY r.ord`;
}

/** PostgreSQL, a row's stored value `d`: one probe of the key per row. */
const storedPerRow = sql`LATERAL (SELECT d.value, d.unit_id FROM data_values d
  WHERE d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period LIMIT 1) d ON true`;

/**
 * PostgreSQL, the rows' stored values `d`: one probe of the key's prefix per institution and element, from its first
 * period to its last (LATERAL: the planner may not turn the probes into a hash of all of data_values).
 */
const storedInRange = sql`(SELECT v.institution_id, v.element_id, v.period, v.value, v.unit_id
    FROM (SELECT institution_id, element_id, MIN(period) AS lo, MAX(period) AS hi FROM r GROUP BY institution_id, element_id) k
    CROSS JOIN LATERAL (SELECT v.institution_id, v.element_id, v.period, v.value, v.unit_id FROM data_values v
      WHERE v.institution_id = k.institution_id AND v.element_id = k.element_id AND v.period BETWEEN k.lo AND k.hi) v) d
  ON d.institution_id = r.institution_id AND d.element_id = r.element_id AND d.period = r.period`;

/** One audit row per changed cell (forms, API). */
export const auditEach = (a: AuditContext) => sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
  SELECT CAST(${a.at} AS TEXT), CAST(${a.userId} AS INTEGER), CASE WHEN ch.old IS NULL THEN 'create' ELSE 'update' END, 'data_value',
         i.code || ':' || e.code || ':' || ch.period, CAST(ch.old AS TEXT), CAST(ch.value AS TEXT)
  FROM ch JOIN institutions i ON i.id = ch.institution_id JOIN data_elements e ON e.id = ch.element_id`;

export const AUDIT_CELLS = 2000;

/**
 * Imports: one audit row per 2,000 changed cells (in batch order), each cell with its old and
 * new value: `{"columns": [...], "cells": [[institution, element, period, old, new], ...]}`.
 */
export function auditBatch(engine: Engine, a: AuditContext, batchSize?: number): RawBuilder<unknown> {
  const cells =
    engine === 'postgres'
      ? sql`json_agg(json_build_array(x.inst, x.el, x.period, x.old, x.value) ORDER BY x.n)::text`
      : sql`json_group_array(json_array(x.inst, x.el, x.period, x.old, x.value) ORDER BY x.n)`;
  const coded = (numbered: RawBuilder<unknown>, only: RawBuilder<unknown>) => sql`SELECT i.code AS inst, e.code AS el, ch.period, ch.old, ch.value, ${numbered}
    FROM ch JOIN institutions i ON i.id = ch.institution_id JOIN data_elements e ON e.id = ch.element_id WHERE ${only}`;
  // SQLite: `ch` carries the cells' numbers (`n`). PostgreSQL numbers them here, in batch order: when every row of the
  // batch (numbered 1…batchSize) changes — a first import, a corrected one — a cell's number is its place and nothing
  // is sorted; else a window over the changed cells. Only one branch runs: the count (`c`, taken once, before either
  // starts) decides.
  const counted = sql`(SELECT COUNT(*) FROM ch)`; // an init plan, not a window over every row
  const changes = sql`(SELECT total FROM c)`;
  const source =
    engine === 'sqlite'
      ? coded(sql`ch.n, ${counted} AS total`, sql`true`)
      : batchSize === undefined
        ? coded(sql`row_number() OVER (ORDER BY ch.ord) AS n, ${counted} AS total`, sql`true`)
        : sql`WITH c AS (SELECT COUNT(*) AS total FROM ch)
          ${coded(sql`ch.ord AS n, ${sql.lit(batchSize)}::bigint AS total`, sql`${changes} = ${sql.lit(batchSize)}`)}
          UNION ALL ${coded(sql`row_number() OVER (ORDER BY ch.ord) AS n, ${changes} AS total`, sql`${changes} <> ${sql.lit(batchSize)}`)}`;
  return sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
    SELECT CAST(${a.at} AS TEXT), CAST(${a.userId} AS INTEGER), 'import', 'data_values',
           CAST(${a.source} AS TEXT) || ' ' || MIN(x.n) || '–' || MAX(x.n) || '/' || MAX(x.total), NULL,
           '{"columns":["institution","dataElement","period","old","new"],"cells":' || ${cells} || '}'
    FROM (${source}) x
    GROUP BY (x.n - 1) / ${sql.lit(AUDIT_CELLS)}`;
}

/** Per unit, element, kind and year: the new values added, the old ones (from their old unit) taken away. */
export const deltas = sql`SELECT unit_id, element_id, kind, year, SUM(value) AS delta FROM ch GROUP BY unit_id, element_id, kind, year
  UNION ALL
  SELECT old_unit, element_id, kind, year, -SUM(old) FROM ch WHERE old IS NOT NULL GROUP BY old_unit, element_id, kind, year`;

/** The deltas `x` spread to every unit above (its closure), per kind. */
export const spreadByKind = sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
  SELECT c.ancestor_id, x.element_id, x.kind, x.year, SUM(x.delta) FROM x JOIN unit_closure c ON c.descendant_id = x.unit_id
  WHERE true GROUP BY c.ancestor_id, x.element_id, x.kind, x.year
  ON CONFLICT (unit_id, year, element_id, kind) DO UPDATE SET value = agg_values.value + excluded.value`;

/** The same over every kind at once (`agg_totals`). */
export const spreadTotals = sql`INSERT INTO agg_totals (unit_id, year, element_id, value)
  SELECT c.ancestor_id, x.year, x.element_id, SUM(x.delta) FROM x JOIN unit_closure c ON c.descendant_id = x.unit_id
  WHERE true GROUP BY c.ancestor_id, x.year, x.element_id
  ON CONFLICT (unit_id, year, element_id) DO UPDATE SET value = agg_totals.value + excluded.value`;

/** The changed cells `ch` that pass `only`, inserted into data_values. */
const insertCells = (a: AuditContext, only: RawBuilder<unknown>) => sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
  SELECT ch.institution_id, ch.element_id, ch.period, ch.year, ch.unit_id, ch.value, CAST(${a.userId} AS INTEGER), CAST(${a.at} AS TEXT) FROM ch
  WHERE ${only}`;

export const storeCells = (a: AuditContext, only: RawBuilder<unknown> = sql`true`) => sql`${insertCells(a, only)}
  ON CONFLICT (institution_id, element_id, period) DO UPDATE SET
    value = excluded.value, unit_id = excluded.unit_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`;

/**
 * Large batches on PostgreSQL: the new cells inserted plainly (no conflict check per row), the
 * changed ones upserted (`storeCells` over `old IS NOT NULL`: the key probes each row, where an
 * UPDATE … FROM was planned as a hash of all of data_values). A cell inserted meanwhile by another
 * writer fails the import whole (a key violation), as all-or-nothing asks.
 */
export const insertNew = (a: AuditContext) => insertCells(a, sql`ch.old IS NULL`);
