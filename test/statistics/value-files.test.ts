import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { MAX_ROWS, parseValueFile, writeCsv, writeXlsx } from '../../src/statistics/value-files.ts';
import { importValueFile } from '../../src/statistics/value-import.ts';
import { exportValues } from '../../src/statistics/value-export.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADER = 'institution,dataElement,period,value';

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading value files', () => {
  it('reads a CSV with a BOM, Windows line endings and quoted fields, numbering rows as a spreadsheet does', async () => {
    const text = `\uFEFF${HEADER}\r\nLIB-C1,LIB_LOANS,2024-03,120\r\n\r\n"SCH-C2","LIB_LOANS","2024-03"," 30 "\r\n`;
    expect(await parseValueFile(utf8(text), 'values.csv')).toEqual([
      { row: 2, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: '120' },
      { row: 4, institution: 'SCH-C2', dataElement: 'LIB_LOANS', period: '2024-03', value: '30' },
    ]);
  });

  it('accepts the columns in any order and a header typed in other case', async () => {
    const rows = await parseValueFile(utf8('Value,Period,DataElement,Institution\n7,2024,LIB_HOLDINGS,LIB-D1\n'), 'x.csv');
    expect(rows).toEqual([{ row: 2, institution: 'LIB-D1', dataElement: 'LIB_HOLDINGS', period: '2024', value: '7' }]);
  });

  it('names the line of a quote that is never closed', async () => {
    const err = await refusal(parseValueFile(utf8(`${HEADER}\nA,LIB_LOANS,2024-01,1\n"B,LIB_LOANS,2024-01,2\nC,LIB_LOANS,2024-01,3\n`), 'x.csv'));
    expect(err.message).toContain('dòng 3');
    expect(err.problems[0]?.row).toBe(3);
  });

  it('says which header columns are expected, missing and unknown', async () => {
    const err = await refusal(parseValueFile(utf8('institution,element,period,value\nA,B,2024,1\n'), 'x.csv'));
    expect(err.message).toContain('institution,dataElement,period,value');
    expect(err.message).toContain('thiếu dataElement');
    expect(err.message).toContain('không rõ element');
    expect(err.said.en).toContain('missing dataElement');
    const semi = await refusal(parseValueFile(utf8('institution;dataElement;period;value\n'), 'x.csv'));
    expect(semi.message).toContain('dấu phẩy');
  });

  it('refuses an empty file, a blank one, a non-UTF-8 one and rows with extra cells', async () => {
    expect((await refusal(parseValueFile(new Uint8Array(), 'x.csv'))).message).toContain('Tệp rỗng');
    expect((await refusal(parseValueFile(utf8('\uFEFF\r\n  \r\n'), 'x.csv'))).message).toContain('Tệp rỗng');
    expect((await refusal(parseValueFile(Uint8Array.from([0x69, 0x6e, 0xe0, 0x0a]), 'x.csv'))).message).toContain('UTF-8');
    const extra = await refusal(parseValueFile(utf8(`${HEADER}\nA,B,2024,1\nA,B,2025,1,oops\n`), 'x.csv'));
    expect(extra.problems.map((p) => p.row)).toEqual([3]);
  });

  it('refuses a file named .xlsx that is not one, and an old .xls', async () => {
    expect((await refusal(parseValueFile(utf8(`${HEADER}\n`), 'values.xlsx'))).message).toContain('không phải là tệp Excel .xlsx');
    const zipButBroken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect((await refusal(parseValueFile(zipButBroken, 'values.xlsx'))).message).toContain('Không đọc được tệp Excel');
    expect((await refusal(parseValueFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls'))).message).toContain('.xls');
  });

  it(`refuses more than ${MAX_ROWS.toLocaleString('en')} rows`, async () => {
    const text = `${HEADER}\n${'A,B,2024,1\n'.repeat(MAX_ROWS + 1)}`;
    const err = await refusal(parseValueFile(utf8(text), 'big.csv'));
    expect(err.status).toBe(413);
    expect(err.message).toContain('giới hạn');
    const justRight = await parseValueFile(utf8(`${HEADER}\n${'A,B,2024,1\n'.repeat(1000)}`), 'ok.csv');
    expect(justRight).toHaveLength(1000);
  }, 30_000);

  it('reads XLSX cells: numbers, numbers typed as text, rich text, formulas and a month Excel made into a date', async () => {
    const bytes = await xlsx([
      ['institution', 'dataElement', 'period', 'value'],
      ['LIB-C1', 'LIB_LOANS', '2024-03', 12],
      ['LIB-C1', 'LIB_LOANS', '2024-04', '12'],
      [],
      ['LIB-C1', 'LIB_LOANS', new Date(Date.UTC(2024, 4, 1)), { formula: '2*3', result: 6 }],
      [{ richText: [{ text: 'LIB-' }, { text: 'D1' }] }, 'LIB_HOLDINGS', 2024, '12a'],
    ]);
    expect(await parseValueFile(bytes, 'upload.bin')).toEqual([
      { row: 2, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: 12 },
      { row: 3, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-04', value: '12' },
      { row: 5, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-05', value: 6 },
      { row: 6, institution: 'LIB-D1', dataElement: 'LIB_HOLDINGS', period: '2024', value: '12a' },
    ]);
  });

  it('writes the four columns, the same in CSV and XLSX', async () => {
    const rows = [{ institution: 'A,1', dataElement: 'LIB_LOANS', period: '2024-01', value: 5 }];
    expect(writeCsv(rows)).toBe(`${HEADER}\n"A,1",LIB_LOANS,2024-01,5\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await writeXlsx(rows)).buffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'institution', 'dataElement', 'period', 'value']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'A,1', 'LIB_LOANS', '2024-01', 5]);
    expect(await parseValueFile(await writeXlsx(rows), 'v.xlsx')).toEqual([{ row: 2, ...rows[0], value: 5 }]);
  });
});

describe.each(ENGINES)('value files through the database on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const opts = { userId: null, canWrite: () => true, today: '2025-12-31' };
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store.close());

  it('imports a CSV saved by Excel with a BOM and CRLF', async () => {
    const text = `\uFEFF${HEADER}\r\nLIB-C1,LIB_LOANS,2024-03,120\r\nLIB-D1,LIB_HOLDINGS,2024,900\r\n`;
    const r = await importValueFile(store.db, utf8(text), 'excel.csv', opts);
    expect(r).toEqual({ rows: 2, written: 2, problems: [] });
    expect(await exportValues(store.db, net.d1, 2024)).toEqual([
      { institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: 120 },
      { institution: 'LIB-D1', dataElement: 'LIB_HOLDINGS', period: '2024', value: 900 },
    ]);
  });

  it('takes "12" typed as text in an XLSX cell and reports "12a" at its row and column', async () => {
    const bad = await xlsx([
      ['institution', 'dataElement', 'period', 'value'],
      ['SCH-C2', 'LIB_LOANS', '2024-05', '12'],
      ['SCH-C2', 'LIB_LOANS', '2024-06', '12a'],
    ]);
    const r = await importValueFile(store.db, bad, 'bad.xlsx', opts);
    expect(r.written).toBe(0);
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([[3, 'value']]);
    expect(r.problems[0]?.said.vi).toContain('12a');
    const good = await xlsx([
      ['institution', 'dataElement', 'period', 'value'],
      ['SCH-C2', 'LIB_LOANS', '2024-05', '12'],
    ]);
    expect(await importValueFile(store.db, good, 'good.xlsx', opts)).toEqual({ rows: 1, written: 1, problems: [] });
  });

  it('round-trips through XLSX: export, import into a fresh database, identical aggregates', async () => {
    const file = await writeXlsx(await exportValues(store.db, net.vn, 2024));
    const other = await freshStore(engine);
    try {
      await smallNetwork(other.db);
      const r = await importValueFile(other.db, file, 'vn-2024.xlsx', opts);
      expect(r).toEqual({ rows: 3, written: 3, problems: [] });
      const aggs = (s: Store) =>
        s.db
          .selectFrom('agg_values')
          .select(['unit_id', 'element_id', 'kind', 'year', 'value'])
          .where('value', '<>', 0)
          .orderBy('unit_id')
          .orderBy('element_id')
          .orderBy('kind')
          .orderBy('year')
          .execute();
      expect(await aggs(other)).toEqual(await aggs(store));
      expect(await exportValues(other.db, net.vn, 2024)).toEqual(await exportValues(store.db, net.vn, 2024));
    } finally {
      await other.close();
    }
  });
});
