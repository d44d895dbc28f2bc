import type { DB } from '../core/db/database.ts';

export type Verdict = 'missing' | 'weaker' | 'equal' | 'stronger';

export interface ComplianceRow {
  indicator: string;
  year: number;
  parent: number;
  child: number | null;
  verdict: Verdict;
}

/**
 * Each target of the parent plan beside the child's target for the same indicator and year:
 * missing, weaker (lower: every indicator counts "more is better"), equal or stronger. A range
 * counts by its lower bound.
 */
export async function compliance(db: DB, childPlanId: number, parentPlanId: number): Promise<ComplianceRow[]> {
  const read = (planId: number) =>
    db.selectFrom('plan_targets').select(['indicator', 'year', 'value', 'min']).where('plan_id', '=', planId).orderBy('indicator').orderBy('year').execute();
  const [parent, child] = await Promise.all([read(parentPlanId), read(childPlanId)]);
  const childOf = new Map(child.map((t) => [`${t.indicator}|${t.year}`, t.min ?? t.value]));
  const childYears = new Map<string, number[]>();
  for (const t of child) childYears.set(t.indicator, [...(childYears.get(t.indicator) ?? []), t.year]);
  return parent
    .filter((t) => (t.min ?? t.value) !== null)
    .map((t) => {
      const p = (t.min ?? t.value)!;
      // the child may set the same target for a nearby milestone: use its nearest year at or after
      let c = childOf.get(`${t.indicator}|${t.year}`);
      if (c === undefined) {
        const later = (childYears.get(t.indicator) ?? []).filter((y) => y >= t.year).sort((a, b) => a - b)[0];
        if (later !== undefined) c = childOf.get(`${t.indicator}|${later}`);
      }
      const child = c ?? null;
      const verdict: Verdict = child === null ? 'missing' : child < p ? 'weaker' : child === p ? 'equal' : 'stronger';
      return { indicator: t.indicator, year: t.year, parent: p, child, verdict };
    });
}
