import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Facts } from './formula.ts';
import { ensureCountYears } from '../network/counts.ts';
import { selectGrouped } from '../core/db/columns.ts';

/** Everything an indicator can read about one unit's subtree in one year, loaded in bulk. */
export interface UnitFacts {
  /** element → kind → year → value */
  data: Map<string, Map<string, Map<number, number>>>;
  /** kind → attribute ('' = all institutions of the kind) → count */
  counts: Map<string, Map<string, number>>;
  population: { total: number; rural: number | null; disadvantaged: number | null } | undefined;
}

const emptyFacts = (): UnitFacts => ({ data: new Map(), counts: new Map(), population: undefined });

function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

export interface FactsQuery {
  elementCodes: string[];
  /** All units when undefined. */
  unitIds?: number[];
  /** Only these kinds' registry counts (undefined: all kinds). */
  countKinds?: string[];
  /** Elements some formula reads for chosen kinds only: loaded per kind too (every element is loaded as its total, kind '*'). */
  splitElements?: string[];
  /** The kinds those formulas name (undefined: every kind). */
  splitKinds?: string[];
  /** Elements also read the year before (growth); undefined: every element. */
  priorElements?: string[];
  /** The registry attributes counted (undefined: all; '' = every institution of the kind is always read). */
  countAttributes?: string[];
  /** Whether any formula reads population (default true). */
  population?: boolean;
}

/** Loads the facts for one year (and the year before, for growth): see `loadFactsYears`. */
export async function loadFacts(
  db: DB,
  year: number,
  elementCodes: string[],
  unitIds?: number[],
  countKinds?: string[],
  splitElements: string[] = [],
): Promise<Map<number, UnitFacts>> {
  return (await loadFactsYears(db, [year], { elementCodes, unitIds, countKinds, splitElements })).get(year) ?? new Map();
}

/** The facts of a unit in a year, to fill in; undefined for a unit not asked for (read because the list was long). */
type FactsOf = (year: number, unitId: number) => UnitFacts | undefined;

/**
 * Up to this many units are named in the reads; more (a country's communes) are not: every unit of the years asked is
 * read and the others dropped in memory. A list of thousands of ids cost more than the rows it kept out: SQLite
 * probed the index once per id and kind and attribute (40,000 probes, 190 ms for 3,321 communes where the year's
 * 63,000 rows read in order take a fraction), PostgreSQL spent 50 ms planning the 3,321-element array and tested it
 * on every row of the year anyway.
 */
export const LISTED_UNITS = 500;

const onlyUnits = (ids: number[] | undefined, column: string) =>
  ids && ids.length <= LISTED_UNITS ? sql`AND ${sql.ref(column)} IN (${sql.join(ids)})` : sql``;

/**
 * Data values from the maintained aggregates: every element over all kinds (`agg_totals`), the
 * split elements per kind (`agg_values`); the years asked for, and the years before them for the
 * elements read there (growth). Each (years, elements) part is its own index range: a UNION ALL
 * of index-only scans, where an OR of the two became a bitmap scan of the table.
 */
async function loadData(db: DB, years: number[], q: FactsQuery, facts: FactsOf, wanted: (year: number) => boolean): Promise<void> {
  const split = q.splitElements ?? [];
  // ids first, so the read walks the year index (year, element) without a join
  const elements = await db.selectFrom('data_elements').select(['id', 'code']).where('code', 'in', q.elementCodes).execute();
  const codeOf = new Map(elements.map((e) => [e.id, e.code]));
  const perKind = [...codeOf].filter(([, code]) => split.includes(code)).map(([id]) => id);
  const whole = [...codeOf.keys()];
  const prior = q.priorElements ? [...codeOf].filter(([, code]) => q.priorElements!.includes(code)).map(([id]) => id) : whole;
  const priorYears = [...new Set(years.map((y) => y - 1))].filter((y) => !years.includes(y));
  const onlyKinds = q.splitKinds ? sql`AND a.kind IN (${sql.join(q.splitKinds.length > 0 ? q.splitKinds : [''])})` : sql``;
  // grouped by integers only where the rows are many (a text key made PostgreSQL sort them, on disk)
  type Group = { element_id: number; kind?: string; year: number; unit_id: number[]; value: number[] };
  const read = async (ids: number[], byKind: boolean): Promise<Group[]> => {
    if (ids.length === 0) return [];
    const part = (ys: number[], els: number[]) =>
      byKind
        ? sql`SELECT a.unit_id, a.element_id, a.kind, a.year, a.value FROM agg_values a
            WHERE a.year IN (${sql.join(ys)}) AND a.element_id IN (${sql.join(els)}) ${onlyKinds} ${onlyUnits(q.unitIds, 'a.unit_id')}`
        : sql`SELECT a.unit_id, a.element_id, a.year, a.value FROM agg_totals a
            WHERE a.year IN (${sql.join(ys)}) AND a.element_id IN (${sql.join(els)}) ${onlyUnits(q.unitIds, 'a.unit_id')}`;
    const before = prior.filter((id) => ids.includes(id));
    const query = before.length > 0 && priorYears.length > 0 ? sql`${part(years, ids)} UNION ALL ${part(priorYears, before)}` : part(years, ids);
    return byKind
      ? selectGrouped<{ element_id: number; kind: string; year: number }, { unit_id: number; value: number }>(
          db,
          query,
          ['element_id', 'kind', 'year'],
          ['unit_id', 'value'],
        )
      : selectGrouped<{ element_id: number; year: number }, { unit_id: number; value: number }>(db, query, ['element_id', 'year'], ['unit_id', 'value']);
  };
  for (const g of (await Promise.all([read(whole, false), read(perKind, true)])).flat()) {
    const y = Number(g.year);
    const code = codeOf.get(g.element_id)!;
    // a value of year y serves the facts of y and of y + 1 (its growth base); kind '*': the element over every kind
    for (let year = y; year <= y + 1; year++) {
      if (!wanted(year)) continue;
      for (let i = 0; i < g.unit_id.length; i++) {
        const f = facts(year, g.unit_id[i]!);
        if (!f) continue;
        const byKind = getOrCreate(f.data, code, () => new Map<string, Map<number, number>>());
        getOrCreate(byKind, g.kind ?? '*', () => new Map<number, number>()).set(y, Number(g.value[i]));
      }
    }
  }
}

