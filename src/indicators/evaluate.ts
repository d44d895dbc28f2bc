import type { DB } from '../core/db/database.ts';
import { targetsInForce, type TargetInForce } from '../targets/in-force.ts';
import { inForceIn, listIndicators, type Indicator } from './catalogue.ts';
import { factsView, loadFactsYears, type FactsQuery } from './facts.ts';
import { comparesYears, evaluate, operandsOf } from './formula.ts';
import { indicatorName } from './messages.ts';

export type Light = 'met' | 'near' | 'behind' | 'no-data' | 'no-target';

export interface IndicatorResult {
  unit: string;
  indicator: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
}

export interface DashboardRow extends IndicatorResult {
  name: string;
  unitLabel: string;
  targetInfo: TargetInForce | undefined;
  /** target − value; positive means short of the target. */
  gap: number | null;
  light: Light;
  /** A growth: this year against another (`comparesYears`). */
  comparesYears: boolean;
}

/** The institution kinds an indicator set counts (to read only their registry counts). */
export function countedKinds(indicators: Indicator[]): string[] {
  const kinds = new Set<string>();
  for (const i of indicators) for (const o of operandsOf(i.formula)) if (o.type === 'count') for (const k of o.kinds) kinds.add(k);
  return [...kinds];
}

/** Elements some formula reads for chosen institution kinds only (e.g. holdings of public libraries). */
export function splitElementsOf(indicators: Indicator[]): string[] {
  const codes = new Set<string>();
  for (const i of indicators) for (const o of operandsOf(i.formula)) if (o.type === 'data' && o.kinds) codes.add(o.element);
  return [...codes];
}

const operands = (indicators: Indicator[]) => indicators.flatMap((i) => operandsOf(i.formula));

/** Whether any formula reads population (else its roll-up is not read). */
export function usesPopulation(indicators: Indicator[]): boolean {
  return indicators.some((i) => operandsOf(i.formula).some((o) => o.type === 'population'));
}

/** What `loadFactsYears` must read for these indicators. */
export function factsQueryFor(indicators: Indicator[], unitIds?: number[], allCountKinds = false): FactsQuery {
  return {
    elementCodes: elementsOf(indicators),
    unitIds,
    countKinds: allCountKinds ? undefined : countedKinds(indicators),
    splitElements: splitElementsOf(indicators),
    splitKinds: [...new Set(operands(indicators).flatMap((o) => (o.type === 'data' && o.kinds ? o.kinds : [])))],
    countAttributes: allCountKinds ? undefined : [...new Set(operands(indicators).flatMap((o) => (o.type === 'count' && o.attribute ? [o.attribute] : [])))],
    priorElements: [...new Set(operands(indicators).flatMap((o) => (o.type === 'data' && (o.yearOffset ?? 0) !== 0 ? [o.element] : [])))],
    population: usesPopulation(indicators),
  };
}

export function elementsOf(indicators: Indicator[]): string[] {
  const codes = new Set<string>();
  for (const i of indicators) for (const o of operandsOf(i.formula)) if (o.type === 'data') codes.add(o.element);
  return [...codes];
}

/** Met at or above the target; near within 10% of it; behind otherwise. */
export function lightFor(value: number | null, target: number | null): Light {
  if (target === null) return 'no-target';
  if (value === null) return 'no-data';
  if (value >= target) return 'met';
  if (target > 0 && value >= target * 0.9) return 'near';
  return 'behind';
}

/** Every indicator for one unit and year, with the targets in force. */
export async function dashboardFor(
  db: DB,
  unit: { id: number; code: string },
  year: number,
  lang: 'vi' | 'en' = 'vi',
  /** The catalogue and the targets in force, when the caller has read them already (one read per request). */
  read: { catalogue?: Indicator[]; targets?: ReadonlyMap<string, TargetInForce> } = {},
): Promise<DashboardRow[]> {
  // a retired indicator leaves the dashboards from its retiring year (its years before still read)
  const indicators = (read.catalogue ?? (await listIndicators(db))).filter((i) => inForceIn(i, year));
  const facts = (await loadFactsYears(db, [year], factsQueryFor(indicators, [unit.id]))).get(year)!;
  const targets = read.targets ?? (await targetsInForce(db, unit.id, year));
  const view = factsView(facts.get(unit.id));
  return indicators.map((ind) => {
    const e = evaluate(ind.formula, view, year);
    const t = targets.get(ind.code);
    const target = t?.value ?? null;
    return {
      unit: unit.code,
      indicator: ind.code,
      year,
      ...e,
      target,
      name: indicatorName(lang, ind),
      unitLabel: ind.unit,
      targetInfo: t,
      gap: target === null || e.value === null ? null : Math.round((target - e.value) * 100) / 100,
      light: lightFor(e.value, target),
      comparesYears: comparesYears(ind.formula),
    };
  });
}

export const toResult = (r: DashboardRow): IndicatorResult => ({
  unit: r.unit,
  indicator: r.indicator,
  year: r.year,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  target: r.target,
});

/**
 * The full matrix: every unit × every indicator for one year, from the maintained aggregates
 * (three grouped queries, then arithmetic in memory).
 */
export async function indicatorMatrix(
  db: DB,
  year: number,
  unitIds?: number[],
  only?: string[],
  catalogue?: Indicator[],
): Promise<Map<number, Map<string, number | null>>> {
  const indicators = (catalogue ?? (await listIndicators(db))).filter((i) => (!only || only.includes(i.code)) && inForceIn(i, year));
  const facts = (await loadFactsYears(db, [year], factsQueryFor(indicators, unitIds))).get(year)!;
  const out = new Map<number, Map<string, number | null>>();
  for (const [unitId, f] of facts) {
    const view = factsView(f);
    out.set(unitId, new Map(indicators.map((ind) => [ind.code, evaluate(ind.formula, view, year).value])));
  }
  return out;
}
