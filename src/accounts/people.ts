import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { nowIso } from '../core/time.ts';
import { accountsErrors as E } from './messages.ts';
import { passwordProblem } from './password-policy.ts';
import { checkEmail, checkRole, refuse, resolveScope, USERNAME, type Scope } from './people-checks.ts';
import { inReach, requireManager } from './people-reach.ts';
import { people, personOf, toPerson, type Person } from './people-read.ts';
import { endAllSessions } from './sessions.ts';
import { forgetApiTokens } from './token-memory.ts';
import { createUser, type Principal, type Role } from './users.ts';

/**
 * People administered in the browser and the API (issue 19), one set of rules for both: an administrator manages
 * every account; an official manages the accounts inside their own unit's subtree only — never one above it, never
 * an administrator, never granting a role above their own. Every refusal names its field; every change is audited.
 * This file writes (create, update); reading is people-read.ts, reach people-reach.ts, checks people-checks.ts,
 * passwords password-changes.ts.
 */

/** What a form or the API sends: unit and institution by code. */
export interface PersonInput {
  username?: string;
  password?: string;
  name?: string;
  role?: string;
  unit?: string | null;
  institution?: string | null;
  /** Where a reset link is mailed; empty or null: none. */
  email?: string | null;
}

export interface PersonChange {
  name?: string;
  /** undefined: kept; null or empty: none. */
  email?: string | null;
  role?: string;
  /** undefined: kept; null: none; a code: that unit. */
  unit?: string | null;
  institution?: string | null;
  disabled?: boolean;
}

/** Creates an account inside the person's reach; refused whole (422, each problem at its field) otherwise. */
export async function createPerson(db: DB, by: Principal, input: PersonInput): Promise<Person> {
  requireManager(by);
  const problems: Problem[] = [];
  const username = (input.username ?? '').trim().toLowerCase();
  const name = (input.name ?? '').trim();
  if (!USERNAME.test(username)) problems.push({ said: E.usernameForm(), field: 'username' });
  else if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())
    problems.push({ said: E.usernameTaken({ username }), field: 'username' });
  if (name === '') problems.push({ said: E.nameRequired(), field: 'name' });
  const email = checkEmail(input.email, problems);
  const role = checkRole(by, input.role, problems);
  const scope = role ? await resolveScope(db, by, role, input.unit, input.institution, problems) : undefined;
  const weak = passwordProblem(input.password ?? '', username);
  if (weak) problems.push({ said: weak, field: 'password' });
  if (problems.length > 0 || !role || !scope) throw refuse(problems);
  await inTransaction(db, (trx) =>
    createUser(
      trx,
      { username, password: input.password ?? '', displayName: name, role, unitId: scope.unitId, institutionId: scope.institutionId, email },
      by.userId,
    ),
  );
  return (await personOf(db, username))!;
}

/** Changes an account's name, role, scope or whether it is disabled; disabling ends its sessions at once. */
export async function updatePerson(db: DB, by: Principal, username: string, change: PersonChange): Promise<Person> {
  requireManager(by);
  const r = await people(db).where('u.username', '=', username).executeTakeFirst();
  if (!r) throw new UserError(E.noSuchUser({ username }), 404);
  if (!(await inReach(db, by, r))) throw new UserError(E.userOutside({ username }), 403);
  const touchesAccess = change.role !== undefined || change.unit !== undefined || change.institution !== undefined || change.disabled !== undefined;
  if (touchesAccess && by.userId !== null && by.userId === r.id) throw new UserError(E.notYourself(), 403);
  const problems: Problem[] = [];
  const name = change.name === undefined ? r.display_name : change.name.trim();
  if (name === '') problems.push({ said: E.nameRequired(), field: 'name' });
  const email = change.email === undefined ? r.email : checkEmail(change.email, problems);
  const role = change.role === undefined || change.role === r.role ? (r.role as Role) : checkRole(by, change.role, problems);
  const scopeChanged = change.unit !== undefined || change.institution !== undefined || role !== r.role;
  let scope: Scope = { unitId: r.unit_id, institutionId: r.institution_id, unitCode: r.unitCode, institutionCode: r.instCode };
  if (role && scopeChanged) {
    const unit = change.unit === undefined ? r.unitCode : change.unit;
    const institution = change.institution === undefined ? r.instCode : change.institution;
    scope = await resolveScope(db, by, role, unit, institution, problems);
  }
  if (problems.length > 0 || !role) throw refuse(problems);
  const disabledAt = change.disabled === undefined ? r.disabled_at : change.disabled ? (r.disabled_at ?? nowIso()) : null;
  const before = { name: r.display_name, email: r.email, role: r.role, unit: r.unitCode, institution: r.instCode, disabled: r.disabled_at !== null };
  const after = { name, email, role, unit: scope.unitCode, institution: scope.institutionCode, disabled: disabledAt !== null };
  const changed = (Object.keys(before) as (keyof typeof before)[]).filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return toPerson(r);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ display_name: name, email, role, unit_id: scope.unitId, institution_id: scope.institutionId, disabled_at: disabledAt })
      .where('id', '=', r.id)
      .execute();
    if (disabledAt !== null) await endAllSessions(trx, r.id);
    await audit(trx, {
      userId: by.userId,
      action: 'update',
      entity: 'user',
      key: r.username,
      oldValue: Object.fromEntries(changed.map((k) => [k, before[k]])),
      newValue: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
  });
  forgetApiTokens(); // committed: the account's tokens are read again with its new role, scope or state
  return (await personOf(db, r.username))!;
}
