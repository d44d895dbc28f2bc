import { CsvError, parse as csvParser } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { guardArchive, type ArchiveLimits } from '../core/archive.ts';
import { timeSlicer } from '../core/breathe.ts';
import { readXlsxInThread } from './xlsx-thread.ts';
import { UserError, type Problem, type Said } from '../core/errors.ts';
import { safeRow } from '../core/text/spreadsheet.ts';
import { isOle2, isZip } from '../core/text/table-file.ts';
import { formatNumber } from '../core/i18n/format.ts';
import type { Lang } from '../core/i18n/lang.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import type { RawValue } from './resolve.ts';
import { columnLetter, columnOf, isEnglishHeader, VALUE_COLUMNS, type ValueColumn } from './value-headers.ts';

/**
 * Data values as files people edit in a spreadsheet: CSV or XLSX with exactly the four columns of value-headers.ts,
 * under their English names (export, scripts) or Vietnamese ones (the template, a person's own sheet). Row numbers
 * are the ones a person sees in the spreadsheet (the header is row 1), so messages point at the right row after an edit.
 */
export { VALUE_COLUMNS, type ValueColumn } from './value-headers.ts';
export const MAX_ROWS = 1_000_000;

export type FileFormat = 'csv' | 'xlsx';

/** One stored value as it goes out to a file. */
export interface ValueRow {
  institution: string;
  dataElement: string;
  period: string;
  value: number;
}

const fileError = (said: Said, problems: Problem[] = [], status: 400 | 413 | 422 = 422) => new UserError(said, status, problems);

/** XLSX when the bytes are a zip (whatever the name), an error for .xls and fake .xlsx, else CSV. */
export function formatOf(bytes: Uint8Array, filename: string): FileFormat {
  const ext = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (isZip(bytes)) return 'xlsx';
  if (ext === 'xls' || isOle2(bytes)) throw fileError(E.oldExcel({ file: filename }), [], 400);
  if (ext === 'xlsx') throw fileError(E.notXlsx({ file: filename }), [], 400);
  return 'csv';
}

/** Reads a CSV or XLSX file into rows for `resolveValues`; a file that cannot be read throws a UserError. */
export async function parseValueFile(bytes: Uint8Array, filename: string): Promise<RawValue[]> {
  if (bytes.length === 0) throw fileError(E.emptyFile(), [], 400);
  return formatOf(bytes, filename) === 'xlsx' ? parseXlsx(bytes) : parseCsv(bytes);
}

/** The columns in words: Vietnamese for a person, the English names for scripts. */
const columnWords = (lang: Lang) => {
  const t = statisticsText(lang);
  return { institution: t.colInstitution, dataElement: t.colElement, period: t.colPeriod, value: t.colValue } satisfies Record<ValueColumn, string>;
};

/**
 * Maps header names to positions; every expected column once, nothing else. The headers go by their English or
 * Vietnamese names (value-headers.ts); a bad header row names each unknown, repeated or missing column, and the
 * missing ones in the words of the file (English names when it used them).
 */
function headerIndex(header: string[]): Record<ValueColumn, number> {
  const names = header.map((h) => h.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const index: Partial<Record<ValueColumn, number>> = {};
  /** Unknown names, or the position of an empty one. */
  const unknown: (string | number)[] = [];
  const repeated: ValueColumn[] = [];
  const problems: Problem[] = [];
  const vi = columnWords('vi');
  const english = names.some(isEnglishHeader);
  const word = (c: ValueColumn) => (english ? c : vi[c]);
  names.forEach((name, i) => {
    const col = columnOf(name);
    const column = columnLetter(i + 1);
    if (!col) {
      unknown.push(name === '' ? i + 1 : name);
      problems.push({ row: 1, field: column, said: E.unknownHeader({ name, column }) });
    } else if (index[col] !== undefined) {
      repeated.push(col);
      problems.push({ row: 1, field: column, said: E.repeatedHeader({ column, name, name2: word(col) }) });
    } else index[col] = i;
  });
  const missing = VALUE_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length === 0 && unknown.length === 0 && repeated.length === 0) return index as Record<ValueColumn, number>;
  for (const c of missing) problems.push({ row: 1, said: E.missingHeader({ name: word(c) }) });
  const partsIn = (lang: Lang) => {
    const t = statisticsText(lang);
    const say = (c: ValueColumn) => (lang === 'vi' ? word(c) : c);
    const unknownNames = unknown.map((u) => (typeof u === 'number' ? t.emptyColumn({ n: u }) : u));
    const parts = [
      missing.length ? t.missingColumns({ list: missing.map(say).join(', ') }) : '',
      unknown.length ? t.unknownColumns({ list: unknownNames.join(', ') }) : '',
      repeated.length ? t.repeatedColumns({ list: repeated.map(say).join(', ') }) : '',
    ];
    return parts.filter(Boolean).join('; ');
  };
  const semicolon = names.length === 1 && names[0]!.includes(';');
  const said = (semicolon ? E.badHeaderSemicolon : E.badHeader)({
    expected: VALUE_COLUMNS.join(','),
    expectedVi: VALUE_COLUMNS.map((c) => vi[c]).join(', '),
    parts: partsIn('vi'),
    partsEn: partsIn('en'),
  });
  throw fileError(said, semicolon ? [{ row: 1, said }] : problems);
}

