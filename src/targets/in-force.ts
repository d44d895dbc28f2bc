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
  /** The plan's number ("53/KH-UBND"), else its title: how a page names where a target comes from. */
  planName: string;
  /** True when the target comes from a plan of a unit above (the unit's own plans do not set this indicator). */
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
  number: string | null;
  date: string | null;
  unit_id: number | null;
  year_from: number;
  year_to: number;
}

/**
 * The targets in force for a unit in a year. For each indicator the nearest plan up the tree that sets it applies:
 * the unit's own active plans covering the year, else its parent's, and so on to the nation (a commune under a
 * provincial plan still has the national targets the provincial plan does not repeat). Within one unit's plans the
 * target of the nearest milestone at or after the year applies ("by 2025" governs 2023–2025), else the latest one
 * before it (a 2025 target still stands in 2026 when none follows).
 */
export async function targetsInForce(db: DB, unitId: number, year: number): Promise<Map<string, TargetInForce>> {
  return (await targetsInForceYears(db, unitId, [year])).get(year)!;
}

/** The same for several years at once (a trend). */
export async function targetsInForceYears(db: DB, unitId: number, years: number[]): Promise<Map<number, Map<string, TargetInForce>>> {
  return (await targetsInForceMany(db, [unitId], years)).get(unitId)!;
}

/**
 * The targets in force for many units and years (the analytics API, the drill-down): the chains of parents read
 * level by level, every active plan of every unit on them in one query, then picked in memory.
 */
export async function targetsInForceMany(db: DB, unitIds: number[], years: number[]): Promise<Map<number, Map<number, Map<string, TargetInForce>>>> {
  const ys = [...new Set(years)];
  const parentOf = new Map<number, number | null>();
  let todo = [...new Set(unitIds)];
  while (todo.length > 0) {
    const found: { id: number; parent_id: number | null }[] = [];
    for (let i = 0; i < todo.length; i += 1000) {
      found.push(
        ...(await db
          .selectFrom('units')
          .select(['id', 'parent_id'])
          .where('id', 'in', todo.slice(i, i + 1000))
          .execute()),
      );
    }
    for (const r of found) parentOf.set(r.id, r.parent_id);
    todo = [...new Set(found.map((r) => r.parent_id).filter((p): p is number => p !== null && !parentOf.has(p)))];
  }
  const byUnit = new Map<number, TargetRow[]>();
  if (ys.length > 0 && parentOf.size > 0) {
    const ids = [...parentOf.keys()];
    for (let i = 0; i < ids.length; i += 1000) {
      const rows: TargetRow[] = await db
        .selectFrom('plan_targets as t')
        .innerJoin('plans as p', 'p.id', 't.plan_id')
        .select(['t.indicator', 't.year', 't.value', 't.min', 't.max', 't.plan_id', 'p.title', 'p.number', 'p.date', 'p.unit_id', 'p.year_from', 'p.year_to'])
        .where('p.unit_id', 'in', ids.slice(i, i + 1000))
        .where('p.status', '=', 'active')
        .where('p.year_from', '<=', Math.max(...ys))
        .where('p.year_to', '>=', Math.min(...ys))
        .execute();
      for (const r of rows) {
        if (r.unit_id === null) continue;
        const list = byUnit.get(r.unit_id);
        if (list) list.push(r);
        else byUnit.set(r.unit_id, [r]);
      }
    }
  }
  const out = new Map<number, Map<number, Map<string, TargetInForce>>>();
  for (const id of new Set(unitIds)) {
    const perYear = new Map<number, Map<string, TargetInForce>>();
    for (const year of ys) {
      const inForce = new Map<string, TargetInForce>();
      let current: number | null | undefined = id;
      let inherited = false;
      while (current !== null && current !== undefined) {
        const covering = (byUnit.get(current) ?? []).filter((r) => r.year_from <= year && r.year_to >= year);
        for (const [k, t] of pick(covering, year, inherited)) if (!inForce.has(k)) inForce.set(k, t);
        current = parentOf.get(current);
        inherited = true;
      }
      perYear.set(year, inForce);
    }
    out.set(id, perYear);
  }
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
    out.set(k, {
      indicator: k,
      year: r.year,
      value: r.value ?? r.min,
      min: r.min,
      max: r.max,
      planId: r.plan_id,
      planTitle: r.title,
      planName: r.number ?? r.title,
      inherited,
    });
  }
  return out;
}