/** Registry counts per kind and attribute (`agg_counts`, materialised per year on first use). */
async function loadCounts(db: DB, years: number[], q: FactsQuery, facts: FactsOf): Promise<void> {
  const kinds = q.countKinds;
  await ensureCountYears(db, years);
  const groups = await selectGrouped<{ year: number; kind: string; attribute: string }, { unit_id: number; n: number }>(
    db,
    sql`SELECT unit_id, year, kind, attribute, n FROM agg_counts WHERE year IN (${sql.join(years)}) AND n <> 0 ${onlyUnits(q.unitIds, 'unit_id')}
    ${kinds ? sql`AND kind IN (${sql.join(kinds)})` : sql``}
    ${q.countAttributes ? sql`AND attribute IN (${sql.join(['', ...q.countAttributes])})` : sql``}`,
    ['year', 'kind', 'attribute'],
    ['unit_id', 'n'],
  );
  for (const g of groups) {
    const year = Number(g.year);
    for (let i = 0; i < g.unit_id.length; i++) {
      const f = facts(year, g.unit_id[i]!);
      if (f) getOrCreate(f.counts, g.kind, () => new Map<string, number>()).set(g.attribute, Number(g.n[i]));
    }
  }
}

/** Population summed over each unit's subtree. */
async function loadPopulation(db: DB, years: number[], q: FactsQuery, facts: FactsOf): Promise<void> {
  const pop = await sql<{ unit_id: number; year: number; total: number; rural: number | null; disadvantaged: number | null }>`
    SELECT c.ancestor_id AS unit_id, p.year, SUM(p.total) AS total, SUM(p.rural) AS rural, SUM(p.disadvantaged) AS disadvantaged
    FROM unit_population p JOIN unit_closure c ON c.descendant_id = p.unit_id
    WHERE p.year IN (${sql.join(years)}) ${onlyUnits(q.unitIds, 'c.ancestor_id')}
    GROUP BY c.ancestor_id, p.year`.execute(db);
  for (const r of pop.rows) {
    const f = facts(Number(r.year), r.unit_id);
    if (!f) continue;
    f.population = {
      total: Number(r.total),
      rural: r.rural === null ? null : Number(r.rural),
      disadvantaged: r.disadvantaged === null ? null : Number(r.disadvantaged),
    };
  }
}

/**
 * Loads the facts for the given units in each of `years` (each with the year before, for
 * growth) in a few grouped queries over the maintained aggregates, the registry counts and
 * population, whatever the number of years (a trend reads them all at once).
 */
export async function loadFactsYears(db: DB, years: number[], q: FactsQuery): Promise<Map<number, Map<number, UnitFacts>>> {
  const out = new Map<number, Map<number, UnitFacts>>(years.map((y) => [y, new Map()]));
  const wanted = q.unitIds && q.unitIds.length > LISTED_UNITS ? new Set(q.unitIds) : undefined;
  const facts = (year: number, unitId: number) => (wanted && !wanted.has(unitId) ? undefined : getOrCreate(out.get(year)!, unitId, emptyFacts));
  if (years.length === 0) return out;

  // the data, the registry counts and the population are read side by side (on PostgreSQL over
  // several connections: the server works on one while Node takes in another)
  await Promise.all([
    q.elementCodes.length > 0 ? loadData(db, years, q, facts, (year) => out.has(year)) : undefined,
    !q.countKinds || q.countKinds.length > 0 ? loadCounts(db, years, q, facts) : undefined,
    (q.population ?? true) ? loadPopulation(db, years, q, facts) : undefined,
  ]);
  return out;
}

/** The `Facts` view an indicator formula reads. */
export function factsView(f: UnitFacts | undefined): Facts {
  return {
    data(element, year, kinds) {
      const byKind = f?.data.get(element);
      if (!byKind) return undefined;
      if (!kinds && byKind.has('*')) return byKind.get('*')!.get(year);
      let sum = 0;
      let seen = false;
      for (const [kind, years] of byKind) {
        if (kinds && !kinds.includes(kind)) continue;
        const v = years.get(year);
        if (v === undefined) continue;
        sum += v;
        seen = true;
      }
      return seen ? sum : undefined;
    },
    count(kinds, attribute) {
      let n = 0;
      for (const k of kinds) n += f?.counts.get(k)?.get(attribute ?? '') ?? 0;
      return n;
    },
    population(field) {
      const p = f?.population;
      if (!p) return undefined;
      const v = p[field];
      return v === null ? undefined : v;
    },
  };
}
