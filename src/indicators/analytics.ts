import type { DB } from '../core/db/database.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { childUnits, drillDown, findUnit, outOfPlace, validInYear, type Unit } from '../network/units.ts';
import { dataYears } from '../statistics/years.ts';
import { targetsInForceMany } from '../targets/in-force.ts';
import { listIndicators, type Indicator } from './catalogue.ts';
import { factsQueryFor, lightFor, type Light } from './evaluate.ts';
import { factsView, loadFactsYears } from './facts.ts';
import { evaluate } from './formula.ts';
import { analyticsErrors } from './messages.ts';

/** One cell of the analysis: one indicator of one unit in one year, with the target in force and its status. */
export interface AnalyticsRow {
  unit: string;
  unitName: string;
  level: string;
  indicator: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  status: Light;
}

export interface Analysis {
  rows: AnalyticsRow[];
  units: Unit[];
  indicators: Indicator[];
  years: number[];
}

/** The question as the URL asks it: comma-separated lists (`indicators` and `years` may be left out: all, the default year). */
export interface AnalyticsAsk {
  indicators?: string;
  units: string;
  years?: string;
}

export const MAX_UNITS = 5000;
export const MAX_CELLS = 250_000;
const LEVELS = ['province', 'district', 'commune'];

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const refuse = (problem: Problem['said'], field: string): never => {
  throw new UserError(problem, 400, [{ said: problem, field }]);
};

/** The years asked for, each within the data's years; none: the last complete year. */
export async function analyticsYears(db: DB, raw: string | undefined): Promise<number[]> {
  const { years, complete } = await dataYears(db);
  const asked = list(raw);
  if (asked.length === 0) return [complete];
  const bad = asked.filter((y) => !/^\d{4}$/.test(y));
  if (bad.length > 0) refuse(analyticsErrors.badParameter({ param: 'years', vi: `"${bad[0]}" không phải là năm`, en: `"${bad[0]}" is not a year` }), 'years');
  const ys = [...new Set(asked.map(Number))].sort((a, b) => a - b);
  const outside = ys.filter((y) => !years.includes(y));
  if (outside.length > 0) refuse(analyticsErrors.yearsOutside({ years: outside.join(', '), from: years[0]!, to: years[years.length - 1]! }), 'years');
  return ys;
}

/** The indicators asked for by code, in the catalogue's order; none: all of them. */
export function analyticsIndicators(catalogue: Indicator[], raw: string | undefined): Indicator[] {
  const asked = list(raw);
  if (asked.length === 0) return catalogue;
  const unknown = asked.filter((code) => !catalogue.some((i) => i.code === code));
  if (unknown.length > 0) refuse(analyticsErrors.unknownIndicators({ codes: unknown.join(', ') }), 'indicators');
  return catalogue.filter((i) => asked.includes(i.code));
}

const existedIn = (u: Unit, years: number[]) => years.some((y) => validInYear(u, y));

/**
 * The units an expression names: `<code>` the unit itself, `children:<code>` the units directly below it (in the years
 * asked; a unit formed by the 2025 reform asked for an earlier year: the units below its predecessors then),
 * `level:<level>:<code>` every unit of that level within it; several, comma-separated.
 */
export async function analyticsUnits(db: DB, raw: string, years: number[], maxUnits = MAX_UNITS): Promise<Unit[]> {
  const exprs = list(raw);
  if (exprs.length === 0) refuse(analyticsErrors.badParameter({ param: 'units', vi: 'chưa chọn đơn vị', en: 'no unit chosen' }), 'units');
  const out = new Map<number, Unit>();
  const unknown: string[] = [];
  for (const expr of exprs) {
    const m = /^(?:(children):([^:]+)|(level):([a-z]+):([^:]+)|([^:]+))$/.exec(expr);
    if (!m || (m[3] && !LEVELS.includes(m[4]!))) refuse(analyticsErrors.badUnitsExpression({ expr }), 'units');
    const code = (m![2] ?? m![5] ?? m![6])!;
    const unit = await findUnit(db, code);
    if (!unit) {
      unknown.push(code);
      continue;
    }
    if (m![1]) {
      // a unit the map has no place for under the nation (a stray commune) is not one of its provinces
      let below = (await childUnits(db, unit.id)).filter((u) => existedIn(u, years) && !outOfPlace(unit, u));
      if (below.length === 0) below = (await Promise.all(years.map((y) => drillDown(db, unit, y)))).flat();
      for (const u of below) out.set(u.id, u);
    } else if (m![3]) {
      for (const u of await unitsAtLevel(db, unit.id, m![4]!)) if (existedIn(u, years)) out.set(u.id, u);
    } else out.set(unit.id, unit);
    if (out.size > maxUnits) break;
  }
  if (unknown.length > 0) refuse(analyticsErrors.unknownUnits({ codes: unknown.join(', ') }), 'units');
  if (out.size > maxUnits) refuse(analyticsErrors.tooManyUnits({ count: out.size, max: maxUnits }), 'units');
  return [...out.values()];
}

async function unitsAtLevel(db: DB, ancestorId: number, level: string): Promise<Unit[]> {
  const rows = await db
    .selectFrom('unit_closure as c')
    .innerJoin('units as u', 'u.id', 'c.descendant_id')
    .select(['u.id', 'u.code', 'u.official_code', 'u.name', 'u.full_name', 'u.level', 'u.parent_id', 'u.valid_from', 'u.valid_to'])
    .where('c.ancestor_id', '=', ancestorId)
    .where('u.level', '=', level)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    officialCode: r.official_code,
    name: r.name,
    fullName: r.full_name,
    level: r.level,
    parentId: r.parent_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/**
 * The analysis: every indicator asked × unit × year, computed as `/api/v1/indicators` computes them (the same facts,
 * formulas and targets in force), in bulk: one facts read for all units and years, one targets read.
 */
export async function analyse(db: DB, ask: AnalyticsAsk, limits = { units: MAX_UNITS, cells: MAX_CELLS }): Promise<Analysis> {
  const years = await analyticsYears(db, ask.years);
  const indicators = analyticsIndicators(await listIndicators(db), ask.indicators);
  const units = await analyticsUnits(db, ask.units, years, limits.units);
  const cells = units.length * indicators.length * years.length;
  if (cells > limits.cells) refuse(analyticsErrors.tooManyCells({ count: cells, max: limits.cells }), 'units');
  const ids = units.map((u) => u.id);
  const facts = await loadFactsYears(db, years, factsQueryFor(indicators, ids));
  const targets = await targetsInForceMany(db, ids, years, new Map(units.map((u) => [u.id, u.parentId])));
  const rows: AnalyticsRow[] = [];
  for (const unit of units) {
    for (const year of years) {
      const view = factsView(facts.get(year)?.get(unit.id));
      const inForce = targets.get(unit.id)?.get(year);
      for (const ind of indicators) {
        const e = evaluate(ind.formula, view, year);
        const target = inForce?.get(ind.code)?.value ?? null;
        rows.push({
          unit: unit.code,
          unitName: unit.name,
          level: unit.level,
          indicator: ind.code,
          year,
          value: e.value,
          numerator: e.numerator,
          denominator: e.denominator,
          target,
          status: lightFor(e.value, target),
        });
      }
    }
  }
  return { rows, units, indicators, years };
}
