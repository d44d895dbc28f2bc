import type { DB } from '../core/db/database.ts';
import { audit, nowIso } from '../core/audit.ts';
import { hashPassword } from '../core/auth/password.ts';
import { UserError } from '../core/errors.ts';
import { accountsErrors } from './messages.ts';

export { ROLES, LOCAL_ADMIN, type Role, type Principal } from '../core/auth/principal.ts';
import type { Principal, Role } from '../core/auth/principal.ts';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  unitId?: number | null;
  institutionId?: number | null;
}

export async function createUser(db: DB, u: NewUser, by: number | null = null): Promise<number> {
  if ((u.role === 'official' || u.role === 'viewer') && !u.unitId) throw new UserError(accountsErrors.officialNeedsUnit(), 422, [{ said: accountsErrors.required(), field: 'unitId' }]);
  if (u.role === 'citizen' && u.institutionId) throw new UserError(accountsErrors.citizenNoInstitution(), 422, [{ said: accountsErrors.notUsed(), field: 'institutionId' }]);
  if (u.role === 'staff' && !u.institutionId) throw new UserError(accountsErrors.staffNeedsInstitution(), 422, [{ said: accountsErrors.required(), field: 'institutionId' }]);
  if (u.password.length < 8) throw new UserError(accountsErrors.passwordTooShort(), 422, [{ said: accountsErrors.tooShort(), field: 'password' }]);
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      password_hash: await hashPassword(u.password),
      display_name: u.displayName,
      role: u.role,
      unit_id: u.unitId ?? null,
      institution_id: u.institutionId ?? null,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, { userId: by, action: 'create', entity: 'user', key: u.username, newValue: { role: u.role, unitId: u.unitId ?? null, institutionId: u.institutionId ?? null } });
  return row.id;
}

export function toPrincipal(r: { id: number; username: string; display_name: string; role: string; unit_id: number | null; institution_id: number | null }): Principal {
  return { userId: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, unitId: r.unit_id, institutionId: r.institution_id };
}
