import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStore, runCliAsync } from '../support/cli.ts';
import { ENGINES } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { dashboardFor } from '../../src/indicators/evaluate.ts';
import { unit } from './helpers.ts';

const cli = runCliAsync;

describe.each(ENGINES)('lifelong report build on %s', (engine) => {
  let store: Store;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lifelong-cli-'));
    const s = await cliStore(engine, join(dir, 'demo.db'));
    url = s.url;
    store = s;
    await seedDemo(store);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the district report as XLSX with the indicator values, and HTML', async () => {
    const out = join(dir, 'r.xlsx');
    const { stdout } = await cli(url, ['report', 'build', '--unit', '615', '--year', '2024', '--format', 'xlsx', '--out', out]);
    expect(stdout).toContain('Đắk Hà 2024, xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const d = (await dashboardFor(store.db, await unit(store.db, '615'), 2024)).find((x) => x.indicator === 'LIB_LLL_COMMUNE')!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'LIB_LLL_COMMUNE') {
        expect(row.getCell(6).value).toBe(d.value);
        found = true;
      }
    });
    expect(found).toBe(true);
    const html = join(dir, 'r.html');
    await cli(url, ['report', 'build', '--unit', '615', '--year', '2024', '--format', 'html', '--out', html]);
    expect(readFileSync(html, 'utf8')).toContain('Độc lập - Tự do - Hạnh phúc');
  }, 240_000);

  it('refuses an unknown format or unit with a clear message', async () => {
    const bad = await cli(url, ['report', 'build', '--unit', '615', '--year', '2024', '--format', 'pdf', '--out', join(dir, 'x')]).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect('code' in bad && bad.code).toBe(1);
    expect((bad as { stderr: string }).stderr).toContain('Định dạng "pdf" không hỗ trợ');
    const none = await cli(url, ['report', 'build', '--unit', 'NOPE', '--year', '2024', '--format', 'docx', '--out', join(dir, 'x')]).catch(
      (e: { stderr: string }) => e,
    );
    expect((none as { stderr: string }).stderr).toContain('Không có đơn vị mã "NOPE"');
  }, 240_000);
});
