import type { DB } from '../core/db/database.ts';
import { between, rng } from './random.ts';

/**
 * The places of the national data set: the 34 provinces and 3,321 communes of the post-reform
 * map (read from the units table), each with a yearly population. Province populations are
 * approximate 2024 figures of the merged provinces (sum of their predecessors, GSO), scaled to
 * the 101.1 M of DOMAIN.md; within a province a ward (phường) holds about twice the people of a
 * rural commune (xã) and a special zone (đặc khu) far fewer.
 */
export const FIRST_YEAR = 2022;
export const LAST_YEAR = 2025;

/** The years a national data set holds (`--years 2022-2030`): by default 2022 … 2025. */
export interface SeedYears {
  first: number;
  last: number;
}
export const DEFAULT_YEARS: SeedYears = { first: FIRST_YEAR, last: LAST_YEAR };
export const yearList = (y: SeedYears): number[] => Array.from({ length: y.last - y.first + 1 }, (_, i) => y.first + i);
export const NATIONAL_POPULATION_2024 = 101_100_000;

interface ProvinceFacts {
  /** old (pre-2025) provinces merged into this one: it keeps each one's provincial library, centre… */
  old: number;
  /** approximate population 2024, millions */
  pop: number;
  /** mountainous or highland: more people in disadvantaged areas */
  mountain?: boolean;
}

const PROVINCES: Record<string, ProvinceFacts> = {
  '01': { old: 1, pop: 8.72 },
  '04': { old: 1, pop: 0.57, mountain: true },
  '08': { old: 2, pop: 1.87, mountain: true },
  '11': { old: 1, pop: 0.64, mountain: true },
  '12': { old: 1, pop: 0.49, mountain: true },
  '14': { old: 1, pop: 1.3, mountain: true },
  '15': { old: 2, pop: 1.78, mountain: true },
  '19': { old: 2, pop: 1.8, mountain: true },
  '20': { old: 1, pop: 0.81, mountain: true },
  '22': { old: 1, pop: 1.38 },
  '24': { old: 2, pop: 3.62 },
  '25': { old: 3, pop: 4.02, mountain: true },
  '31': { old: 2, pop: 4.66 },
  '33': { old: 2, pop: 3.57 },
  '37': { old: 3, pop: 4.41 },
  '38': { old: 1, pop: 4.32 },
  '40': { old: 1, pop: 3.83 },
  '42': { old: 1, pop: 1.62 },
  '44': { old: 2, pop: 1.87 },
  '46': { old: 1, pop: 1.43 },
  '48': { old: 2, pop: 3.07 },
  '51': { old: 2, pop: 2.16, mountain: true },
  '52': { old: 2, pop: 3.58, mountain: true },
  '56': { old: 2, pop: 2.24 },
  '66': { old: 2, pop: 3.35, mountain: true },
  '68': { old: 3, pop: 3.87, mountain: true },
  '75': { old: 2, pop: 4.49 },
  '79': { old: 3, pop: 14.0 },
  '80': { old: 2, pop: 3.25 },
  '82': { old: 2, pop: 4.37 },
  '86': { old: 3, pop: 4.26 },
  '91': { old: 2, pop: 4.95 },
  '92': { old: 3, pop: 4.2 },
  '96': { old: 2, pop: 2.61 },
};

export interface Province {
  id: number;
  code: string;
  name: string;
  old: number;
  pop2024: number;
  mountain: boolean;
}

export type CommuneType = 'xa' | 'phuong' | 'dac_khu';

export interface Commune {
  id: number;
  code: string;
  name: string;
  type: CommuneType;
  province: Province;
  pop2024: number;
  ruralShare: number;
  disadvantagedShare: number;
  /** yearly growth of the population */
  growth: number;
}

export interface Places {
  rootId: number;
  provinces: Province[];
  communes: Commune[];
}

const typeOf = (fullName: string | null): CommuneType => {
  const f = (fullName ?? '').toLowerCase();
  return f.startsWith('phường') ? 'phuong' : f.startsWith('đặc khu') ? 'dac_khu' : 'xa';
};

