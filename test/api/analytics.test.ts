import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCalc, shownByCalc } from '../support/calc.ts';
import { ENGINES } from '../support/engines.ts';
import { indicatorsOf, startServer, type TestServer } from '../support/server.ts';
import { analyse } from '../../src/indicators/analytics.ts';
import { defineIndicator } from '../../src/indicators/definitions.ts';
import { LOCAL_ADMIN } from '../../src/core/auth/principal.ts';
import type { AnalyticsRow } from '../../src/indicators/analytics.ts';
import { safeCell } from '../../src/core/text/spreadsheet.ts';

const INDICATORS = ['LIB_LLL_COMMUNE', 'LIB_USERS_GROWTH', 'CC_CLUBS_COMMUNE'];
const YEARS = [2023, 2024, 2025];

interface ErrorJson {
  code: string;
  error: string;
  problems?: { field?: string; message: string }[];
}

describe.each(ENGINES)('GET /api/v1/analytics on %s', (engine) => {
  let server: TestServer;
  let rows: AnalyticsRow[];
  const ask = (q: string) => fetch(`${server.url}/api/v1/analytics?${q}`);
  const base = `units=children:62&indicators=${INDICATORS.join(',')}&years=${YEARS.join(',')}`;

  beforeAll(async () => {
    server = await startServer(engine);
    const res = await ask(base);
    expect(res.status).toBe(200);
    rows = (await res.json()) as AnalyticsRow[];
  });
  afterAll(() => server?.close());

  it('answers every unit × indicator × year with the same numbers as /api/v1/indicators', async () => {
    const units = [...new Set(rows.map((r) => r.unit))];
    expect(units.length).toBeGreaterThan(1);
    expect(rows.length).toBe(units.length * INDICATORS.length * YEARS.length);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(['district']));
    let compared = 0;
    for (const unit of units) {
      for (const year of YEARS) {
        const official = await indicatorsOf(server.url, unit, year);
        for (const code of INDICATORS) {
          const r = rows.find((x) => x.unit === unit && x.year === year && x.indicator === code)!;
          const o = official.get(code)!;
          expect([r.value, r.numerator, r.denominator, r.target]).toEqual([o.value, o.numerator, o.denominator, o.target]);
          compared++;
        }
      }
    }
    expect(compared).toBe(rows.length);
    // real figures, not a table of nulls; a status beside each
    expect(rows.filter((r) => r.value !== null).length).toBeGreaterThan(rows.length / 3);
    expect(rows.find((r) => r.target !== null && r.value !== null)?.status).toMatch(/^(met|near|behind)$/);
    expect(rows[0]!.unitName).not.toBe('');
  });

  it('gives the same rows as CSV (the JSON fields as columns) and as XLSX (numbers as numbers)', async () => {
    const csv = await ask(`${base}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('unit,unitName,level,indicator,year,value,numerator,denominator,target,status');
    expect(lines.length - 1).toBe(rows.length);
    const first = lines[1]!.split(',');
    expect(first[0]).toBe(rows[0]!.unit);
    expect(first[5] === '' ? null : Number(first[5])).toBe(rows[0]!.value);

    const xlsx = await ask(`${base}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount - 1).toBe(rows.length);
    expect(ws.getRow(1).getCell(8).value).toBe('Giá trị');
    for (let i = 0; i < rows.length; i++) {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(rows[i]!.unit);
      expect(row.getCell(4).value).toBe(rows[i]!.indicator);
      expect(row.getCell(8).value ?? null).toBe(rows[i]!.value);
      expect(row.getCell(11).value ?? null).toBe(rows[i]!.target);
    }
    // names and statuses in words, never codes
    expect(String(ws.getRow(2).getCell(3).value)).toBe('huyện');
    expect(['Đạt', 'Gần đạt', 'Chưa đạt', 'Chưa có số liệu', 'Không có chỉ tiêu']).toContain(ws.getRow(2).getCell(12).value);
  });

  it('makes texts that begin like a formula safe in CSV and XLSX', async () => {
    await server.store.db.updateTable('units').set({ name: '=HYPERLINK("http://x","y")' }).where('code', '=', '615').execute();
    await defineIndicator(server.store.db, LOCAL_ADMIN, {
      code: 'X_FORMULA',
      nameVi: '@SUM(A1:A2) chỉ số',
      nameEn: '@SUM(A1:A2) indicator',
      unit: 'lượt',
      formula: { numerator: [{ sign: 1, operand: { type: 'data', element: 'LIB_VISITS' } }], denominator: null, factor: 1 },
    });
    const csv = await (await ask('units=615&indicators=X_FORMULA&years=2024&format=csv')).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await ask('units=615&indicators=X_FORMULA&years=2024&format=xlsx')).arrayBuffer());
    const row = wb.worksheets[0]!.getRow(2);
    expect(row.getCell(2).value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row.getCell(5).value).toBe("'@SUM(A1:A2) chỉ số");
    expect(typeof row.getCell(8).value).toBe('number');
  });

  it.each([
    ['indicators=LIB_LLL_COMMUNE&years=2024', 'units', 'E1004'],
    ['units=children:&years=2024', 'units', 'E3533'],
    ['units=level:hamlet:46&years=2024', 'units', 'E3533'],
    ['units=children:46:x&years=2024', 'units', 'E3533'],
    ['units=NO-SUCH&years=2024', 'units', 'E3532'],
    ['units=46&indicators=LIB_LLL_COMMUNE,NOPE&years=2024', 'indicators', 'E3531'],
    ['units=46&years=1999', 'years', 'E3534'],
    ['units=46&years=20x4', 'years', 'E3530'],
    ['units=46&years=2024&format=pdf', 'format', 'E1004'],
  ])('refuses %s with a 400 naming the parameter', async (q, field, code) => {
    const res = await ask(q);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorJson;
    expect(body.code).toBe(code);
    expect(body.problems?.map((p) => p.field)).toContain(field);
    if (code !== 'E1004') expect(body.error).toContain(`"${field}"`);
  });

  it('refuses too many units or cells with the limit named', async () => {
    await expect(analyse(server.store.db, { units: 'level:commune:VN', years: '2024' }, { units: 10, cells: 1e6 })).rejects.toMatchObject({
      status: 400,
      said: { code: 'E3535', params: { max: 10 } },
    });
    await expect(analyse(server.store.db, { units: 'children:62', years: '2023,2024' }, { units: 100, cells: 50 })).rejects.toMatchObject({
      status: 400,
      said: { code: 'E3536', params: { max: 50 } },
    });
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const op = doc.paths['/analytics']?.get;
    expect(op?.parameters?.map((p) => p.name).sort()).toEqual(['format', 'indicators', 'units', 'years']);
    expect(Object.keys(op!.responses['200']!.content!)).toEqual(expect.arrayContaining(['application/json', 'text/csv']));
    expect(Object.keys(doc.components.schemas.AnalyticsRow!.properties!)).toEqual([
      'unit',
      'unitName',
      'level',
      'indicator',
      'year',
      'value',
      'numerator',
      'denominator',
      'target',
      'status',
    ]);
  });

  // last: LibreOffice takes seconds, and a request after it would find its kept-alive connection closed by the server
  it('formats the XLSX numbers by indicator, and LibreOffice Calc opens it showing them in Vietnamese', async () => {
    // the rows as they are now (an earlier test renamed a unit, which moved it in the order)
    const rows = (await (await ask(base)).json()) as AnalyticsRow[];
    const bytes = new Uint8Array(await (await ask(`${base}&format=xlsx`)).arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:L1');
    expect(ws.columns.map((c) => c.width)).toEqual([12, 24, 10, 22, 60, 10, 8, 12, 12, 12, 12, 16]);
    // one format per indicator for its values and targets, by its unit and whether every value is whole
    const decimals = new Map<string, number>();
    for (const code of INDICATORS) {
      const own = rows.filter((r) => r.indicator === code);
      const whole = own.every((r) => (r.value === null || Number.isInteger(r.value)) && (r.target === null || Number.isInteger(r.target)));
      const unit = String(ws.getRow(2 + rows.indexOf(own[0]!)).getCell(6).value);
      const expected = whole ? '#,##0' : unit.startsWith('%') ? '#,##0.0' : '#,##0.00';
      decimals.set(code, expected.split('.')[1]?.length ?? 0);
      for (const r of own) {
        const row = ws.getRow(2 + rows.indexOf(r));
        if (r.value !== null) expect(row.getCell(8).numFmt).toBe(expected);
        if (r.target !== null) expect(row.getCell(11).numFmt).toBe(expected);
      }
    }
    if (!hasCalc) return;
    const shown = shownByCalc(bytes);
    expect(shown[0]).toEqual(['Mã đơn vị', 'Đơn vị', 'Cấp', 'Mã chỉ số', 'Chỉ số', 'Đơn vị tính', 'Năm', 'Giá trị', 'Tử số', 'Mẫu số', 'Chỉ tiêu', 'Đánh giá']);
    expect(shown.length - 1).toBe(rows.length);
    const vi = (v: number | null, d: number) =>
      v === null ? '' : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(v).replace('\u2212', '-');
    const sums = (v: number | null) => vi(v, v === null || Number.isInteger(v) ? 0 : 2);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      const line = shown[i + 1]!;
      // a name that begins like a formula (an earlier test gave one) is shown as the text it is
      expect(line.slice(0, 4)).toEqual([r.unit, safeCell(r.unitName), 'huyện', r.indicator]);
      expect(line[6]).toBe(String(r.year));
      expect(line[7]).toBe(vi(r.value, decimals.get(r.indicator)!));
      expect(line[10]).toBe(vi(r.target, decimals.get(r.indicator)!));
      if (rows.filter((x) => x.indicator === r.indicator).every((x) => [x.numerator, x.denominator].every((n) => n === null || Number.isInteger(n))))
        expect([line[8], line[9]]).toEqual([sums(r.numerator), sums(r.denominator)]);
    }
    // thousands grouped with a point, decimals after a comma, as a reader in Vietnam expects
    expect(shown.some((l) => /^\d{1,3}(\.\d{3})+$/.test(l[8]!))).toBe(true);
    expect(shown.some((l) => /^-?\d+,\d$/.test(l[7]!))).toBe(true);
  }, 240_000);
});
