import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, formatMonth } from '../core/i18n/format.ts';
import { addDays, todayLocal } from '../core/time.ts';
import { networkErrors } from './messages.ts';
import { isWithin } from './units.ts';

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

/**
 * A period a write is for: a year (2024 or '2024'), a month ('2024-05') or a day ('2026-03-14'). Desk work,
 * events and clubs happen today; values and status attributes are for their period.
 */
export type WritePeriod = number | string;

/** The first and last day of a period. */
export function periodSpan(period: WritePeriod): { start: string; end: string } {
  const p = String(period);
  if (/^\d{4}$/.test(p)) return { start: `${p}-01-01`, end: `${p}-12-31` };
  if (/^\d{4}-\d{2}$/.test(p)) {
    const [y, m] = [Number(p.slice(0, 4)), Number(p.slice(5))];
    return { start: `${p}-01`, end: addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1) };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(p)) return { start: p, end: p };
  throw new Error(`Not a period: ${p}`);
}

/** The unit an institution belongs to during a period: the latest membership overlapping it (as values count). */
export async function unitDuring(db: DB, institutionId: number, period: WritePeriod): Promise<number | undefined> {
  const { start, end } = periodSpan(period);
  const r = await db
    .selectFrom('institution_units')
    .select('unit_id')
    .where('institution_id', '=', institutionId)
    .where('valid_from', '<=', end)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', start)]))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.unit_id;
}

/** Whether an official's own unit is in force at some time of the period (a dissolved commune's official writes only its past). */
async function unitInForce(db: DB, unitId: number, start: string, end: string): Promise<boolean> {
  const u = await db.selectFrom('units').select(['valid_from', 'valid_to']).where('id', '=', unitId).executeTakeFirst();
  return u !== undefined && (u.valid_from === null || u.valid_from <= end) && (u.valid_to === null || u.valid_to >= start);
}

/**
 * THE write check: whether a person may write an institution's data for a period (default: today). Every
 * write of an institution's data asks it — the entry form and the value API (through `writableInstitutions`,
 * its bulk form), status attributes, the desk, events, clubs, exhibitions, donations. Admins: always; staff:
 * their own institution; officials: when the unit the institution belongs to in that period (on the dated
 * map) lies in their subtree and their own unit is in force then; viewers and citizens: never.
 */
export async function mayWriteFor(db: DB, p: Principal | undefined, institutionId: number, period: WritePeriod = todayLocal()): Promise<boolean> {
  if (!p || p.role === 'viewer' || p.role === 'citizen') return false;
  if (p.role === 'admin') return true;
  if (p.role === 'staff') return p.institutionId === institutionId;
  if (p.unitId === null) return false;
  const { start, end } = periodSpan(period);
  const unitId = await unitDuring(db, institutionId, period);
  return unitId !== undefined && (await unitInForce(db, p.unitId, start, end)) && (await isWithin(db, p.unitId, unitId));
}

/** Whether the person may write some of the institution's data of a year (some month of it): the entry page's form. */
export async function mayWriteSomeOf(db: DB, p: Principal | undefined, institutionId: number, year: number): Promise<boolean> {
  for (let m = 12; m >= 1; m--) if (await mayWriteFor(db, p, institutionId, `${year}-${String(m).padStart(2, '0')}`)) return true;
  return false;
}

/** The 403 refusal of a write: the institution and the period, in words. */
export function writeRefusal(institution: string, period: WritePeriod = todayLocal()): UserError {
  const p = String(period);
  const [vi, en] = /^\d{4}$/.test(p)
    ? [`năm ${p}`, `year ${p}`]
    : /^\d{4}-\d{2}$/.test(p)
      ? [`tháng ${formatMonth(p)}`, `month ${formatMonth(p)}`]
      : [`ngày ${formatDate(p)}`, formatDate(p)];
  return new UserError(networkErrors.notWritable({ institution, periodVi: vi, periodEn: en }), 403);
}

/** Refuses (403) unless the person may write the institution's data for the period (`mayWriteFor`). */
export async function requireWriteFor(
  db: DB,
  p: Principal | undefined,
  institution: { id: number; name: string },
  period: WritePeriod = todayLocal(),
): Promise<void> {
  if (!(await mayWriteFor(db, p, institution.id, period))) throw writeRefusal(institution.name, period);
}

/**
 * `mayWriteFor`'s bulk form, for batches of values (files, the API, the form's cells), loaded once — the same
 * rule, given the unit each value's period resolves to (resolve.ts, which also refuses a period outside that
 * unit's validity, so a dissolved unit's subtree answers only for its own time).
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
