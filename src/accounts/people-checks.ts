import type { DB } from '../core/db/database.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { accountsErrors as E, roleNames } from './messages.ts';
import { grantableRoles } from './people-reach.ts';
import { ROLES, type Principal, type Role } from './users.ts';

/** What an account's form or API body holds, checked: username, e-mail, role, unit and institution; problems at their fields. */

export const USERNAME = /^[a-z0-9._-]{3,40}$/;
/** An address a mail server takes: something@domain.tld, no spaces (the server says the rest). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail typed: null when empty, a problem at `email` when it is no address. */
export function checkEmail(typed: string | null | undefined, problems: Problem[]): string | null {
  const t = (typed ?? '').trim();
  if (t === '') return null;
  if (t.length > 254 || !EMAIL.test(t)) problems.push({ said: E.emailForm({ email: t }), field: 'email' });
  return t;
}

export interface Scope {
  unitId: number | null;
  institutionId: number | null;
  unitCode: string | null;
  institutionCode: string | null;
}

/** The unit and institution named by code, each checked against the person's subtree; problems, not throws. */
export async function resolveScope(
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
export function checkRole(by: Principal, role: string | undefined, problems: Problem[]): Role | undefined {
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

/** The refusal of a form whose problems were collected: 422, each at its field. */
export const refuse = (problems: Problem[]) => new UserError(E.notSaved(), 422, problems);
