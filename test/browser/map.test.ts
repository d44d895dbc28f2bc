import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundariesFile } from '../../src/dashboards/boundaries.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { hasChromium, launch, seriousIn } from './browser.ts';

const repository = path.resolve(import.meta.dirname, '../..');
const shared = process.env.LIFELONG_SHARED_DIR ? path.resolve(process.env.LIFELONG_SHARED_DIR) : path.resolve(repository, '../shared');
const source = path.join(shared, 'data', 'boundaries', 'geoBoundaries-VNM-ADM1.geojson');

/** The boundaries are built, not kept in the repository: built here from the shared source when it is there. */
function haveBoundaries(): boolean {
  if (existsSync(boundariesFile())) return true;
  if (!existsSync(source)) return false;
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-boundaries.ts', '--source', source], { cwd: repository, stdio: 'inherit' });
  return existsSync(boundariesFile());
}
const drawn = haveBoundaries();
if (!drawn) console.warn(`\n⚠ no boundaries (${boundariesFile()}, or ${source} to build them from): the map's drawing is not tested, its table is.\n`);

const INDICATOR = 'LIB_LLL_COMMUNE';
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

// Issue 18: the map of the programme, on the map in force each year, readable without JavaScript and by a screen reader.
describe.skipIf(!hasChromium)('browser: the map (/ban-do)', () => {
  let server: TestServer;
  let browser: Browser;
  let visitor: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), launch()]);
    visitor = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    page = await visitor.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.skipIf(!drawn)('draws 34 provinces for 2026 and 63 for 2024, each a path[data-unit] with a title naming it', async () => {
    for (const [year, n] of [
      [2026, 34],
      [2024, 63],
    ] as const) {
      await page.goto(`/ban-do?chi-so=${INDICATOR}&nam=${year}`);
      const paths = page.locator('svg.choropleth path[data-unit]');
      expect(await paths.count()).toBe(n);
      const titles = await paths.evaluateAll((ps) => ps.map((p) => p.querySelector('title')?.textContent ?? ''));
      expect(titles.every((t) => t.length > 0)).toBe(true);
      expect(new Set(await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-unit')))).size).toBe(n);
      // the provinces the demo holds carry the platform's codes and their figures in the title
      const hue = page.locator('svg.choropleth path[data-unit^="46"] title');
      expect(await hue.textContent()).toMatch(/^Huế: \d+(,\d+)? % — (Đạt|Gần đạt|Chưa đạt)/);
      // the legend names each status shown, in words beside its colour
      expect(await page.locator('.map-legend li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\s*Chưa có số liệu \(\d+\)/)]));
      expect(await page.locator('svg.choropleth').getAttribute('data-map')).toBe(String(n));
    }
  });

  it('the table gives the numbers of /api/v1/analytics for the same indicator and year, the Vietnamese way', async () => {
    for (const year of [2026, 2024]) {
      await page.goto(`/ban-do?chi-so=${INDICATOR}&nam=${year}`);
      const api = (await (await fetch(`${server.url}/api/v1/analytics?units=children:VN&indicators=${INDICATOR}&years=${year}`)).json()) as {
        unit: string;
        value: number | null;
      }[];
      const rows = await page.locator('table.map-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          unit: tr.getAttribute('data-unit')!,
          raw: tr.querySelector('td[data-value]')!.getAttribute('data-value')!,
          text: tr.querySelector('td[data-value]')!.textContent!.trim(),
        })),
      );
      const withFigures = rows.filter((r) => r.raw !== '');
      expect(withFigures.length).toBeGreaterThanOrEqual(3);
      for (const r of withFigures) {
        const a = api.find((x) => x.unit === r.unit);
        expect(a, r.unit).toBeDefined();
        expect(Number(r.raw)).toBe(a!.value);
        expect(r.text).toBe(a!.value!.toLocaleString('vi-VN', { maximumFractionDigits: 1 }));
      }
      // every unit of the API's answer that is on that year's map has its row
      for (const a of api.filter((x) => x.value !== null))
        if (rows.some((r) => r.unit === a.unit)) expect(withFigures.some((r) => r.unit === a.unit)).toBe(true);
    }
  });

  it("a province's communes are a ranked bar chart, said plainly; a bad indicator is refused beside its field", async () => {
    await page.goto(`/ban-do?chi-so=${INDICATOR}&nam=2026&don-vi=46`);
    expect(await page.locator('p.notice').textContent()).toContain('biểu đồ thanh xếp hạng');
    const values = await page.locator('table.ranked tbody td[data-value]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    const numbers = values.filter((v) => v !== '').map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const res = await page.goto('/ban-do?chi-so=KHONG_CO&nam=2026');
    expect(res?.status()).toBe(400);
    expect(await page.locator('.error-summary a[href="#chi-so"]').count()).toBe(1);
  });

  it('axe finds nothing serious; the page fits a 390 px phone', async () => {
    const withJs = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const p = await withJs.newPage();
    const found: Record<string, string[]> = {};
    for (const url of [`/ban-do?chi-so=${INDICATOR}&nam=2026`, `/ban-do?chi-so=${INDICATOR}&nam=2024`, `/ban-do?chi-so=${INDICATOR}&nam=2026&don-vi=46`]) {
      await p.goto(url);
      found[url] = await seriousIn(p, url);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await p.setViewportSize({ width: 390, height: 844 });
    for (const url of [`/ban-do?chi-so=${INDICATOR}&nam=2024`, `/ban-do?chi-so=${INDICATOR}&nam=2026&don-vi=46`]) {
      await p.goto(url);
      expect(await pageWidth(p), url).toBeLessThanOrEqual(390);
    }
    await withJs.close();
  });
});
