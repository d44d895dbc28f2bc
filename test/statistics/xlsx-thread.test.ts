import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { parseValueFile, readXlsx, writeXlsx, XLSX_THREAD_FROM } from '../../src/statistics/value-files.ts';
import { readXlsxInThread } from '../../src/statistics/xlsx-thread.ts';

const values = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    institution: `TV-${i}`,
    dataElement: 'LIB_LOANS',
    period: `2024-${String(1 + (i % 12)).padStart(2, '0')}`,
    value: i,
  }));

describe('a large workbook is read on a worker thread', () => {
  it('gives the same rows as reading it here', async () => {
    const big = await writeXlsx(values(40_000));
    expect(big.length).toBeGreaterThan(XLSX_THREAD_FROM);
    const rows = await parseValueFile(big, 'values.xlsx');
    expect(rows).toHaveLength(40_000);
    expect(rows[39_999]).toEqual({ row: 40_001, institution: 'TV-39999', dataElement: 'LIB_LOANS', period: '2024-04', value: 39_999 });
    expect(await readXlsxInThread(big)).toEqual(await readXlsx(big));
  });

  it("brings the thread's refusal back as the same error", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('x');
    sheet.addRow(['institution', 'element', 'period', 'value']);
    for (let i = 0; i < 40_000; i++) sheet.addRow([`TV-${i}`, 'LIB_LOANS', '2024-01', i]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(bytes.length).toBeGreaterThan(XLSX_THREAD_FROM);
    const e = await parseValueFile(bytes, 'values.xlsx').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).problems[0]?.row).toBe(1);
    expect((e as UserError).message).toMatch(/element/);
  });

  it('a workbook that needs more memory than the thread has ends the thread with a 413, not the process', async () => {
    const big = await writeXlsx(values(40_000));
    const e = await readXlsxInThread(big, 8).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect([(e as UserError).code, (e as UserError).status]).toEqual(['E3098', 413]);
    expect((e as UserError).message).toBe('Tệp XLSX quá lớn để đọc: cần hơn 8 MB bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ hơn hoặc lưu thành CSV.');
  });
});
