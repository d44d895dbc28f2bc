import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Database } from '../core/db/schema.ts';
import type { Principal } from '../core/auth/principal.ts';
import { UserError } from '../core/errors.ts';
import { fold } from '../core/text/vietnamese.ts';
import { addDays, startOfLocalDay } from '../core/time.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { adminErrors as E } from './messages.ts';

/**
 * Reading the audit log (issue 19): who changed what and when, newest first, paged. An administrator reads all of
 * it; an official the part of their subtree: what its people did (accounts of its units and of the institutions
 * that belong to them now), what was done to those accounts, and to its units and institutions. Filtered by person
 * (username), unit or institution (by code, within the reader's subtree), table and local dates.
 */

export interface AuditFilter {
  /** A username. */
  user?: string;
  unit?: string;
  institution?: string;
  /** The log's `entity`. */
  table?: string;
  /** Local dates, ISO, both included. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditEntryView {
  id: number;
  at: string;
  user: { username: string; name: string } | null;
  action: string;
  table: string;
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

export const AUDIT_PAGE = 50;
/** At most this many entries go in one CSV. */
export const AUDIT_EXPORT_MAX = 50_000;

/** Refuses (403) unless the person reads the audit: an administrator, or an official with a unit. */
export function requireAuditReader(by: Principal): void {
  if (by.role === 'admin' || (by.role === 'official' && by.unitId !== null)) return;
  throw new UserError(E.notAllowed(), 403);
}

type EB = ExpressionBuilder<Database & { a: Database['audit_log'] }, 'a'>;

/** The entries of a unit's subtree: its people's doings, and what was done to its accounts, units and institutions. */
function inUnit(db: DB, eb: EB, unitId: number) {
  const units = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId);
  const institutions = db.selectFrom('institution_units').select('institution_id').where('valid_to', 'is', null).where('unit_id', 'in', units);
  const people = db
    .selectFrom('users')
    .select('id')
    .where((w) => w.or([w('unit_id', 'in', units), w('institution_id', 'in', institutions)]));
  const usernames = db
    .selectFrom('users')
    .select('username')
    .where((w) => w.or([w('unit_id', 'in', units), w('institution_id', 'in', institutions)]));
  return eb.or([
    eb('a.user_id', 'in', people),
    eb.and([eb('a.entity', 'in', ['user', 'password_reset', 'api_token']), eb('a.entity_key', 'in', usernames)]),
    eb.and([eb('a.entity', '=', 'unit'), eb('a.entity_key', 'in', db.selectFrom('units').select('code').where('id', 'in', units))]),
    eb.and([eb('a.entity', '=', 'institution'), eb('a.entity_key', 'in', db.selectFrom('institutions').select('code').where('id', 'in', institutions))]),
  ]);
}

/** Kinds whose key is the institution's code. */
const KEYED_BY_CODE = ['institution', 'institution_unit', 'institution_closure'];
/** Kinds whose key is the institution's id, alone or before `:` (a loan rule, an attribute, its evidence, a day's visits). */
const KEYED_BY_ID = ['institution_unit', 'institution_attribute', 'attribute_evidence', 'lib_loan_rule', 'museum_visits'];

/** The entries of one institution: its staff's doings, what was done to their accounts and to the institution. */
function inInstitution(db: DB, eb: EB, institution: { id: number; code: string }) {
  const staff = db.selectFrom('users').select('id').where('institution_id', '=', institution.id);
  const usernames = db.selectFrom('users').select('username').where('institution_id', '=', institution.id);
  return eb.or([
    eb('a.user_id', 'in', staff),
    eb.and([eb('a.entity', 'in', ['user', 'password_reset', 'api_token']), eb('a.entity_key', 'in', usernames)]),
    eb.and([eb('a.entity', 'in', KEYED_BY_CODE), eb('a.entity_key', '=', institution.code)]),
    eb('a.entity_key', 'like', `${institution.code}:%`),
    eb.and([eb('a.entity', 'in', KEYED_BY_ID), eb.or([eb('a.entity_key', '=', String(institution.id)), eb('a.entity_key', 'like', `${institution.id}:%`)])]),
  ]);
}

