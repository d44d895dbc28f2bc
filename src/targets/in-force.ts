import type { DB } from '../core/db/database.ts';

export interface TargetInForce {
  indicator: string;
  /** The year the target is set for ("by 2025"). */
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  planId: number;
  planTitle: string;
  /** True when the target comes from a plan of a unit above (the unit has no plan of its own). */
  inherited: boolean;
}

interface TargetRow {
  indicator: string;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  plan_id: number;
  title: string;
  date: string | null;
}

/**
 * The targets in force for a unit in a year: from the unit's own active plans covering the
 * year, otherwise from the nearest unit above that has one. For each indicator the target
 * of the nearest milestone at or after the year applies ("by 2025" governs 2023–2025),
 * else the latest one before it (a 2025 target still stands in 2026 when none follows).
 */
export async function targetsInForce(db: DB, unitId: number, year: number): Promise<Map<string, TargetInForce>> {
  return (await targetsInForceYears(db, unitId, [year])).get(year)!;
}

/** The same for several years at once (a trend): one read per unit on the way up, not one per year. */
export async function targetsInForceYears(db: DB, unitId: number, years: number[]): Promise<Map<number, Map<string, TargetInForce>>> {
  const out = new Map<number, Map<string, TargetInForce>>();
  let pending = [...new Set(years)];
  let current: number | null = unitId;
  let inherited = false;
  while (current !== null && pending.length > 0) {
    const rows: (TargetRow & { year_from: number; year_to: number })[] = await db
      .selectFrom('plan_targets as t')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .select(['t.indicator', 't.year', 't.value', 't.min', 't.max', 't.plan_id', 'p.title', 'p.date', 'p.year_from', 'p.year_to'])
      .where('p.unit_id', '=', current)
      .where('p.status', '=', 'active')
      .where('p.year_from', '<=', Math.max(...pending))
      .where('p.year_to', '>=', Math.min(...pending))
      .execute();
    for (const year of pending) {
      const covering = rows.filter((r) => r.year_from <= year && r.year_to >= year);
      if (covering.length > 0) out.set(year, pick(covering, year, inherited));
    }
    pending = pending.filter((y) => !out.has(y));
    if (pending.length === 0) break;
    const parent: { parent_id: number | null } | undefined = await db.selectFrom('units').select('parent_id').where('id', '=', current).executeTakeFirst();
    current = parent?.parent_id ?? null;
    inherited = true;
  }
  for (const y of years) if (!out.has(y)) out.set(y, new Map());
  return out;
}

function pick(rows: TargetRow[], year: number, inherited: boolean): Map<string, TargetInForce> {
  const best = new Map<string, TargetRow>();
  const score = (r: TargetRow) => (r.year >= year ? r.year - year : 1000 + (year - r.year));
  for (const r of rows) {
    const prev = best.get(r.indicator);
    if (!prev || score(r) < score(prev) || (score(r) === score(prev) && (r.date ?? '') > (prev.date ?? ''))) best.set(r.indicator, r);
  }
  const out = new Map<string, TargetInForce>();
  for (const [k, r] of best) {
    out.set(k, { indicator: k, year: r.year, value: r.value ?? r.min, min: r.min, max: r.max, planId: r.plan_id, planTitle: r.title, inherited });
  }
  return out;
}
