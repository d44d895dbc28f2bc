import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, Contexts, hasChromium, logIn, sharedBrowser, submitting } from './browser.ts';

afterAll(closeSharedBrowser);

/**
 * A Vietnamese museum officer whose Chrome is in English (as is common): the browser's own date field would show and
 * read mm/dd/yyyy; the forms' day fields are typed dd/mm/yyyy whatever the browser's language.
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: days typed dd/mm/yyyy in an English browser on %s', (engine) => {
  let server: TestServer;
  let english: BrowserContext;
  let contexts: Contexts;
  beforeAll(async () => {
    const [s, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    server = s;
    contexts = new Contexts(browser, server.url);
    english = await contexts.open({ js: true, locale: 'en-US' });
  });
  afterAll(async () => {
    await contexts?.close();
    await server?.close();
  });

  it("records a day's visits typed 02/03/2026 as the 2nd of March, and refuses 31/02/2026 beside the field with the text kept", async () => {
    const page = await english.newPage();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await logIn(page, 'baotang.hue');
    await page.goto('/quan-ly/bao-tang/BTTINH-46');
    const form = page.locator('form[aria-labelledby="visits"]');
    const day = form.getByLabel('Ngày', { exact: true });
    expect(await day.getAttribute('type')).toBe('text');
    expect(await day.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    expect(await day.getAttribute('inputmode')).toBe('numeric');
    expect(await form.locator('#day-hint').innerText()).toBe('ngày/tháng/năm');

    await day.fill('02/03/2026');
    await form.getByLabel('Tổng lượt khách').fill('137');
    expect(await submitting(page, () => form.getByRole('button', { name: 'Lưu' }).click())).toBe('/quan-ly/bao-tang/BTTINH-46?ok=1');
    const museum = await server.store.db.selectFrom('institutions').select('id').where('code', '=', 'BTTINH-46').executeTakeFirstOrThrow();
    const stored = await server.store.db.selectFrom('museum_visits').select(['day', 'visitors']).where('institution_id', '=', museum.id).execute();
    expect(stored.filter((v) => v.visitors === 137).map((v) => v.day)).toEqual(['2026-03-02']);

    const again = page.locator('form[aria-labelledby="visits"]');
    await again.getByLabel('Ngày', { exact: true }).fill('31/02/2026');
    await again.getByLabel('Tổng lượt khách').fill('12');
    await again.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/quan-ly/bao-tang/BTTINH-46/luot-khach');
    const refused = page.locator('form[aria-labelledby="visits"]');
    const field = refused.getByLabel('Ngày', { exact: true });
    expect(await field.inputValue()).toBe('31/02/2026');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await refused.locator('#day-err').innerText()).toBe('Ngày 31/02/2026 không có trên lịch');
    expect(await field.getAttribute('aria-describedby')).toBe('day-err day-hint');
    expect(await refused.getByLabel('Tổng lượt khách').inputValue()).toBe('12');
    expect(await page.locator('.error-summary').innerText()).toContain('Ngày: Ngày 31/02/2026 không có trên lịch');
    // the page is long (a museum's forms one under another): the summary asks for the focus, so the browser brings it into view
    expect(await page.locator('.error-summary').getAttribute('autofocus')).not.toBeNull();
    expect(await server.store.db.selectFrom('museum_visits').select('day').where('visitors', '=', 12).execute()).toEqual([]);
    await page.close();
  });

  it("shows a stored day as dd/mm/yyyy in the field, and the event list's filter reads both forms", async () => {
    const page = await english.newPage();
    await logIn(page, 'baotang.hue');
    await page.goto('/quan-ly/bao-tang/BTTINH-46');
    const xForm = page.locator('form[aria-labelledby="new-exhibition"]');
    await xForm.getByLabel('Tên triển lãm').fill('Áo dài xưa');
    await xForm.getByLabel('Mở cửa').fill('5/1/2027');
    const made = await submitting(page, () => xForm.getByRole('button', { name: 'Lưu' }).click());
    expect(made).toMatch(/^\/quan-ly\/trien-lam\/\d+$/);
    expect(await page.locator('#opensOn').inputValue()).toBe('05/01/2027');

    await page.goto('/su-kien?tu=2026-03-02');
    expect(await page.locator('#tu').inputValue()).toBe('02/03/2026');
    await page.goto('/su-kien?tu=02%2F03%2F2026&den=1%2F4%2F2026');
    expect(await page.locator('#tu').inputValue()).toBe('02/03/2026');
    expect(await page.locator('#den').inputValue()).toBe('01/04/2026');
    const res = await page.goto('/su-kien?tu=03%2F31%2F2026');
    expect(res?.status()).toBe(422);
    expect(await page.locator('#tu').inputValue()).toBe('03/31/2026');
    expect(await page.locator('#tu-err').innerText()).toBe('Ngày 03/31/2026 không có trên lịch');
    expect(await contexts.axeAt(english, '/su-kien?tu=03%2F31%2F2026', 'events, a refused day')).toEqual([]);
    expect(await contexts.axeAt(english, '/quan-ly/bao-tang/BTTINH-46', 'museum management, day fields')).toEqual([]);
    await page.close();
  });
});