function tooMany(): UserError {
  return fileError(E.tooManyRows({ max: formatNumber('vi', MAX_ROWS, 0), maxEn: formatNumber('en', MAX_ROWS, 0) }), [], 413);
}

type Plain = string | number | null;

/** Turns records (header first) into raw values, skipping blank rows but keeping their numbers. */
async function toRaw(index: Record<ValueColumn, number>, records: Plain[][], rowOf: (i: number) => number): Promise<RawValue[]> {
  const out: RawValue[] = [];
  const text = (v: Plain | undefined) => (v === null || v === undefined ? '' : String(v).trim());
  const slice = timeSlicer();
  for (let i = 1; i < records.length; i++) {
    if (slice.due()) await slice.breathe();
    const rec = records[i]!;
    const institution = text(rec[index.institution]);
    const dataElement = text(rec[index.dataElement]);
    const period = text(rec[index.period]);
    const raw = rec[index.value];
    const value = typeof raw === 'number' ? raw : text(raw);
    if (institution === '' && dataElement === '' && period === '' && value === '') continue;
    out.push({ row: rowOf(i), institution, dataElement, period, value });
  }
  return out;
}

/** The line where the quote that is never closed opens (csv-parse only reports the end of the file). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let inQuote = false;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      inQuote = !inQuote;
      if (inQuote) openedAt = line;
    }
  }
  return openedAt;
}

/** How much text csv-parse is given at a time: between two pieces the event loop answers others. */
const PIECE = 256 * 1024;

/** Quoted fields (commas, line breaks, "" inside) go through csv-parse, a piece at a time; its errors name the line. */
async function parseQuoted(text: string): Promise<string[][]> {
  const records: string[][] = [];
  const parser = csvParser({ bom: true, relax_column_count: true, skip_empty_lines: false, to: MAX_ROWS + 2 });
  parser.on('data', (r: string[]) => records.push(r));
  const ended = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  ended.catch(() => {}); // awaited below, after the last piece
  try {
    for (let at = 0; at < text.length && !parser.destroyed; at += PIECE) {
      parser.write(text.slice(at, at + PIECE));
      await new Promise((resolve) => setImmediate(resolve));
    }
    parser.end();
    await ended;
    return records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = err.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : Number((err as CsvError & { lines?: number }).lines ?? 0);
    const said = (err.code === 'CSV_QUOTE_NOT_CLOSED' ? E.quoteNotClosed : E.quoteMisplaced)({ line, detail: err.message });
    throw fileError(said, [{ row: line, said }]);
  }
}

/**
 * A file without any quote (an export, most hand edits) is read line by line straight into raw values: several times
 * faster than csv-parse, and lighter on the heap — the codes repeated on every row (institution, element, period) are
 * kept once each, and no array per line outlives its line, so a million rows are two million objects, not six million
 * (a major collection of six million stopped the event loop for a quarter of a second).
 */
async function readPlain(text: string): Promise<RawValue[]> {
  const end = /\r\n|\n|\r/g;
  const first = end.exec(text);
  const index = headerIndex(text.slice(0, first ? first.index : text.length).split(','));
  const out: RawValue[] = [];
  const extra: Problem[] = [];
  const codes = new Map<string, string>();
  const code = (field: string | undefined) => {
    const t = field === undefined ? '' : field.trim();
    const kept = codes.get(t);
    if (kept !== undefined) return kept;
    codes.set(t, t);
    return t;
  };
  const slice = timeSlicer();
  let line = 1;
  for (let from = first ? first.index + first[0].length : text.length; first && from <= text.length; line++) {
    const m = end.exec(text);
    if (line > MAX_ROWS && (m !== null || from < text.length)) throw tooMany(); // the break after the last row is no row
    const fields = text.slice(from, m ? m.index : text.length).split(',');
    from = m ? m.index + m[0].length : text.length + 1;
    if (fields.length > VALUE_COLUMNS.length && fields.slice(VALUE_COLUMNS.length).some((f) => f.trim() !== ''))
      extra.push({ row: line + 1, said: E.extraCells({ n: VALUE_COLUMNS.length }) });
    const institution = code(fields[index.institution]);
    const dataElement = code(fields[index.dataElement]);
    const period = code(fields[index.period]);
    const value = (fields[index.value] ?? '').trim();
    if (institution !== '' || dataElement !== '' || period !== '' || value !== '') out.push({ row: line + 1, institution, dataElement, period, value });
    if (slice.due()) await slice.breathe();
  }
  if (extra.length > 0) throw fileError(E.rowsWithExtraCells(), extra);
  return out;
}

