import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, hasChromium, loadFocus, logIn, serious, sharedBrowser } from './browser.ts';
import { todayLocal } from '../../src/core/time.ts';
import { formatDate } from '../../src/core/i18n/index.ts';

/**
 * Visits and mobile libraries at the desk (issue 20; the pages carry no script, axe needs the browser's JavaScript): a librarian lists a day's visits, a second
 * door count for the day is refused rather than summed, one is corrected and removed, and the statistics page moves
 * by the difference each time; a trip with its stops and the copies it carries, readers at a stop, a loan there.
 */
const today = todayLocal();
const month = today.slice(0, 7);
const year = today.slice(0, 4);

/** This month's visits as the library's statistics page shows them. */
async function visitsShown(page: Page): Promise<number> {
  await page.goto(`/co-so/TVTINH-46?nam=${year}`);
  return Number((await page.locator(`input[name="v:LIB_VISITS:${month}"]`).inputValue()) || 0);
}

/** Clicks a button and waits for the page it leads to; the status code of the POST. */
async function press(page: Page, button: ReturnType<Page['getByRole']>): Promise<number> {
  const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), button.click()]);
  await page.waitForLoadState();
  return res.status();
}

const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium)('browser: visits corrected and a mobile-library trip, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("staff list a day's visits, a second count is refused, one corrected and removed: the statistics move by the difference", async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, 'thuvien.hue');
    const before = await visitsShown(page);
    await page.goto('/thu-vien/TVTINH-46');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Xem và sửa lượt theo ngày' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/thu-vien/TVTINH-46/luot');
    expect(await page.getByLabel('Ngày (ngày/tháng/năm)').inputValue()).toBe(formatDate(today));
    await page.getByLabel('Số lượt (máy đếm cửa hoặc sổ ký)').fill('30');
    expect(await press(page, page.getByRole('button', { name: 'Ghi lượt' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`Đã ghi 30 lượt ngày ${formatDate(today)}.`);
    const entry = page.getByLabel(`Số lượt (máy đếm cửa) ngày ${formatDate(today)}`, { exact: true });
    expect(await entry.inputValue()).toBe('30');
    expect(serious(await axeFindings(page, 'visits by day'))).toEqual([]);
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);
    expect(await visitsShown(page)).toBe(before + 30);

    // the same day again: refused beside the count, what was typed kept, nothing summed
    await page.goto('/thu-vien/TVTINH-46/luot');
    await page.getByLabel('Số lượt (máy đếm cửa hoặc sổ ký)').fill('30');
    expect(await press(page, page.getByRole('button', { name: 'Ghi lượt' }))).toBe(409);
    expect(await page.locator('#vis-count-err').innerText()).toContain(`Ngày ${formatDate(today)} đã có 30 lượt`);
    expect(await page.getByLabel('Số lượt (máy đếm cửa hoặc sổ ký)').inputValue()).toBe('30');
    expect(serious(await axeFindings(page, 'visits refused'))).toEqual([]);
    expect(await visitsShown(page)).toBe(before + 30);

    // corrected: 30 → 45, the statistics up by 15 (not 45 more)
    await page.goto('/thu-vien/TVTINH-46/luot');
    await entry.fill('45');
    expect(await press(page, page.getByRole('button', { name: 'Sửa' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`Đã sửa số lượt ngày ${formatDate(today)}: 30 → 45.`);
    expect(await page.getByRole('heading', { level: 3 }).first().innerText()).toBe(`${formatDate(today)} — Cả ngày: 45 lượt`);
    expect(await visitsShown(page)).toBe(before + 45);

    // removed, after a question of its own: the statistics back where they were
    await page.goto('/thu-vien/TVTINH-46/luot');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: `Xoá số lượt (máy đếm cửa) ngày ${formatDate(today)}` }).click()]);
    expect(await page.locator('main').innerText()).toContain(`Xoá 45 lượt (máy đếm cửa) ngày ${formatDate(today)}?`);
    expect(serious(await axeFindings(page, 'remove a visit entry'))).toEqual([]);
    expect(await press(page, page.getByRole('button', { name: 'Xoá' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`Đã xoá 45 lượt ngày ${formatDate(today)}.`);
    expect(await visitsShown(page)).toBe(before);

    // in English, the confirmations are English
    await page.goto('/thu-vien/TVTINH-46/luot?lang=en');
    await page.getByLabel('Count (door counter or sign-in book)').fill('12');
    expect(await press(page, page.getByRole('button', { name: 'Record' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`12 visits recorded for ${formatDate(today)}.`);
    await page.getByLabel(`Visits (door counter) on ${formatDate(today)}`, { exact: true }).fill('10');
    expect(await press(page, page.getByRole('button', { name: 'Correct' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`Visits of ${formatDate(today)} corrected: 12 → 10.`);
    expect(await visitsShown(page)).toBe(before + 10);
    await ctx.close();
  }, 240_000);

  it('a trip carrying copies: readers at a stop entered and corrected, a loan at the stop from the copies carried', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, 'thuvien.hue');
    const before = await visitsShown(page);
    await page.goto('/thu-vien/TVTINH-46');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Các chuyến lưu động đã đi' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/thu-vien/TVTINH-46/luu-dong');
    await page.getByLabel('Tên chuyến').fill('Lưu động bản Nà');
    await page.getByLabel('Điểm dừng (mỗi dòng một điểm)').fill('Bản Nà\nĐiểm trường Pác Bó');
    await page.getByLabel('Sách mang theo: mã vạch, mỗi dòng một mã').fill('KHONG-CO-9\ntvtinh-46-0015-1');
    expect(await press(page, page.getByRole('button', { name: 'Ghi chuyến' }))).toBe(422);
    expect(await page.locator('#trip-barcodes-err').innerText()).toContain('KHONG-CO-9');
    expect(await page.getByLabel('Tên chuyến').inputValue()).toBe('Lưu động bản Nà');
    expect(serious(await axeFindings(page, 'trips, refused'))).toEqual([]);
    await page.getByLabel('Sách mang theo: mã vạch, mỗi dòng một mã').fill('tvtinh-46-0015-1\nTVTINH-46-0016-1');
    expect(await press(page, page.getByRole('button', { name: 'Ghi chuyến' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe(`Đã ghi chuyến "Lưu động bản Nà" ngày ${formatDate(today)}.`);

    // readers at the first stop: 25, then corrected to 20; the month's visits up by 20 in all
    await page.getByLabel('Số bạn đọc tại Bản Nà').fill('25');
    expect(await press(page, page.locator('#diem-1, section').filter({ hasText: 'Điểm 1: Bản Nà' }).getByRole('button', { name: 'Lưu số bạn đọc' }))).toBe(303);
    await page.getByLabel('Số bạn đọc tại Bản Nà').fill('20');
    expect(await press(page, page.locator('section').filter({ hasText: 'Điểm 1: Bản Nà' }).getByRole('button', { name: 'Lưu số bạn đọc' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu 20 bạn đọc tại Bản Nà (trước đó 25).');
    const tripUrl = page.url();

    // a loan at the stop: a copy not carried is refused beside the barcode; a carried one is lent, the card kept
    const stop = page.locator('section').filter({ hasText: 'Điểm 1: Bản Nà' });
    await stop.getByLabel('Số thẻ bạn đọc').fill('TV46-0001');
    await stop.getByLabel('Mã vạch sách').fill('TVTINH-46-0017-1');
    expect(await press(page, stop.getByRole('button', { name: 'Cho mượn' }))).toBe(409);
    expect(await page.locator('section').filter({ hasText: 'Điểm 1: Bản Nà' }).locator('.field-error').innerText()).toContain(
      'không nằm trong số sách chuyến này mang theo',
    );
    const again = page.locator('section').filter({ hasText: 'Điểm 1: Bản Nà' });
    expect(await again.getByLabel('Số thẻ bạn đọc').inputValue()).toBe('TV46-0001');
    await again.getByLabel('Mã vạch sách').fill('tvtinh-46-0015-1');
    expect(await press(page, again.getByRole('button', { name: 'Cho mượn' }))).toBe(303);
    expect(await page.getByRole('status').innerText()).toMatch(/^Đã cho .+ mượn TVTINH-46-0015-1 tại Bản Nà, hạn trả \d\d\/\d\d\/\d{4}\.$/);
    const lentHere = page.locator('section').filter({ hasText: 'Điểm 1: Bản Nà' });
    expect(await lentHere.getByRole('list', { name: 'Sách cho mượn tại Bản Nà' }).innerText()).toContain('TVTINH-46-0015-1');
    expect(await lentHere.getByLabel('Số thẻ bạn đọc').inputValue()).toBe('TV46-0001');
    expect(await loadFocus(page)).toMatch(/^l\d+-barcode$/);
    expect(serious(await axeFindings(page, 'a trip'))).toEqual([]);
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);

    // listed afterwards with its stops
    await page.goto('/thu-vien/TVTINH-46/luu-dong');
    const listed = page.locator('article').filter({ hasText: 'Lưu động bản Nà' });
    expect(await listed.innerText()).toContain('Bản Nà: 20 bạn đọc, 1 lượt mượn');
    expect(await listed.innerText()).toContain('2 bản sách mang theo');
    expect(serious(await axeFindings(page, 'trips'))).toEqual([]);
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);
    expect(await visitsShown(page)).toBe(before + 20);
    expect(tripUrl).toMatch(/\/thu-vien\/TVTINH-46\/luu-dong\/\d+/);
    await ctx.close();
  }, 240_000);
});
