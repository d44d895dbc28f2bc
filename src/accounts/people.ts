import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { hashPassword, verifyPassword } from '../core/auth/password.ts';
import { randomToken, sha256 } from '../core/auth/tokens.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { fold } from '../core/text/vietnamese.ts';
import { nowIso } from '../core/time.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { accountsErrors as E, roleNames } from './messages.ts';
import { passwordProblem } from './password-policy.ts';
import { endAllSessions } from './sessions.ts';
import { createUser, ROLES, type Principal, type Role } from './users.ts';

/**
 * People administered in the browser and the API (issue 19), one set of rules for both: an administrator manages
 * every account; an official manages the accounts inside their own unit's subtree only — never one above it, never
 * an administrator, never granting a role above their own. Every refusal names its field; every change is audited.
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

export interface Person {
  username: string;
  name: string;
  role: Role;
  unit: { code: string; name: string } | null;
  institution: { code: string; name: string } | null;
  disabled: boolean;
  createdAt: string;
  email: string | null;
}

/** Where a reset link leads: the page that sets a new password with it (accounts/password-pages.tsx). */
export const resetPath = (token: string) => `/dat-lai-mat-khau/${encodeURIComponent(token)}`;

/** How long a password reset link opens the reset page. */
export const RESET_HOURS = 24;
/** At most this many accounts are listed at once. */
export const PEOPLE_LISTED = 200;

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

const USERNAME = /^[a-z0-9._-]{3,40}$/;
/** An address a mail server takes: something@domain.tld, no spaces (the server says the rest). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail typed: null when empty, a problem at `email` when it is no address. */
function checkEmail(typed: string | null | undefined, problems: Problem[]): string | null {
  const t = (typed ?? '').trim();
  if (t === '') return null;
  if (t.length > 254 || !EMAIL.test(t)) problems.push({ said: E.emailForm({ email: t }), field: 'email' });
  return t;
}

interface Scope {
  unitId: number | null;
  institutionId: number | null;
  unitCode: string | null;
  institutionCode: string | null;
}

/** The unit and institution named by code, each checked against the person's subtree; problems, not throws. */
async function resolveScope(
  db: DB,
  by: Principal,
  role: Role,
  unit: string | null | undefined,
  institution: string | null | undefined,
  problems: Problem[],
): Promise<Scope> {
  const scope: Scope = { unitId: null, institutionId: null, unitCode: null, institutionCode: null };
  const unitCode = unit?.trim() || null;
  const instCode = institution?.trim() || null;
  if (unitCode && role !== 'staff' && role !== 'admin') {
    const u = await findUnit(db, unitCode);
    if (!u) problems.push({ said: E.unknownUnit({ unit: unitCode }), field: 'unit' });
    else if (by.role !== 'admin' && !(by.unitId !== null && (await isWithin(db, by.unitId, u.id))))
      problems.push({ said: E.unitOutside({ unit: u.fullName ?? u.name }), field: 'unit' });
    else Object.assign(scope, { unitId: u.id, unitCode: u.code });
  }
  if (instCode && role === 'staff') {
    const i = await findInstitution(db, instCode);
    if (!i) problems.push({ said: E.unknownInstitution({ institution: instCode }), field: 'institution' });
    else if (by.role !== 'admin' && !(by.unitId !== null && (await isWithin(db, by.unitId, i.unitId))))
      problems.push({ said: E.institutionOutside({ institution: i.name }), field: 'institution' });
    else Object.assign(scope, { institutionId: i.id, institutionCode: i.code });
  }
  const hasProblem = (field: string) => problems.some((p) => p.field === field);
  if ((role === 'official' || role === 'viewer') && scope.unitId === null && !hasProblem('unit'))
    problems.push({ said: E.scopeRequired({ what: 'đơn vị', whatEn: 'a unit' }), field: 'unit' });
  if (role === 'staff' && scope.institutionId === null && !hasProblem('institution'))
    problems.push({ said: E.scopeRequired({ what: 'cơ sở', whatEn: 'an institution' }), field: 'institution' });
  return scope;
}

/** The role sent, checked: one that exists and that the person may grant. */
function checkRole(by: Principal, role: string | undefined, problems: Problem[]): Role | undefined {
  if (!role || !(ROLES as readonly string[]).includes(role)) {
    problems.push({ said: E.unknownRole(), field: 'role' });
    return undefined;
  }
  if (!grantableRoles(by).includes(role as Role)) {
    problems.push({ said: E.roleAbove({ role: roleNames('vi', role) }), field: 'role' });
    return undefined;
  }
  return role as Role;
}

