import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import type { LegacyProblem as Problem } from '../core/errors.ts';
import { resolveValues, type RawValue } from './resolve.ts';
import { parseValueFile, VALUE_COLUMNS } from './value-files.ts';
import { applyValues } from './write.ts';

export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun?: boolean;
  userId: number | null;
  /** Whether the importing user may write values of the institution. */
  canWrite: (institutionId: number) => boolean;
  /** ISO date that decides which periods lie in the future (tests); default today. */
  today?: string;
}

export interface ImportResult {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  written: number;
  /** Every bad cell, by row and column; when not empty nothing was written. */
  problems: Problem[];
}

const PLAIN_INTEGER = /^-?\d+$/;
const WITH_SEPARATOR = /^-?\d+([.,\s\u00a0'’]\d+)+$/;

/**
 * What only a file can get wrong, before codes are looked up: blank cells, numbers written
 * with separators ("1.234" is one thousand to a Vietnamese reader, 1.234 to JavaScript, so
 * only plain integers are accepted), and the same cell given twice.
 */
export function checkCells(raw: RawValue[]): { problems: Problem[]; flagged: Set<string> } {
  const problems: Problem[] = [];
  const flagged = new Set<string>();
  // period → element → institution → first row (nested maps: no key strings built per row)
  const firstRow = new Map<string, Map<string, Map<string, number>>>();
  const bad = (row: number, field: string, message: string, messageEn: string) => {
    problems.push({ row, field, message, messageEn });
    flagged.add(`${row}:${field}`);
  };
  for (const r of raw) {
    if (r.institution === '') bad(r.row, 'institution', 'Thiếu mã cơ sở.', 'The institution code is missing.');
    if (r.dataElement === '') bad(r.row, 'dataElement', 'Thiếu mã chỉ tiêu thống kê.', 'The data element code is missing.');
    if (r.period === '') bad(r.row, 'period', 'Thiếu kỳ (YYYY hoặc YYYY-MM).', 'The period (YYYY or YYYY-MM) is missing.');
    const v = r.value;
    if (v === null || v === '') bad(r.row, 'value', 'Thiếu giá trị.', 'The value is missing.');
    else if (typeof v === 'string' && !PLAIN_INTEGER.test(v)) {
      if (WITH_SEPARATOR.test(v))
        bad(r.row, 'value', `Giá trị "${v}" có dấu phân cách: chỉ nhập số nguyên, không dấu chấm, dấu phẩy hay khoảng trắng (ví dụ 1234).`, `Value "${v}" has a separator: enter plain whole numbers only, without dots, commas or spaces (e.g. 1234).`);
      else bad(r.row, 'value', `Giá trị "${v}" không phải là số nguyên.`, `Value "${v}" is not a whole number.`);
    }
    if (r.institution === '' || r.dataElement === '' || r.period === '') continue;
    let byElement = firstRow.get(r.period);
    if (!byElement) firstRow.set(r.period, (byElement = new Map()));
    let byInstitution = byElement.get(r.dataElement);
    if (!byInstitution) byElement.set(r.dataElement, (byInstitution = new Map()));
    const first = byInstitution.get(r.institution);
    if (first === undefined) byInstitution.set(r.institution, r.row);
    else
      problems.push({
        row: r.row,
        field: 'period',
        message: `Trùng với dòng ${first}: cùng cơ sở, chỉ tiêu và kỳ chỉ được có một giá trị.`,
        messageEn: `Same institution, data element and period as row ${first}: give each value once.`,
      });
  }
  return { problems, flagged };
}

const columnOrder = (field: string | undefined) => {
  const i = VALUE_COLUMNS.indexOf((field ?? '') as (typeof VALUE_COLUMNS)[number]);
  return i < 0 ? VALUE_COLUMNS.length : i;
};

/**
 * Imports a CSV or XLSX file of data values, all or nothing: every row is checked, and only
 * when not a single cell is wrong are the values written, in one transaction with the
 * aggregates. A file that cannot be read at all (not CSV/XLSX, bad header, malformed CSV,
 * too many rows) throws a UserError; bad cells come back as `problems` and nothing is saved.
 */
export async function importValueFile(db: DB, bytes: Uint8Array, filename: string, opts: ImportOptions): Promise<ImportResult> {
  const raw = await parseValueFile(bytes, filename);
  const cells = checkCells(raw);
  const run = async (trx: DB): Promise<ImportResult> => {
    const resolved = await resolveValues(trx, raw, opts.canWrite, opts.today);
    const problems = [...cells.problems, ...resolved.problems.filter((p) => !cells.flagged.has(`${p.row}:${p.field}`))];
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a.field) - columnOrder(b.field));
    if (problems.length > 0 || opts.dryRun) return { rows: raw.length, written: 0, problems };
    const { written } = await applyValues(trx, resolved.values, { userId: opts.userId, mode: 'set', audit: 'batch', source: filename });
    return { rows: raw.length, written, problems: [] };
  };
  return opts.dryRun ? run(db) : inTransaction(db, run);
}
