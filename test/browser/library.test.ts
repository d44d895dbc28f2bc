import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, storedValue, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, hasChromium, logIn, serious, sharedBrowser } from './browser.ts';
import { thisMonth } from '../../src/core/time.ts';

const VIETNAMESE_MARC = fileURLToPath(new URL('../fixtures/marc/vietnamese.xml', import.meta.url));
const month = thisMonth(); // the month a loan made now counts in: Vietnam's
const year = month.slice(0, 4);

/** The loan count of the month as the library's statistics page shows it. */
async function loansShown(page: Page): Promise<number> {
  await page.goto(`/co-so/TVTINH-46?nam=${year}`);
  return Number((await page.locator(`input[name="v:LIB_LOANS:${month}"]`).inputValue()) || 0);
}

async function submit(page: Page, section: string, button: string): Promise<string> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.locator(`section[aria-labelledby="${section}"]`).getByRole('button', { name: button, exact: true }).click(),
  ]);
  await page.waitForLoadState();
  if (res.status() !== 303) throw new Error(`${button}: ${res.status()} ${await page.locator('main').innerText()}`);
  return page.getByRole('status').innerText();
}

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium)('browser: a librarian and a citizen, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  let librarian: BrowserContext;
  let citizen: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
    // both work without JavaScript
    librarian = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    citizen = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await librarian?.close();
    await citizen?.close();
    await server?.close();
  });

  it('imports a MARC file, lends and takes back a book, sends a rotation batch to a school; a citizen finds the book without marks; the loan count rose by one', async () => {
    const page = await librarian.newPage();
    await logIn(page, 'thuvien.hue');
    const before = await loansShown(page);

    await page.goto('/thu-vien/TVTINH-46');
    expect(await page.locator('h1').innerText()).toBe('Thư viện tỉnh Thừa Thiên Huế');
    await page.locator('#marc-file').setInputFiles(VIETNAMESE_MARC);
    const imported = await submit(page, 'import-h', 'Nhập');
    const said =
      /^vietnamese\.xml: đọc 8 biểu ghi — \d+ biểu ghi mới, gộp \d+ vào biểu ghi đã có, (\d+) đã có sẵn; (\d+) bản mới, 0 bản đã có; từ chối 0\./.exec(
        imported,
      );
    // a record without barcodes that the library already holds (the demo's) gains no made-up copy; the others add theirs
    expect(Number(said?.[1]) + Number(said?.[2])).toBe(8);

    await page.getByLabel('Mã vạch sách', { exact: true }).fill('VN-0001');
    await page.getByLabel('Số thẻ bạn đọc').fill('TV46-0001');
    expect(await submit(page, 'lend-h', 'Cho mượn')).toMatch(/^Đã cho Nguyễn Thị Hoa mượn VN-0001, hạn trả \d\d\/\d\d\/\d{4}\.$/);
    await page.getByLabel('Mã vạch sách trả').fill('VN-0001');
    expect(await submit(page, 'return-h', 'Nhận trả')).toBe('Đã nhận lại VN-0001.');
    // lending it again to someone else while it is out would be refused; here: an unknown barcode is a clear 404
    await page.getByLabel('Mã vạch sách trả').fill('KHONG-CO');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('section[aria-labelledby="return-h"]').getByRole('button', { name: 'Nhận trả', exact: true }).click(),
    ]);
    expect(res.status()).toBe(404);
    expect(await page.getByRole('alert').innerText()).toBe('Không tìm thấy bản sách có mã vạch "KHONG-CO".');

    await page.goto('/thu-vien/TVTINH-46');
    const school = page.locator('#rot-to option', { hasText: 'Trường' }).first();
    const schoolName = await school.innerText();
    await page.locator('#rot-to').selectOption({ label: schoolName });
    await page.getByLabel('Mã vạch (mỗi dòng một mã)').fill('VN-0002\nVN-0004');
    expect(await submit(page, 'rotation-h', 'Gửi đợt luân chuyển')).toMatch(/^Đã gửi đợt luân chuyển #\d+\.$/);
    const row = page.locator('section[aria-labelledby="rotation-h"] tbody tr').first();
    expect(await row.innerText()).toContain(schoolName);
    expect(await row.innerText()).toContain('Đã gửi');

    const search = await citizen.newPage();
    await search.goto('/tra-cuu');
    await search.getByLabel('Từ khóa (nhan đề, tác giả, chủ đề…)').fill('de men phieu luu ky');
    await Promise.all([search.waitForURL(/q=de\+men/), search.getByRole('button', { name: 'Tìm', exact: true }).click()]);
    const first = search.locator('ol.hits > li').first();
    expect(await first.getByRole('link').first().innerText()).toBe('Dế Mèn phiêu lưu ký');
    expect(await first.innerText()).toMatch(/Thư viện tỉnh Thừa Thiên Huế: \d+ sẵn sàng/);
    // the rotated copy shows where it is now
    await search.goto('/tra-cuu?q=mat+biec');
    expect(await search.locator('ol.hits > li').first().innerText()).toContain(schoolName);

    expect(await loansShown(page)).toBe(before + 1);
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_LOANS', month)).toBe(before + 1);
    await page.close();
    await search.close();
  });

  it('the desk, the search results and a title page pass axe (JavaScript on, as axe needs it)', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const page = await ctx.newPage();
    await page.goto('/tra-cuu?q=thu+vien');
    expect(serious(await axeFindings(page, 'citizen search'))).toEqual([]);
    await page.locator('ol.hits > li a').first().click();
    await page.waitForURL(/\/tra-cuu\/sach\/\d+/);
    expect(serious(await axeFindings(page, 'title page'))).toEqual([]);
    await logIn(page, 'thuvien.hue');
    await page.goto('/thu-vien/TVTINH-46');
    expect(serious(await axeFindings(page, 'library desk'))).toEqual([]);
    await ctx.close();
  });

  it('the loan rules page, reached from the desk: a rule set with the form, a refused one named per field, axe clean', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    await page.goto('/thu-vien/TVTINH-46');
    await page.getByRole('link', { name: 'Quy định mượn' }).click();
    await page.waitForURL(/\/quy-dinh-muon$/);
    expect(serious(await axeFindings(page, 'loan rules'))).toEqual([]);
    await page.locator('#rule-category').selectOption('elderly');
    await page.getByLabel('Số ngày mượn').fill('28');
    await page.getByLabel('Số bản mượn tối đa').fill('3');
    await page.getByLabel('Số lần gia hạn').fill('2');
    await page.getByLabel('Số ngày giữ sách đặt trước').fill('5');
    await page.getByRole('button', { name: 'Lưu quy định' }).click();
    await page.waitForURL(/\/quy-dinh-muon\?tb=/);
    await expect(page.locator('p.ok').textContent()).resolves.toBe('Đã lưu quy định mượn.');
    await expect(
      page
        .locator('tr', { has: page.locator('th', { hasText: 'Người cao tuổi' }) })
        .locator('td')
        .allTextContents(),
    ).resolves.toEqual(['28', '3', '2', '5', 'Không', 'Thư viện này', 'Bỏ quy định riêng']);
    // the browser lets 99 renewals through (no max in the form); the server refuses it, naming the field
    for (const [label, v] of [
      ['Số ngày mượn', '28'],
      ['Số bản mượn tối đa', '3'],
      ['Số lần gia hạn', '99'],
      ['Số ngày giữ sách đặt trước', '5'],
    ] as const)
      await page.getByLabel(label).fill(v);
    await page.getByRole('button', { name: 'Lưu quy định' }).click();
    await expect(page.getByLabel('Số lần gia hạn').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Quy định mượn không hợp lệ.');
    expect(serious(await axeFindings(page, 'loan rules, refused'))).toEqual([]);
    await ctx.close();
  });
});
