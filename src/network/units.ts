import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';

export interface Unit {
  id: number;
  code: string;
  officialCode: string | null;
  name: string;
  fullName: string | null;
  level: string;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

const columns = ['id', 'code', 'official_code', 'name', 'full_name', 'level', 'parent_id', 'valid_from', 'valid_to'] as const;

type Row = {
  id: number;
  code: string;
  official_code: string | null;
  name: string;
  full_name: string | null;
  level: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
};

const toUnit = (r: Row): Unit => ({
  id: r.id,
  code: r.code,
  officialCode: r.official_code,
  name: r.name,
  fullName: r.full_name,
  level: r.level,
  parentId: r.parent_id,
  validFrom: r.valid_from,
  validTo: r.valid_to,
});

/** Finds a unit by its code; an official code reused by the new map finds the current unit. */
export async function findUnit(db: DB, code: string): Promise<Unit | undefined> {
  const exact = await db.selectFrom('units').select(columns).where('code', '=', code).executeTakeFirst();
  if (exact) return toUnit(exact);
  const byOfficial = await db
    .selectFrom('units')
    .select(columns)
    .where('official_code', '=', code)
    .orderBy(sql`CASE WHEN valid_to IS NULL THEN 1 ELSE 0 END`, 'desc')
    .orderBy('valid_to', 'desc')
    .executeTakeFirst();
  return byOfficial ? toUnit(byOfficial) : undefined;
}

export async function unitById(db: DB, id: number): Promise<Unit | undefined> {
  const r = await db.selectFrom('units').select(columns).where('id', '=', id).executeTakeFirst();
  return r ? toUnit(r) : undefined;
}

/** Units by id, in one query (ids unknown are left out). */
export async function unitsByIds(db: DB, ids: number[]): Promise<Map<number, Unit>> {
  const out = new Map<number, Unit>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await db
      .selectFrom('units')
      .select(columns)
      .where('id', 'in', unique.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.id, toUnit(r));
  }
  return out;
}

/** True when the unit exists on the given date (ISO `YYYY-MM-DD`). */
export function validOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || unit.validTo >= date);
}

/** True when the unit exists at some time during the year. */
export function validInYear(unit: Pick<Unit, 'validFrom' | 'validTo'>, year: number): boolean {
  return (unit.validFrom === null || unit.validFrom <= `${year}-12-31`) && (unit.validTo === null || unit.validTo >= `${year}-01-01`);
}

/**
 * A unit with no place in the map under its parent: directly under the nation but not a province (a commune the
 * 2025 maps do not have, kept where the import left it). Shown to admins as a data problem, never as a province.
 */
export const outOfPlace = (parent: Pick<Unit, 'level'>, child: Pick<Unit, 'level'>): boolean => parent.level === 'nation' && child.level !== 'province';

/** Top-level units (no parent): the nation, or provinces when no nation unit exists. */
export async function rootUnits(db: DB): Promise<Unit[]> {
  const rows = await db.selectFrom('units').select(columns).where('parent_id', 'is', null).orderBy('code').execute();
  return rows.map(toUnit);
}

/** Direct children; with `year`, only those that existed during that year. */
export async function childUnits(db: DB, parentId: number, year?: number): Promise<Unit[]> {
  let q = db.selectFrom('units').select(columns).where('parent_id', '=', parentId);
  if (year !== undefined) {
    q = q
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', `${year}-12-31`)]))
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', `${year}-01-01`)]));
  }
  const rows = await q.orderBy('name').execute();
  return rows.map(toUnit);
}

/** Direct children in force on a day (ISO `YYYY-MM-DD`), by name. */
export async function childUnitsOn(db: DB, parentId: number, date: string): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units')
    .select(columns)
    .where('parent_id', '=', parentId)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .execute();
  return rows.map(toUnit).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The chain from the root down to the unit itself (parents only, not successors). */
export async function unitPath(db: DB, unit: Unit): Promise<Unit[]> {
  const path: Unit[] = [unit];
  let current = unit;
  while (current.parentId !== null) {
    const parent = await unitById(db, current.parentId);
    if (!parent) break;
    path.unshift(parent);
    current = parent;
  }
  return path;
}

/** True when `descendantId` aggregates into `ancestorId` (itself included). */
export async function isWithin(db: DB, ancestorId: number, descendantId: number): Promise<boolean> {
  const r = await db
    .selectFrom('unit_closure')
    .select('ancestor_id')
    .where('ancestor_id', '=', ancestorId)
    .where('descendant_id', '=', descendantId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function listUnits(db: DB, opts: { level?: string; limit?: number } = {}): Promise<Unit[]> {
  let q = db.selectFrom('units').select(columns);
  if (opts.level) q = q.where('level', '=', opts.level);
  const rows = await q
    .orderBy('code')
    .limit(opts.limit ?? 10000)
    .execute();
  return rows.map(toUnit);
}

/** Units whose history rolls up into `unitId` through the aggregate successor link. */
export async function predecessors(db: DB, unitId: number): Promise<Unit[]> {
  const rows = await db
    .selectFrom('unit_successors as s')
    .innerJoin('units as u', 'u.id', 's.predecessor_id')
    .select(columns.map((c) => `u.${c}` as const))
    .where('s.successor_id', '=', unitId)
    .where('s.aggregate', '=', 1)
    .orderBy('u.name')
    .execute();
  return rows.map(toUnit);
}

/**
 * What to show one level down for a year: the children that existed then; for a unit created
 * by the 2025 reform looked at in an earlier year, the children of its predecessors (or the
 * predecessors themselves), so the drill-down follows the map as it was.
 */
export async function drillDown(db: DB, unit: Unit, year: number): Promise<Unit[]> {
  const children = await childUnits(db, unit.id, year);
  if (children.length > 0 || validInYear(unit, year)) return children;
  const out: Unit[] = [];
  for (const p of await predecessors(db, unit.id)) {
    if (!validInYear(p, year)) continue;
    const below = await childUnits(db, p.id, year);
    out.push(...(below.length > 0 ? below : [p]));
  }
  return out;
}
