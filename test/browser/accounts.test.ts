import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { createApiToken } from '../../src/accounts/sessions.ts';
import { axeFindings, hasChromium, launch, loggedInPage, serious } from './browser.ts';

/** Issue 24: the account page (tokens, sign out everywhere) and the sign-up form's errors, without JavaScript, at 390 px. */
describe.skipIf(!hasChromium)('browser: accounts, without JavaScript, on a phone', () => {
  let server: TestServer;
  let browser: Browser;
  let phone: BrowserContext;
  let other: BrowserContext;
  /** axe runs its script in the page: a context with JavaScript, the same phone size */
  let withJs: BrowserContext;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), launch()]);
    const options = { baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN', viewport: { width: 390, height: 844 } };
    phone = await browser.newContext(options);
    other = await browser.newContext(options);
    withJs = await browser.newContext({ ...options, javaScriptEnabled: true });
    const user = await server.store.db.selectFrom('users').select('id').where('username', '=', 'canbo.hue').executeTakeFirstOrThrow();
    await createApiToken(server.store.db, user.id, 'xuat-bao-cao');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = (context: BrowserContext) => loggedInPage(context, 'canbo.hue');

  it('lists the tokens in dd/mm/yyyy, revokes one, signs out everywhere; fits 390 px; axe finds nothing serious', async () => {
    const page = await logIn(phone);
    const elsewhere = await logIn(other);
    await Promise.all([page.waitForURL(/\/tai-khoan$/), page.getByRole('link', { name: 'Sở VH&TT Huế' }).click()]);
    const row = page.locator('tr', { hasText: 'xuat-bao-cao' });
    expect(await row.locator('td').first().innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const checked = await logIn(withJs);
    await checked.goto('/tai-khoan');
    expect(await checked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const findings = serious(await axeFindings(checked, 'account page'));
    expect(findings.map((f) => `${f.id}: ${f.nodes.join(', ')}`)).toEqual([]);

    await Promise.all([page.waitForURL(/tb=thu-hoi/), page.getByRole('button', { name: 'Thu hồi mã "xuat-bao-cao"' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã thu hồi mã truy cập.');
    expect(await page.locator('tr', { hasText: 'xuat-bao-cao' }).count()).toBe(0);

    await Promise.all([page.waitForURL(/\/dang-nhap\?tb=moi-noi$/), page.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã đăng xuất khỏi mọi thiết bị. Hãy đăng nhập lại.');
    // the other browser's session is over too
    await elsewhere.goto('/tai-khoan');
    expect(new URL(elsewhere.url()).pathname).toBe('/dang-nhap');
  });

  it('the sign-up form says beside the password what is wrong, keeps the rest; axe finds nothing serious', async () => {
    const page = await withJs.newPage();
    await page.goto('/dang-ky');
    await page.getByLabel('Họ và tên').fill('Trần Thị Học');
    await page.getByLabel('Tên đăng nhập').fill('tran.hoc');
    // the browser's own minlength check would stop a short one: a long common password goes through to the server
    await page.getByLabel('Mật khẩu (ít nhất 12 ký tự)').fill('password1234');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Tạo tài khoản' }).click(),
    ]);
    expect(res.status()).toBe(422);
    expect(await page.locator('#password-err').innerText()).toContain('Mật khẩu này quá phổ biến');
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('tran.hoc');
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Trần Thị Học');
    expect(await page.locator('#password').inputValue()).toBe('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const findings = serious(await axeFindings(page, 'sign-up with errors'));
    expect(findings.map((f) => `${f.id}: ${f.nodes.join(', ')}`)).toEqual([]);
  });
});
