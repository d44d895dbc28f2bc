import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardArchive } from '../../src/core/archive.ts';
import { columnLetter, escapeXml, sheetNameOf, writeXlsx, XlsxStyles, type XlsxRow } from '../../src/core/text/xlsx-write.ts';
import { hasCalc, shownByCalc } from '../support/calc.ts';

if (!hasCalc) console.warn('Skipping the LibreOffice checks of the XLSX writer: LibreOffice Calc (libreoffice-calc-nogui) is not installed.');

/** A small workbook with every kind of cell the writer knows. */
async function sample(rows: XlsxRow[] | Iterable<XlsxRow>, styles = new XlsxStyles()): Promise<Buffer> {
  return writeXlsx(
    { name: "Số liệu 'năm' [2025]", widths: [14, 30, 10, 10, 12], header: ['Mã', 'Tên đơn vị', 'Số lượt', 'Tỷ lệ', 'Bình quân'], rows },
    styles,
    { creator: 'Lifelong' },
  );
}

function sampleRows(styles: XlsxStyles): XlsxRow[] {
  const count = styles.numFmt('#,##0');
  const rate = styles.numFmt('#,##0.0');
  const ratio = styles.numFmt('#,##0.00');
  return [
    { cells: ['46', 'Huế', 1234, 25.5, 0.25], styles: [undefined, undefined, count, rate, ratio] },
    // a missing number keeps the cells after it in their columns
    { cells: ['47', ' Đà Nẵng & <Quảng Nam> "mới" ', null, 100, 1234567.891], styles: [undefined, undefined, count, rate, ratio] },
    { cells: ['48', 'bell\u0007 gone', -3, Number.NaN, 0], styles: [undefined, undefined, count, rate, ratio] },
  ];
}

describe('core/text/xlsx-write', () => {
  it('names columns as spreadsheets do and escapes text for XML', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(escapeXml('a & b <c> "d"')).toBe('a &amp; b &lt;c&gt; &quot;d&quot;');
    expect(escapeXml('x\u0000y\u001fz\tw\nv')).toBe('xyz\tw\nv');
    expect(escapeXml('Huế')).toBe('Huế');
    expect(sheetNameOf("'Số liệu: 2024/2025'")).toBe('Số liệu 2024 2025');
    expect(sheetNameOf('x'.repeat(40))).toHaveLength(31);
    expect(sheetNameOf('[]')).toBe('Sheet1');
  });

  it('writes numbers as numbers with their number formats, texts as texts, the header bold, frozen and filtered, the widths', async () => {
    const styles = new XlsxStyles();
    const bytes = await sample(sampleRows(styles), styles);
    // the platform's own zip guard reads it (the central directory agrees with the entries)
    expect(await guardArchive(bytes, 'XLSX', { maxEntries: 20, maxUnpacked: 10_000_000, maxRatio: 100 })).toContain('xl/worksheets/sheet1.xml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    expect(wb.creator).toBe('Lifelong');
    const ws = wb.worksheets[0]!;
    // a name Excel accepts: no brackets
    expect(ws.name).toBe("Số liệu 'năm' 2025");
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(1).values).toEqual([undefined, 'Mã', 'Tên đơn vị', 'Số lượt', 'Tỷ lệ', 'Bình quân']);
    expect(ws.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(ws.getRow(2).getCell(2).font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.autoFilter).toBe('A1:E1');
    expect(ws.columns.map((c) => c.width)).toEqual([14, 30, 10, 10, 12]);

    const r2 = ws.getRow(2);
    expect([r2.getCell(1).value, r2.getCell(2).value, r2.getCell(3).value, r2.getCell(4).value, r2.getCell(5).value]).toEqual(['46', 'Huế', 1234, 25.5, 0.25]);
    expect([r2.getCell(3).numFmt, r2.getCell(4).numFmt, r2.getCell(5).numFmt]).toEqual(['#,##0', '#,##0.0', '#,##0.00']);
    const r3 = ws.getRow(3);
    expect(r3.getCell(2).value).toBe(' Đà Nẵng & <Quảng Nam> "mới" ');
    expect(r3.getCell(3).value).toBeNull();
    expect([r3.getCell(4).value, r3.getCell(5).value]).toEqual([100, 1234567.891]);
    const r4 = ws.getRow(4);
    expect(r4.getCell(2).value).toBe('bell gone');
    expect(r4.getCell(3).value).toBe(-3);
    // not a number: an empty cell, not a broken file
    expect(r4.getCell(4).value).toBeNull();
    expect(r4.getCell(5).value).toBe(0);
  });

  it('takes its lines from a generator, thousands of them', async () => {
    function* many(): Generator<XlsxRow> {
      for (let i = 0; i < 5000; i++) yield { cells: [`U${i}`, `Đơn vị ${i % 7}`, i, i / 10, null] };
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await sample(many())).buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(5001);
    expect(ws.getRow(5001).values).toEqual([undefined, 'U4999', 'Đơn vị 1', 4999, 499.9]);
    // across the pieces the sheet is compressed in (2,000 lines each)
    expect(ws.getRow(2002).values).toEqual([undefined, 'U2000', 'Đơn vị 5', 2000, 200]);
    expect(ws.getRow(2001).values).toEqual([undefined, 'U1999', 'Đơn vị 4', 1999, 199.9]);
  });

  it.skipIf(!hasCalc)(
    'opens in LibreOffice Calc, which shows the numbers in Vietnamese by their formats',
    async () => {
      const styles = new XlsxStyles();
      const shown = shownByCalc(await sample(sampleRows(styles), styles));
      expect(shown[0]).toEqual(['Mã', 'Tên đơn vị', 'Số lượt', 'Tỷ lệ', 'Bình quân']);
      expect(shown[1]).toEqual(['46', 'Huế', '1.234', '25,5', '0,25']);
      expect(shown[2]).toEqual(['47', ' Đà Nẵng & <Quảng Nam> "mới" ', '', '100,0', '1.234.567,89']);
      expect(shown[3]).toEqual(['48', 'bell gone', '-3', '', '0,00']);
    },
    200_000,
  );
});
