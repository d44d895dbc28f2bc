import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { forbidden, UserError, type Problem } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { fold } from '../core/text/vietnamese.ts';
import { todayLocal } from '../core/time.ts';
import { CODE_PATTERN, detailProblems, managesUnit, type InstitutionDetails } from './institution-edits.ts';
import { createInstitution } from './institutions.ts';
import { networkErrors as E } from './messages.ts';
import type { Ownership } from './catalogue.ts';
import { unitById, validOn } from './units.ts';

/** The reads and the creation behind the administration of institutions (`/quan-tri/co-so`). */

export interface InstitutionRow {
  code: string;
  name: string;
  kind: string;
  unitName: string | null;
  closedOn: string | null;
}

/** At most this many institutions are listed by a search. */
export const LISTED = 100;

/**
 * The institutions a person manages whose name holds the typed text (without diacritics or case): an admin's
 * everywhere, an official's those whose last unit lies in their subtree. Each with its last unit and closing day.
 */
export async function searchInstitutions(db: DB, who: Principal, typed: string): Promise<{ rows: InstitutionRow[]; total: number }> {
  if (who.role !== 'admin' && (who.role !== 'official' || who.unitId === null)) return { rows: [], total: 0 };
  // each institution's last membership (the open one, or the one that ended when it closed)
  let q = db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.code', 'i.name', 'i.kind', 'i.closed_on as closedOn', 'u.name as unitName', 'iu.valid_from', 'iu.unit_id'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('institution_units as later')
            .select('later.unit_id')
            .whereRef('later.institution_id', '=', 'i.id')
            .whereRef('later.valid_from', '>', 'iu.valid_from'),
        ),
      ),
    );
  if (who.role === 'official') q = q.where('iu.unit_id', 'in', db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', who.unitId!));
  // every word typed is in the name (or the code), in any order: "thu vien hue" finds "Thư viện tỉnh Thừa Thiên Huế"
  const words = fold(typed).split(' ').filter(Boolean);
  const all = (await q.execute()).filter((r) => {
    const name = `${fold(r.name)} ${fold(r.code)}`;
    return words.every((w) => name.includes(w));
  });
  all.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return {
    total: all.length,
    rows: all.slice(0, LISTED).map((r) => ({ code: r.code, name: r.name, kind: r.kind, unitName: r.unitName, closedOn: r.closedOn })),
  };
}

export interface InstitutionRecord {
  id: number;
  code: string;
  name: string;
  kind: string;
  ownership: string;
  address: string | null;
  contact: string | null;
  openingHours: string | null;
  latitude: number | null;
  longitude: number | null;
  closedOn: string | null;
  /** Its units over time, latest first. */
  history: { unitId: number; unitName: string; from: string; to: string | null }[];
}

/** One institution with its unit history, for a person who manages its last unit (403 otherwise); undefined when unknown. */
export async function institutionRecord(db: DB, who: Principal, code: string): Promise<InstitutionRecord | undefined> {
  const i = await db.selectFrom('institutions').selectAll().where('code', '=', code).executeTakeFirst();
  if (!i) return undefined;
  const history = await db
    .selectFrom('institution_units as iu')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['iu.unit_id as unitId', 'u.name', 'u.full_name', 'iu.valid_from as from', 'iu.valid_to as to'])
    .where('iu.institution_id', '=', i.id)
    .orderBy('iu.valid_from', 'desc')
    .execute();
  if (!history[0] || !(await managesUnit(db, who, history[0].unitId))) throw forbidden();
  return {
    id: i.id,
    code: i.code,
    name: i.name,
    kind: i.kind,
    ownership: i.ownership,
    address: i.address,
    contact: i.contact,
    openingHours: i.opening_hours,
    latitude: i.latitude === null ? null : Number(i.latitude),
    longitude: i.longitude === null ? null : Number(i.longitude),
    closedOn: i.closed_on,
    history: history.map((h) => ({ unitId: h.unitId, unitName: h.full_name ?? h.name, from: h.from, to: h.to })),
  };
}

export interface InstitutionInput extends InstitutionDetails {
  code: string;
  name: string;
  kind: string;
  ownership: string;
  /** The unit chosen (undefined: none found; its problem is among `typedProblems`). */
  unitId?: number;
  /** From when it belongs to the unit (ISO; default today). */
  since?: string;
}

/**
 * Registers an institution from the administration: admins anywhere, officials within their subtree; every problem
 * (code, name, kind, ownership, location, unit, day) found at once and refused together; created and audited whole.
 */
export async function addInstitution(db: DB, who: Principal, input: InstitutionInput, typedProblems: Problem[] = []): Promise<void> {
  if (who.role !== 'admin' && who.role !== 'official') throw forbidden();
  const problems: Problem[] = [];
  if (!CODE_PATTERN.test(input.code)) problems.push({ field: 'code', said: E.codeFormat() });
  else if (await db.selectFrom('institutions').select('id').where('code', '=', input.code).executeTakeFirst())
    problems.push({ field: 'code', said: E.codeTaken() });
  problems.push(...(await detailProblems(db, input)));
  const since = input.since ?? todayLocal();
  problems.push(...typedProblems);
  if (typedProblems.some((p) => p.field === 'unit')) {
    // the unit typed was not found: its problem is among those typed
  } else if (input.unitId !== undefined) {
    const unit = await unitById(db, input.unitId);
    if (!unit) problems.push({ field: 'unit', said: E.unitMissing() });
    else if (!(await managesUnit(db, who, unit.id))) problems.push({ field: 'unit', said: E.unitOutsideScope() });
    else if (!typedProblems.some((p) => p.field === 'since') && !validOn(unit, since))
      problems.push({ field: 'since', said: E.unitNotOnDate({ unit: unit.fullName ?? unit.name, date: formatDate(since) }) });
  } else problems.push({ field: 'unit', said: E.unitMissing() });
  if (problems.length > 0) throw new UserError(E.institutionInvalid(), 422, problems);
  await createInstitution(
    db,
    {
      code: input.code,
      name: input.name.trim(),
      kind: input.kind,
      ownership: input.ownership as Ownership,
      address: input.address?.trim() || null,
      contact: input.contact?.trim() || null,
      openingHours: input.openingHours?.trim() || null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      unitId: input.unitId!,
      since,
    },
    who.userId,
  );
}
