import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { forbidden, UserError, type Problem, type Said } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { parseDate } from '../core/i18n/parse-date.ts';
import type { Lang } from '../core/i18n/lang.ts';
import { readTableFile } from '../core/text/table-file.ts';
import { fold } from '../core/text/vietnamese.ts';
import { todayLocal } from '../core/time.ts';
import { KINDS, type Ownership } from './catalogue.ts';
import { changeInstitution, CODE_PATTERN, managesUnit, type InstitutionDetails } from './institution-edits.ts';
import { createInstitution, kindNames } from './institutions.ts';
import { importErrors as E, importText } from './import-messages.ts';
import { institutionAdminText } from './messages.ts';
import { unitChoices, type UnitChoice } from './unit-picker.ts';

/**
 * Institutions imported from a CSV or XLSX file (`/quan-tri/co-so/nhap`, `POST /api/v1/institutions/import`): each row
 * one institution by its code — a new code is created, a known one has the cells filled in written over its details
 * (an empty cell keeps what is recorded). Kinds and ownership by their Vietnamese names or codes; the unit by code or
 * by its exact name (a name several units bear is refused, listing them). Every row is checked first and the problems
 * reported by row and column; then all of it is written in one transaction, through the same create and change as the
 * forms (so the same checks, recounts and audit rows), with one `institution_import` audit row for the file. A dry run
 * stops before writing.
 */

export const IMPORT_COLUMNS = ['code', 'name', 'kind', 'ownership', 'unit', 'since', 'address', 'contact', 'openingHours', 'latitude', 'longitude'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The headings of the template (Vietnamese) and the other names a heading may have (English keys, short forms). */
export const COLUMN_HEADINGS: Record<ImportColumn, { vi: string; en: string; also: string[] }> = {
  code: { vi: 'Mã cơ sở', en: 'code', also: ['Mã'] },
  name: { vi: 'Tên cơ sở', en: 'name', also: ['Tên'] },
  kind: { vi: 'Loại cơ sở', en: 'kind', also: ['Loại'] },
  ownership: { vi: 'Sở hữu', en: 'ownership', also: ['Loại hình sở hữu'] },
  unit: { vi: 'Đơn vị', en: 'unit', also: ['Thuộc đơn vị'] },
  since: { vi: 'Từ ngày', en: 'since', also: ['Thuộc đơn vị từ ngày'] },
  address: { vi: 'Địa chỉ', en: 'address', also: [] },
  contact: { vi: 'Liên hệ', en: 'contact', also: [] },
  openingHours: { vi: 'Giờ mở cửa', en: 'openingHours', also: ['opening hours'] },
  latitude: { vi: 'Vĩ độ', en: 'latitude', also: ['lat'] },
  longitude: { vi: 'Kinh độ', en: 'longitude', also: ['lng', 'lon'] },
};

/** At most this many rows in a file; the upload at most this many bytes. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

const TEXT_MAX: Partial<Record<ImportColumn, number>> = { address: 500, contact: 300, openingHours: 300 };

/** A1-style column letter of a 1-based position. */
export const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

const headingOf = (key: string): ImportColumn | undefined => {
  const f = fold(key);
  return IMPORT_COLUMNS.find((c) => {
    const h = COLUMN_HEADINGS[c];
    return [h.vi, h.en, ...h.also].some((x) => fold(x) === f);
  });
};

export interface PlannedCreate {
  row: number;
  code: string;
  name: string;
  kind: string;
  ownership: Ownership;
  unitId: number;
  unitCode: string;
  unitLabel: string;
  since: string;
  details: InstitutionDetails;
}

export interface FieldChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

export interface PlannedUpdate {
  row: number;
  code: string;
  name: string;
  changes: FieldChange[];
  details: InstitutionDetails;
}

export interface ImportPlan {
  file: string;
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  /** Each at its row and column letter (`field`), in words. */
  problems: Problem[];
  /** Column letter → the heading as the file wrote it, to name a column in words. */
  headings: Record<string, string>;
}

/** A coordinate as typed in a sheet: "16,4637" or "16.4637" (coordinates have no thousands), a number cell as it is. */
function coordinate(text: string, max: number): number | undefined {
  const m = /^(-?\d{1,3})(?:[.,](\d+))?$/.exec(text.replace(/\s/g, '').replace('−', '-'));
  if (!m) return undefined;
  const v = Number(`${m[1]}.${m[2] ?? '0'}`);
  return Math.abs(v) <= max ? v : undefined;
}

/** The kinds by every name a person may write: code, Vietnamese and English names (folded). */
async function kindLookup(db: DB): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const k of KINDS) for (const n of [k.code, k.vi, k.en]) map.set(fold(n), k.code);
  for (const [code, n] of await kindNames(db)) for (const x of [code, n.vi, n.en]) if (!map.has(fold(x))) map.set(fold(x), code);
  return map;
}

