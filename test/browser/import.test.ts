import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatNumber } from '../../src/core/i18n/format.ts';
import { startServer, storedValue, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, hasChromium, logIn, seriousIn, sharedBrowser } from './browser.ts';

/** Submits the upload form with its button, and waits for the page it answers (the same URL as the form's). */
async function upload(page: Page, button: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/nhap-lieu'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await page.waitForLoadState();
}

const VISITS = 'Lượt người sử dụng thư viện';
const vi = (n: number) => formatNumber('vi', n, 0);

afterAll(closeSharedBrowser);

/**
 * The import as a person does it, without JavaScript: Huế's official picks the provincial library's template by its
 * name typed without diacritics, edits two cells in a spreadsheet (one as "1.234"), uploads it, sees each cell
 * old → new, and saves it from the check's page without choosing the file again.
 */
describe.skipIf(!hasChromium)('browser: importing an edited template, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  let official: BrowserContext;
  let withScripts: BrowserContext;
  let dir: string;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
    official = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN', acceptDownloads: true });
    // axe runs in the page: a context with scripts for the second flow
    withScripts = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', acceptDownloads: true });
    dir = await mkdtemp(join(tmpdir(), 'import-browser-'));
  });
  afterAll(async () => {
    await official?.close();
    await withScripts?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('downloads the template by name, uploads it edited, sees old → new, confirms without choosing the file again', async () => {
    const page = await official.newPage();
    await logIn(page, 'canbo.hue');
    await page.goto('/nhap-lieu');
    await page.getByLabel('Cơ sở hoặc đơn vị').fill('thu vien tinh thua thien hue');
    await page.getByLabel('Năm').selectOption('2025');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu' }).click()]);
    expect(download.suggestedFilename()).toBe('mau-nhap-lieu-thu-vien-tinh-thua-thien-hue-2025.xlsx');
    const downloaded = join(dir, 'mau.xlsx');
    await download.saveAs(downloaded);

    // the template: Vietnamese headers, names (no codes), the months as 01/2025, the stored values
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(downloaded);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Cơ sở', 'Chỉ tiêu', 'Kỳ', 'Giá trị']);
    const rowOf = (element: string, period: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (r.getCell(2).value === element && r.getCell(3).value === period) found = r;
      });
      if (!found) throw new Error(`no row ${element} ${period}`);
      return found;
    };
    const august = rowOf(VISITS, '08/2025');
    expect(august.getCell(1).value).toBe('Thư viện tỉnh Thừa Thiên Huế');
    const old = await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-08');
    expect(august.getCell(4).value).toBe(old);
    // an empty cell of the template, filled in the Vietnamese way
    let empty: ExcelJS.Row | undefined;
    sheet.eachRow((r, n) => {
      if (n > 1 && !empty && (r.getCell(4).value === null || r.getCell(4).value === undefined)) empty = r;
    });
    expect(empty, 'the template has an empty value to fill in').toBeDefined();
    const [emptyElement, emptyPeriod] = [String(empty!.getCell(2).value), String(empty!.getCell(3).value)];
    august.getCell(4).value = old! + 5;
    empty!.getCell(4).value = '1.234';
    const edited = join(dir, 'mau-sua.xlsx');
    await wb.xlsx.writeFile(edited);

    // the check: nothing saved, each changed cell old → new, the unchanged counted
    await page.setInputFiles('#file', edited);
    await upload(page, 'Kiểm tra tệp');
    expect(await page.getByRole('status').innerText()).toMatch(
      /^Đã kiểm tra tệp mau-sua\.xlsx: [\d.]+ dòng số liệu, không có lỗi\. Sẽ thay đổi 2 ô; [\d.]+ ô giữ nguyên giá trị/,
    );
    const table = page.locator('table.changes');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Cơ sở', 'Chỉ tiêu', 'Kỳ', 'Giá trị cũ', 'Giá trị mới']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toContainEqual(['Thư viện tỉnh Thừa Thiên Huế', VISITS, '08/2025', vi(old!), vi(old! + 5)]);
    const filled = emptyPeriod.length === 4 ? `Năm ${emptyPeriod}` : emptyPeriod;
    expect(rows).toContainEqual(['Thư viện tỉnh Thừa Thiên Huế', emptyElement, filled, 'chưa có', '1.234']);
    expect(rows).toHaveLength(2);
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-08')).toBe(old);

    // confirmed from the check's page: the file is not chosen again
    await Promise.all([page.waitForURL(/da-luu=2/), page.getByRole('button', { name: 'Lưu 2 thay đổi' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu 2 số liệu từ tệp mau-sua.xlsx.');
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-08')).toBe(old! + 5);
    await page.close();
  });

  it('the institution page links to its own template; axe passes on the check; a second confirmation of a used check says so in place', async () => {
    const page = await withScripts.newPage();
    await logIn(page, 'canbo.hue');
    await page.goto('/co-so/TVTINH-46?nam=2025');
    const link = page.getByRole('link', { name: 'CSV (UTF-8)' });
    expect(await link.getAttribute('href')).toBe('/nhap-lieu/mau?co-so=TVTINH-46&nam=2025&dang=csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const csv = join(dir, 'mau.csv');
    await download.saveAs(csv);
    const { readFile, writeFile } = await import('node:fs/promises');
    const text = await readFile(csv, 'utf8');
    expect(text.split('\n')[0]).toBe('\uFEFFCơ sở,Chỉ tiêu,Kỳ,Giá trị');
    // September's visits, in the Vietnamese way with a non-breaking space between the thousands
    const sept = new RegExp(`^(Thư viện tỉnh Thừa Thiên Huế,${VISITS},09/2025,)(\\d+)$`, 'm');
    const old = Number(sept.exec(text)![2]);
    await writeFile(csv, text.replace(sept, `$1"${vi(old + 1000).replaceAll('.', '\u00a0')}"`));
    await page.goto('/nhap-lieu');
    await page.setInputFiles('#file', csv);
    await upload(page, 'Kiểm tra tệp');
    expect(await seriousIn(page, 'import page after a check')).toEqual([]);
    const confirm = page.getByRole('button', { name: 'Lưu 1 thay đổi' });
    const token = await page.locator('input[name="token"]').inputValue();
    await Promise.all([page.waitForURL(/da-luu=1/), confirm.click()]);
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-09')).toBe(old + 1000);
    // the same check confirmed again (a second tab, the back button): refused in place, nothing saved twice
    await page.goto('/nhap-lieu');
    const res = await page.request.post('/nhap-lieu/xac-nhan', {
      form: { _csrf: await page.locator('input[name="_csrf"]').first().inputValue(), token },
    });
    expect(res.status()).toBe(409);
    expect(await res.text()).toContain('Tệp đã kiểm tra không còn được giữ');
    await page.close();
  });
});
