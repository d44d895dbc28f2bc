import type { DB } from '../core/db/database.ts';
import { factsQueryFor, indicatorMatrix, lightFor, type Light } from '../indicators/evaluate.ts';
import { factsView, loadFactsYears } from '../indicators/facts.ts';
import { comparesYears, evaluate } from '../indicators/formula.ts';
import { endedBefore } from '../network/lineage.ts';
import { listIndicators, type Indicator } from '../indicators/catalogue.ts';
import { indicatorName } from '../indicators/messages.ts';
import { childUnits, drillDown, outOfPlace, type Unit } from '../network/units.ts';
import { targetsInForceMany, targetsInForceYears, type TargetInForce } from '../targets/in-force.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  target: number | null;
}

/** One indicator of one unit over several years, with the target in force each year (only its own facts are read, all years at once). */
export async function trendFor(
  db: DB,
  unit: Unit,
  indicator: string,
  years: number[],
  read: { catalogue?: Indicator[]; targets?: ReadonlyMap<number, ReadonlyMap<string, TargetInForce>> } = {},
): Promise<TrendPoint[]> {
  const ind = (read.catalogue ?? (await listIndicators(db))).find((i) => i.code === indicator);
  if (!ind) return [];
  const facts = await loadFactsYears(db, years, factsQueryFor([ind], [unit.id]));
  const targets = read.targets ?? (await targetsInForceYears(db, unit.id, years));
  return years.map((year) => ({
    year,
    value: evaluate(ind.formula, factsView(facts.get(year)?.get(unit.id)), year).value,
    target: targets.get(year)?.get(indicator)?.value ?? null,
  }));
}

export interface ChildCell {
  value: number | null;
  target: number | null;
  light: Light;
}

export interface ChildRow {
  unit: Unit;
  cells: Map<string, ChildCell>;
}

/** The units one level down of one level (a unit formed by the 2025 reform, looked at before it, has districts and communes below). */
export interface LevelGroup {
  level: string;
  rows: ChildRow[];
}

/** How the drill-down is sorted: by name, or by an indicator's value (no value last either way). */
export interface ChildSort {
  by: string;
  desc: boolean;
}

const LEVEL_ORDER = ['nation', 'province', 'district', 'commune'];

/**
 * The given (headline) indicators for each unit directly below, with the target in force and its status, grouped by
 * level (provinces, then districts, then communes) and sorted within each group. Units the map has no place for (a
 * commune hanging under the nation) are set apart as `misplaced`: a data problem, not a province.
 */
export async function childrenByLevel(
  db: DB,
  unit: Unit,
  year: number,
  indicators: string[],
  opts: { catalogue?: Indicator[]; sort?: ChildSort } = {},
): Promise<{ groups: LevelGroup[]; misplaced: Unit[] }> {
  const all = await drillDown(db, unit, year);
  const misplaced = all.filter((u) => outOfPlace(unit, u));
  const children = all.filter((u) => !outOfPlace(unit, u));
  if (children.length === 0) return { groups: [], misplaced };
  const ids = children.map((c) => c.id);
  const matrix = await indicatorMatrix(db, year, ids, indicators, opts.catalogue);
  const targets = await targetsInForceMany(db, ids, [year]);
  const rows: ChildRow[] = children.map((c) => {
    const values = matrix.get(c.id) ?? new Map<string, number | null>();
    const inForce = targets.get(c.id)?.get(year);
    return {
      unit: c,
      cells: new Map(
        indicators.map((code) => {
          const value = values.get(code) ?? null;
          const target = inForce?.get(code)?.value ?? null;
          return [code, { value, target, light: lightFor(value, target) }];
        }),
      ),
    };
  });
  const sort = opts.sort ?? { by: 'name', desc: false };
  const byName = (a: ChildRow, b: ChildRow) => a.unit.name.localeCompare(b.unit.name, 'vi') || a.unit.code.localeCompare(b.unit.code);
  const compare = (a: ChildRow, b: ChildRow): number => {
    if (sort.by === 'name') return (sort.desc ? -1 : 1) * byName(a, b);
    const x = a.cells.get(sort.by)?.value ?? null;
    const y = b.cells.get(sort.by)?.value ?? null;
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (sort.desc ? y - x : x - y) || byName(a, b);
  };
  const levels = [...new Set(rows.map((r) => r.unit.level))].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
  return { groups: levels.map((level) => ({ level, rows: rows.filter((r) => r.unit.level === level).sort(compare) })), misplaced };
}

