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
export async function targetsInForce(db: DB, unitId: number, year: number): Promise<ReadonlyMap<string, TargetInForce>> {
  return (await targetsInForceYears(db, unitId, [year])).get(year)!;
}

/** The same for several years at once (a trend). */
export async function targetsInForceYears(db: DB, unitId: number, years: number[]): Promise<Map<number, ReadonlyMap<string, TargetInForce>>> {
  return (await targetsInForceMany(db, [unitId], years)).get(unitId)!;
}

/**
 * The targets in force for many units and years (the analytics API, the drill-down): the chains of parents read
 * level by level, every active plan of every unit on them in one query, then picked in memory.
 */
export async function targetsInForceMany(
  db: DB,
  unitIds: number[],
  years: number[],
  /** Parents the caller has read already (the analysis has its units): their chains start one level up. */
  knownParents?: ReadonlyMap<number, number | null>,
): Promise<Map<number, Map<number, ReadonlyMap<string, TargetInForce>>>> {
  const ys = [...new Set(years)];
  const parentOf = new Map<number, number | null>();
  let todo = [...new Set(unitIds)];
  if (knownParents) {
    for (const id of todo) if (knownParents.has(id)) parentOf.set(id, knownParents.get(id)!);
    const up = todo.map((id) => parentOf.get(id)).filter((p): p is number => p !== null && p !== undefined && !parentOf.has(p));
    todo = [...todo.filter((id) => !parentOf.has(id)), ...new Set(up)];
  }
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
  // what a unit's own plans set in a year, picked once: the province's and the nation's serve each of their communes
  const picked = new Map<string, ReadonlyMap<string, TargetInForce>>();
  const own = (unitId: number, year: number, inherited: boolean) => {
    const key = `${unitId}:${year}:${inherited ? 1 : 0}`;
    let p = picked.get(key);
    if (!p) {
      const rows = byUnit.get(unitId);
      p = rows
        ? pick(
            rows.filter((r) => r.year_from <= year && r.year_to >= year),
            year,
            inherited,
          )
        : NONE;
      picked.set(key, p);
    }
    return p;
  };
  // the targets a unit passes down (its own and those above it, all inherited), made once per unit and year and shared
  // by its children: a country's communes reuse their province's instead of each walking the chain again
  const nearestFirst = (near: ReadonlyMap<string, TargetInForce>, far: ReadonlyMap<string, TargetInForce>) => {
    if (far.size === 0) return near;
    if (near.size === 0) return far;
    const m = new Map(near);
    for (const [k, t] of far) if (!m.has(k)) m.set(k, t);
    return m;
  };
  const passedDown = new Map<string, ReadonlyMap<string, TargetInForce>>();
  const above = (unitId: number | null | undefined, year: number): ReadonlyMap<string, TargetInForce> => {
    if (unitId === null || unitId === undefined) return NONE;
    const key = `${unitId}:${year}`;
    let m = passedDown.get(key);
    if (!m) passedDown.set(key, (m = nearestFirst(own(unitId, year, true), above(parentOf.get(unitId), year))));
    return m;
  };
  const out = new Map<number, Map<number, ReadonlyMap<string, TargetInForce>>>();
  for (const id of new Set(unitIds)) {
    const perYear = new Map<number, ReadonlyMap<string, TargetInForce>>();
    for (const year of ys) perYear.set(year, nearestFirst(own(id, year, false), above(parentOf.get(id), year)));
    out.set(id, perYear);
  }
  return out;
}

const NONE: ReadonlyMap<string, TargetInForce> = new Map();

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