export async function parseCsv(bytes: Uint8Array): Promise<RawValue[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    throw fileError(E.notUtf8(), [], 400);
  }
  if (/^\s*$/.test(text)) throw fileError(E.emptyFile(), [], 400);
  if (!text.includes('"')) return readPlain(text);
  const records = await parseQuoted(text);
  if (records.length > 1 && records[records.length - 1]!.join('') === '') records.pop(); // the final line break
  if (records.length > MAX_ROWS + 1) throw tooMany();
  const extra: Problem[] = [];
  const slice = timeSlicer();
  for (let i = 1; i < records.length; i++) {
    if (slice.due()) await slice.breathe();
    const rec = records[i]!;
    if (rec.length > VALUE_COLUMNS.length && rec.slice(VALUE_COLUMNS.length).some((f) => f.trim() !== ''))
      extra.push({ row: i + 1, said: E.extraCells({ n: VALUE_COLUMNS.length }) });
  }
  const raw = await toRaw(headerIndex(records[0]!), records, (i) => i + 1);
  if (extra.length > 0) throw fileError(E.rowsWithExtraCells(), extra);
  return raw;
}

/** A cell as text or number: formulas give their result, rich text and links their text. */
function plain(v: ExcelJS.CellValue, column: ValueColumn): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return column === 'value' ? v : String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    // Excel turns a typed "2024-03" into 1 March 2024: read it back as the month it was
    const iso = v.toISOString().slice(0, 10);
    return column === 'period' && iso.endsWith('-01') ? iso.slice(0, 7) : iso;
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('error' in v) return v.error;
  if ('result' in v) return plain(v.result ?? null, column);
  return null;
}

/**
 * What an XLSX upload may unpack to before exceljs (which inflates whole parts into memory) sees it: a workbook of
 * MAX_ROWS rows as the export writes it unpacks to about 210 MB at a ratio of 10 (core/archive.ts).
 */
export const XLSX_LIMITS: ArchiveLimits = { maxEntries: 1000, maxUnpacked: 256 * 1024 * 1024, maxRatio: 100 };

export async function parseXlsx(bytes: Uint8Array): Promise<RawValue[]> {
  try {
    await guardArchive(bytes, 'XLSX', XLSX_LIMITS);
  } catch (e) {
    // a zip that does not open is the file this module has a word for; one too large is the guard's to say
    if (e instanceof UserError && e.status === 422) throw fileError(E.unreadableXlsx(), [], 400);
    throw e;
  }
  return bytes.length >= XLSX_THREAD_FROM ? readXlsxInThread(bytes) : readXlsx(bytes);
}

/** From this size on (packed bytes; some 10,000 values) a workbook is read on a worker thread (xlsx-thread.ts). */
export const XLSX_THREAD_FROM = 256 * 1024;

/** The rows of a workbook that passed the archive guard (here, or on the reading thread). */
export async function readXlsx(bytes: Uint8Array): Promise<RawValue[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer); // exceljs types its input as an ArrayBuffer
  } catch {
    throw fileError(E.unreadableXlsx(), [], 400);
  }
  const sheet = wb.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw fileError(E.noSheet(), [], 400);
  if (sheet.actualRowCount - 1 > MAX_ROWS) throw tooMany();
  const header = sheet.getRow(1);
  const names: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => (names[col - 1] = String(plain(cell.value, 'institution') ?? '')));
  if (names.every((n) => n.trim() === '')) throw fileError(E.headerNotInRow1(), [{ row: 1, said: E.row1Columns({ expected: VALUE_COLUMNS.join(',') }) }]);
  const index = headerIndex(Array.from(names, (n) => n ?? ''));
  const records: Plain[][] = [[]];
  const rowNumbers = [1];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const rec: Plain[] = [];
    for (const col of VALUE_COLUMNS) rec[index[col]] = plain(row.getCell(index[col] + 1).value, col);
    records.push(rec);
    rowNumbers.push(n);
  });
  return toRaw(index, records, (i) => rowNumbers[i]!);
}

/** The rows as CSV; a text that a spreadsheet would take for a formula is written safe (core/text/spreadsheet.ts). */
export function writeCsv(rows: ValueRow[]): string {
  return stringify([[...VALUE_COLUMNS], ...rows.map((r) => safeRow([r.institution, r.dataElement, r.period, r.value]))]);
}

/** One sheet, the four columns; values are numbers, codes and periods text (so Excel keeps "2024-03"). */
export async function writeXlsx(rows: ValueRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('values');
  sheet.columns = VALUE_COLUMNS.map((c) => ({ header: c, key: c, width: c === 'value' ? 14 : 22, style: c === 'value' ? {} : { numFmt: '@' } }));
  for (const r of rows) sheet.addRow(safeRow([r.institution, r.dataElement, r.period, r.value]));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
