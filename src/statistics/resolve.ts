import { CompiledQuery, sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import type { Problem, Said } from '../core/errors.ts';
import { formatDate, formatMonth } from '../core/i18n/format.ts';
import type { PeriodType } from './elements.ts';
import { statisticsErrors as E } from './messages.ts';
import { parsePeriod } from './periods.ts';
import type { ResolvedValue } from './write.ts';
import { todayLocal } from '../core/time.ts';
import { timeSlicer } from '../core/breathe.ts';
import { recall, remember, type ElementRow, type KnownInstitution } from './code-memory.ts';

/** One row as a person or a file gives it: codes and text, with its row number for messages. */
export interface RawValue {
  row: number;
  institution: string;
  dataElement: string;
  period: string;
  value: string | number | null;
}

export interface Resolution {
  values: ResolvedValue[];
  /** Every bad cell, by row and column (in that order); when not empty, `values` is. */
  problems: Problem[];
  /** How many of the problems refuse a row only because the person may not write it. */
  denied: number;
  /**
   * PostgreSQL, resolved through the memory of codes (`fromMemory`): the `map_version` its facts were read at, which
   * the write is to be guarded by (`WriteOptions.resolvedAt`).
   */
  version?: number;
}

type Assignment = KnownInstitution['assignments'][number];

/** Codes per lookup query: one query for most batches (within both engines' parameter limits). */
const CHUNK = 30_000;

type Found = Map<string, KnownInstitution>;

function addInstitution(
  found: Found,
  r: {
    id: number;
    code: string;
    kind: string;
    name: string;
    unit_id: number | null;
    valid_from: string | null;
    valid_to: string | null;
    unit_from: string | null;
    unit_to: string | null;
    unit_name: string | null;
  },
) {
  let inst = found.get(r.code);
  if (!inst) found.set(r.code, (inst = { id: r.id, kind: r.kind, name: r.name, assignments: [] }));
  if (r.unit_id !== null && r.valid_from !== null)
    inst.assignments.push({ unitId: r.unit_id, from: r.valid_from, to: r.valid_to, unitFrom: r.unit_from, unitTo: r.unit_to, unitName: r.unit_name ?? '' });
}

/** The institutions named, with their dated unit memberships: one query per 30,000 codes. */
async function loadInstitutions(db: DB, codes: string[]): Promise<Found> {
  const found: Found = new Map();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await db
      .selectFrom('institutions as i')
      .leftJoin('institution_units as iu', 'iu.institution_id', 'i.id')
      .leftJoin('units as u', 'u.id', 'iu.unit_id')
      .select([
        'i.id',
        'i.code',
        'i.kind',
        'i.name',
        'iu.unit_id',
        'iu.valid_from',
        'iu.valid_to',
        'u.valid_from as unit_from',
        'u.valid_to as unit_to',
        'u.name as unit_name',
      ])
      .where('i.code', 'in', codes.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) addInstitution(found, r);
  }
  return found;
}

/**
 * Up to this many institution codes they and the elements are looked up in one statement kept prepared (the codes as
 * an array on PostgreSQL, as JSON on SQLite), not built by the query builder for every write.
 */
const ONE_LOOKUP_UP_TO = 100;

/**
 * A row of `loadBoth`'s one statement: an institution with one of its unit memberships (`t` 'i'), an element (`t` 'e',
 * its period type in `kind`) or, on PostgreSQL, the map's version (`t` 'v', in `code`).
 */
interface LookupRow {
  t: string;
  id: number;
  code: string;
  kind: string;
  name: string | null;
  unit_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
  unit_from: string | null;
  unit_to: string | null;
  unit_name: string | null;
}

/**
 * Small batches (forms, API, operations): the institutions and the elements named in one statement. PostgreSQL: one
 * round trip, a prepared statement over two arrays (planned once per connection), where two queries planned afresh
 * each time cost more than the write itself. SQLite: one text compiled once, where Kysely's building and compiling
 * of the two queries cost a write more than SQLite's running them (and every element was read, not those named).
 */
async function loadBoth(db: DB, codes: string[], elementCodes: string[]): Promise<[Found, ElementRow[], number | undefined]> {
  const rows = dialectOf(db).supportsArrayParameters
    ? await loadBothArrays(db, codes, elementCodes)
    : (await db.executeQuery<LookupRow>(CompiledQuery.raw(BOTH_SQLITE, [JSON.stringify(codes), JSON.stringify(elementCodes)]))).rows;
  const found: Found = new Map();
  const elements: ElementRow[] = [];
  let version: number | undefined;
  // one row shape for all: an element's row carries its period type in `kind`, the version's row (PostgreSQL) it in `code`
  for (const r of rows) {
    if (r.t === 'e') elements.push({ id: r.id, code: r.code, period_type: r.kind });
    else if (r.t === 'v') version = Number(r.code);
    else addInstitution(found, { ...r, name: r.name ?? '' });
  }
  return [found, elements, version];
}