/** The filtered query's conditions, every check of the reader's reach made first. */
async function filtered(db: DB, by: Principal, f: AuditFilter) {
  requireAuditReader(by);
  const own = by.role === 'admin' ? null : by.unitId;
  let unitId: number | null = own;
  let institution: { id: number; code: string } | undefined;
  if (f.unit) {
    const u = await findUnit(db, f.unit);
    if (!u) throw new UserError(E.unknownPlace({ name: f.unit }), 404, [{ said: E.unknownPlace({ name: f.unit }), field: 'unit' }]);
    if (own !== null && !(await isWithin(db, own, u.id))) throw new UserError(E.outside({ name: u.fullName ?? u.name }), 403);
    unitId = u.id;
  }
  if (f.institution) {
    const i = await findInstitution(db, f.institution);
    if (!i) throw new UserError(E.unknownPlace({ name: f.institution }), 404, [{ said: E.unknownPlace({ name: f.institution }), field: 'institution' }]);
    if (own !== null && !(await isWithin(db, own, i.unitId))) throw new UserError(E.outside({ name: i.name }), 403);
    institution = { id: i.id, code: i.code };
  }
  if (f.from && f.to && f.from > f.to) throw new UserError(E.fromAfterTo(), 422, [{ said: E.fromAfterTo(), field: 'from' }]);
  let userId: number | undefined;
  if (f.user) {
    const u = await db.selectFrom('users').select('id').where('username', '=', f.user).executeTakeFirst();
    if (!u) throw new UserError(E.unknownPerson({ name: f.user }), 404, [{ said: E.unknownPerson({ name: f.user }), field: 'user' }]);
    userId = u.id;
  }
  return (eb: EB) => {
    const all = [];
    if (unitId !== null) all.push(inUnit(db, eb, unitId));
    if (institution) all.push(inInstitution(db, eb, institution));
    if (userId !== undefined) all.push(eb('a.user_id', '=', userId));
    if (f.table) all.push(eb('a.entity', '=', f.table));
    if (f.from) all.push(eb('a.at', '>=', startOfLocalDay(f.from)));
    if (f.to) all.push(eb('a.at', '<', startOfLocalDay(addDays(f.to, 1))));
    return eb.and(all);
  };
}

/** A stored value as it was given: JSON when it is, else the text. */
function parsed(v: string | null): unknown {
  if (v === null) return null;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function entries(db: DB) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'a.action', 'a.entity', 'a.entity_key', 'a.old_value', 'a.new_value', 'u.username', 'u.display_name']);
}

type Row = {
  id: number;
  at: string;
  action: string;
  entity: string;
  entity_key: string;
  old_value: string | null;
  new_value: string | null;
  username: string | null;
  display_name: string | null;
};

const toView = (r: Row): AuditEntryView => ({
  id: r.id,
  at: r.at,
  user: r.username ? { username: r.username, name: r.display_name ?? r.username } : null,
  action: r.action,
  table: r.entity,
  key: r.entity_key,
  oldValue: parsed(r.old_value),
  newValue: parsed(r.new_value),
});

/** One page of the entries the person may read, newest first, with how many there are in all. */
export async function readAudit(db: DB, by: Principal, f: AuditFilter): Promise<{ entries: AuditEntryView[]; total: number; page: number; pages: number }> {
  const where = await filtered(db, by, f);
  const size = f.pageSize ?? AUDIT_PAGE;
  const counted = await db
    .selectFrom('audit_log as a')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, f.page ?? 1), pages);
  const rows = await entries(db)
    .where(where)
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(size)
    .offset((page - 1) * size)
    .execute();
  return { entries: rows.map(toView), total, page, pages };
}

/** Every entry of the filter (at most {@link AUDIT_EXPORT_MAX}), newest first: the CSV export. */
export async function exportAudit(db: DB, by: Principal, f: AuditFilter): Promise<AuditEntryView[]> {
  const where = await filtered(db, by, f);
  const rows = await entries(db).where(where).orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(AUDIT_EXPORT_MAX).execute();
  return rows.map(toView);
}

/** The tables the log holds entries of (for the filter's choices). */
export async function auditedTables(db: DB): Promise<string[]> {
  return (await db.selectFrom('audit_log').select('entity').distinct().orderBy('entity').execute()).map((r) => r.entity);
}

/** The people a reader may filter by, by name: every account for an admin; the subtree's for an official. */
export async function auditPeople(db: DB, by: Principal): Promise<{ username: string; name: string }[]> {
  requireAuditReader(by);
  let q = db.selectFrom('users').select(['username', 'display_name']);
  if (by.role !== 'admin' && by.unitId !== null) {
    const units = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', by.unitId);
    const institutions = db.selectFrom('institution_units').select('institution_id').where('valid_to', 'is', null).where('unit_id', 'in', units);
    q = q.where((w) => w.or([w('unit_id', 'in', units), w('institution_id', 'in', institutions)]));
  }
  return (await q.orderBy('display_name').execute()).map((r) => ({ username: r.username, name: r.display_name }));
}

/** The account a typed name or username names among the given ones (without diacritics), if exactly one. */
export function findPerson<P extends { username: string; name: string }>(list: P[], typed: string): P | undefined {
  const t = fold(typed).trim();
  if (t === '') return undefined;
  const exact = list.filter((p) => p.username === t || fold(p.name) === t || fold(`${p.name} (${p.username})`) === t);
  if (exact.length === 1) return exact[0];
  const some = list.filter((p) => fold(p.name).includes(t) || p.username.includes(t));
  return some.length === 1 ? some[0] : undefined;
}
