import type { DB } from '../core/db/database.ts';
import { isWithin } from '../network/units.ts';
import type { Principal } from './users.ts';

/**
 * Server-side access rules, the same for pages and API:
 * admin: everything; official: reads and writes its unit's subtree; viewer: reads its subtree;
 * staff: reads and writes its own institution.
 */
export async function canReadUnit(db: DB, p: Principal | undefined, unitId: number): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  if ((p.role === 'official' || p.role === 'viewer') && p.unitId !== null) return isWithin(db, p.unitId, unitId);
  return false;
}

async function currentUnitOf(db: DB, institutionId: number): Promise<number | undefined> {
  const r = await db
    .selectFrom('institution_units')
    .select('unit_id')
    .where('institution_id', '=', institutionId)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return r?.unit_id;
}

export async function canReadInstitution(db: DB, p: Principal | undefined, institutionId: number): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  if (p.role === 'staff') return p.institutionId === institutionId;
  const unitId = await currentUnitOf(db, institutionId);
  return unitId !== undefined && (await canReadUnit(db, p, unitId));
}

export async function canWriteInstitution(db: DB, p: Principal | undefined, institutionId: number): Promise<boolean> {
  if (!p || p.role === 'viewer') return false;
  return canReadInstitution(db, p, institutionId);
}

/**
 * The institutions a principal may write, as a predicate for bulk checks (imports):
 * loaded once, then answered from memory. `undefined` principal = local administrator.
 */
export async function writableInstitutions(db: DB, p: Principal): Promise<(id: number) => boolean> {
  if (p.role === 'admin') return () => true;
  if (p.role === 'viewer') return () => false;
  if (p.role === 'staff') return (id) => id === p.institutionId;
  if (p.unitId === null) return () => false;
  const rows = await db
    .selectFrom('institution_units as iu')
    .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
    .select('iu.institution_id')
    .where('c.ancestor_id', '=', p.unitId)
    .where('iu.valid_to', 'is', null)
    .execute();
  const ids = new Set(rows.map((r) => r.institution_id));
  return (id) => ids.has(id);
}
