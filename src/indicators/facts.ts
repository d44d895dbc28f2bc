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

/**
 * Loads the facts for the given units (all units when `unitIds` is undefined) for `year` and
 * the year before: three grouped queries over the maintained aggregates and the registry.
 */
export async function loadFacts(
  db: DB,
  year: number,
  elementCodes: string[],
  unitIds?: number[],
  countKinds?: string[],
  /** Elements some formula reads for chosen kinds only: loaded per kind; the rest as totals (kind '*'). */
  splitElements: string[] = [],
): Promise<Map<number, UnitFacts>> {
  const out = new Map<number, UnitFacts>();
  const facts = (unitId: number) => getOrCreate(out, unitId, emptyFacts);
  const onlyUnits = <T>(ids: number[] | undefined, column: string) => (ids ? sql<T>`AND ${sql.ref(column)} IN (${sql.join(ids)})` : sql<T>``);

  if (elementCodes.length > 0) {
    // ids first, so the read walks the primary key (unit, year, element, kind) without a join
    const elements = await db.selectFrom('data_elements').select(['id', 'code']).where('code', 'in', elementCodes).execute();
    const codeOf = new Map(elements.map((e) => [e.id, e.code]));
    const split = [...codeOf].filter(([, code]) => splitElements.includes(code)).map(([id]) => id);
    const whole = [...codeOf.keys()].filter((id) => !split.includes(id));
    type Row = { unit_id: number; element_id: number; kind: string; year: number; value: number };
    const read = async (ids: number[], perKind: boolean) =>
      ids.length === 0
        ? []
        : perKind
          ? (await sql<Row>`SELECT a.unit_id, a.element_id, a.kind, a.year, a.value FROM agg_values a
              WHERE a.year IN (${year}, ${year - 1}) AND a.element_id IN (${sql.join(ids)}) ${onlyUnits(unitIds, 'a.unit_id')}`.execute(db)).rows
          : (await sql<Row>`SELECT a.unit_id, a.element_id, '*' AS kind, a.year, a.value FROM agg_totals a
              WHERE a.year IN (${year}, ${year - 1}) AND a.element_id IN (${sql.join(ids)}) ${onlyUnits(unitIds, 'a.unit_id')}`.execute(db)).rows;
    for (const r of [...(await read(whole, false)), ...(await read(split, true))]) {
      const byKind = getOrCreate(facts(r.unit_id).data, codeOf.get(r.element_id)!, () => new Map<string, Map<number, number>>());
      getOrCreate(byKind, r.kind, () => new Map<number, number>()).set(Number(r.year), Number(r.value));
    }
  }

  await ensureCountYears(db, [year]);
  const counts = await sql<{ unit_id: number; kind: string; attribute: string; n: number }>`
    SELECT unit_id, kind, attribute, n FROM agg_counts WHERE year = ${year} AND n <> 0 ${onlyUnits(unitIds, 'unit_id')}
    ${countKinds ? (countKinds.length > 0 ? sql`AND kind IN (${sql.join(countKinds)})` : sql`AND 1 = 0`) : sql``}`.execute(db);
  for (const r of counts.rows) getOrCreate(facts(r.unit_id).counts, r.kind, () => new Map<string, number>()).set(r.attribute, Number(r.n));

  const pop = await sql<{ unit_id: number; total: number; rural: number | null; disadvantaged: number | null }>`
    SELECT c.ancestor_id AS unit_id, SUM(p.total) AS total, SUM(p.rural) AS rural, SUM(p.disadvantaged) AS disadvantaged
    FROM unit_population p JOIN unit_closure c ON c.descendant_id = p.unit_id
    WHERE p.year = ${year} ${onlyUnits(unitIds, 'c.ancestor_id')}
    GROUP BY c.ancestor_id`.execute(db);
  for (const r of pop.rows) facts(r.unit_id).population = { total: Number(r.total), rural: r.rural === null ? null : Number(r.rural), disadvantaged: r.disadvantaged === null ? null : Number(r.disadvantaged) };
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
