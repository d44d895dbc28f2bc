import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, hasChromium, launch, loggedInPage, serious } from './browser.ts';

const HEAD = 'Mã cơ sở,Tên cơ sở,Loại cơ sở,Sở hữu,Đơn vị,Từ ngày,Địa chỉ,Liên hệ,Giờ mở cửa,Vĩ độ,Kinh độ';
const BAD = `${HEAD}\nTV-VYDA,Thư viện phường Vỹ Dạ,thu vien xyz,Công lập,A Lưới,,,,,,\n`;
const GOOD = `${HEAD}\nTV-VYDA,Thư viện phường Vỹ Dạ,Thư viện công cộng cấp xã,Công lập,Vỹ Dạ,,12 Nguyễn Sinh Cung,,,"16,4637","107,5909"\nTVHUYEN-474,,,,,,"1 Lê Lợi, Huế",,,,\n`;

/** Issue 19: importing institutions from a file in the browser, without JavaScript: a dry run, its problems in words, then the import. */
describe.skipIf(!hasChromium)('browser: importing institutions from a file', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), launch()]);
    context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = (c: BrowserContext) => loggedInPage(c, 'canbo.hue');
  const tryFile = async (page: Page, text: string) => {
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({ name: 'co-so.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Chạy thử (chưa lưu gì)' }).click(),
    ]);
    return res;
  };
  const fits = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('from the institutions page: a dry run with problems by row and column, then a good file tried and imported', { timeout: 180_000 }, async () => {
    const page = await logIn(context);
    await page.goto('/quan-tri/co-so');
    await Promise.all([page.waitForURL(/\/quan-tri\/co-so\/nhap$/), page.getByRole('link', { name: 'Nhập nhiều cơ sở từ tệp CSV hoặc Excel' }).click()]);
    const template = await page.request.get('/quan-tri/co-so/nhap/mau.csv');
    expect((await template.text()).replace(/^\uFEFF/, '').trim()).toBe(HEAD);

    const refused = await tryFile(page, BAD);
    expect(refused.status()).toBe(422);
    const problems = await page.getByRole('alert').innerText();
    expect(problems).toContain('Dòng 2, cột C (Loại cơ sở): Không có loại cơ sở "thu vien xyz"');
    expect(problems).toContain('Dòng 2, cột E (Đơn vị): Có 2 đơn vị tên "A Lưới"');
    expect(await page.getByRole('button', { name: /^Nhập \d+ thay đổi$/ }).count()).toBe(0);
    expect(await fits(page)).toBeLessThanOrEqual(390);

    const tried = await tryFile(page, GOOD);
    expect(tried.status()).toBe(200);
    expect(await page.getByRole('status').innerText()).toBe(
      'Kết quả chạy thử tệp "co-so.csv": 1 cơ sở sẽ được thêm, 1 cơ sở sẽ được sửa, 0 cơ sở không thay đổi. Chưa có gì được lưu.',
    );
    expect(await page.locator('table', { hasText: 'TV-VYDA' }).innerText()).toContain('Thư viện công cộng cấp xã');
    expect(await page.locator('table', { hasText: 'TVHUYEN-474' }).innerText()).toContain('Địa chỉ: "(trống)" → "1 Lê Lợi, Huế"');
    expect(await server.store.db.selectFrom('institutions').select('id').where('code', '=', 'TV-VYDA').executeTakeFirst()).toBeUndefined();
    expect(await fits(page)).toBeLessThanOrEqual(390);

    // axe on the trial's page (a context with JavaScript, the same phone)
    const withJs = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const checked = await logIn(withJs);
    await checked.goto('/quan-tri/co-so/nhap');
    await tryFile(checked, BAD);
    expect(serious(await axeFindings(checked, 'import with problems')).map((f) => f.id)).toEqual([]);
    await tryFile(checked, GOOD);
    expect(serious(await axeFindings(checked, 'import tried')).map((f) => f.id)).toEqual([]);
    await withJs.close();

    await Promise.all([page.waitForURL(/\/quan-tri\/co-so\/nhap\?/), page.getByRole('button', { name: 'Nhập 2 thay đổi' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã nhập tệp "co-so.csv": thêm 1 cơ sở, sửa 1 cơ sở.');
    const made = await server.store.db.selectFrom('institutions').select(['name', 'latitude']).where('code', '=', 'TV-VYDA').executeTakeFirstOrThrow();
    expect(made.name).toBe('Thư viện phường Vỹ Dạ');
    expect(Number(made.latitude)).toBeCloseTo(16.4637, 6);
    await page.goto('/quan-tri/co-so/TV-VYDA');
    expect(await page.locator('h1').innerText()).toContain('Thư viện phường Vỹ Dạ');
  });
});
