import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { forbidden, notFound, UserError, type Problem } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { addDays } from '../core/time.ts';
import { canReadUnit } from './access.ts';
import { KINDS, OWNERSHIPS, type Ownership } from './catalogue.ts';
import { recounting } from './counts.ts';
import { checkYearInputsOf, movedInstitution } from './institutions.ts';
import { networkErrors as E } from './messages.ts';
import { unitById, validOn } from './units.ts';

/**
 * Changes to a registered institution from the administration (`/quan-tri/co-so`, `PATCH /api/v1/institutions/{code}`):
 * its details, a move to another unit from a day (the membership before ends the day before: history stays) and its
 * closing from a day. Admins everywhere, officials within their subtree (the institution's unit and the unit it moves
 * to). Every problem is found first, each at its field; then one transaction writes, recounts and audits it all.
 */

export interface InstitutionDetails {
  name?: string;
  kind?: string;
  ownership?: string;
  address?: string | null;
  contact?: string | null;
  openingHours?: string | null;
  /** NaN: typed but not a number (refused at its field). */
  latitude?: number | null;
  longitude?: number | null;
}

export interface InstitutionChange extends InstitutionDetails {
  /** To another unit from a day (ISO). */
  move?: { unitId: number; from: string };
  /** Closed from a day (ISO): it belongs to no unit from then. */
  close?: { on: string };
}

export const CODE_PATTERN = /^[A-Za-z0-9._-]{2,60}$/;

/** The problems of an institution's details (kinds known to the catalogue or added), each at its field. */
export async function detailProblems(db: DB, d: InstitutionDetails): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (d.name !== undefined && (d.name.trim().length < 3 || d.name.length > 300)) problems.push({ field: 'name', said: E.nameLength() });
  if (d.kind !== undefined && !KINDS.some((k) => k.code === d.kind)) {
    const custom = await db.selectFrom('institution_kinds').select('code').where('code', '=', d.kind).executeTakeFirst();
    if (!custom) problems.push({ field: 'kind', said: E.invalidKind() });
  }
  if (d.ownership !== undefined && !OWNERSHIPS.includes(d.ownership as Ownership)) problems.push({ field: 'ownership', said: E.invalid() });
  const outside = (v: number | null | undefined, max: number) => v !== undefined && v !== null && !(Number.isFinite(v) && Math.abs(v) <= max);
  if (outside(d.latitude, 90)) problems.push({ field: 'latitude', said: E.latitudeRange() });
  if (outside(d.longitude, 180)) problems.push({ field: 'longitude', said: E.longitudeRange() });
  return problems;
}

/** The columns of the details given (those not given stay as they are). */
function detailColumns(d: InstitutionDetails) {
  const cols: Record<string, string | number | null> = {};
  if (d.name !== undefined) cols.name = d.name.trim();
  if (d.kind !== undefined) cols.kind = d.kind;
  if (d.ownership !== undefined) cols.ownership = d.ownership;
  if (d.address !== undefined) cols.address = d.address?.trim() || null;
  if (d.contact !== undefined) cols.contact = d.contact?.trim() || null;
  if (d.openingHours !== undefined) cols.opening_hours = d.openingHours?.trim() || null;
  if (d.latitude !== undefined) cols.latitude = d.latitude;
  if (d.longitude !== undefined) cols.longitude = d.longitude;
  return cols;
}

/** Whether a person manages the institutions of a unit: admins, officials of a subtree holding it. */
export async function managesUnit(db: DB, who: Principal, unitId: number): Promise<boolean> {
  return who.role === 'admin' || (who.role === 'official' && (await canReadUnit(db, who, unitId)));
}

/** The values of an institution for periods after a day: how many, and the latest period. */
async function valuesAfter(db: DB, institutionId: number, day: string): Promise<{ n: number; latest: string | null }> {
  const year = Number(day.slice(0, 4));
  const rows = await db.selectFrom('data_values').select('period').where('institution_id', '=', institutionId).where('year', '>=', year).execute();
  // a month after the day's month, or a year after its year (the closing year's own yearly value stays)
  const after = rows.map((r) => r.period).filter((p) => (p.length === 7 ? p > day.slice(0, 7) : Number(p.slice(0, 4)) > year));
  return { n: after.length, latest: after.sort().at(-1) ?? null };
}