export interface Standing {
  unit: Unit;
  behind: number;
  met: number;
  /** How many targets the plans in force set for the place this year. */
  withTarget: number;
  /** met / withTarget (0–1); null when no target is set. */
  shareMet: number | null;
  /** Mean shortfall as a share of the target, over indicators behind (0–1). */
  shortfall: number;
  worst: { indicator: string; name: string; value: number | null; target: number; light: Light }[];
}

/**
 * Places below `parent`, from the smallest share of their targets met to the largest (a place whose plans set more
 * targets is not ranked worse for it), then by the mean shortfall. Units the map has no place for are left out
 * (`childrenByLevel` reports them).
 */
export async function standings(db: DB, parent: Unit, year: number, lang: 'vi' | 'en'): Promise<Standing[]> {
  // the map in force at the end of the year (the 34 provinces in 2025): a province merged on 01/07 has no figures of its own to rank
  const existing = (await childUnits(db, parent.id, year)).filter((u) => !outOfPlace(parent, u));
  const lasting = existing.filter((u) => !endedBefore(u, `${year}-12-31`));
  const children = lasting.length > 0 ? lasting : existing;
  const ids = children.map((c) => c.id);
  const matrix = await indicatorMatrix(db, year, ids);
  const indicators = new Map((await listIndicators(db)).map((i) => [i.code, i]));
  const inForce = await targetsInForceMany(db, ids, [year]);
  const out: Standing[] = [];
  for (const unit of children) {
    const targets = inForce.get(unit.id)?.get(year) ?? new Map<string, TargetInForce>();
    const values = matrix.get(unit.id) ?? new Map<string, number | null>();
    // a unit that did not last the year has no growth to stand behind on (it would read −100 %)
    const gone = endedBefore(unit, `${year}-12-31`);
    const rows = [...targets.values()]
      .filter((t) => t.value !== null)
      .filter((t) => !(gone && indicators.has(t.indicator) && comparesYears(indicators.get(t.indicator)!.formula)))
      .map((t) => {
        const value = values.get(t.indicator) ?? null;
        const ind = indicators.get(t.indicator);
        return { indicator: t.indicator, name: ind ? indicatorName(lang, ind) : t.indicator, value, target: t.value!, light: lightFor(value, t.value) };
      });
    const behind = rows.filter((r) => r.light === 'behind' || r.light === 'near' || r.light === 'no-data');
    const shortfall =
      behind.length === 0
        ? 0
        : behind.reduce((s, r) => s + (r.target > 0 ? Math.min(1, Math.max(0, (r.target - (r.value ?? 0)) / r.target)) : 0), 0) / behind.length;
    const met = rows.filter((r) => r.light === 'met').length;
    out.push({
      unit,
      behind: behind.length,
      met,
      withTarget: rows.length,
      shareMet: rows.length === 0 ? null : met / rows.length,
      shortfall,
      worst: behind.sort((a, b) => (b.target - (b.value ?? 0)) / (b.target || 1) - (a.target - (a.value ?? 0)) / (a.target || 1)).slice(0, 3),
    });
  }
  // no target set: last, not first
  return out.sort((a, b) => (a.shareMet ?? 2) - (b.shareMet ?? 2) || b.shortfall - a.shortfall || a.unit.name.localeCompare(b.unit.name, 'vi'));
}
