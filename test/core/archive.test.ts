import { describe, expect, it } from 'vitest';
import { guardArchive } from '../../src/core/archive.ts';
import { UserError } from '../../src/core/errors.ts';
import { parseValueFile, writeXlsx } from '../../src/statistics/value-files.ts';
import { deflatedZeros, xlsxBomb, zipOf } from '../support/zip.ts';

const MB = 1024 * 1024;
const LIMITS = { maxEntries: 10, maxUnpacked: 4 * MB, maxRatio: 100 };

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof UserError)) throw new Error(`expected a UserError, got ${String(e)}`);
  return e;
}

describe('the archive guard (core/archive.ts)', () => {
  it('lets a plain zip through and names its entries', async () => {
    const zip = zipOf([
      { name: 'a.xml', data: Buffer.from('<a/>') },
      { name: 'b.bin', data: Buffer.from('x'.repeat(1000)) },
    ]);
    expect(await guardArchive(zip, 'XLSX', LIMITS)).toEqual(['a.xml', 'b.bin']);
  });

  it('refuses too many entries, too much declared, too tight a part, and says what and where', async () => {
    const many = zipOf(Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('<p/>') })));
    const e1 = await refusal(guardArchive(many, 'XLSX', LIMITS));
    expect([e1.code, e1.status, e1.message]).toEqual(['E1018', 413, 'Tệp XLSX chứa quá nhiều tệp con: 11 (tối đa 10).']);
    const big = zipOf([{ name: 'big.bin', data: Buffer.alloc(5 * MB, 7) }]);
    const e2 = await refusal(guardArchive(big, 'XLSX', { ...LIMITS, maxRatio: 1e9 }));
    expect([e2.code, e2.message]).toEqual(['E1017', 'Tệp XLSX giải nén quá lớn: 5 MB (tối đa 4 MB).']);
    const tight = zipOf([{ name: 'xl/worksheets/sheet1.xml', deflated: deflatedZeros(2), size: 2 * MB }]);
    const e3 = await refusal(guardArchive(tight, 'DOCX', LIMITS));
    expect(e3.code).toBe('E1019');
    expect(e3.message).toMatch(/^Tệp DOCX nén bất thường: phần “xl\/worksheets\/sheet1.xml” giải nén gấp [\d.]+ lần \(tối đa 100 lần\)\.$/);
  });

  it('inflates for real: sizes that lie do not get past it', async () => {
    const liar = zipOf([{ name: 'bomb.xml', deflated: deflatedZeros(64), size: 64 * MB, lie: 1000 }]);
    const e = await refusal(guardArchive(liar, 'XLSX', { ...LIMITS, maxRatio: 1e9 }));
    expect([e.code, e.message]).toEqual(['E1017', 'Tệp XLSX giải nén quá lớn: hơn 4 MB (tối đa 4 MB).']);
    const tight = await refusal(guardArchive(liar, 'XLSX', { ...LIMITS, maxUnpacked: 128 * MB }));
    expect(tight.code).toBe('E1019');
  });

  it('says a broken zip is broken', async () => {
    const e = await refusal(guardArchive(Buffer.from('PK\x03\x04 not really a zip'), 'XLSX', LIMITS));
    expect([e.code, e.status, e.message]).toEqual(['E1020', 422, 'Tệp XLSX bị hỏng, không giải nén được.']);
  });

  it('a value import refuses an XLSX zip bomb before exceljs unpacks it, and still reads a real workbook', async () => {
    for (const bomb of [xlsxBomb(1024), xlsxBomb(1024, 1000)]) {
      const e = await refusal(parseValueFile(bomb, 'bom.xlsx'));
      expect(e.status).toBe(413);
      expect(['E1017', 'E1019']).toContain(e.code);
    }
    const real = await writeXlsx([{ institution: 'TVTINH-46', dataElement: 'LIB_LOANS', period: '2024-03', value: 12 }]);
    expect(await parseValueFile(real, 'values.xlsx')).toEqual([{ row: 2, institution: 'TVTINH-46', dataElement: 'LIB_LOANS', period: '2024-03', value: 12 }]);
  });
});
