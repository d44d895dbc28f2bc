import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { forbidden, notFound } from '../core/errors.ts';
import { predecessorsOf, successorsOf, type LineageLink } from './lineage.ts';
import { findPlaces, type FoundPlace } from './place-finder.ts';
import { childUnitsOn, findUnit, isWithin, rootUnits, unitById, validOn, type Unit } from './units.ts';

/**
 * The reads behind the administration of places (`/quan-tri/dia-ban`, issue 19 part 2): the dated map browsed level
 * by level at a day, searched by name, and one unit with its lineage and population. Admins see the whole map, an
 * official their own subtree; nobody else.
 */

/** The unit at the top of what a person may browse: the nation for an admin, their own unit for an official. */
async function topOf(db: DB, who: Principal): Promise<Unit> {
  if (who.role === 'official' && who.unitId !== null) {
    const own = await unitById(db, who.unitId);
    if (own) return own;
  }
  if (who.role !== 'admin') throw forbidden();
  const roots = await rootUnits(db);
  const top = roots.find((u) => u.code === 'VN') ?? roots[0];
  if (!top) throw notFound('đơn vị', 'Unit');
  return top;
}

/** True when the person may see (and, for population, change) the unit: admins everywhere, officials in their subtree. */
export async function seesUnit(db: DB, who: Principal, unitId: number): Promise<boolean> {
  if (who.role === 'admin') return true;
  return who.role === 'official' && who.unitId !== null && (await isWithin(db, who.unitId, unitId));
}

/** A unit one level down, with how many units of each level lie directly below it on the day. */
export interface TreeChild {
  unit: Unit;
  below: { level: string; n: number }[];
}

export interface PlaceTree {
  unit: Unit;
  /** From the top the person may see down to the unit's parent. */
  path: Unit[];
  /** The unit exists on the day. */
  inForce: boolean;
  children: TreeChild[];
  /** Not in force on the day: the units it was formed from that were (the way to the map as it was then). */
  formedFrom: TreeChild[];
}

/** The unit named (the person's top when none is), refused outside what they see, with the way down to it. */
async function reach(db: DB, who: Principal, code: string | undefined): Promise<{ unit: Unit; path: Unit[] }> {
  const top = await topOf(db, who);
  const unit = code ? await findUnit(db, code) : top;
  if (!unit) throw notFound('đơn vị', 'Unit');
  if (!(await seesUnit(db, who, unit.id))) throw forbidden();
  const path: Unit[] = [];
  // up to the person's top; a unit their top was formed from has parents they do not see, and the way stops there
  for (let current = unit; current.id !== top.id && current.parentId !== null; ) {
    const parent = await unitById(db, current.parentId);
    if (!parent || !(await seesUnit(db, who, parent.id))) break;
    path.unshift(parent);
    current = parent;
  }
  return { unit, path };
}

/**
 * The map at `date` from a unit (the person's top when none is named): the way down to it and its children in
 * force on that day, each with the number of units of each level under it then.
 */
export async function placeTree(db: DB, who: Principal, code: string | undefined, date: string): Promise<PlaceTree> {
  const { unit, path } = await reach(db, who, code);
  const inForce = validOn(unit, date);
  const formed = inForce ? [] : (await predecessorsOf(db, unit.id)).map((l) => l.unit).filter((u) => validOn(u, date));
  // a province formed from another names it and its districts: the districts are found under it
  const earlier = formed.filter((u) => !formed.some((p) => p.id === u.parentId));
  const children = await childUnitsOn(db, unit.id, date);
  const counts = new Map<number, { level: string; n: number }[]>();
  const counted = [...children, ...earlier];
  for (let i = 0; i < counted.length; i += 1000) {
    const rows = await db
      .selectFrom('units')
      .select(['parent_id', 'level', sql<number>`COUNT(*)`.as('n')])
      .where(
        'parent_id',
        'in',
        counted.slice(i, i + 1000).map((c) => c.id),
      )
      .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', date)]))
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
      .groupBy(['parent_id', 'level'])
      .execute();
    for (const r of rows) counts.set(r.parent_id!, [...(counts.get(r.parent_id!) ?? []), { level: r.level, n: Number(r.n) }]);
  }
  return {
    unit,
    path,
    inForce,
    children: children.map((c) => ({ unit: c, below: counts.get(c.id) ?? [] })),
    formedFrom: earlier.map((c) => ({ unit: c, below: counts.get(c.id) ?? [] })),
  };
}

/** Units whose names hold the typed words on the day, within what the person may see (at most 50). */
export async function searchPlaces(db: DB, who: Principal, typed: string, date: string): Promise<{ places: FoundPlace[]; more: boolean }> {
  const top = await topOf(db, who);
  return findPlaces(db, typed, { today: date, limit: 50, within: who.role === 'admin' ? undefined : top.id });
}

export interface PopulationRow {
  year: number;
  /** The unit's own figure. */
  own: number | null;
  /** The sum of the figures of the units below it (null: none below has one). */
  below: number | null;
}

export interface PlaceRecord {
  unit: Unit;
  parent: Unit | undefined;
  /** From the top the person may see down to the unit's parent. */
  path: Unit[];
  predecessors: LineageLink[];
  successors: LineageLink[];
  population: PopulationRow[];
}

/** One unit for its administration page: the unit, its parent, its lineage both ways and its population by year. */
export async function placeRecord(db: DB, who: Principal, code: string): Promise<PlaceRecord> {
  const { unit, path } = await reach(db, who, code);
  const [predecessors, successors, own, below] = await Promise.all([
    predecessorsOf(db, unit.id),
    successorsOf(db, unit.id),
    db.selectFrom('unit_population').select(['year', 'total']).where('unit_id', '=', unit.id).execute(),
    db
      .selectFrom('unit_population as p')
      .innerJoin('unit_closure as c', 'c.descendant_id', 'p.unit_id')
      .select(['p.year', sql<number>`SUM(p.total)`.as('total')])
      .where('c.ancestor_id', '=', unit.id)
      .where('p.unit_id', '<>', unit.id)
      .groupBy('p.year')
      .execute(),
  ]);
  const years = new Map<number, PopulationRow>();
  const row = (year: number) => years.get(year) ?? years.set(year, { year, own: null, below: null }).get(year)!;
  for (const r of own) row(Number(r.year)).own = Number(r.total);
  for (const r of below) row(Number(r.year)).below = Number(r.total);
  return {
    unit,
    parent: unit.parentId === null ? undefined : await unitById(db, unit.parentId),
    path,
    predecessors,
    successors,
    population: [...years.values()].sort((a, b) => b.year - a.year),
  };
}
