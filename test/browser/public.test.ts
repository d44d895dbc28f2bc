import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { listIndicators } from '../../src/indicators/catalogue.ts';
import { appliesAt } from '../../src/indicators/levels.ts';
import { hasChromium, launch, seriousIn } from './browser.ts';

/** Mojibake of UTF-8 Vietnamese read as Latin-1/CP1252 ("Viá»‡t"), replacement characters, decomposed marks. */
function expectCleanVietnamese(text: string) {
  expect(text).not.toMatch(/[\uFFFD]|Ã.|á».|Ä[‘\u0091]/);
  expect(text).toBe(text.normalize('NFC'));
}

const children = (page: Page) => page.locator('section[aria-labelledby="children-h"]');

// Flow (a), (d), (e): the anonymous visitor, on SQLite (the default engine).
describe.skipIf(!hasChromium)('browser: the public dashboard, anonymous, without JavaScript', () => {
  let server: TestServer;
  let browser: Browser;
  let noJs: BrowserContext;
  let withJs: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), launch()]);
    noJs = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    withJs = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('home → national dashboard in Vietnamese with correct diacritics', async () => {
    const page = await noJs.newPage();
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/don-vi/VN');
    expect(res?.headers()['content-type']).toMatch(/text\/html;\s*charset=utf-8/i);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.title()).toBe('Việt Nam · Học tập suốt đời');
    expect(await page.locator('h1').innerText()).toMatch(/^Nước Cộng hòa xã hội chủ nghĩa Việt Nam — \d{4}$/);
    const text = await page.locator('body').innerText();
    for (const phrase of [
      'Học tập suốt đời',
      'Tổng quan cả nước',
      'Đăng nhập',
      'Đơn vị trực thuộc',
      'Xu hướng qua các năm',
      'Bảng số liệu của biểu đồ',
      'Quyết định 1520/QĐ-TTg',
    ])
      expect(text).toContain(phrase);
    expectCleanVietnamese(text);
    await page.close();
  });

  it('drills down VN → Kon Tum (62) → Đắk Hà (615) → a commune by clicking links, with the indicator table and the chart data table', async () => {
    const page = await noJs.newPage();
    await page.goto('/');
    // Kon Tum existed until 2025-06-30: choose 2024 in the year form (a plain GET form)
    await page.locator('#nam').selectOption('2024');
    await Promise.all([page.waitForURL(/\/don-vi\/VN\?nam=2024$/), page.locator('form:has(#nam) button[type="submit"]').click()]);
    expect(await page.locator('h1').innerText()).toContain('— 2024');

    await Promise.all([page.waitForURL(/\/don-vi\/62\?nam=2024$/), children(page).getByRole('link', { name: 'Kon Tum', exact: true }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Tỉnh Kon Tum — 2024');
    await Promise.all([page.waitForURL(/\/don-vi\/615\?nam=2024$/), children(page).getByRole('link', { name: 'Đắk Hà', exact: true }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Huyện Đắk Hà — 2024');
    const crumbs = await page.getByRole('navigation', { name: 'Đơn vị' }).innerText();
    expect(
      crumbs
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ).toEqual(['Việt Nam', 'Kon Tum', 'Đắk Hà']);
    await Promise.all([page.waitForURL(/\/don-vi\/23521\?nam=2024$/), children(page).getByRole('link', { name: 'Hà Mòn', exact: true }).click()]);
    expect(await page.locator('h1').innerText()).toMatch(/Hà Mòn — 2024$/);

    // every indicator but those counting only institutions of a level above that the commune does not have (issue 18)
    const catalogue = await listIndicators(server.store.db);
    const listed = await page.locator('tr[data-indicator]').count();
    expect(listed).toBe(catalogue.filter((i) => appliesAt(i, 'commune')).length);
    expect(await page.locator('tr[data-indicator="LIB_LLL_PROVINCE"]').count()).toBe(0);
    expect(await page.locator('tr[data-indicator] td[data-value]').count()).toBe(listed);
    expect(Number(await page.locator('tr[data-indicator="LIB_USERS_GROWTH"] td[data-value]').getAttribute('data-value'))).not.toBeNaN();
    // the chart is an inline SVG and its numbers are also a table; drawn for a wide screen and a phone, one shown
    expect(await page.locator('.chart svg:visible').count()).toBe(1);
    expect(await page.locator('.chart svg:visible').getAttribute('width')).toBe('640');
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.locator('.chart svg:visible').count()).toBe(1);
    expect(await page.locator('.chart svg:visible').getAttribute('width')).toBe('360');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const dataTable = page.locator('table', { has: page.locator('caption', { hasText: 'Bảng số liệu của biểu đồ' }) });
    expect(await dataTable.count()).toBe(1);
    expect(await dataTable.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await dataTable.locator('tbody th').allInnerTexts()).toContain('2024');
    expectCleanVietnamese(await page.locator('body').innerText());
    await page.close();
  });

  it('the English switch shows English, and the choice sticks', async () => {
    const page = await noJs.newPage();
    await page.goto('/don-vi/615?nam=2024');
    await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English', exact: true }).click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const text = await page.locator('body').innerText();
    for (const phrase of [
      'Lifelong learning',
      'National overview',
      'Log in',
      'Units below',
      'Trend over the years',
      "Chart's data table",
      'Growth of library user visits',
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain('Đơn vị trực thuộc');
    await page.goto('/don-vi/62?nam=2024');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await Promise.all([page.waitForURL(/lang=vi/), page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click()]);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.close();
  });

  it('the login form works without JavaScript (a wrong password is answered in Vietnamese)', async () => {
    const page = await noJs.newPage();
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('canbo.kontum');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
    expect(res.status()).toBe(401);
    expect(await page.getByRole('alert').innerText()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.close();
  });

  it('axe: no serious or critical violations on the dashboards and the login page', async () => {
    const page = await withJs.newPage();
    const all: Record<string, string[]> = {};
    for (const [label, path] of [
      ['national dashboard', '/don-vi/VN'],
      ['district dashboard', '/don-vi/615?nam=2024'],
      ['login page', '/dang-nhap'],
      ['overview', '/tong-quan'],
    ] as const) {
      await page.goto(path);
      all[label] = await seriousIn(page, label);
    }
    expect(all).toEqual({ 'national dashboard': [], 'district dashboard': [], 'login page': [], overview: [] });
    await page.close();
  }, 120_000);

  it('page weight: the dashboard HTML (no images, no scripts) is reported and stays under 200 KB', async () => {
    const sizes: Record<string, number> = {};
    for (const path of ['/don-vi/VN', '/don-vi/VN?nam=2024', '/don-vi/62?nam=2024', '/don-vi/615?nam=2024']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      sizes[path] = (await res.arrayBuffer()).byteLength;
    }
    const page = await noJs.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/don-vi/VN');
    await page.close();
    console.log(
      `page weight (HTML bytes): ${Object.entries(sizes)
        .map(([p, n]) => `${p} ${(n / 1024).toFixed(1)} KB`)
        .join(' · ')}; requests for /don-vi/VN: ${requests.length}`,
    );
    for (const [path, n] of Object.entries(sizes)) expect({ path, underLimit: n < 200 * 1024 }).toEqual({ path, underLimit: true });
  });
});