const refuse = (problems: Problem[]) => new UserError(E.notSaved(), 422, problems);

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

type Row = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  unit_id: number | null;
  institution_id: number | null;
  disabled_at: string | null;
  created_at: string;
  email: string | null;
  unitCode: string | null;
  unitName: string | null;
  unitShort: string | null;
  instCode: string | null;
  instName: string | null;
};

function people(db: DB) {
  return db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.unit_id',
      'u.institution_id',
      'u.disabled_at',
      'u.created_at',
      'u.email',
      'un.code as unitCode',
      'un.full_name as unitName',
      'un.name as unitShort',
      'i.code as instCode',
      'i.name as instName',
    ]);
}

const toPerson = (r: Row): Person => ({
  username: r.username,
  name: r.display_name,
  role: r.role as Role,
  unit: r.unitCode ? { code: r.unitCode, name: r.unitName ?? r.unitShort ?? r.unitCode } : null,
  institution: r.instCode ? { code: r.instCode, name: r.instName ?? r.instCode } : null,
  disabled: r.disabled_at !== null,
  createdAt: r.created_at,
  email: r.email,
});

async function personOf(db: DB, username: string): Promise<Person | undefined> {
  const r = await people(db).where('u.username', '=', username).executeTakeFirst();
  return r ? toPerson(r) : undefined;
}

/** The units of a subtree, and the institutions that belong to one of them now. */
function subtreeUnits(db: DB, unitId: number) {
  return db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId);
}
function subtreeInstitutions(db: DB, unitId: number) {
  return db.selectFrom('institution_units').select('institution_id').where('valid_to', 'is', null).where('unit_id', 'in', subtreeUnits(db, unitId));
}

/** Whether the account lies within the person's reach: an administrator's everything; an official's subtree, no admin. */
async function inReach(db: DB, by: Principal, r: Pick<Row, 'role' | 'unit_id' | 'institution_id'>): Promise<boolean> {
  if (by.role === 'admin') return true;
  if (by.role !== 'official' || by.unitId === null || r.role === 'admin') return false;
  if (r.unit_id !== null && (await isWithin(db, by.unitId, r.unit_id))) return true;
  if (r.institution_id !== null) {
    const hit = await subtreeInstitutions(db, by.unitId).where('institution_id', '=', r.institution_id).executeTakeFirst();
    return hit !== undefined;
  }
  return false;
}

/**
 * The accounts a person manages, by name: within a unit's subtree when one is given (inside the person's own), and
 * whose name or username holds the search without diacritics or case. At most {@link PEOPLE_LISTED}; `total` counts all.
 */
export async function listPeople(db: DB, by: Principal, opts: { unit?: string; q?: string } = {}): Promise<{ people: Person[]; total: number }> {
  requireManager(by);
  let root = by.role === 'admin' ? null : by.unitId;
  if (opts.unit) {
    const u = await findUnit(db, opts.unit);
    if (!u) throw new UserError(E.unknownUnit({ unit: opts.unit }), 404, [{ said: E.unknownUnit({ unit: opts.unit }), field: 'unit' }]);
    if (root !== null && !(await isWithin(db, root, u.id))) throw new UserError(E.unitOutside({ unit: u.fullName ?? u.name }), 403);
    root = u.id;
  }
  let q = people(db);
  if (root !== null) {
    const top = root;
    q = q.where((eb) => eb.or([eb('u.unit_id', 'in', subtreeUnits(db, top)), eb('u.institution_id', 'in', subtreeInstitutions(db, top))]));
  }
  if (by.role !== 'admin') q = q.where('u.role', '!=', 'admin');
  const rows = await q.orderBy('u.display_name').orderBy('u.username').execute();
  const wanted = fold(opts.q ?? '').trim();
  const found = wanted === '' ? rows : rows.filter((r) => fold(r.display_name).includes(wanted) || r.username.includes(wanted));
  return { people: found.slice(0, PEOPLE_LISTED).map(toPerson), total: found.length };
}

/** One account the person manages (404 when there is none, 403 when it is out of reach). */
export async function personFor(db: DB, by: Principal, username: string): Promise<Person> {
  requireManager(by);
  const r = await people(db).where('u.username', '=', username).executeTakeFirst();
  if (!r) throw new UserError(E.noSuchUser({ username }), 404);
  if (!(await inReach(db, by, r))) throw new UserError(E.userOutside({ username }), 403);
  return toPerson(r);
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
  return (await personOf(db, r.username))!;
}