/** PostgreSQL's `loadBoth`: a prepared statement over two arrays; with the rows, `map_version` in the same snapshot (migration 048). */
async function loadBothArrays(db: DB, codes: string[], elementCodes: string[]) {
  return (
    await dialectOf(db).executePrepared(
      db,
      sql<LookupRow>`
      SELECT 'i' AS t, i.id, i.code, i.kind, i.name, iu.unit_id, iu.valid_from, iu.valid_to, u.valid_from AS unit_from, u.valid_to AS unit_to, u.name AS unit_name
      FROM institutions i LEFT JOIN institution_units iu ON iu.institution_id = i.id LEFT JOIN units u ON u.id = iu.unit_id
      WHERE i.code = ANY(${codes}::text[])
      UNION ALL
      SELECT 'e', e.id, e.code, e.period_type, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM data_elements e WHERE e.code = ANY(${elementCodes}::text[])
      UNION ALL
      SELECT 'v', 0, v::text, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM map_version`,
    )
  ).rows;
}

/** `loadBoth`'s statement on SQLite: the codes as JSON arrays (`json_each`), its text compiled once (no query builder per write). */
const BOTH_SQLITE = `
  SELECT 'i' AS t, i.id, i.code, i.kind, i.name, iu.unit_id, iu.valid_from, iu.valid_to, u.valid_from AS unit_from, u.valid_to AS unit_to, u.name AS unit_name
  FROM institutions i LEFT JOIN institution_units iu ON iu.institution_id = i.id LEFT JOIN units u ON u.id = iu.unit_id
  WHERE i.code IN (SELECT value FROM json_each(?))
  UNION ALL
  SELECT 'e', e.id, e.code, e.period_type, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM data_elements e WHERE e.code IN (SELECT value FROM json_each(?))`;

/** The unit an institution belonged to during a period: the latest assignment that overlaps it. */
function assignmentFor(list: Assignment[] | undefined, start: string, end: string): Assignment | undefined {
  for (const a of list ?? []) if (a.from <= end && (a.to === null || a.to >= start)) return a; // a loop: no closure per row
  return undefined;
}

