import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { indicatorsOf, startServer, storedValue, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, hasChromium, indicatorValue, loadFocus, logIn, seriousIn, sharedBrowser } from './browser.ts';

const entryForm = (page: Page) => page.locator('form[action*="/so-lieu"]');
const cell = (page: Page, element: string, period: string) => page.locator(`input[name="v:${element}:${period}"]`);

/**
 * Flow (b): Đắk Hà's official logs in through the form, walks to the commune library of the
 * commune Đắk Hà, changes LIB_VISITS of May 2024 in the grid and saves; the district's
 * LIB_USERS_GROWTH for 2024, read from the dashboard's data-value, moves by exactly that much.
 */
async function enterValueAsOfficial(server: TestServer, official: BrowserContext, delta: number): Promise<void> {
  const page = await official.newPage();
  expect(await logIn(page, 'canbo.dakha')).toBe('/don-vi/615');

  await page.goto('/don-vi/615?nam=2024');
  const before = await indicatorValue(page, 'LIB_USERS_GROWTH');
  expect(before).not.toBeNull();
  const { denominator } = (await indicatorsOf(server.url, '615', 2024)).get('LIB_USERS_GROWTH')!;
  expect(denominator).toBeGreaterThan(0);

  // the commune Đắk Hà of the district Đắk Hà, then its commune library from the institutions list
  await Promise.all([
    page.waitForURL(/\/don-vi\/23500-2025\?nam=2024$/),
    page.locator('section[aria-labelledby="children-h"]').getByRole('link', { name: 'Đắk Hà', exact: true }).click(),
  ]);
  const institutions = page.locator('section[aria-labelledby="inst-h"]');
  expect(await institutions.count(), "the commune's page lists its institutions to the district's official").toBe(1);
  await Promise.all([page.waitForURL(/\/co-so\/TVXA-23500\?nam=2024$/), institutions.getByRole('link', { name: 'Thư viện xã Đắk Hà', exact: true }).click()]);
  expect(await page.locator('h1').innerText()).toBe('Thư viện xã Đắk Hà');

  const may = cell(page, 'LIB_VISITS', '2024-05');
  const old = Number(await may.inputValue());
  expect(old).toBe(await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2024-05'));
  const next = old + delta;
  await may.fill(String(next));
  // hundreds more visits than a commune library's months before: an outlier, saved once the official says why
  await Promise.all([page.waitForURL(/\/so-lieu/), entryForm(page).getByRole('button', { name: 'Lưu' }).click()]);
  expect(await page.locator('.field-warn').first().innerText()).toMatch(/^Cảnh báo: Giá trị [\d.]+ cao bất thường/);
  await page.getByLabel('Ghi chú (vì sao số liệu đúng)').fill('Ngày hội đọc sách của huyện');
  await Promise.all([page.waitForURL(/da-luu=1/), entryForm(page).getByRole('button', { name: 'Lưu' }).click()]);
  expect(await page.getByRole('status').innerText()).toBe('Đã lưu.');
  expect(await cell(page, 'LIB_VISITS', '2024-05').inputValue()).toBe(String(next));
  expect(await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2024-05')).toBe(next);

  await page.goto('/don-vi/615?nam=2024');
  const after = await indicatorValue(page, 'LIB_USERS_GROWTH');
  console.log(`LIB_USERS_GROWTH of Đắk Hà 2024: ${before} → ${after} after +${delta} visits in May`);
  expect(after).toBeCloseTo(before! + (delta / denominator!) * 100, 3);
  await page.close();
}

afterAll(closeSharedBrowser);

// Flows (b) and (c) and the accessibility of the signed-in pages, on SQLite (the default engine).
describe.skipIf(!hasChromium)('browser: data entry by an official, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  let official: BrowserContext;
  let admin: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
    // the whole entry flow works without JavaScript
    official = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    admin = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const page = await admin.newPage();
    expect(await logIn(page, 'admin')).toBe('/don-vi/VN');
    await page.close();
  });
  afterAll(async () => {
    await official?.close();
    await admin?.close();
    await server?.close();
  });

  it("(b) Đắk Hà's official changes a monthly LIB_VISITS value of a commune library; the district's LIB_USERS_GROWTH follows", async () => {
    await enterValueAsOfficial(server, official, 600);
  });

  it('(c) a forged CSRF token on the entry form: 403 error page in Vietnamese, the value unchanged', async () => {
    const page = await admin.newPage();
    await page.goto('/co-so/TVXA-23503?nam=2024');
    const june = cell(page, 'LIB_VISITS', '2024-06');
    const old = await june.inputValue();
    expect(Number(old)).toBe(await storedValue(server.store, 'TVXA-23503', 'LIB_VISITS', '2024-06'));
    await june.fill(String(Number(old) + 1));
    await entryForm(page)
      .locator('input[name="_csrf"]')
      .evaluate((el, v) => el.setAttribute('value', v), 'forged-token');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/so-lieu')),
      entryForm(page).getByRole('button', { name: 'Lưu' }).click(),
    ]);
    expect(res.status()).toBe(403);
    await page.waitForLoadState();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').innerText()).toBe('Có lỗi');
    expect(await page.getByRole('alert').innerText()).toBe('Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.');
    expect(await storedValue(server.store, 'TVXA-23503', 'LIB_VISITS', '2024-06')).toBe(Number(old));
    await page.goto('/co-so/TVXA-23503?nam=2024');
    expect(await cell(page, 'LIB_VISITS', '2024-06').inputValue()).toBe(old);
    await page.close();
  });

  it("the official cannot open another province's institution: /co-so/<Huế's library> is a 403 page", async () => {
    const page = await official.newPage();
    const res = await page.goto('/co-so/TVTINH-46');
    expect(res?.status()).toBe(403);
    expect(await page.getByRole('alert').innerText()).toBe('Bạn không có quyền truy cập nội dung này.');
    await page.close();
  });

  it('the grid on a 390 px phone: only its box scrolls, the row labels stay, arrow keys and Enter move between cells; axe passes', async () => {
    const page = await admin.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/co-so/TVXA-23503?nam=2024');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // the months scroll inside the grid's box; the row label stays where it was
    const grid = page.locator('.grid').first();
    const label = grid.locator('tbody th').first();
    const x = (await label.boundingBox())!.x;
    await grid.evaluate((el) => el.scrollBy(400, 0));
    expect(await grid.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(Math.abs((await label.boundingBox())!.x - x)).toBeLessThan(1); // scrolled 400 px, moved at most a border's width
    // the keys (entry-grid.js): the element of the row below, in the same month
    const rows = await grid.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('input')!.name.split(':')[1]!));
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    await cell(page, rows[0]!, '2024-01').focus();
    await page.keyboard.press('ArrowRight'); // the caret at the start: it moves within the text, the focus stays
    expect(await focused()).toBe(`v:${rows[0]}:2024-01`);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight'); // at the end: the next month
    expect(await focused()).toBe(`v:${rows[0]}:2024-02`);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`v:${rows[1]}:2024-02`);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(`v:${rows[2]}:2024-02`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(`v:${rows[1]}:2024-01`);
    // Enter did not submit: still the page, nothing saved
    expect(new URL(page.url()).search).toBe('?nam=2024');
    expect(await seriousIn(page, 'institution page at 390 px')).toEqual([]);
    await page.close();
  });

  it('a refused save in the browser: the summary links to the cell, the error beside it, the first bad cell focused; axe passes', async () => {
    const page = await admin.newPage();
    await page.goto('/co-so/TVXA-23503?nam=2024');
    await cell(page, 'LIB_VISITS', '2024-04').fill('abc');
    await Promise.all([page.waitForURL(/\/so-lieu/), entryForm(page).getByRole('button', { name: 'Lưu' }).click()]);
    expect(await loadFocus(page)).toBe(await cell(page, 'LIB_VISITS', '2024-04').getAttribute('id')); // the cell named v:LIB_VISITS:2024-04
    expect(await cell(page, 'LIB_VISITS', '2024-04').inputValue()).toBe('abc');
    const link = page.locator('.error-summary a');
    expect(await link.innerText()).toMatch(/^Lượt người sử dụng thư viện, Tháng 4: Giá trị "abc" không phải là số/);
    expect(await link.getAttribute('href')).toBe('#c-LIB_VISITS-2024-04');
    expect(await seriousIn(page, 'refused entry form')).toEqual([]);
    await page.close();
  });

  it('axe: no serious or critical violations on the institution page and the import page', async () => {
    const page = await admin.newPage();
    const all: Record<string, string[]> = {};
    for (const [label, path] of [
      ['institution page', '/co-so/TVXA-23503?nam=2024'],
      ['import page', '/nhap-lieu'],
      ['error page', '/co-so/NOPE'],
    ] as const) {
      await page.goto(path);
      all[label] = await seriousIn(page, label);
    }
    expect(all).toEqual({ 'institution page': [], 'import page': [], 'error page': [] });
    await page.close();
  });
});

// Flow (b) again on PostgreSQL: the write, the maintained aggregates and the dashboard on the other engine.
describe.skipIf(!hasChromium || !ENGINES.includes('postgres'))('browser: data entry by an official, on postgres', () => {
  let server: TestServer;
  let official: BrowserContext;
  beforeAll(async () => {
    let browser: Browser;
    [server, browser] = await Promise.all([startServer('postgres'), sharedBrowser()]);
    official = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await official?.close();
    await server?.close();
  });

  it("(b) Đắk Hà's official changes a monthly LIB_VISITS value; the district's LIB_USERS_GROWTH follows", async () => {
    await enterValueAsOfficial(server, official, 250);
  });
});
