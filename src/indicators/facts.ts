import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Facts } from './formula.ts';
import { ensureCountYears } from '../network/counts.ts';

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

/**
 * Loads the facts for the given units in each of `years` (each with the year before, for
 * growth) in a few grouped queries over the maintained aggregates, the registry counts and
 * population, whatever the number of years (a trend reads them all at once).
 */
export async function loadFactsYears(db: DB, years: number[], q: FactsQuery): Promise<Map<number, Map<number, UnitFacts>>> {
  const out = new Map<number, Map<number, UnitFacts>>(years.map((y) => [y, new Map()]));
  const facts = (year: number, unitId: number) => getOrCreate(out.get(year)!, unitId, emptyFacts);
  const onlyUnits = <T>(ids: number[] | undefined, column: string) => (ids ? sql<T>`AND ${sql.ref(column)} IN (${sql.join(ids)})` : sql<T>``);
  if (years.length === 0) return out;
  const split = q.splitElements ?? [];

  if (q.elementCodes.length > 0) {
    // ids first, so the read walks the primary key (unit, year, element, kind) without a join
    const elements = await db.selectFrom('data_elements').select(['id', 'code']).where('code', 'in', q.elementCodes).execute();
    const codeOf = new Map(elements.map((e) => [e.id, e.code]));
    const perKind = [...codeOf].filter(([, code]) => split.includes(code)).map(([id]) => id);
    const whole = [...codeOf.keys()];
    const prior = q.priorElements ? [...codeOf].filter(([, code]) => q.priorElements!.includes(code)).map(([id]) => id) : whole;
    const priorYears = [...new Set(years.map((y) => y - 1))].filter((y) => !years.includes(y));
    // the years asked for, every element; the years before them, only the elements read there
    const when = (ids: number[]) => {
      const before = prior.filter((id) => ids.includes(id));
      return before.length > 0 && priorYears.length > 0
        ? sql`((a.year IN (${sql.join(years)}) AND a.element_id IN (${sql.join(ids)})) OR (a.year IN (${sql.join(priorYears)}) AND a.element_id IN (${sql.join(before)})))`
        : sql`a.year IN (${sql.join(years)}) AND a.element_id IN (${sql.join(ids)})`;
    };
    const onlyKinds = q.splitKinds ? sql`AND a.kind IN (${sql.join(q.splitKinds.length > 0 ? q.splitKinds : [''])})` : sql``;
    type Row = { unit_id: number; element_id: number; kind: string; year: number; value: number };
    const read = async (ids: number[], byKind: boolean) =>
      ids.length === 0
        ? []
        : byKind
          ? (await sql<Row>`SELECT a.unit_id, a.element_id, a.kind, a.year, a.value FROM agg_values a
              WHERE ${when(ids)} ${onlyKinds} ${onlyUnits(q.unitIds, 'a.unit_id')}`.execute(db)).rows
          : (await sql<Row>`SELECT a.unit_id, a.element_id, '*' AS kind, a.year, a.value FROM agg_totals a
              WHERE ${when(ids)} ${onlyUnits(q.unitIds, 'a.unit_id')}`.execute(db)).rows;
    for (const r of [...(await read(whole, false)), ...(await read(perKind, true))]) {
      const y = Number(r.year);
      // a value of year y serves the facts of y and of y + 1 (its growth base)
      for (const year of [y, y + 1]) {
        if (!out.has(year)) continue;
        const byKind = getOrCreate(facts(year, r.unit_id).data, codeOf.get(r.element_id)!, () => new Map<string, Map<number, number>>());
        getOrCreate(byKind, r.kind, () => new Map<number, number>()).set(y, Number(r.value));
      }
    }
  }

  const kinds = q.countKinds;
  if (!kinds || kinds.length > 0) {
    await ensureCountYears(db, years);
    const counts = await sql<{ unit_id: number; year: number; kind: string; attribute: string; n: number }>`
      SELECT unit_id, year, kind, attribute, n FROM agg_counts WHERE year IN (${sql.join(years)}) AND n <> 0 ${onlyUnits(q.unitIds, 'unit_id')}
      ${kinds ? sql`AND kind IN (${sql.join(kinds)})` : sql``}
      ${q.countAttributes ? sql`AND attribute IN (${sql.join(['', ...q.countAttributes])})` : sql``}`.execute(db);
    for (const r of counts.rows) getOrCreate(facts(Number(r.year), r.unit_id).counts, r.kind, () => new Map<string, number>()).set(r.attribute, Number(r.n));
  }

  if (q.population ?? true) {
    const pop = await sql<{ unit_id: number; year: number; total: number; rural: number | null; disadvantaged: number | null }>`
      SELECT c.ancestor_id AS unit_id, p.year, SUM(p.total) AS total, SUM(p.rural) AS rural, SUM(p.disadvantaged) AS disadvantaged
      FROM unit_population p JOIN unit_closure c ON c.descendant_id = p.unit_id
      WHERE p.year IN (${sql.join(years)}) ${onlyUnits(q.unitIds, 'c.ancestor_id')}
      GROUP BY c.ancestor_id, p.year`.execute(db);
    for (const r of pop.rows)
      facts(Number(r.year), r.unit_id).population = { total: Number(r.total), rural: r.rural === null ? null : Number(r.rural), disadvantaged: r.disadvantaged === null ? null : Number(r.disadvantaged) };
  }
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
