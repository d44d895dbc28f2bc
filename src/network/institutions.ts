import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { addDays, nowIso, thisYear } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { ATTRIBUTES, KINDS, OWNERSHIPS, type Ownership } from './catalogue.ts';
import { networkErrors } from './messages.ts';
import { countNewInstitution, recounting } from './counts.ts';
import { unitDuring } from './access.ts';
import { storeEvidenceFile, type EvidenceUpload } from './evidence.ts';

export interface Institution {
  id: number;
  code: string;
  name: string;
  kind: string;
  ownership: string;
  address: string | null;
  /** Code of the unit it belongs to now (or last belonged to). */
  unit: string;
  /** That unit's name, for people. */
  unitName: string;
  unitId: number;
}

export interface NewInstitution {
  code: string;
  name: string;
  kind: string;
  ownership: Ownership;
  address?: string | null;
  contact?: string | null;
  openingHours?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  unitId: number;
  /** From when it belongs to the unit (default: the unit's own start, or 1900-01-01). */
  since?: string;
}

export async function installCatalogue(db: DB): Promise<void> {
  const kinds = new Set((await db.selectFrom('institution_kinds').select('code').execute()).map((r) => r.code));
  const newKinds = KINDS.map((k, i) => ({ code: k.code, sector: k.sector, name_vi: k.vi, name_en: k.en, sort: i })).filter((k) => !kinds.has(k.code));
  if (newKinds.length > 0) await db.insertInto('institution_kinds').values(newKinds).execute();
  const attrs = new Set((await db.selectFrom('attributes').select('code').execute()).map((r) => r.code));
  const newAttrs = ATTRIBUTES.map((a, i) => ({ code: a.code, name_vi: a.vi, name_en: a.en, sort: i })).filter((a) => !attrs.has(a.code));
  if (newAttrs.length > 0) await db.insertInto('attributes').values(newAttrs).execute();
}

/** An input of a year's indicators about to change: the institution, the unit it counts in that year, the year. */
export interface YearInput {
  institutionId: number;
  unitId: number;
  year: number;
  period: string;
}
/**
 * Checks a change to an input of a year's indicators other than values (status attributes) before it is made,
 * in its transaction, and throws to refuse it: statistics registers its approval-lock check (the one values
 * use) in setup.ts, so network knows no lock of reporting's.
 */
export type YearInputCheck = (trx: DB, inputs: YearInput[]) => Promise<void>;
const yearInputChecks = new Set<YearInputCheck>();
export function checkYearInputs(check: YearInputCheck): void {
  yearInputChecks.add(check);
}

/** Runs the checks for an institution counted in these units in every year from `fromYear` to this one (registry changes). */
export async function checkYearInputsOf(trx: DB, institutionId: number, unitIds: number[], fromYear: number): Promise<void> {
  if (yearInputChecks.size === 0) return;
  const inputs: YearInput[] = [];
  for (let year = Math.max(fromYear, 1900); year <= thisYear(); year++)
    for (const unitId of unitIds) inputs.push({ institutionId, unitId, year, period: String(year) });
  for (const check of yearInputChecks) await check(trx, inputs);
}

