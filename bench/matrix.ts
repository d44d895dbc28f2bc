import { sql } from 'kysely';
import type { DB, Store } from '../src/core/db/database.ts';
import { listIndicators } from '../src/indicators/catalogue.ts';
import { elementsOf, indicatorMatrix } from '../src/indicators/evaluate.ts';
import { factsView, loadFacts, type UnitFacts } from '../src/indicators/facts.ts';
import { evaluate } from '../src/indicators/formula.ts';
import { median, now, type Figure } from './stats.ts';

type Matrix = Map<number, Map<string, number | null>>;

/**
 * The naive baseline: the same matrix, the same indicator arithmetic and the same registry and
 * population facts, but the data-value sums come from the raw data_values at query time — one
 * GROUP BY over the values joined with unit_closure — instead of the maintained agg_values.
 * `pregrouped` sums per unit first and then rolls up through the closure (what rebuildAggregates
 * does): a stronger baseline, measured on request (`--naive-pregrouped`).
 */
export async function naiveMatrix(db: DB, year: number, variant: 'closure-join' | 'pregrouped' = 'closure-join'): Promise<Matrix> {
  const indicators = await listIndicators(db);
  const codes = elementsOf(indicators);
  const facts = await loadFacts(db, year, [], undefined);
  type Row = { unit_id: number; code: string; kind: string; year: number; value: number };
  const rows =
    variant === 'closure-join'
      ? await sql<Row>`
    SELECT c.ancestor_id AS unit_id, e.code, i.kind, v.year, SUM(v.value) AS value
    FROM data_values v
    JOIN data_elements e ON e.id = v.element_id
    JOIN institutions i ON i.id = v.institution_id
    JOIN unit_closure c ON c.descendant_id = v.unit_id
    WHERE v.year IN (${year}, ${year - 1}) AND e.code IN (${sql.join(codes)})
    GROUP BY c.ancestor_id, e.code, i.kind, v.year`.execute(db)
      : await sql<Row>`
    SELECT c.ancestor_id AS unit_id, l.code, l.kind, l.year, SUM(l.value) AS value
    FROM (SELECT v.unit_id, e.code, i.kind, v.year, SUM(v.value) AS value
          FROM data_values v
          JOIN data_elements e ON e.id = v.element_id
          JOIN institutions i ON i.id = v.institution_id
          WHERE v.year IN (${year}, ${year - 1}) AND e.code IN (${sql.join(codes)})
          GROUP BY v.unit_id, e.code, i.kind, v.year) l
    JOIN unit_closure c ON c.descendant_id = l.unit_id
    GROUP BY c.ancestor_id, l.code, l.kind, l.year`.execute(db);
  const of = (unitId: number): UnitFacts => {
    let f = facts.get(unitId);
    if (!f) facts.set(unitId, (f = { data: new Map(), counts: new Map(), population: undefined }));
    return f;
  };
  for (const r of rows.rows) {
    const data = of(r.unit_id).data;
    let byKind = data.get(r.code);
    if (!byKind) data.set(r.code, (byKind = new Map()));
    let byYear = byKind.get(r.kind);
    if (!byYear) byKind.set(r.kind, (byYear = new Map()));
    byYear.set(Number(r.year), Number(r.value));
  }
  const out: Matrix = new Map();
  for (const [unitId, f] of facts) {
    const view = factsView(f);
    out.set(unitId, new Map(indicators.map((ind) => [ind.code, evaluate(ind.formula, view, year).value])));
  }
  return out;
}

/** Cells that differ (a value on one side only, or two different numbers). */
export function mismatches(a: Matrix, b: Matrix, unitIds: number[]): { count: number; cells: number; examples: string[] } {
  let count = 0;
  let cells = 0;
  const examples: string[] = [];
  for (const id of unitIds) {
    const x = a.get(id) ?? new Map<string, number | null>();
    const y = b.get(id) ?? new Map<string, number | null>();
    for (const code of new Set([...x.keys(), ...y.keys()])) {
      cells++;
      const u = x.get(code) ?? null;
      const v = y.get(code) ?? null;
      const same = u === v || (u !== null && v !== null && Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u)));
      if (!same) {
        count++;
        if (examples.length < 5) examples.push(`unit ${id} ${code}: ${u} vs ${v}`);
      }
    }
  }
  return { count, cells, examples };
}

/** b) Every unit × every indicator for one year from agg_values, against the naive baseline. */
export async function matrixFigure(store: Store, opts: { year: number; runs: number; pregrouped: boolean }): Promise<Figure> {
  const { db } = store;
  await indicatorMatrix(db, opts.year); // warm-up, unmeasured
  const times: number[] = [];
  let matrix: Matrix = new Map();
  for (let i = 0; i < opts.runs; i++) {
    const t = now();
    matrix = await indicatorMatrix(db, opts.year);
    times.push(now() - t);
  }
  const t = now();
  const naive = await naiveMatrix(db, opts.year);
  const naiveMs = now() - t;
  let pregroupedMs: number | undefined;
  let pregroupedMismatches: number | undefined;
  if (opts.pregrouped) {
    const t2 = now();
    const pre = await naiveMatrix(db, opts.year, 'pregrouped');
    pregroupedMs = now() - t2;
    pregroupedMismatches = mismatches(matrix, pre, [...new Set([...matrix.keys(), ...pre.keys()])]).count;
  }
  const ms = median(times);
  // every unit, not only a sample: both matrices are already in memory
  const check = mismatches(matrix, naive, [...new Set([...matrix.keys(), ...naive.keys()])]);
  const speedup = naiveMs / ms;
  return {
    id: 'b',
    name: 'full indicator matrix (one year)',
    engine: store.engine,
    measured: ms,
    unit: 'ms',
    target: '≤ 1 s and ≥ 20× naive',
    pass: ms <= 1000 && speedup >= 20 && check.count === 0,
    baseline: { name: 'naive GROUP BY', value: naiveMs, unit: 'ms' },
    ratio: speedup,
    ratioLabel: 'faster',
    details: {
      runs: times,
      units: matrix.size,
      indicators: matrix.values().next().value?.size ?? 0,
      naiveMs,
      pregroupedMs,
      pregroupedSpeedup: pregroupedMs === undefined ? undefined : pregroupedMs / ms,
      pregroupedMismatches,
      mismatches: check.count,
      comparedCells: check.cells,
      examples: check.examples,
    },
  };
}
