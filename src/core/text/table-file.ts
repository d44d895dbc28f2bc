import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { guardArchive, type ArchiveLimits } from '../archive.ts';
import { coreErrors as E, UserError } from '../errors.ts';

/**
 * A small table a person edits in a spreadsheet and uploads (institutions, …): CSV (UTF-8, comma) or XLSX, known by
 * its bytes (a zip is a workbook whatever its name; an old .xls is refused with what to do). The same readers as the
 * data values' import (csv-parse, exceljs behind the zip guard of core/archive.ts), for tables of thousands of rows,
 * not millions: read whole, on the event loop. Rows are numbered as the spreadsheet shows them (the header is row 1);
 * blank rows are skipped, their numbers kept.
 */
export interface TableFile {
  format: 'csv' | 'xlsx';
  header: string[];
  rows: { row: number; cells: string[] }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A zip (an XLSX workbook, whatever its name says). */
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP);
/** An old binary Excel file (.xls, OLE2). */
export const isOle2 = (bytes: Uint8Array): boolean => startsWith(bytes, OLE2);

/** What a small table's workbook may unpack to: a few MB of sheet XML, never hundreds (core/archive.ts). */
export const SMALL_XLSX_LIMITS: ArchiveLimits = { maxEntries: 200, maxUnpacked: 64 * 1024 * 1024, maxRatio: 100 };

const tooMany = (max: number) => new UserError(E.tableTooManyRows({ max: max.toLocaleString('vi-VN') }), 413);

/** Reads a CSV or XLSX upload into its header and rows of text cells; a file that cannot be read throws a UserError (400, 413 or 422). */
export async function readTableFile(bytes: Uint8Array, filename: string, maxRows: number): Promise<TableFile> {
  if (bytes.length === 0) throw new UserError(E.tableEmpty(), 400);
  if (isZip(bytes)) return readXlsx(bytes, filename, maxRows);
  const ext = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'xls' || isOle2(bytes)) throw new UserError(E.tableOldExcel({ file: filename }), 400);
  if (ext === 'xlsx') throw new UserError(E.tableNotXlsx({ file: filename }), 400);
  return readCsv(bytes, maxRows);
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function readCsv(bytes: Uint8Array, maxRows: number): TableFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    throw new UserError(E.tableNotUtf8(), 400);
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, to: maxRows + 2 });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = Number((e as CsvError & { lines?: number }).lines ?? 0);
    const said = E.tableCsvBroken({ line, detail: e.message });
    throw new UserError(said, 422, [{ row: line, said }]);
  }
  if (records.length === 0 || blank(records[0]!)) throw new UserError(E.tableEmpty(), 400);
  if (records.length > maxRows + 1) throw tooMany(maxRows);
  const rows = records
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.trim()) }))
    .filter((r) => !blank(r.cells));
  return { format: 'csv', header: records[0]!.map((h) => h.trim()), rows };
}

/** A cell as text: formulas give their result, rich text and links their text, dates their day (yyyy-mm-dd). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v)
    return v.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('hyperlink' in v) return String(v.text).trim();
  if ('error' in v) return String(v.error);
  if ('result' in v) return cellText(v.result ?? null);
  return '';
}

async function readXlsx(bytes: Uint8Array, filename: string, maxRows: number): Promise<TableFile> {
  try {
    await guardArchive(bytes, 'XLSX', SMALL_XLSX_LIMITS);
  } catch (e) {
    // a zip that does not open is no workbook; one too large is the guard's to say
    if (e instanceof UserError && e.status === 422) throw new UserError(E.tableNotXlsx({ file: filename }), 400);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new UserError(E.tableNotXlsx({ file: filename }), 400);
  }
  const sheet = wb.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new UserError(E.tableNoSheet(), 400);
  if (sheet.actualRowCount - 1 > maxRows) throw tooMany(maxRows);
  const width = sheet.getRow(1).cellCount;
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = cellText(cell.value)));
  if (header.length === 0 || blank(header)) throw new UserError(E.tableEmpty(), 400);
  const rows: TableFile['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: string[] = [];
    for (let col = 1; col <= Math.max(width, row.cellCount); col++) cells.push(cellText(row.getCell(col).value));
    if (!blank(cells)) rows.push({ row: n, cells });
  });
  return { format: 'xlsx', header: Array.from(header, (h) => h ?? ''), rows };
}