export async function createInstitution(db: DB, inst: NewInstitution, userId: number | null): Promise<number> {
  if (!KINDS.some((k) => k.code === inst.kind)) {
    const custom = await db.selectFrom('institution_kinds').select('code').where('code', '=', inst.kind).executeTakeFirst();
    if (!custom) throw new UserError(networkErrors.unknownKind({ kind: inst.kind }), 422, [{ said: networkErrors.invalidKind(), field: 'kind' }]);
  }
  if (!OWNERSHIPS.includes(inst.ownership))
    throw new UserError(networkErrors.invalidOwnership({ ownership: inst.ownership }), 422, [{ said: networkErrors.ownerships(), field: 'ownership' }]);
  return inTransaction(db, async (trx) => {
    const unit = await trx.selectFrom('units').select(['id', 'valid_from']).where('id', '=', inst.unitId).executeTakeFirst();
    if (!unit) throw new UserError(networkErrors.noSuchUnit(), 422, [{ said: networkErrors.unitMissing(), field: 'unit' }]);
    const taken = await trx.selectFrom('institutions').select('id').where('code', '=', inst.code).executeTakeFirst();
    if (taken) throw new UserError(networkErrors.institutionCodeTaken({ code: inst.code }), 409, [{ said: networkErrors.codeTaken(), field: 'code' }]);
    const row = await trx
      .insertInto('institutions')
      .values({
        code: inst.code,
        name: inst.name,
        kind: inst.kind,
        ownership: inst.ownership,
        address: inst.address ?? null,
        contact: inst.contact ?? null,
        opening_hours: inst.openingHours ?? null,
        latitude: inst.latitude ?? null,
        longitude: inst.longitude ?? null,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('institution_units')
      .values({ institution_id: row.id, unit_id: inst.unitId, valid_from: inst.since ?? unit.valid_from ?? '1900-01-01', valid_to: null })
      .execute();
    // a registration dated in a locked year would change that year's counts
    await checkYearInputsOf(trx, row.id, [inst.unitId], Number((inst.since ?? unit.valid_from ?? '1900-01-01').slice(0, 4)));
    await countNewInstitution(trx, row.id);
    await audit(trx, { userId, action: 'create', entity: 'institution', key: inst.code, newValue: inst });
    return row.id;
  });
}

/**
 * Rows of modules above this one that keep a copy of their institution's current unit (events/ does, for
 * choosing a place's events by index) register here; each runs inside the move's transaction. The dependency
 * stays one way: network knows no table of theirs.
 */
export type InstitutionMoved = (trx: DB, institutionId: number, unitId: number) => Promise<void>;
const movedListeners = new Set<InstitutionMoved>();
export function onInstitutionMoved(listener: InstitutionMoved): void {
  movedListeners.add(listener);
}

/** Tells the registered listeners that an institution moved (inside the move's transaction). */
export async function movedInstitution(trx: DB, institutionId: number, unitId: number): Promise<void> {
  for (const moved of movedListeners) await moved(trx, institutionId, unitId);
}

/** Moves an institution to another unit from a date (a map reform, a transfer); history stays. */
export async function moveInstitution(db: DB, institutionId: number, unitId: number, from: string, userId: number | null): Promise<void> {
  await recounting(db, institutionId, async (trx) => {
    // the old unit and the new one count it differently from the move's year on: refused in a locked year
    const before = await trx
      .selectFrom('institution_units')
      .select('unit_id')
      .where('institution_id', '=', institutionId)
      .where('valid_to', 'is', null)
      .execute();
    await checkYearInputsOf(trx, institutionId, [...before.map((r) => r.unit_id), unitId], Number(from.slice(0, 4)));
    const dayBefore = addDays(from, -1);
    await trx.updateTable('institution_units').set({ valid_to: dayBefore }).where('institution_id', '=', institutionId).where('valid_to', 'is', null).execute();
    await trx.insertInto('institution_units').values({ institution_id: institutionId, unit_id: unitId, valid_from: from, valid_to: null }).execute();
    await movedInstitution(trx, institutionId, unitId);
    await audit(trx, { userId, action: 'update', entity: 'institution_unit', key: String(institutionId), newValue: { unitId, from } });
  });
}

export interface AttributeValue {
  attribute: string;
  year: number;
  value: boolean;
  evidence: string | null;
  /** A file proving it (checked by `evidenceProblem` before), replacing the one before. */
  file?: EvidenceUpload;
}

/**
 * Sets a yearly status attribute with its evidence; who and when are kept on the row and in the audit log.
 * Refused (409) when the year is locked for the unit the institution counts in (an approved report).
 */
export async function setAttribute(db: DB, institutionId: number, a: AttributeValue, userId: number | null): Promise<void> {
  if (!(await db.selectFrom('attributes').select('code').where('code', '=', a.attribute).executeTakeFirst()))
    throw new UserError(networkErrors.unknownAttribute({ attribute: a.attribute }), 422, [{ said: networkErrors.invalid(), field: 'attribute' }]);
  await recounting(db, institutionId, async (trx) => {
    const unitId = await unitDuring(trx, institutionId, a.year);
    if (unitId !== undefined) for (const check of yearInputChecks) await check(trx, [{ institutionId, unitId, year: a.year, period: String(a.year) }]);
    const old = await trx
      .selectFrom('institution_attributes')
      .select(['value', 'evidence'])
      .where('institution_id', '=', institutionId)
      .where('attribute', '=', a.attribute)
      .where('year', '=', a.year)
      .executeTakeFirst();
    const row = { value: a.value ? 1 : 0, evidence: a.evidence, set_by: userId, set_at: nowIso() };
    await trx
      .insertInto('institution_attributes')
      .values({ institution_id: institutionId, attribute: a.attribute, year: a.year, ...row })
      .onConflict((oc) => oc.columns(['institution_id', 'attribute', 'year']).doUpdateSet(row))
      .execute();
    await audit(trx, {
      userId,
      action: old ? 'update' : 'create',
      entity: 'institution_attribute',
      key: `${institutionId}:${a.attribute}:${a.year}`,
      oldValue: old,
      newValue: { value: a.value, evidence: a.evidence },
    });
    if (a.file) await storeEvidenceFile(trx, { institutionId, attribute: a.attribute, year: a.year }, a.file, userId);
  });
}

export async function attributesOf(db: DB, institutionId: number, year: number) {
  return db
    .selectFrom('attributes as a')
    .leftJoin('institution_attributes as ia', (j) =>
      j.onRef('ia.attribute', '=', 'a.code').on('ia.institution_id', '=', institutionId).on('ia.year', '=', year),
    )
    .leftJoin('users as u', 'u.id', 'ia.set_by')
    .select(['a.code', 'a.name_vi', 'a.name_en', 'ia.value', 'ia.evidence', 'ia.set_at', 'u.display_name as set_by'])
    .orderBy('a.sort')
    .execute();
}

/**
 * Institutions whose unit lies in the subtree of `unitId`, optionally of one kind: their
 * current unit, or with `asOf` (ISO date) the unit they belonged to then.
 */
export async function institutionsIn(
  db: DB,
  unitId: number,
  opts: { kind?: string; limit?: number; offset?: number; asOf?: string } = {},
): Promise<Institution[]> {
  const asOf = opts.asOf;
  let q = db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', (j) =>
      asOf === undefined
        ? j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null)
        : j
            .onRef('iu.institution_id', '=', 'i.id')
            .on('iu.valid_from', '<=', asOf)
            .on((eb) => eb.or([eb('iu.valid_to', 'is', null), eb('iu.valid_to', '>=', asOf)])),
    )
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
    .select(['i.id', 'i.code', 'i.name', 'i.kind', 'i.ownership', 'i.address', 'u.code as unit', 'u.name as unitName', 'u.id as unitId'])
    .where('c.ancestor_id', '=', unitId);
  if (opts.kind) q = q.where('i.kind', '=', opts.kind);
  return q
    .orderBy('i.kind')
    .orderBy('i.name')
    .limit(opts.limit ?? 1000)
    .offset(opts.offset ?? 0)
    .execute();
}

