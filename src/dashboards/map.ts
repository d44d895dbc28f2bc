import type { DB } from '../core/db/database.ts';
import { analyse, type AnalyticsRow } from '../indicators/analytics.ts';
import type { Indicator } from '../indicators/catalogue.ts';
import type { Light } from '../indicators/evaluate.ts';
import type { Unit } from '../network/units.ts';
import { type Area, type DrawnMap, drawnMaps, mapForYear } from './boundaries.ts';

/** One place of the map or its table: the area drawn (none for a unit the boundaries lack), the unit, its figure. */
export interface MapCell {
  area: Area | null;
  unit: Unit | null;
  row: AnalyticsRow | null;
  status: Light;
}

export interface ProgrammeMap {
  indicator: Indicator;
  year: number;
  /** null when the boundaries are not installed: the table alone. */
  drawn: DrawnMap | null;
  cells: MapCell[];
}

/** In force on 31 December of the year: the map a year's figures are read on. */
const inForceAtYearEnd = (u: Pick<Unit, 'validFrom' | 'validTo'>, year: number): boolean =>
  (u.validFrom === null || u.validFrom <= `${year}-12-31`) && (u.validTo === null || u.validTo >= `${year}-12-31`);

/** The area's code on the map is the official one; the platform's code differs for a province the reform ended. */
const officialOf = (u: Unit): string => u.officialCode ?? u.code;

/**
 * The provinces' figures for one indicator and year, from the analytics API's own computation (`analyse`, the same
 * numbers as `/api/v1/analytics` and `/api/v1/indicators`), matched to the areas of the map in force that year.
 * Every area is drawn; one whose province the platform does not hold (the demo has four) reads "no data".
 */
export async function provinceMap(db: DB, indicator: string, year: number, nation = 'VN'): Promise<ProgrammeMap> {
  const a = await analyse(db, { units: `children:${nation}`, indicators: indicator, years: String(year) });
  const units = a.units.filter((u) => u.level === 'province' && inForceAtYearEnd(u, year));
  const rows = new Map(a.rows.map((r) => [r.unit, r]));
  const drawn = drawnMaps()?.get(mapForYear(year)) ?? null;
  const byOfficial = new Map(units.map((u) => [officialOf(u), u]));
  const cells: MapCell[] = [];
  const placed = new Set<string>();
  for (const area of drawn?.areas ?? []) {
    const unit = byOfficial.get(area.code) ?? null;
    if (unit) placed.add(unit.code);
    const row = unit ? (rows.get(unit.code) ?? null) : null;
    cells.push({ area, unit, row, status: row ? row.status : 'no-data' });
  }
  for (const unit of units) {
    if (placed.has(unit.code)) continue;
    const row = rows.get(unit.code) ?? null;
    cells.push({ area: null, unit, row, status: row ? row.status : 'no-data' });
  }
  cells.sort((x, y) => nameOf(x).localeCompare(nameOf(y), 'vi'));
  return { indicator: a.indicators[0]!, year: a.years[0]!, drawn, cells };
}

export const nameOf = (c: MapCell): string => c.unit?.name ?? c.area?.name ?? '';

/**
 * The communes of a place for one indicator and year, ranked highest first (no figure last): no commune boundaries
 * can be had under a licence that allows their reuse, so the commune level is a ranked bar chart, not a map.
 */
export async function communeRanking(
  db: DB,
  place: Unit,
  indicator: string,
  year: number,
): Promise<{ indicator: Indicator; year: number; rows: AnalyticsRow[] }> {
  const a = await analyse(db, { units: `level:commune:${place.code}`, indicators: indicator, years: String(year) });
  const keep = new Set(a.units.filter((u) => inForceAtYearEnd(u, year)).map((u) => u.code));
  const rows = a.rows
    .filter((r) => keep.has(r.unit))
    .sort((x, y) => {
      if (x.value === null || y.value === null) return x.value === y.value ? x.unitName.localeCompare(y.unitName, 'vi') : x.value === null ? 1 : -1;
      return y.value - x.value || x.unitName.localeCompare(y.unitName, 'vi');
    });
  return { indicator: a.indicators[0]!, year: a.years[0]!, rows };
}
