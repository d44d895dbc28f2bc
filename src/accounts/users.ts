import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { hashPassword } from '../core/auth/password.ts';
import { UserError, type Said } from '../core/errors.ts';
import { accountsErrors } from './messages.ts';
import { passwordProblem } from './password-policy.ts';
import { forgetApiTokens } from './token-memory.ts';

export { ROLES, LOCAL_ADMIN, type Role, type Principal } from '../core/auth/principal.ts';
import type { Principal, Role } from '../core/auth/principal.ts';

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  unitId?: number | null;
  institutionId?: number | null;
  /** Where a reset link is mailed (migration 034). */
  email?: string | null;
}

export async function createUser(db: DB, u: NewUser, by: number | null = null): Promise<number> {
  const refuse = (said: Said, problem: Said, field: string) => new UserError(said, 422, [{ said: problem, field }]);
  if ((u.role === 'official' || u.role === 'viewer') && !u.unitId) throw refuse(accountsErrors.officialNeedsUnit(), accountsErrors.required(), 'unitId');
  if (u.role === 'citizen' && u.institutionId) throw refuse(accountsErrors.citizenNoInstitution(), accountsErrors.notUsed(), 'institutionId');
  if (u.role === 'staff' && !u.institutionId) throw refuse(accountsErrors.staffNeedsInstitution(), accountsErrors.required(), 'institutionId');
  const weak = passwordProblem(u.password, u.username);
  if (weak) throw refuse(weak, weak, 'password');
  const row = await db
    .insertInto('users')
    .values({
      username: u.username,
      password_hash: await hashPassword(u.password),
      display_name: u.displayName,
      role: u.role,
      unit_id: u.unitId ?? null,
      institution_id: u.institutionId ?? null,
      email: u.email ?? null,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(db, {
    userId: by,
    action: 'create',
    entity: 'user',
    key: u.username,
    newValue: {
      name: u.displayName,
      ...(u.email ? { email: u.email } : {}),
      role: u.role,
      unit: u.unitId ? ((await db.selectFrom('units').select('code').where('id', '=', u.unitId).executeTakeFirst())?.code ?? null) : null,
      institution: u.institutionId
        ? ((await db.selectFrom('institutions').select('code').where('id', '=', u.institutionId).executeTakeFirst())?.code ?? null)
        : null,
    },
  });
  return row.id;
}

export function toPrincipal(r: {
  id: number;
  username: string;
  display_name: string;
  role: string;
  unit_id: number | null;
  institution_id: number | null;
}): Principal {
  return { userId: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, unitId: r.unit_id, institutionId: r.institution_id };
}

/** The accounts attached to these units (officials, viewers, citizens' home places), by name. */
export async function usersOfUnits(db: DB, unitIds: number[]): Promise<{ id: number; username: string; displayName: string; role: Role; unitId: number }[]> {
  const out: { id: number; username: string; displayName: string; role: Role; unitId: number }[] = [];
  for (let i = 0; i < unitIds.length; i += 1000) {
    const rows = await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'role', 'unit_id'])
      .where('unit_id', 'in', unitIds.slice(i, i + 1000))
      .orderBy('display_name')
      .execute();
    for (const r of rows) out.push({ id: r.id, username: r.username, displayName: r.display_name, role: r.role as Role, unitId: r.unit_id! });
  }
  return out;
}

/** Moves an account from one unit to another (a unit that ended, to its successor), audited; nothing when it is no longer there. */
export async function moveUserUnit(
  db: DB,
  user: { id: number; username: string },
  from: { id: number; code: string },
  to: { id: number; code: string },
  by: number | null,
  why: Record<string, unknown> = {},
): Promise<boolean> {
  const r = await db.updateTable('users').set({ unit_id: to.id }).where('id', '=', user.id).where('unit_id', '=', from.id).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  forgetApiTokens(); // the account's tokens are read again with its new unit
  await audit(db, { userId: by, action: 'update', entity: 'user', key: user.username, oldValue: { unit: from.code }, newValue: { unit: to.code, ...why } });
  return true;
}