const OWNERSHIP_WORDS: Record<string, Ownership> = {
  public: 'public',
  'cong lap': 'public',
  non_public: 'non_public',
  'non-public': 'non_public',
  'ngoai cong lap': 'non_public',
  'tu nhan': 'non_public',
};

/** The unit a cell names, among those the person manages: by code, else by its exact name (on the day it is joined). */
function unitOf(choices: UnitChoice[], byCode: Map<string, UnitChoice>, typed: string, on: string): { unit?: UnitChoice; said?: Said } {
  const code = byCode.get(typed.toLowerCase());
  if (code) return { unit: code };
  const f = fold(typed);
  const named = choices.filter((c) => c.keys.includes(f));
  const alive = named.filter((c) => (c.validFrom === null || c.validFrom <= on) && (c.validTo === null || c.validTo >= on));
  const among = alive.length > 0 ? alive : named;
  if (among.length === 1) return { unit: among[0] };
  if (among.length === 0) return { said: E.unknownUnit({ unit: typed }) };
  const list = (word: string) => among.map((c) => `${c.label} (${word} ${c.code})`).join('; ');
  return { said: E.unitAmbiguous({ n: among.length, unit: typed, list: list('mã'), listEn: list('code') }) };
}

/** Reads and checks a file: what it would create and change, and every problem by row and column. Writes nothing. */
export async function planImport(db: DB, who: Principal, bytes: Uint8Array, filename: string, lang: Lang = 'vi'): Promise<ImportPlan> {
  if (who.role !== 'admin' && who.role !== 'official') throw new UserError(E.notAllowed(), 403);
  const table = await readTableFile(bytes, filename, MAX_IMPORT_ROWS);
  const problems: Problem[] = [];
  const headings: Record<string, string> = {};
  const at: Partial<Record<ImportColumn, number>> = {};
  const expected = IMPORT_COLUMNS.map((c) => COLUMN_HEADINGS[c].vi).join(', ');
  table.header.forEach((h, i) => {
    const letter = columnLetter(i + 1);
    headings[letter] = h;
    if (h.trim() === '') return;
    const col = headingOf(h);
    if (!col) problems.push({ row: 1, field: letter, said: E.unknownHeader({ column: letter, name: h, expected }) });
    else if (at[col] !== undefined) problems.push({ row: 1, field: letter, said: E.repeatedHeader({ name: h, column: letter }) });
    else at[col] = i;
  });
  if (at.code === undefined) problems.push({ row: 1, said: E.noCodeColumn() });
  if (table.rows.length === 0) problems.push({ row: 1, said: E.noRows() });
  const plan: ImportPlan = { file: filename, creates: [], updates: [], unchanged: 0, problems, headings };
  if (problems.length > 0) return plan;

  const letterOf = (c: ImportColumn) => columnLetter(at[c]! + 1);
  const [kinds, choices] = await Promise.all([kindLookup(db), unitChoices(db, who, lang)]);
  const byCode = new Map(choices.map((c) => [c.code.toLowerCase(), c]));
  const label = new Map(choices.map((c) => [c.id, c.label]));
  // the institutions already registered, with their last unit (for the reach and for a move, which is refused here)
  const known = new Map(
    (
      await db
        .selectFrom('institutions as i')
        .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
        .select([
          'i.id',
          'i.code',
          'i.name',
          'i.kind',
          'i.ownership',
          'i.address',
          'i.contact',
          'i.opening_hours',
          'i.latitude',
          'i.longitude',
          'i.closed_on',
          'iu.unit_id',
          'iu.valid_from',
        ])
        .orderBy('iu.valid_from')
        .execute()
    ).map((r) => [r.code.toLowerCase(), r]), // the last membership wins
  );
  const today = todayLocal();
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (c: ImportColumn) => (at[c] === undefined ? '' : (cells[at[c]!] ?? '').trim());
    const bad = (c: ImportColumn, said: Said) => problems.push({ row, field: letterOf(c), said });
    const before = problems.length;
    const code = cell('code');
    if (code === '') {
      bad('code', E.codeMissing());
      continue;
    }
    if (!CODE_PATTERN.test(code)) {
      bad('code', E.codeForm({ code }));
      continue;
    }
    const first = seen.get(code.toLowerCase());
    if (first !== undefined) {
      bad('code', E.codeRepeated({ code, row: first }));
      continue;
    }
    seen.set(code.toLowerCase(), row);
    const existing = known.get(code.toLowerCase());
    const details: InstitutionDetails = {};
    const name = cell('name');
    if (name !== '') {
      if (name.length < 3 || name.length > 300) bad('name', E.nameLength());
      else details.name = name;
    }
    const kindText = cell('kind');
    if (kindText !== '') {
      const k = kinds.get(fold(kindText));
      if (k) details.kind = k;
      else bad('kind', E.unknownKind({ kind: kindText }));
    }
    const ownText = cell('ownership');
    if (ownText !== '') {
      const o = OWNERSHIP_WORDS[fold(ownText)];
      if (o) details.ownership = o;
      else bad('ownership', E.unknownOwnership({ ownership: ownText }));
    }
    for (const c of ['address', 'contact', 'openingHours'] as const) {
      const v = cell(c);
      if (v === '') continue;
      if (v.length > TEXT_MAX[c]!) bad(c, E.tooLong({ max: TEXT_MAX[c]! }));
      else details[c] = v;
    }
    for (const [c, max, what, whatEn] of [
      ['latitude', 90, importText('vi').latitudeWord, importText('en').latitudeWord],
      ['longitude', 180, importText('vi').longitudeWord, importText('en').longitudeWord],
    ] as const) {
      const v = cell(c);
      if (v === '') continue;
      const n = coordinate(v, max);
      if (n === undefined) bad(c, E.badCoordinate({ value: v, what, whatEn, max }));
      else details[c] = n;
    }
    const sinceText = cell('since');
    const since = parseDate(sinceText) ?? (sinceText === '' ? today : undefined);
    if (since === undefined) bad('since', E.badDate({ date: sinceText }));
    const unitText = cell('unit');
    let unit: UnitChoice | undefined;
    if (unitText !== '') {
      const found = unitOf(choices, byCode, unitText, since ?? today);
      if (found.said) bad('unit', found.said);
      else unit = found.unit;
    }

    if (existing) {
      if (!(await managesUnit(db, who, existing.unit_id))) {
        bad('code', E.outsideScope({ code }));
        continue;
      }
      if (existing.closed_on) {
        bad('code', E.closed({ code, date: formatDate(existing.closed_on) }));
        continue;
      }
      if (unit && unit.id !== existing.unit_id) bad('unit', E.noMove({ code, current: label.get(existing.unit_id) ?? '' }));
      if (problems.length > before) continue;
      const now: Record<string, string | number | null> = {
        name: existing.name,
        kind: existing.kind,
        ownership: existing.ownership,
        address: existing.address,
        contact: existing.contact,
        openingHours: existing.opening_hours,
        latitude: existing.latitude === null ? null : Number(existing.latitude),
        longitude: existing.longitude === null ? null : Number(existing.longitude),
      };
      const changes: FieldChange[] = [];
      const change: InstitutionDetails = {};
      for (const [k, v] of Object.entries(details) as [keyof InstitutionDetails, string | number][]) {
        if (now[k] === v) continue;
        changes.push({ field: k, from: now[k] ?? null, to: v });
        (change as Record<string, unknown>)[k] = v;
      }
      if (changes.length === 0) plan.unchanged++;
      else plan.updates.push({ row, code: existing.code, name: details.name ?? existing.name, changes, details: change });
      continue;
    }
    // a new institution needs its name, kind, ownership and unit
    const needs = { name: details.name !== undefined, kind: details.kind !== undefined, ownership: details.ownership !== undefined, unit: unit !== undefined };
    for (const [c, has] of Object.entries(needs) as ['name' | 'kind' | 'ownership' | 'unit', boolean][]) {
      // a cell already refused says enough
      if (has || (at[c] !== undefined && problems.slice(before).some((p) => p.field === letterOf(c)))) continue;
      const said = E.neededForNew({ code, what: importText('vi')[`what_${c}`], whatEn: importText('en')[`what_${c}`] });
      if (at[c] === undefined) problems.push({ row, said });
      else bad(c, said);
    }
    if (unit && since && !((unit.validFrom === null || unit.validFrom <= since) && (unit.validTo === null || unit.validTo >= since)))
      bad('since', E.unitNotOnDate({ unit: unit.label, date: formatDate(since) }));
    if (problems.length > before || !unit || !since) continue;
    plan.creates.push({
      row,
      code,
      name: details.name!,
      kind: details.kind!,
      ownership: details.ownership as Ownership,
      unitId: unit.id,
      unitCode: unit.code,
      unitLabel: unit.label,
      since,
      details,
    });
  }
  // by row, then by column as the sheet orders them (A … Z, AA …)
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.field ?? '').length - (b.field ?? '').length || (a.field ?? '').localeCompare(b.field ?? ''));
  return plan;
}