/** The unit an institution belongs to now, or null when it belongs to none. */
export async function unitOfInstitution(db: DB, institutionId: number): Promise<number | null> {
  const r = await db
    .selectFrom('institution_units')
    .select('unit_id')
    .where('institution_id', '=', institutionId)
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  return r?.unit_id ?? null;
}

/** An institution by its code typed in any case (`tv-vyda` finds `TV-VYDA`). */
export async function findInstitutionAnyCase(db: DB, code: string): Promise<Institution | undefined> {
  const exact = await findInstitution(db, code);
  if (exact) return exact;
  const row = await db.selectFrom('institutions').select('code').where(sql`upper(code)`, '=', code.toUpperCase()).executeTakeFirst();
  return row ? findInstitution(db, row.code) : undefined;
}

export async function findInstitution(db: DB, code: string): Promise<Institution | undefined> {
  return db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.id', 'i.code', 'i.name', 'i.kind', 'i.ownership', 'i.address', 'u.code as unit', 'u.name as unitName', 'u.id as unitId'])
    .where('i.code', '=', code)
    .orderBy('iu.valid_from', 'desc')
    .executeTakeFirst();
}

/** Every kind of institution (built-in or added) by code, with its name in both languages. */
export async function kindNames(db: DB): Promise<Map<string, { vi: string; en: string }>> {
  const rows = await db.selectFrom('institution_kinds').select(['code', 'name_vi', 'name_en']).execute();
  return new Map(rows.map((r) => [r.code, { vi: r.name_vi, en: r.name_en }]));
}

