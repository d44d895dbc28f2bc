import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, indicatorsOf, startServer, type TestServer } from '../support/server.ts';
import { hasChromium, launch, seriousIn } from './browser.ts';

const CHOSEN = ['LIB_LLL_COMMUNE', 'LIB_USERS_GROWTH', 'CC_CLUBS_COMMUNE'];
const YEARS = ['2023', '2024', '2025'];

/** The page is no wider than the screen (the body too: an absolutely placed text inside a scroll box can widen it). */
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

// Issue 18: an official builds a pivot, sorts it and exports it, without JavaScript.
describe.skipIf(!hasChromium)('browser: the analysis page (/phan-tich)', () => {
  let server: TestServer;
  let browser: Browser;
  let official: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), launch()]);
    official = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN', acceptDownloads: true });
    page = await official.newPage();
    await page.goto('/dang-nhap');
    await page.fill('input[name=username]', 'canbo.hue');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('main button[type=submit]');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds three indicators over the units of a province for three years, sorts it and exports XLSX equal to /api/v1/indicators', async () => {
    await page.goto('/phan-tich');
    // the place by name, typed without diacritics
    await page.fill('#don-vi', 'hue');
    await page.check('input[name=pham-vi][value=children]');
    for (const box of await page.locator('input[name=cs]').all()) await box.setChecked(CHOSEN.includes((await box.getAttribute('value'))!));
    for (const box of await page.locator('input[name=nam]').all()) await box.setChecked(YEARS.includes((await box.getAttribute('value'))!));
    await page.selectOption('#hang', 'unit');
    await page.selectOption('#cot', 'indicator');
    await page.click('form.analysis-form button[type=submit]');
    // the choice lives in the URL
    const url = new URL(page.url());
    expect(url.pathname).toBe('/phan-tich');
    expect(url.searchParams.getAll('cs').sort()).toEqual([...CHOSEN].sort());
    expect(url.searchParams.getAll('nam')).toEqual(YEARS);
    expect(await page.locator('#don-vi').inputValue()).toMatch(/^Huế — tỉnh/);
    const headings = await page.locator('table.pivot thead th[data-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')));
    expect(headings).toEqual(CHOSEN);
    const units = await page.locator('table.pivot tbody tr').evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-unit')))]);
    expect(units.length).toBeGreaterThan(2);
    expect(await page.locator('table.pivot tbody tr').count()).toBe(units.length * YEARS.length);
    // statuses in words beside their colours
    expect(await page.locator('table.pivot .light.met, table.pivot .light.behind, table.pivot .light.near').count()).toBeGreaterThan(0);
    // a chart with its numbers the Vietnamese way
    expect(await page.locator('figure.chart-figure svg').count()).toBe(1);

    // sort by the first indicator, largest first
    await page.click('table.pivot thead th[data-column="LIB_LLL_COMMUNE"] a');
    expect(await page.locator('th[data-column="LIB_LLL_COMMUNE"]').getAttribute('aria-sort')).toBe('descending');
    const sorted = (
      await page
        .locator('table.pivot tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td[data-value]')[0]?.getAttribute('data-value') ?? ''))
    ).filter((v) => v !== '');
    const numbers = sorted.map(Number);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // the same view as XLSX: numbers, equal to the public indicators API
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Tải Excel (XLSX)")')]);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path!);
    const ws = wb.worksheets[0]!;
    const lines = ws.getRows(2, ws.rowCount - 1)!;
    expect(lines.length).toBe(units.length * CHOSEN.length * YEARS.length);
    const official = new Map<string, Awaited<ReturnType<typeof indicatorsOf>>>();
    let compared = 0;
    for (const row of lines) {
      const unit = String(row.getCell(1).value);
      const indicator = String(row.getCell(4).value);
      const year = Number(row.getCell(7).value);
      const key = `${unit}|${year}`;
      if (!official.has(key)) official.set(key, await indicatorsOf(server.url, unit, year));
      const o = official.get(key)!.get(indicator)!;
      expect(row.getCell(8).value ?? null).toBe(o.value);
      expect(row.getCell(11).value ?? null).toBe(o.target);
      if (o.value !== null) expect(typeof row.getCell(8).value).toBe('number');
      compared++;
    }
    expect(compared).toBe(lines.length);
  });

  it('keeps the person on the form with each problem beside its field', async () => {
    await page.goto('/phan-tich?don-vi=khong-co-noi-nay&pham-vi=children&nam=2025');
    expect(await page.locator('.error-summary').innerText()).toContain('Chọn ít nhất một chỉ số');
    expect(await page.locator('.error-summary').innerText()).toContain('Không tìm thấy địa bàn "khong-co-noi-nay"');
    expect(await page.locator('#don-vi').inputValue()).toBe('khong-co-noi-nay');
    expect(await page.locator('#don-vi').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#don-vi-err').innerText()).toContain('Không tìm thấy');
    expect(await page.locator('input[name=nam][value="2025"]').isChecked()).toBe(true);
  });

  it('axe finds nothing serious on /phan-tich, with a result and with an error', async () => {
    // axe runs in the page: a context with JavaScript
    const withJs = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const page = await withJs.newPage();
    const all: Record<string, string[]> = {};
    for (const [label, path] of [
      ['default', '/phan-tich'],
      ['years across', `/phan-tich?don-vi=46&pham-vi=children&cs=LIB_LLL_COMMUNE&nam=2024&nam=2025&hang=unit&cot=year`],
      ['error', '/phan-tich?don-vi=&nam=2025'],
    ] as const) {
      await page.goto(path);
      all[label] = await seriousIn(page, label);
    }
    await withJs.close();
    expect(all).toEqual({ default: [], 'years across': [], error: [] });
  });

  it('fits a 390 px phone: /phan-tich and /don-vi/46 scroll only downwards', async () => {
    const phone = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const p = await phone.newPage();
    for (const path of ['/phan-tich', '/don-vi/46', '/don-vi/46?nam=2024', '/tong-quan']) {
      await p.goto(path);
      expect({ path, width: await pageWidth(p) }).toEqual({ path, width: 390 });
    }
    await phone.close();
  });
});