const PLAIN_INTEGER = /^-?\d+$/;
const WITH_SEPARATOR = /^-?\d+([.,\s\u00a0'’]\d+)+$/;

/**
 * A cell's value as a number, or what is wrong with it: whole and not negative; text only as a plain integer
 * ("1.234" is one thousand to a Vietnamese reader and 1.234 to JavaScript, so separators are refused).
 */
function decodeValue(v: RawValue['value']): number | Said {
  if (v === null) return E.missingValue();
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return E.notWholeNumber({ value: String(v) });
    if (v < 0) return E.negative({ value: String(v) });
    return Number.isInteger(v) ? v : E.fraction({ value: String(v) });
  }
  const text = v.trim();
  if (text === '') return E.missingValue();
  if (!PLAIN_INTEGER.test(text)) return WITH_SEPARATOR.test(text) ? E.separator({ value: text }) : E.notWholeNumber({ value: text });
  const n = Number(text);
  return n < 0 ? E.negative({ value: text }) : n;
}

const COLUMN_ORDER: Readonly<Record<string, number>> = { institution: 0, dataElement: 1, period: 2, value: 3 };
const byPlace = (a: Problem, b: Problem) => (a.row ?? 0) - (b.row ?? 0) || (COLUMN_ORDER[a.field ?? ''] ?? 4) - (COLUMN_ORDER[b.field ?? ''] ?? 4);

/**
 * The one validation of data values, whatever they came through (the entry form, a CSV or XLSX file, the JSON API,
 * the CLI): every cell of every row is checked — codes present and known, the period well formed, of the element's
 * type and not in the future, the value a whole number not below zero, the institution in a unit during the period
 * and writable by the person, and — when `repeats` is 'refuse' (files) — each cell given once; else a later row for
 * the same cell wins in the write — and codes become ids. Problems name the row and the column, at most one per
 * cell; nothing is written here, so a caller refuses the whole batch when any row is wrong.
 *
 * `fromMemory` (PostgreSQL, a small batch written outside a transaction): the codes are answered from the process's
 * memory of them when it holds every one (code-memory.ts), and `version` says at which `map_version` — the write
 * must then be guarded by it. Any problem found from memory is looked at again in the database before it is said.
 */
export async function resolveValues(
  db: DB,
  raw: RawValue[],
  canWrite: (institutionId: number, unitId?: number) => boolean = () => true,
  today: string = todayLocal(),
  repeats: 'refuse' | 'later wins' = 'later wins',
  fromMemory = false,
): Promise<Resolution> {
  const problems: Problem[] = [];
  const codes = [...new Set(raw.map((r) => r.institution.trim()))];
  const small = codes.length <= ONE_LOOKUP_UP_TO;
  const useMemory = fromMemory && small && !db.isTransaction && dialectOf(db).supportsArrayParameters;
  const elementCodes = small ? [...new Set(raw.map((r) => r.dataElement.trim()))] : [];
  const held = useMemory ? recall(db, codes, elementCodes) : undefined;
  let version = held?.version;
  let institutions: Found;
  let elementRows: ElementRow[];
  if (held) [institutions, elementRows] = [held.institutions, held.elements];
  else if (small) {
    [institutions, elementRows, version] = await loadBoth(db, codes, elementCodes);
    for (const inst of institutions.values()) inst.assignments.sort((a, b) => (a.from < b.from ? 1 : -1));
    if (useMemory && version !== undefined) remember(db, version, institutions, elementRows);
  }
  // two reads, side by side when not in a transaction
  else
    [institutions, elementRows] = await Promise.all([
      loadInstitutions(db, codes),
      db.selectFrom('data_elements').select(['id', 'code', 'period_type']).execute(),
    ]);
  if (!held && !small) for (const inst of institutions.values()) inst.assignments.sort((a, b) => (a.from < b.from ? 1 : -1));
  const elements = new Map(elementRows.map((e) => [e.code, { id: e.id, periodType: e.period_type as PeriodType }]));
  const values: ResolvedValue[] = [];
  // a batch names few distinct periods: each parsed once
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const periodOf = (text: string) => {
    let p = periods.get(text);
    if (p === undefined && !periods.has(text)) periods.set(text, (p = parsePeriod(text)));
    return p;
  };
  const refuseRepeats = repeats === 'refuse';
  // period → element → institution → first row (nested maps: no key strings built per row)
  const firstRow = new Map<string, Map<string, Map<string, number>>>();
  let denied = 0;
  // defined once, not per row: tsx/esbuild names every closure it creates (a defineProperty each), a third of the loop's time
  const bad = (r: RawValue, field: string, said: Said) => problems.push({ row: r.row, field, said });
  // a million rows: the event loop answers others between slices (core/breathe.ts)
  const slice = timeSlicer();
  for (const r of raw) {
    if (slice.due()) await slice.breathe();
    const before = problems.length;
    const instCode = r.institution.trim();
    const elementCode = r.dataElement.trim();
    const periodText = String(r.period).trim();
    const inst = institutions.get(instCode);
    const element = elements.get(elementCode);
    const period = periodOf(periodText);
    if (instCode === '') bad(r, 'institution', E.missingInstitution());
    else if (!inst) bad(r, 'institution', E.unknownInstitution({ code: r.institution }));
    if (elementCode === '') bad(r, 'dataElement', E.missingElement());
    else if (!element) bad(r, 'dataElement', E.unknownElement({ code: r.dataElement }));
    let first: number | undefined;
    if (refuseRepeats && instCode !== '' && elementCode !== '' && periodText !== '') {
      let byElement = firstRow.get(periodText);
      if (!byElement) firstRow.set(periodText, (byElement = new Map()));
      let byInstitution = byElement.get(elementCode);
      if (!byInstitution) byElement.set(elementCode, (byInstitution = new Map()));
      first = byInstitution.get(instCode);
      if (first === undefined) byInstitution.set(instCode, r.row);
    }
    if (periodText === '') bad(r, 'period', E.missingPeriod());
    else if (!period) bad(r, 'period', E.badPeriod({ period: r.period }));
    else if (element && period.type !== element.periodType)
      bad(r, 'period', (element.periodType === 'month' ? E.monthlyElement : E.yearlyElement)({ element: r.dataElement, period: r.period }));
    else if (period.start > today) bad(r, 'period', E.futurePeriod({ period: formatMonth(period.text) }));
    else if (first !== undefined) bad(r, 'period', E.repeated({ first }));
    const value = decodeValue(r.value);
    if (typeof value !== 'number') bad(r, 'value', value);
    if (problems.length > before || !inst || !element || !period || typeof value !== 'number') continue;
    const a = assignmentFor(inst.assignments, period.start, period.end);
    if (!a) {
      bad(r, 'period', E.noUnit({ period: formatMonth(period.text), institution: r.institution }));
      continue;
    }
    if ((a.unitFrom !== null && a.unitFrom > period.end) || (a.unitTo !== null && a.unitTo < period.start)) {
      const [from, to] = [a.unitFrom ? formatDate(a.unitFrom) : '…', a.unitTo ? formatDate(a.unitTo) : '…'];
      bad(r, 'period', E.outsideUnit({ period: formatMonth(period.text), unit: a.unitName, from, to }));
      continue;
    }
    if (!canWrite(inst.id, a.unitId)) {
      bad(r, 'institution', E.notYours({ institution: r.institution, period: formatMonth(period.text) }));
      denied++;
      continue;
    }
    values.push({ institutionId: inst.id, elementId: element.id, period: period.text, year: period.year, unitId: a.unitId, kind: inst.kind, value });
  }
  if (problems.length === 0) return useMemory && version !== undefined ? { values, problems, denied: 0, version } : { values, problems, denied: 0 };
  // a problem is said from the database's facts, never from a memory that may be behind them
  if (held) return resolveValues(db, raw, canWrite, today, repeats);
  problems.sort(byPlace);
  return { values: [], problems, denied };
}
