import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import type { LegacyProblem as Problem } from '../core/errors.ts';
import type { PeriodType } from './elements.ts';
import { parsePeriod } from './periods.ts';
import type { ResolvedValue } from './write.ts';
import { todayLocal } from '../core/time.ts';

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
  problems: Problem[];
}

interface Assignment {
  unitId: number;
  from: string;
  to: string | null;
  unitFrom: string | null;
  unitTo: string | null;
  unitName: string;
}

/** Codes per lookup query: one query for most batches (within both engines' parameter limits). */
const CHUNK = 30_000;

type Found = Map<string, { id: number; kind: string; name: string; assignments: Assignment[] }>;
type ElementRow = { id: number; code: string; period_type: string };

function addInstitution(found: Found, r: { id: number; code: string; kind: string; name: string; unit_id: number | null; valid_from: string | null; valid_to: string | null; unit_from: string | null; unit_to: string | null; unit_name: string | null }) {
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
      .select(['i.id', 'i.code', 'i.kind', 'i.name', 'iu.unit_id', 'iu.valid_from', 'iu.valid_to', 'u.valid_from as unit_from', 'u.valid_to as unit_to', 'u.name as unit_name'])
      .where('i.code', 'in', codes.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) addInstitution(found, r);
  }
  return found;
}

/** Up to this many institution codes an engine taking arrays as parameters looks them and the elements up in one prepared statement. */
const ONE_LOOKUP_UP_TO = 100;

/**
 * PostgreSQL (an engine taking arrays as parameters), small batches (forms, API, operations): the institutions and
 * the elements named in one round trip, a prepared statement over two arrays (planned once per connection), where
 * two queries planned afresh each time cost more than the write itself.
 */
async function loadBoth(db: DB, codes: string[], elementCodes: string[]): Promise<[Found, ElementRow[]]> {
  const rows = (
    await dialectOf(db).executePrepared(
      db,
      sql<{ t: string; id: number; code: string; kind: string; name: string | null; unit_id: number | null; valid_from: string | null; valid_to: string | null; unit_from: string | null; unit_to: string | null; unit_name: string | null }>`
      SELECT 'i' AS t, i.id, i.code, i.kind, i.name, iu.unit_id, iu.valid_from, iu.valid_to, u.valid_from AS unit_from, u.valid_to AS unit_to, u.name AS unit_name
      FROM institutions i LEFT JOIN institution_units iu ON iu.institution_id = i.id LEFT JOIN units u ON u.id = iu.unit_id
      WHERE i.code = ANY(${codes}::text[])
      UNION ALL
      SELECT 'e', e.id, e.code, e.period_type, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM data_elements e WHERE e.code = ANY(${elementCodes}::text[])`,
    )
  ).rows;
  const found: Found = new Map();
  const elements: ElementRow[] = [];
  // one row shape for both: an element's row carries its period type in `kind`
  for (const r of rows) {
    if (r.t === 'e') elements.push({ id: r.id, code: r.code, period_type: r.kind });
    else addInstitution(found, { ...r, name: r.name ?? '' });
  }
  return [found, elements];
}

/** The unit an institution belonged to during a period: the latest assignment that overlaps it. */
function assignmentFor(list: Assignment[] | undefined, start: string, end: string): Assignment | undefined {
  for (const a of list ?? []) if (a.from <= end && (a.to === null || a.to >= start)) return a; // a loop: no closure per row
  return undefined;
}

/**
 * Checks every row and turns codes into ids. Problems name the row and the column; nothing is
 * written here, so a caller can refuse the whole batch when any row is wrong (all-or-nothing).
 */
