import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, hasChromium, launch, loggedInPage, serious } from './browser.ts';

/** Issue 19: an API token made on the account page, without JavaScript: refused with reasons beside the fields, then made and shown once. */
describe.skipIf(!hasChromium)('browser: making an API token on the account page', () => {
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
  const make = (page: Page) =>
    Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Tạo mã truy cập' }).click()]);

  it('refuses a past date beside the field, keeps the name; then shows the token once, which opens the API; axe, 390 px', { timeout: 120_000 }, async () => {
    const page = await logIn(context);
    await page.goto('/tai-khoan');
    // the expiry is offered, 90 days away, as dd/mm/yyyy
    expect(await page.getByLabel('Ngày hết hạn').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.getByLabel('Tên', { exact: true }).fill('Bảng tính tháng');
    await page.getByLabel('Ngày hết hạn').fill('01/01/2020');
    const [refused] = await make(page);
    expect(refused.status()).toBe(422);
    expect(await page.locator('#expires-err').innerText()).toContain('Ngày hết hạn phải sau hôm nay');
    expect(await page.getByLabel('Tên', { exact: true }).inputValue()).toBe('Bảng tính tháng');
    expect(await page.getByLabel('Ngày hết hạn').getAttribute('aria-invalid')).toBe('true');

    const year = new Date().getUTCFullYear() + 1;
    await page.getByLabel('Ngày hết hạn').fill(`15/06/${year}`);
    const [made] = await make(page);
    expect(made.status()).toBe(201);
    expect(made.headers()['cache-control']).toBe('no-store');
    expect(await page.getByRole('status').innerText()).toContain(`Đã tạo mã truy cập "Bảng tính tháng", hết hạn ngày 15/06/${year}.`);
    const token = await page.getByLabel('Mã truy cập', { exact: true }).inputValue();
    expect(token.length).toBeGreaterThan(30);
    const row = page.locator('tr', { hasText: 'Bảng tính tháng' });
    expect(await row.locator('td').nth(1).innerText()).toBe(`15/06/${year}`);
    expect(await row.locator('td').nth(2).innerText()).toBe('Chưa dùng');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // the token opens the API as its owner
    const api = await fetch(`${server.url}/api/v1/me/tokens`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { name: string }[]).map((t) => t.name)).toContain('Bảng tính tháng');

    // shown once: the page read again lists it, without the token
    await page.goto('/tai-khoan');
    expect(await page.content()).not.toContain(token);

    const checked = await logIn(await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } }));
    await checked.goto('/tai-khoan');
    await checked.getByLabel('Tên', { exact: true }).fill('');
    await Promise.all([checked.waitForResponse((r) => r.request().method() === 'POST'), checked.getByRole('button', { name: 'Tạo mã truy cập' }).click()]);
    expect(await checked.locator('#name-err').innerText()).toBe('Hãy đặt tên cho mã truy cập.');
    const findings = serious(await axeFindings(checked, 'account page, token refused'));
    expect(findings.map((f) => `${f.id}: ${f.nodes.join(', ')}`)).toEqual([]);

    await Promise.all([page.waitForURL(/tb=thu-hoi/), page.getByRole('button', { name: 'Thu hồi mã "Bảng tính tháng"' }).click()]);
    expect((await fetch(`${server.url}/api/v1/me/tokens`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});
