import { sql, type RawBuilder } from 'kysely';

/**
 * The statements of one write, over `changed_cells` (`ch`): the cells that change, one row each with `ord` (its
 * place in the batch), the cell, its new `value` and its `old` value and unit (NULL when new); the batch's
 * rows are `batch_rows` (`r`), the deltas to the aggregates `unit_deltas` (`x`).
 * PostgreSQL runs them as the parts of one statement (data-modifying CTEs over unnested arrays:
 * one round trip, one snapshot: write-postgres.ts); SQLite runs them one by one over a temporary
 * table (write-sqlite.ts). What differs (the old values' reading, the audit's numbering) is there.
 */

export interface AuditContext {
  at: string;
  userId: number | null;
  /** What batch entries name as their source (a file name). */
  source: string;
}

/** A row `r`'s new value for its cell: `add` puts it on top of the stored value `d`. */
export const newValue = (mode: 'set' | 'add'): RawBuilder<unknown> => (mode === 'add' ? sql`r.value + COALESCE(d.value, 0)` : sql`r.value`);

/** The row `r` changes its cell (from the stored `d`) — unless `unless` finds anything. */
export const cellChanges = (value: RawBuilder<unknown>, unless?: RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`(d.value IS NULL OR d.value <> ${value} OR d.unit_id <> r.unit_id)${unless ? sql` AND NOT EXISTS (${unless})` : sql``}`;

/** One audit row per changed cell (forms, API). */
export const auditEach = (
  a: AuditContext,
  only: RawBuilder<unknown> = sql`true`,
) => sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
  SELECT CAST(${a.at} AS TEXT), CAST(${a.userId} AS INTEGER), CASE WHEN ch.old IS NULL THEN 'create' ELSE 'update' END, 'data_value',
         i.code || ':' || e.code || ':' || ch.period, CAST(ch.old AS TEXT), CAST(ch.value AS TEXT)
  FROM changed_cells ch JOIN institutions i ON i.id = ch.institution_id JOIN data_elements e ON e.id = ch.element_id WHERE ${only}`;

export const AUDIT_CELLS = 2000;

/** The changed cells that pass `only`, by code, with what `numbered` adds (their numbers `n` and count `total`). */
export const codedCells = (numbered: RawBuilder<unknown>, only: RawBuilder<unknown>) =>
  sql`SELECT i.code AS inst, e.code AS el, ch.period, ch.old, ch.value, ${numbered}
    FROM changed_cells ch JOIN institutions i ON i.id = ch.institution_id JOIN data_elements e ON e.id = ch.element_id WHERE ${only}`;

/** The number of changed cells: an init plan, not a window over every row. */
export const countedCells = sql`(SELECT COUNT(*) FROM changed_cells)`;

/**
 * Imports: one audit row per 2,000 changed cells (in batch order), each cell with its old and
 * new value: `{"columns": [...], "cells": [[institution, element, period, old, new], ...]}`,
 * from the numbered cells `cell` of `source` (`codedCells`), gathered by `cells` (each engine's JSON).
 */
export function auditEntries(a: AuditContext, cells: RawBuilder<unknown>, source: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
    SELECT CAST(${a.at} AS TEXT), CAST(${a.userId} AS INTEGER), 'import', 'data_values',
           CAST(${a.source} AS TEXT) || ' ' || MIN(cell.n) || '–' || MAX(cell.n) || '/' || MAX(cell.total), NULL,
           '{"columns":["institution","dataElement","period","old","new"],"cells":' || ${cells} || '}'
    FROM (${source}) cell
    GROUP BY (cell.n - 1) / ${sql.lit(AUDIT_CELLS)}`;
}

/** Per unit, element, kind and year: the new values added, the old ones (from their old unit) taken away. */
export const deltas = sql`SELECT unit_id, element_id, kind, year, SUM(value) AS delta FROM changed_cells GROUP BY unit_id, element_id, kind, year
  UNION ALL
  SELECT old_unit, element_id, kind, year, -SUM(old) FROM changed_cells WHERE old IS NOT NULL GROUP BY old_unit, element_id, kind, year`;

/**
 * The deltas (`unit_deltas`) spread to every unit above (its closure), per kind. `value + excluded.value` adds to
 * the row as it is now (PostgreSQL locks it and reads its latest version); the rows are taken in key order, so
 * writers of different cells that meet on the same units' rows wait for each other instead of deadlocking.
 */
export const spreadByKind = sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
  SELECT c.ancestor_id, x.element_id, x.kind, x.year, SUM(x.delta) FROM unit_deltas x JOIN unit_closure c ON c.descendant_id = x.unit_id
  WHERE true GROUP BY c.ancestor_id, x.element_id, x.kind, x.year ORDER BY 1, 2, 3, 4
  ON CONFLICT (unit_id, year, element_id, kind) DO UPDATE SET value = agg_values.value + excluded.value`;

/** The same over every kind at once (`agg_totals`). */
export const spreadTotals = sql`INSERT INTO agg_totals (unit_id, year, element_id, value)
  SELECT c.ancestor_id, x.year, x.element_id, SUM(x.delta) FROM unit_deltas x JOIN unit_closure c ON c.descendant_id = x.unit_id
  WHERE true GROUP BY c.ancestor_id, x.year, x.element_id ORDER BY 1, 2, 3
  ON CONFLICT (unit_id, year, element_id) DO UPDATE SET value = agg_totals.value + excluded.value`;

/** The changed cells (of `from`: `changed_cells` unless named) that pass `only`, inserted into data_values. */
export const insertCells = (
  a: AuditContext,
  only: RawBuilder<unknown>,
  from: RawBuilder<unknown> = sql`changed_cells`,
) => sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
  SELECT ch.institution_id, ch.element_id, ch.period, ch.year, ch.unit_id, ch.value, CAST(${a.userId} AS INTEGER), CAST(${a.at} AS TEXT) FROM ${from} ch
  WHERE ${only}`;

/**
 * A data value's key as its table declares it: the cell (institution, element, period) on SQLite; on PostgreSQL, where
 * `data_values` is partitioned by year (migration 045), the cell and its year, which the period decides.
 */
export const valueKey = (engine: 'sqlite' | 'postgres'): RawBuilder<unknown> =>
  engine === 'postgres' ? sql`(institution_id, element_id, period, year)` : sql`(institution_id, element_id, period)`;

export const storeCells = (
  a: AuditContext,
  key: RawBuilder<unknown>,
  only: RawBuilder<unknown> = sql`true`,
  from?: RawBuilder<unknown>,
) => sql`${insertCells(a, only, from)}
  ON CONFLICT ${key} DO UPDATE SET
    value = excluded.value, unit_id = excluded.unit_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`;

/**
 * Large batches on PostgreSQL: the new cells inserted plainly (no conflict check per row), the
 * changed ones upserted (`storeCells` over `old IS NOT NULL`: the key probes each row, where an
 * UPDATE … FROM was planned as a hash of all of data_values). A cell inserted meanwhile by another
 * writer fails the import whole (a key violation), as all-or-nothing asks.
 */
export const insertNew = (a: AuditContext) => insertCells(a, sql`ch.old IS NULL`);
