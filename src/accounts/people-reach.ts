import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { isWithin } from '../network/units.ts';
import { accountsErrors as E } from './messages.ts';
import { ROLES, type Principal, type Role } from './users.ts';

/** Who manages which accounts: an administrator every one; an official those of their own unit's subtree, never an administrator. */

/** Refuses (403) unless the person manages accounts at all: an administrator, or an official with a unit. */
export function requireManager(by: Principal): void {
  if (by.role === 'admin') return;
  if (by.role === 'official' && by.unitId !== null) return;
  throw new UserError(E.notAllowedToManage(), 403);
}

/** The roles a person may grant: an administrator any; an official those at or below their own. */
export function grantableRoles(by: Principal): Role[] {
  if (by.role === 'admin') return [...ROLES];
  if (by.role === 'official') return ['official', 'staff', 'viewer'];
  return [];
}

/** The units of a subtree, and the institutions that belong to one of them now. */
export function subtreeUnits(db: DB, unitId: number) {
  return db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId);
}
export function subtreeInstitutions(db: DB, unitId: number) {
  return db.selectFrom('institution_units').select('institution_id').where('valid_to', 'is', null).where('unit_id', 'in', subtreeUnits(db, unitId));
}

/** Whether the account lies within the person's reach: an administrator's everything; an official's subtree, no admin. */
export async function inReach(db: DB, by: Principal, r: { role: string; unit_id: number | null; institution_id: number | null }): Promise<boolean> {
  if (by.role === 'admin') return true;
  if (by.role !== 'official' || by.unitId === null || r.role === 'admin') return false;
  if (r.unit_id !== null && (await isWithin(db, by.unitId, r.unit_id))) return true;
  if (r.institution_id !== null) {
    const hit = await subtreeInstitutions(db, by.unitId).where('institution_id', '=', r.institution_id).executeTakeFirst();
    return hit !== undefined;
  }
  return false;
}