export async function resolveValues(
  db: DB,
  raw: RawValue[],
  canWrite: (institutionId: number, unitId?: number) => boolean = () => true,
  today: string = todayLocal(),
): Promise<Resolution> {
  const problems: Problem[] = [];
  const codes = [...new Set(raw.map((r) => r.institution.trim()))];
  const [institutions, elementRows] =
    dialectOf(db).supportsArrayParameters && codes.length <= ONE_LOOKUP_UP_TO
      ? await loadBoth(db, codes, [...new Set(raw.map((r) => r.dataElement.trim()))])
      : // two reads, side by side when not in a transaction
        await Promise.all([loadInstitutions(db, codes), db.selectFrom('data_elements').select(['id', 'code', 'period_type']).execute()]);
  for (const inst of institutions.values()) inst.assignments.sort((a, b) => (a.from < b.from ? 1 : -1));
  const elements = new Map(elementRows.map((e) => [e.code, { id: e.id, periodType: e.period_type as PeriodType }]));
  const values: ResolvedValue[] = [];
  // a batch names few distinct periods: each parsed once
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const periodOf = (text: string) => {
    let p = periods.get(text);
    if (p === undefined && !periods.has(text)) periods.set(text, (p = parsePeriod(text)));
    return p;
  };
  // defined once, not per row: tsx/esbuild names every closure it creates (a defineProperty each), a third of the loop's time
  const bad = (r: RawValue, field: string, message: string, messageEn: string) => problems.push({ row: r.row, field, message, messageEn });
  for (const r of raw) {
    const inst = institutions.get(r.institution.trim());
    const element = elements.get(r.dataElement.trim());
    const period = periodOf(String(r.period));
    if (!inst) bad(r, 'institution', `Không có cơ sở mã "${r.institution}".`, `Unknown institution code "${r.institution}".`);
    if (!element) bad(r, 'dataElement', `Không có chỉ tiêu thống kê mã "${r.dataElement}".`, `Unknown data element "${r.dataElement}".`);
    if (!period) bad(r, 'period', `Kỳ "${r.period}" không hợp lệ: dùng YYYY hoặc YYYY-MM.`, `Period "${r.period}" must be YYYY or YYYY-MM.`);
    else if (element && period.type !== element.periodType)
      bad(r, 'period', `Chỉ tiêu ${r.dataElement} nhập theo ${element.periodType === 'month' ? 'tháng (YYYY-MM)' : 'năm (YYYY)'}, không theo kỳ "${r.period}".`, `${r.dataElement} is entered per ${element.periodType}, not for "${r.period}".`);
    else if (period.start > today) bad(r, 'period', `Kỳ ${r.period} chưa đến.`, `Period ${r.period} is in the future.`);
    const text = r.value === null ? '' : String(r.value).trim();
    const value = text === '' ? NaN : Number(text);
    if (!Number.isFinite(value)) bad(r, 'value', `Giá trị "${text}" không phải là số.`, `Value "${text}" is not a number.`);
    else if (value < 0) bad(r, 'value', `Giá trị ${text} âm: số liệu thống kê không được âm.`, `Value ${text} is negative.`);
    else if (!Number.isInteger(value)) bad(r, 'value', `Giá trị ${text} phải là số nguyên.`, `Value ${text} must be a whole number.`);
    if (!inst || !element || !period || !Number.isFinite(value) || value < 0) continue;
    const a = assignmentFor(inst.assignments, period.start, period.end);
    if (!a) {
      bad(r, 'period', `Kỳ ${r.period} nằm ngoài thời gian cơ sở "${r.institution}" thuộc một đơn vị hành chính.`, `Period ${r.period} is outside the institution's membership of any unit.`);
      continue;
    }
    if ((a.unitFrom !== null && a.unitFrom > period.end) || (a.unitTo !== null && a.unitTo < period.start)) {
      bad(r, 'period', `Kỳ ${r.period} nằm ngoài thời gian hiệu lực của đơn vị "${a.unitName}" (${a.unitFrom ?? '…'} – ${a.unitTo ?? '…'}).`, `Period ${r.period} is outside the validity of unit "${a.unitName}".`);
      continue;
    }
    if (!canWrite(inst.id, a.unitId)) {
      bad(r, 'institution', `Bạn không có quyền nhập số liệu cho cơ sở "${r.institution}" kỳ ${r.period}.`, `You may not write data for "${r.institution}" for ${r.period}.`);
      continue;
    }
    values.push({ institutionId: inst.id, elementId: element.id, period: period.text, year: period.year, unitId: a.unitId, kind: inst.kind, value });
  }
  return { values: problems.length === 0 ? values : [], problems };
}
