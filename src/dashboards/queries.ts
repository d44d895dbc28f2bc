import type { DB } from '../core/db/database.ts';
import { factsQueryFor, indicatorMatrix, lightFor, type Light } from '../indicators/evaluate.ts';
import { factsView, loadFactsYears } from '../indicators/facts.ts';
import { comparesYears, evaluate } from '../indicators/formula.ts';
import { endedBefore } from '../network/lineage.ts';
import { listIndicators, type Indicator } from '../indicators/catalogue.ts';
import { indicatorName } from '../indicators/messages.ts';
import { childUnits, drillDown, type Unit } from '../network/units.ts';
import { targetsInForce, targetsInForceYears, type TargetInForce } from '../targets/in-force.ts';

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
  read: { catalogue?: Indicator[]; targets?: Map<number, Map<string, TargetInForce>> } = {},
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

export interface ChildRow {
  unit: Unit;
  values: Map<string, number | null>;
}

/** The given (headline) indicators for each unit directly below, in one matrix query. */
export async function childrenWithValues(db: DB, unit: Unit, year: number, indicators: string[], catalogue?: Indicator[]): Promise<ChildRow[]> {
  const children = await drillDown(db, unit, year);
  if (children.length === 0) return [];
  const matrix = await indicatorMatrix(
    db,
    year,
    children.map((c) => c.id),
    indicators,
    catalogue,
  );
  return children.map((c) => ({ unit: c, values: matrix.get(c.id) ?? new Map() }));
}

export interface Standing {
  unit: Unit;
  behind: number;
  met: number;
  withTarget: number;
  /** Mean shortfall as a share of the target, over indicators behind (0–1). */
  shortfall: number;
  worst: { indicator: string; name: string; value: number | null; target: number; light: Light }[];
}

/** Places below `parent`, ordered from furthest behind their own targets to closest. */
export async function standings(db: DB, parent: Unit, year: number, lang: 'vi' | 'en'): Promise<Standing[]> {
  const children = await childUnits(db, parent.id, year);
  const matrix = await indicatorMatrix(
    db,
    year,
    children.map((c) => c.id),
  );
  const indicators = new Map((await listIndicators(db)).map((i) => [i.code, i]));
  const out: Standing[] = [];
  for (const unit of children) {
    const targets = await targetsInForce(db, unit.id, year);
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
    out.push({
      unit,
      behind: behind.length,
      met: rows.filter((r) => r.light === 'met').length,
      withTarget: rows.length,
      shortfall,
      worst: behind.sort((a, b) => (b.target - (b.value ?? 0)) / (b.target || 1) - (a.target - (a.value ?? 0)) / (a.target || 1)).slice(0, 3),
    });
  }
  return out.sort((a, b) => b.behind - a.behind || b.shortfall - a.shortfall);
}
