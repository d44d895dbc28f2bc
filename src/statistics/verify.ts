import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';

/** A maintained figure that differs from what the stored values give: which table, which row, stored and expected. */
export interface Difference {
  table: 'agg_values' | 'agg_totals';
  unitId: number;
  elementId: number;
  year: number;
  /** `agg_values` only: the institutions' kind. */
  kind: string | null;
  stored: number;
  expected: number;
}

/** Two sums of the same doubles added in another order may differ in their last bits, never by more than this share. */
const TOLERANCE = 1e-9;

/** The aggregates per kind, as a rebuild computes them from `data_values` (write.ts `rebuildAggregates` stores the same). */
const expectedByKind = sql`SELECT c.ancestor_id AS unit_id, l.element_id, l.kind, l.year, SUM(l.value) AS value
  FROM (SELECT v.unit_id, v.element_id, i.kind, v.year, SUM(v.value) AS value
        FROM data_values v JOIN institutions i ON i.id = v.institution_id
        GROUP BY v.unit_id, v.element_id, i.kind, v.year) l
  JOIN unit_closure c ON c.descendant_id = l.unit_id
  GROUP BY c.ancestor_id, l.element_id, l.kind, l.year`;

const differs = sql`ABS(SUM(stored) - SUM(expected)) > ${TOLERANCE} * (1 + ABS(SUM(expected)))`;

/**
 * Every maintained aggregate compared with a rebuild from the stored values (`agg_values` per kind,
 * `agg_totals` over kinds), without writing: the rows that differ, a missing row counting as 0.
 * Empty when the incremental writes kept everything right — what `lifelong verify` checks. Stored and
 * expected rows meet by grouping (one sort), not by a join SQLite would run as a loop over both.
 */
export async function aggregateDifferences(db: DB): Promise<Difference[]> {
  const byKind = await sql<{ unit_id: number; element_id: number; kind: string; year: number; stored: number; expected: number }>`
    SELECT unit_id, element_id, kind, year, SUM(stored) AS stored, SUM(expected) AS expected
    FROM (SELECT unit_id, element_id, kind, year, value AS stored, 0 AS expected FROM agg_values
          UNION ALL SELECT unit_id, element_id, kind, year, 0, value FROM (${expectedByKind}) e) x
    GROUP BY unit_id, element_id, kind, year HAVING ${differs}
    ORDER BY 1, 2, 3, 4`.execute(db);
  const totals = await sql<{ unit_id: number; element_id: number; year: number; stored: number; expected: number }>`
    SELECT unit_id, element_id, year, SUM(stored) AS stored, SUM(expected) AS expected
    FROM (SELECT unit_id, element_id, year, value AS stored, 0 AS expected FROM agg_totals
          UNION ALL SELECT unit_id, element_id, year, 0, value FROM (${expectedByKind}) e) x
    GROUP BY unit_id, element_id, year HAVING ${differs}
    ORDER BY 1, 2, 3`.execute(db);
  const n = (v: number | string | null) => Number(v ?? 0);
  return [
    ...byKind.rows.map((r) => ({
      table: 'agg_values' as const,
      unitId: r.unit_id,
      elementId: r.element_id,
      year: r.year,
      kind: r.kind,
      stored: n(r.stored),
      expected: n(r.expected),
    })),
    ...totals.rows.map((r) => ({
      table: 'agg_totals' as const,
      unitId: r.unit_id,
      elementId: r.element_id,
      year: r.year,
      kind: null,
      stored: n(r.stored),
      expected: n(r.expected),
    })),
  ];
}