/** Number of institutions per kind in a subtree, for the unit pages. */
export async function kindCounts(db: DB, unitId: number): Promise<{ kind: string; n: number }[]> {
  const r = await sql<{ kind: string; n: number }>`
    SELECT i.kind, COUNT(*) AS n FROM institutions i
    JOIN institution_units iu ON iu.institution_id = i.id AND iu.valid_to IS NULL
    JOIN unit_closure c ON c.descendant_id = iu.unit_id WHERE c.ancestor_id = ${unitId} GROUP BY i.kind`.execute(db);
  return r.rows.map((x) => ({ kind: x.kind, n: Number(x.n) }));
}

/** The institutions that belong to these units now (an open membership), by name: what an ended unit still holds. */
export async function institutionsAt(db: DB, unitIds: number[]): Promise<{ id: number; code: string; name: string; kind: string; unitId: number }[]> {
  const out: { id: number; code: string; name: string; kind: string; unitId: number }[] = [];
  for (let i = 0; i < unitIds.length; i += 1000)
    out.push(
      ...(await db
        .selectFrom('institution_units as iu')
        .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
        .select(['i.id', 'i.code', 'i.name', 'i.kind', 'iu.unit_id as unitId'])
        .where('iu.valid_to', 'is', null)
        .where('iu.unit_id', 'in', unitIds.slice(i, i + 1000))
        .orderBy('i.name')
        .execute()),
    );
  return out;
}

/** The institutions that left these units for another one (a map reform, a transfer): where each belongs now, and since when. */
export async function institutionsMovedFrom(
  db: DB,
  unitIds: number[],
): Promise<{ id: number; code: string; name: string; fromUnitId: number; unitId: number; unitName: string; since: string }[]> {
  if (unitIds.length === 0) return [];
  const out: { id: number; code: string; name: string; fromUnitId: number; unitId: number; unitName: string; since: string }[] = [];
  for (let i = 0; i < unitIds.length; i += 1000)
    out.push(
      ...(await db
        .selectFrom('institution_units as old')
        .innerJoin('institution_units as now', (j) => j.onRef('now.institution_id', '=', 'old.institution_id').on('now.valid_to', 'is', null))
        .innerJoin('institutions as i', 'i.id', 'old.institution_id')
        .innerJoin('units as u', 'u.id', 'now.unit_id')
        .select([
          'i.id',
          'i.code',
          'i.name',
          'old.unit_id as fromUnitId',
          'now.unit_id as unitId',
          sql<string>`COALESCE(u.full_name, u.name)`.as('unitName'),
          'now.valid_from as since',
        ])
        .where('old.unit_id', 'in', unitIds.slice(i, i + 1000))
        .where('old.valid_to', 'is not', null)
        .whereRef('now.unit_id', '<>', 'old.unit_id')
        .orderBy('i.name')
        .execute()),
    );
  return out;
}
