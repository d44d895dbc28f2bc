import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { DB } from '../core/db/database.ts';
import { safeRows } from '../core/text/spreadsheet.ts';
import { KINDS } from './catalogue.ts';
import { COLUMN_HEADINGS, IMPORT_COLUMNS } from './institution-import.ts';
import { importText } from './import-messages.ts';
import { kindNames } from './institutions.ts';
import { institutionAdminText } from './messages.ts';

/**
 * The import's template: the columns under their Vietnamese headings (what the import reads first), an example row
 * in the CSV's comment-free form is left out on purpose (it would be imported). The XLSX has a second sheet listing the
 * kinds (name and code) and the two ownerships, so a person copies a name rather than guessing one.
 */
const headings = () => IMPORT_COLUMNS.map((c) => COLUMN_HEADINGS[c].vi);

export function templateCsv(): string {
  return `\uFEFF${stringify([headings()])}`;
}

export async function templateXlsx(db: DB): Promise<Buffer> {
  const t = importText('vi');
  const s = institutionAdminText('vi');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Cơ sở');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({
    header: COLUMN_HEADINGS[c].vi,
    key: c,
    width: c === 'name' || c === 'address' ? 36 : c === 'kind' || c === 'unit' ? 30 : 16,
    // codes and dates stay text (Excel would turn 01/07/2025 into its own date, 0012 into 12)
    style: c === 'latitude' || c === 'longitude' ? {} : { numFmt: '@' },
  }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const list = wb.addWorksheet(t.catalogueSheet);
  list.columns = [
    { header: t.catalogueKinds, key: 'name', width: 50 },
    { header: 'code', key: 'code', width: 30 },
  ];
  const names = await kindNames(db);
  const kinds = [...new Set([...KINDS.map((k) => k.code), ...names.keys()])];
  list.addRows(safeRows(kinds.map((code) => [names.get(code)?.vi ?? KINDS.find((k) => k.code === code)?.vi ?? code, code])));
  list.addRow([]);
  list.addRow([t.catalogueOwnership]).font = { bold: true };
  list.addRow([s.ownershipPublic, 'public']);
  list.addRow([s.ownershipNonPublic, 'non_public']);
  list.getRow(1).font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