/**
 * A one-time link to set a new password, for an account in the person's reach: the token is shown once (to the
 * person, who hands it over) and only its hash kept; an earlier unused link of the account stops working.
 */
export async function issuePasswordReset(
  db: DB,
  by: Principal,
  username: string,
  opts: { mailing?: boolean } = {},
): Promise<{ token: string; expiresAt: string; email: string | null }> {
  requireManager(by);
  const r = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'unit_id', 'institution_id', 'email'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!r) throw new UserError(E.noSuchUser({ username }), 404);
  if (!(await inReach(db, by, r))) throw new UserError(E.userOutside({ username }), 403);
  const token = randomToken();
  const now = Date.now();
  const expiresAt = nowIso(now + RESET_HOURS * 3600_000);
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('password_resets').where('user_id', '=', r.id).where('used_at', 'is', null).execute();
    await trx
      .insertInto('password_resets')
      .values({ token_hash: sha256(token), user_id: r.id, made_by: by.userId, created_at: nowIso(now), expires_at: expiresAt, used_at: null })
      .execute();
    const newValue = opts.mailing && r.email ? { expiresAt, sentTo: r.email } : { expiresAt };
    await audit(trx, { userId: by.userId, action: 'create', entity: 'password_reset', key: r.username, newValue });
  });
  return { token, expiresAt, email: r.email };
}

/** The account a reset link opens, while it is unused, unexpired and the account enabled. */
export async function resetLinkAccount(db: DB, token: string): Promise<{ userId: number; username: string } | undefined> {
  const r = await db
    .selectFrom('password_resets as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.username'])
    .where('p.token_hash', '=', sha256(token))
    .where('p.used_at', 'is', null)
    .where('p.expires_at', '>', nowIso())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? { userId: r.id, username: r.username } : undefined;
}

async function setPassword(trx: DB, userId: number, password: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', userId)
    .execute();
}

/** Sets a new password through a reset link, once; every session of the account ends. */
export async function resetPassword(db: DB, token: string, password: string, confirm: string): Promise<string> {
  const account = await resetLinkAccount(db, token);
  if (!account) throw new UserError(E.resetInvalid(), 404);
  const weak = passwordProblem(password, account.username);
  if (weak) throw new UserError(weak, 422, [{ said: weak, field: 'password' }]);
  if (password !== confirm) throw new UserError(E.passwordsDiffer(), 422, [{ said: E.passwordsDiffer(), field: 'confirm' }]);
  await inTransaction(db, async (trx) => {
    await setPassword(trx, account.userId, password);
    await trx.updateTable('password_resets').set({ used_at: nowIso() }).where('token_hash', '=', sha256(token)).execute();
    await endAllSessions(trx, account.userId);
    await audit(trx, { userId: account.userId, action: 'update', entity: 'user', key: account.username, newValue: { password: 'reset' } });
  });
  return account.username;
}

/**
 * A person changes their own password, knowing the current one; their other sessions end (the one given by
 * `keepSession`, its stored id, stays). Checked against the policy like every password.
 */
export async function changeOwnPassword(
  db: DB,
  who: Principal,
  input: { current: string; password: string; confirm?: string },
  keepSession?: string,
): Promise<void> {
  const u = who.userId === null ? undefined : await db.selectFrom('users').select(['id', 'password_hash']).where('id', '=', who.userId).executeTakeFirst();
  if (!u) throw new UserError(E.noSuchUser({ username: who.username }), 404);
  if (!(await verifyPassword(input.current, u.password_hash))) throw new UserError(E.wrongPassword(), 422, [{ said: E.wrongPassword(), field: 'current' }]);
  const weak = passwordProblem(input.password, who.username);
  if (weak) throw new UserError(weak, 422, [{ said: weak, field: 'password' }]);
  if (input.confirm !== undefined && input.confirm !== input.password)
    throw new UserError(E.passwordsDiffer(), 422, [{ said: E.passwordsDiffer(), field: 'confirm' }]);
  await inTransaction(db, async (trx) => {
    await setPassword(trx, u.id, input.password);
    let q = trx.deleteFrom('sessions').where('user_id', '=', u.id);
    if (keepSession) q = q.where('id', '!=', keepSession);
    await q.execute();
    await audit(trx, { userId: u.id, action: 'update', entity: 'user', key: who.username, newValue: { password: 'changed' } });
  });
}