export interface ImportResult {
  created: number;
  updated: number;
}

/**
 * Imports a file all or nothing: planned (as the dry run shows it), refused whole (422, every problem at its row and
 * column) when any row has one, else written in one transaction and audited (each institution as the forms audit it,
 * and the file as one `institution_import` row).
 */
export async function importInstitutions(db: DB, who: Principal, plan: ImportPlan): Promise<ImportResult> {
  if (who.role !== 'admin' && who.role !== 'official') throw forbidden();
  if (plan.problems.length > 0) throw new UserError(E.refused({ n: plan.problems.length }), 422, plan.problems);
  await inTransaction(db, async (trx) => {
    for (const c of plan.creates)
      await createInstitution(
        trx,
        {
          code: c.code,
          name: c.name,
          kind: c.kind,
          ownership: c.ownership,
          address: c.details.address ?? null,
          contact: c.details.contact ?? null,
          openingHours: c.details.openingHours ?? null,
          latitude: c.details.latitude ?? null,
          longitude: c.details.longitude ?? null,
          unitId: c.unitId,
          since: c.since,
        },
        who.userId,
      );
    for (const u of plan.updates) await changeInstitution(trx, who, u.code, u.details);
    await audit(trx, {
      userId: who.userId,
      action: 'import',
      entity: 'institution_import',
      key: plan.file,
      newValue: { filename: plan.file, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged },
    });
  });
  return { created: plan.creates.length, updated: plan.updates.length };
}

/** A field of an institution in words (the changes a dry run lists). */
export function fieldWord(lang: Lang, field: string): string {
  const s = institutionAdminText(lang);
  const words: Record<string, string> = {
    name: s.name,
    kind: s.kind,
    ownership: s.ownership,
    address: s.address,
    contact: s.contact,
    openingHours: s.openingHours,
    latitude: s.latitude,
    longitude: s.longitude,
  };
  return words[field] ?? field;
}
