/**
 * An indicator is numerator / denominator × factor. Each side is a signed sum of operands
 * over a unit's whole subtree: data values, counts from the registry, or population.
 */
export type Operand =
  | { type: 'data'; element: string; kinds?: string[]; yearOffset?: number }
  | { type: 'count'; kinds: string[]; attribute?: string }
  | { type: 'population'; field: 'total' | 'rural' | 'disadvantaged' };

export interface Term {
  sign: 1 | -1;
  operand: Operand;
}

export interface Formula {
  numerator: Term[];
  /** null: the numerator alone (a count per year). */
  denominator: Term[] | null;
  factor: number;
}

export interface Facts {
  /** Sum of an element's aggregate for the unit, over the given kinds (all when undefined), in a year. */
  data(element: string, year: number, kinds?: string[]): number | undefined;
  count(kinds: string[], attribute?: string): number;
  population(field: 'total' | 'rural' | 'disadvantaged'): number | undefined;
}

export interface Evaluation {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

function side(terms: Term[], facts: Facts, year: number): number | null {
  let total = 0;
  let known = false;
  for (const { sign, operand: o } of terms) {
    let v: number | undefined;
    if (o.type === 'data') v = facts.data(o.element, year + (o.yearOffset ?? 0), o.kinds);
    else if (o.type === 'count') v = facts.count(o.kinds, o.attribute);
    else v = facts.population(o.field);
    if (v === undefined) continue;
    known = true;
    total += sign * v;
  }
  return known ? total : null;
}

const round = (v: number) => Math.round(v * 10000) / 10000;

export function evaluate(formula: Formula, facts: Facts, year: number): Evaluation {
  const numerator = side(formula.numerator, facts, year);
  if (formula.denominator === null) {
    return { value: numerator === null ? null : round(numerator * formula.factor), numerator, denominator: null };
  }
  const denominator = side(formula.denominator, facts, year);
  const value = numerator === null || denominator === null || denominator === 0 ? null : round((numerator / denominator) * formula.factor);
  return { value, numerator, denominator };
}

/** Every element, kind list and attribute a formula reads (to fetch only what is needed). */
export function operandsOf(formula: Formula): Operand[] {
  return [...formula.numerator, ...(formula.denominator ?? [])].map((t) => t.operand);
}

/** Whether a formula compares a year with another (a growth): meaningless for a unit that did not last the whole year. */
export const comparesYears = (formula: Formula): boolean => operandsOf(formula).some((o) => o.type === 'data' && (o.yearOffset ?? 0) !== 0);

// Builders for the catalogue.
export const data = (element: string, kinds?: string[], yearOffset = 0): Operand => ({
  type: 'data',
  element,
  ...(kinds ? { kinds } : {}),
  ...(yearOffset ? { yearOffset } : {}),
});
export const plus = (operand: Operand): Term => ({ sign: 1, operand });
export const minus = (operand: Operand): Term => ({ sign: -1, operand });

/** % of institutions of the kinds that have the attribute this year. */
export const shareWith = (kinds: string[], attribute: string): Formula => ({
  numerator: [plus({ type: 'count', kinds, attribute })],
  denominator: [plus({ type: 'count', kinds })],
  factor: 100,
});

/** Year-on-year growth in %: (this year − last year) / last year × 100. */
export const growth = (element: string, kinds?: string[]): Formula => ({
  numerator: [plus(data(element, kinds)), minus(data(element, kinds, -1))],
  denominator: [plus(data(element, kinds, -1))],
  factor: 100,
});

/** A yearly count: the element summed over the subtree. */
export const total = (element: string, kinds?: string[]): Formula => ({ numerator: [plus(data(element, kinds))], denominator: null, factor: 1 });

/** Element per head of a population field (× factor). */
export const perCapita = (element: string, field: 'total' | 'rural' | 'disadvantaged', factor: number, kinds?: string[]): Formula => ({
  numerator: [plus(data(element, kinds))],
  denominator: [plus({ type: 'population', field })],
  factor,
});
