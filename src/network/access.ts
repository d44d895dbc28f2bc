import type { DB } from '../core/db/database.ts';
import { isWithin } from './units.ts';
import type { Principal } from '../core/auth/principal.ts';

/**
 * Server-side access rules, the same for pages and API:
 * admin: everything; official: reads and writes its unit's subtree; viewer: reads its subtree;
 * staff: reads and writes its own institution; citizen: nothing here (its home unit grants no access).
 */
export async function canReadUnit(db: DB, p: Principal | undefined, unitId: number): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  if ((p.role === 'official' || p.role === 'viewer') && p.unitId !== null) return isWithin(db, p.unitId, unitId);
  return false;
}

export async function canReadInstitution(db: DB, p: Principal | undefined, institutionId: number): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  if (p.role === 'citizen') return false;
  if (p.role === 'staff') return p.institutionId === institutionId;
  if (p.unitId === null) return false;
  // any unit the institution belonged to, now or before the map changed, within the subtree
  const r = await db
    .selectFrom('institution_units as iu')
    .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
    .select('iu.institution_id')
    .where('iu.institution_id', '=', institutionId)
    .where('c.ancestor_id', '=', p.unitId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function canWriteInstitution(db: DB, p: Principal | undefined, institutionId: number): Promise<boolean> {
  if (!p || p.role === 'viewer' || p.role === 'citizen') return false;
  return canReadInstitution(db, p, institutionId);
}

/**
 * Which values a principal may write, as a predicate for bulk checks (imports), loaded once:
 * an official writes a value when the unit it belongs to (the institution's unit in that
 * period) lies in their subtree, so a district official keeps 2024 figures of a library that
 * moved to a new commune in 2025 but not its 2026 ones. Without `unitId`: any period.
 */
export async function writableInstitutions(db: DB, p: Principal): Promise<(institutionId: number, unitId?: number) => boolean> {
  if (p.role === 'admin') return () => true;
  if (p.role === 'viewer' || p.role === 'citizen') return () => false;
  if (p.role === 'staff') return (id) => id === p.institutionId;
  if (p.unitId === null) return () => false;
  const units = new Set(
    (await db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', p.unitId).execute()).map((r) => r.descendant_id),
  );
  const rows = await db
    .selectFrom('institution_units')
    .select(['institution_id', 'unit_id'])
    .where('unit_id', 'in', [...units])
    .execute();
  const ids = new Set(rows.map((r) => r.institution_id));
  return (id, unitId) => (unitId === undefined ? ids.has(id) : units.has(unitId));
}
