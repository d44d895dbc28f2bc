import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, hasChromium, loadFocus, logIn, serious, sharedBrowser } from './browser.ts';

/** A scan as a barcode reader sends it: each character a key press, then Enter; the key presses counted. */
async function scan(page: Page, code: string, keys: { n: number }): Promise<void> {
  // as a scanner would: the field the page focused on load takes the characters
  expect(await loadFocus(page), `no field has the focus on ${page.url()}`).not.toBe('');
  for (const ch of code) {
    await page.keyboard.press(ch);
    keys.n++;
  }
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  keys.n++;
}

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium)('browser: the scan-and-go desk, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the staff home links the desk; one card scan and four item scans lend four copies, no mouse, 4 + 1 Enters; an item already out offers "Trả sách này" in place', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    // where the librarian lands links the desk
    expect(new URL(page.url()).pathname).toBe('/co-so/TVTINH-46');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Quầy mượn trả' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/thu-vien/TVTINH-46/quay');

    // from here on: the keyboard only
    const keys = { n: 0 };
    expect(await loadFocus(page)).toBe('desk-card');
    await scan(page, 'tv46-0003', keys); // the card, in lower case
    expect(await page.locator('#reader-h').innerText()).toBe('Bạn đọc: Lê Văn Bình');
    const items = ['TVTINH-46-0005-1', 'tvtinh-46-0006-1', 'TVTINH-46-0007-1', 'TVTINH-46-0008-1'];
    for (const [i, barcode] of items.entries()) {
      expect(await loadFocus(page)).toBe('desk-item');
      await scan(page, barcode, keys);
      expect(await page.getByRole('status').innerText()).toMatch(new RegExp(`^Đã cho mượn ${barcode.toUpperCase()}, hạn trả \\d\\d/\\d\\d/\\d{4}\\.$`));
      const rows = page.locator('table[aria-labelledby="session-h"] tbody tr');
      expect(await rows.count()).toBe(i + 1);
    }
    // Koha: 1 card scan + 4 item scans, each its characters and Enter; no click
    const characters = 'tv46-0003'.length + items.reduce((n, b) => n + b.length, 0);
    expect(keys.n).toBe(characters + 5);
    const rows = await page.locator('table[aria-labelledby="session-h"] tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0])).toEqual(items.map((b) => b.toUpperCase()));
    for (const r of rows) expect(r).toMatch(/\t\d\d\/\d\d\/\d{4}$/);
    expect(page.url()).toContain('the=TV46-0003');

    // another reader; a copy the first one has: said whose it is (this library lent it), and offered to take it back
    await page.goto('/thu-vien/TVTINH-46/quay');
    await scan(page, 'TV46-0002', keys);
    const res = page.waitForResponse((r) => r.request().method() === 'POST');
    await scan(page, 'TVTINH-46-0006-1', keys);
    expect((await res).status()).toBe(409);
    const error = page.locator('#desk-item-err');
    expect(await error.innerText()).toMatch(/Bản sách TVTINH-46-0006-1 đang được Lê Văn Bình \(thẻ TV46-0003\) mượn, hạn trả \d\d\/\d\d\/\d{4}\./);
    expect(await page.locator('#desk-item').inputValue()).toBe('TVTINH-46-0006-1');
    expect(await loadFocus(page)).toBe('desk-item');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Trả sách này' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã nhận lại TVTINH-46-0006-1.');
    expect(await page.locator('#reader-h').innerText()).toBe('Bạn đọc: Trần Minh Khang'); // still selected
    await scan(page, 'TVTINH-46-0006-1', keys);
    expect(await page.getByRole('status').innerText()).toMatch(/^Đã cho mượn TVTINH-46-0006-1/);

    // check-in by scanning alone
    await page.goto('/thu-vien/TVTINH-46/quay/tra');
    expect(await loadFocus(page)).toBe('desk-return');
    await scan(page, 'tvtinh-46-0005-1', keys);
    expect(await page.getByRole('status').innerText()).toBe('Đã nhận lại TVTINH-46-0005-1.');
    expect(await page.locator('table[aria-labelledby="session-h"] tbody tr').count()).toBe(1);
    expect(await loadFocus(page)).toBe('desk-return');
    await ctx.close();
  });

  it('axe finds nothing serious on the desk, with a reader and with a refusal; fits 390 px', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    await page.goto('/thu-vien/TVTINH-46/quay?the=TV46-0001');
    expect(serious(await axeFindings(page, 'desk with a reader'))).toEqual([]);
    await scan(page, 'KHONG-CO-1', { n: 0 });
    expect(await page.locator('#desk-item-err').innerText()).toContain('KHONG-CO-1');
    expect(serious(await axeFindings(page, 'desk with a refusal'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await ctx.close();
  });
});