/** Normal deviate (Box–Muller) from the seeded generator. */
const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

/**
 * Reads the current map (units without an end date): the root, its provinces and their
 * communes, in code order, and gives every commune its population and its shares.
 */
export async function loadPlaces(db: DB): Promise<Places> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'code', 'official_code', 'name', 'full_name', 'parent_id'])
    .where('valid_to', 'is', null)
    .orderBy('code')
    .execute();
  const roots = units.filter((u) => u.parent_id === null);
  const root = roots.find((u) => u.code === 'VN') ?? roots[0];
  if (!root) throw new Error('The units table has no root unit: import the administrative map first.');
  const r = rng(34_3321);
  const provinces: Province[] = units
    .filter((u) => u.parent_id === root.id)
    .map((u) => {
      const facts = PROVINCES[u.official_code ?? u.code] ?? { old: 1, pop: 2.9 };
      return { id: u.id, code: u.code, name: u.name, old: facts.old, pop2024: facts.pop * 1e6, mountain: facts.mountain ?? false };
    });
  const scale = NATIONAL_POPULATION_2024 / provinces.reduce((s, p) => s + p.pop2024, 0);
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const communes: Commune[] = [];
  for (const p of provinces) {
    p.pop2024 = Math.round(p.pop2024 * scale);
    const mine = units.filter((u) => u.parent_id === p.id);
    const raw = mine.map((u) => {
      const type = typeOf(u.full_name);
      const weight = (type === 'phuong' ? 2.2 : type === 'dac_khu' ? 0.35 : 1) * Math.exp(0.35 * normal(r));
      return { u, type, weight };
    });
    const total = raw.reduce((s, x) => s + x.weight, 0);
    const provinceGrowth = between(r, 0.004, 0.016);
    for (const { u, type, weight } of raw) {
      const rural = type === 'phuong' ? between(r, 0.02, 0.15) : type === 'dac_khu' ? between(r, 0.5, 0.8) : between(r, 0.78, 0.98);
      const disadvantaged =
        type === 'phuong' ? between(r, 0, 0.02) : p.mountain ? between(r, 0.3, 0.75) : type === 'dac_khu' ? between(r, 0.2, 0.4) : between(r, 0.02, 0.12);
      communes.push({
        id: u.id,
        code: u.code,
        name: u.name,
        type,
        province: byId.get(p.id)!,
        pop2024: Math.max(800, Math.round((p.pop2024 * weight) / total)),
        ruralShare: rural,
        disadvantagedShare: disadvantaged,
        growth: provinceGrowth + between(r, -0.004, 0.004),
      });
    }
  }
  if (communes.length === 0) throw new Error('The map has no communes under its provinces.');
  return { rootId: root.id, provinces, communes };
}

/** Population rows (total, rural, disadvantaged) for every commune and year. */
export function populationRows(
  places: Places,
  years: SeedYears = DEFAULT_YEARS,
): { unitId: number; year: number; total: number; rural: number; disadvantaged: number }[] {
  const rows: { unitId: number; year: number; total: number; rural: number; disadvantaged: number }[] = [];
  for (const c of places.communes) {
    for (const year of yearList(years)) {
      const total = Math.round(c.pop2024 * Math.pow(1 + c.growth, year - 2024));
      rows.push({ unitId: c.id, year, total, rural: Math.round(total * c.ruralShare), disadvantaged: Math.round(total * c.disadvantagedShare) });
    }
  }
  return rows;
}

/**
 * Splits `total` over the weights so the parts add up to exactly `total` and each part is the
 * floor or the ceiling of its share (systematic sampling with a seeded offset).
 */
export function allocate(total: number, weights: number[], r: () => number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const u = r();
  let cum = 0;
  const at = (c: number, last: boolean) => Math.floor((last ? total : (c / sum) * total) + u);
  return weights.map((w, i) => {
    const before = at(cum, false);
    cum += w;
    return at(cum, i === weights.length - 1) - before;
  });
}
