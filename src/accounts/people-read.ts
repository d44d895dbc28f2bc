import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { fold } from '../core/text/vietnamese.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { accountsErrors as E } from './messages.ts';
import { inReach, requireManager, subtreeInstitutions, subtreeUnits } from './people-reach.ts';
import type { Principal, Role } from './users.ts';

/** The accounts a person manages, read: listed by name within a subtree, or one by its username. */

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

/** At most this many accounts are listed at once. */
export const PEOPLE_LISTED = 200;

export type Row = {
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

/** The accounts with their unit and institution (code and name), to be narrowed. */
export function people(db: DB) {
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

export const toPerson = (r: Row): Person => ({
  username: r.username,
  name: r.display_name,
  role: r.role as Role,
  unit: r.unitCode ? { code: r.unitCode, name: r.unitName ?? r.unitShort ?? r.unitCode } : null,
  institution: r.instCode ? { code: r.instCode, name: r.instName ?? r.instCode } : null,
  disabled: r.disabled_at !== null,
  createdAt: r.created_at,
  email: r.email,
});

export async function personOf(db: DB, username: string): Promise<Person | undefined> {
  const r = await people(db).where('u.username', '=', username).executeTakeFirst();
  return r ? toPerson(r) : undefined;
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
