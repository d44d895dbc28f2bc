/**
 * A workbook of one sheet written straight as SpreadsheetML (ECMA-376) and zipped (`core/zip-write.ts`), for exports
 * of hundreds of thousands of cells: exceljs builds an object per cell and its style, and took 100 s (its streaming
 * writer 7–20 s) over the full indicator matrix that this writes in about one. Numbers are number cells with a number
 * format (the reader's Excel shows its own separators: "1.234", "25,5" in Vietnamese), texts go once into the shared
 * strings, the header row is bold, frozen and filtered, the columns have their widths.
 * What the cells say is the caller's: texts should pass `safeCell` (spreadsheet.ts) first.
 */
import { ZipWriter } from '../zip-write.ts';

export type XlsxCell = string | number | null | undefined;

/** One line: its cells, and the style of each (`XlsxStyles` ids; none: plain). */
export interface XlsxRow {
  cells: readonly XlsxCell[];
  styles?: readonly (number | undefined)[];
}

export interface XlsxSheet {
  name: string;
  /** Column widths in characters (also the number of columns the filter spans). */
  widths: readonly number[];
  /** Bold, frozen and filtered. */
  header: readonly string[];
  /** Read once, as the sheet is written (a generator keeps only a few thousand lines in memory at a time). */
  rows: Iterable<XlsxRow>;
}

/** Number formats are all written out (none by Excel's built-in ids: LibreOffice shows its own id 3, "#,##0", ungrouped in Vietnamese). */
const FIRST_CUSTOM = 164;

/** The cell styles of a workbook (`cellXfs`): 0 plain, 1 bold, then one per number format asked for. */
export class XlsxStyles {
  readonly plain = 0;
  readonly bold = 1;
  private readonly formats = new Map<string, number>();

  /** The style id of a number format (the same id each time it is asked). */
  numFmt(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 2 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const codes = [...this.formats.keys()];
    const numFmts =
      codes.length === 0
        ? ''
        : `<numFmts count="${codes.length}">${codes.map((c, i) => `<numFmt numFmtId="${FIRST_CUSTOM + i}" formatCode="${escapeXml(c)}"/>`).join('')}</numFmts>`;
    const font = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      ...codes.map((_, i) => `<xf numFmtId="${FIRST_CUSTOM + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
    ];
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">${numFmts}` +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for XML: the five markup characters escaped, the characters XML cannot carry (control characters) left out. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '') : text;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A name Excel accepts for a sheet: none of : \\ / ? * [ ], no quote first or last, at most 31 characters. */
export function sheetNameOf(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, '');
  return clean === '' ? 'Sheet1' : clean;
}

/** Lines put together before their text goes to the compressor. */
const PIECE_ROWS = 2000;

/** The workbook as the bytes of an .xlsx file. */
export async function writeXlsx(sheet: XlsxSheet, styles: XlsxStyles, opts: { creator?: string } = {}): Promise<Buffer> {
  const strings = new Map<string, number>();
  let stringCells = 0;
  const stringIndex = (s: string) => {
    stringCells++;
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const columns = sheet.widths.length;
  const letters: string[] = [];
  const letter = (i: number) => letters[i] ?? (letters[i] = columnLetter(i));
  const cell = (c: XlsxCell, col: number, rowNo: number, style: number | undefined): string => {
    const s = style ? ` s="${style}"` : '';
    if (typeof c === 'number') return Number.isFinite(c) ? `<c r="${letter(col)}${rowNo}"${s}><v>${c}</v></c>` : '';
    if (typeof c === 'string' && c !== '') return `<c r="${letter(col)}${rowNo}"${s} t="s"><v>${stringIndex(c)}</v></c>`;
    return '';
  };
  const lastCol = letter(Math.max(columns, sheet.header.length) - 1);
  const sheetName = sheetNameOf(sheet.name);

  function* sheetXml(): Generator<string> {
    const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    let out =
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>` +
      `<row r="1">${sheet.header.map((h, i) => cell(h, i, 1, styles.bold)).join('')}</row>`;
    let rowNo = 1;
    let inPiece = 0;
    for (const row of sheet.rows) {
      rowNo++;
      let line = `<row r="${rowNo}">`;
      for (let i = 0; i < row.cells.length; i++) line += cell(row.cells[i], i, rowNo, row.styles?.[i]);
      out += `${line}</row>`;
      if (++inPiece === PIECE_ROWS) {
        yield out;
        out = '';
        inPiece = 0;
      }
    }
    yield `${out}</sheetData><autoFilter ref="A1:${lastCol}1"/></worksheet>`;
  }

  const zip = new ZipWriter();
  await zip.add('xl/worksheets/sheet1.xml', sheetXml());
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  await zip.add(
    '[Content_Types].xml',
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
  );
  await zip.add(
    '_rels/.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  await zip.add(
    'docProps/core.xml',
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:creator>${escapeXml(opts.creator ?? '')}</dc:creator></cp:coreProperties>`,
  );
  await zip.add(
    'xl/workbook.xml',
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(`${quoted}!$A$1:$${lastCol}$1`)}</definedName></definedNames>` +
      '</workbook>',
  );
  await zip.add(
    'xl/_rels/workbook.xml.rels',
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  await zip.add('xl/styles.xml', styles.xml());
  await zip.add('xl/sharedStrings.xml', sharedStringsXml(strings, stringCells));
  return zip.finish();
}

function* sharedStringsXml(strings: Map<string, number>, count: number): Generator<string> {
  let out = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${count}" uniqueCount="${strings.size}">`;
  let n = 0;
  for (const s of strings.keys()) {
    const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
    out += `<si><t${preserve}>${escapeXml(s)}</t></si>`;
    if (++n % 5000 === 0) {
      yield out;
      out = '';
    }
  }
  yield `${out}</sst>`;
}