/** Changes an institution (by code): details, a move from a day, a closing from a day. Refused whole, with each problem at its field. */
export async function changeInstitution(db: DB, who: Principal, code: string, change: InstitutionChange): Promise<void> {
  const inst = await db.selectFrom('institutions').selectAll().where('code', '=', code).executeTakeFirst();
  if (!inst) throw notFound('cơ sở', 'Institution');
  const memberships = await db
    .selectFrom('institution_units')
    .select(['unit_id', 'valid_from', 'valid_to'])
    .where('institution_id', '=', inst.id)
    .orderBy('valid_from', 'desc')
    .execute();
  const last = memberships[0];
  if (!last || !(await managesUnit(db, who, last.unit_id))) throw forbidden();
  const problems = await detailProblems(db, change);
  const open = last.valid_to === null && inst.closed_on === null;
  if (change.move) {
    const { unitId, from } = change.move;
    const unit = await unitById(db, unitId);
    if (!open) problems.push({ field: 'unit', said: E.closedNoMove() });
    else if (!unit) problems.push({ field: 'unit', said: E.unitMissing() });
    else if (!(await managesUnit(db, who, unit.id))) problems.push({ field: 'unit', said: E.unitOutsideScope() });
    else if (unit.id === last.unit_id) problems.push({ field: 'unit', said: E.sameUnit() });
    else if (!validOn(unit, from)) problems.push({ field: 'from', said: E.unitNotOnDate({ unit: unit.fullName ?? unit.name, date: formatDate(from) }) });
    if (open && from <= last.valid_from) problems.push({ field: 'from', said: E.moveBeforeMembership({ date: formatDate(last.valid_from) }) });
  }
  if (change.close) {
    const { on } = change.close;
    if (!open) problems.push({ field: 'closedOn', said: E.alreadyClosed({ date: formatDate(inst.closed_on ?? last.valid_to ?? on) }) });
    else if (on <= last.valid_from) problems.push({ field: 'closedOn', said: E.closeBeforeMembership({ date: formatDate(last.valid_from) }) });
    else {
      const after = await valuesAfter(db, inst.id, on);
      if (after.n > 0)
        problems.push({ field: 'closedOn', said: E.valuesAfterClosing({ n: after.n, date: formatDate(on), period: periodWords(after.latest!) }) });
    }
  }
  if (problems.length > 0) throw new UserError(E.institutionInvalid(), 422, problems);

  await recounting(db, inst.id, async (trx) => {
    const cols = detailColumns(change);
    const old: Record<string, unknown> = {};
    for (const k of Object.keys(cols)) old[k] = inst[k as keyof typeof inst];
    if (Object.keys(cols).length > 0) {
      await trx.updateTable('institutions').set(cols).where('id', '=', inst.id).execute();
      await audit(trx, { userId: who.userId, action: 'update', entity: 'institution', key: code, oldValue: old, newValue: cols });
    }
    if (change.move) {
      const { unitId, from } = change.move;
      await checkYearInputsOf(trx, inst.id, [last.unit_id, unitId], Number(from.slice(0, 4)));
      await trx
        .updateTable('institution_units')
        .set({ valid_to: addDays(from, -1) })
        .where('institution_id', '=', inst.id)
        .where('valid_to', 'is', null)
        .execute();
      await trx.insertInto('institution_units').values({ institution_id: inst.id, unit_id: unitId, valid_from: from, valid_to: null }).execute();
      await movedInstitution(trx, inst.id, unitId);
      await audit(trx, {
        userId: who.userId,
        action: 'update',
        entity: 'institution_unit',
        key: code,
        oldValue: { unitId: last.unit_id, since: last.valid_from },
        newValue: { unitId, from },
      });
    }
    if (change.close) {
      const { on } = change.close;
      await checkYearInputsOf(trx, inst.id, [last.unit_id], Number(on.slice(0, 4)));
      await trx
        .updateTable('institution_units')
        .set({ valid_to: addDays(on, -1) })
        .where('institution_id', '=', inst.id)
        .where('valid_to', 'is', null)
        .execute();
      await trx.updateTable('institutions').set({ closed_on: on }).where('id', '=', inst.id).execute();
      await audit(trx, {
        userId: who.userId,
        action: 'update',
        entity: 'institution_closure',
        key: code,
        oldValue: { closedOn: null },
        newValue: { closedOn: on },
      });
    }
  });
}

/** A period as people read it: '2025-03' → 03/2025, '2025' → 2025. */
const periodWords = (p: string) => (p.length === 7 ? `${p.slice(5, 7)}/${p.slice(0, 4)}` : p.slice(0, 4));
