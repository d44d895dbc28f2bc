import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { startServer, storedValue, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, hasChromium, logIn, seriousIn, sharedBrowser } from './browser.ts';

afterAll(closeSharedBrowser);

/**
 * The finding, walked through: canbo.xa belongs to Thị trấn Đắk Hà, which ended on 30/06/2025. The admin
 * previews and applies its hand-over; canbo.xa then logs in to Xã Đăk Hà and enters 2026 data of its library.
 */
describe.each(ENGINES)('browser: the hand-over of canbo.xa’s commune (%s)', (engine) => {
  let server: TestServer;
  let admin: BrowserContext;
  let official: BrowserContext;
  beforeAll(async () => {
    let browser: Browser;
    [server, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    admin = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    // the official's whole flow works without JavaScript
    official = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
  }, 120_000);
  afterAll(async () => {
    await admin?.close();
    await official?.close();
    await server?.close();
  });

  it.skipIf(!hasChromium)('before: canbo.xa lands on the ended commune, told it merged into Xã Đăk Hà and that the admin moves the account', async () => {
    const page = await official.newPage();
    expect(await logIn(page, 'canbo.xa')).toBe('/don-vi/23500-2025');
    const notice = page.locator('[data-lineage="ended"]');
    expect(await notice.innerText()).toContain('Đơn vị này đã kết thúc ngày 30/06/2025, sáp nhập vào Xã Đăk Hà.');
    expect(await notice.innerText()).toContain('Quản trị hệ thống sẽ chuyển tài khoản sang đơn vị kế tiếp');
    await page.goto('/don-vi/23500-2025?nam=2026');
    expect(await page.locator('body').innerText()).not.toMatch(/quá hạn|-100/);
    await page.close();
  });

  it.skipIf(!hasChromium)('the admin previews the hand-over (names, dates, the successor preselected) and confirms it', async () => {
    const page = await admin.newPage();
    await logIn(page, 'admin');
    // from the menu to the administration's home, and from there to the hand-over
    await Promise.all([page.waitForURL(/\/quan-tri$/), page.getByRole('link', { name: 'Quản trị', exact: true }).click()]);
    await Promise.all([page.waitForURL(/\/quan-tri\/ban-giao$/), page.getByRole('link', { name: 'Bàn giao đơn vị đã kết thúc' }).click()]);
    await Promise.all([page.waitForURL(/\/quan-tri\/ban-giao\/23500-2025$/), page.getByRole('link', { name: 'Thị trấn Đắk Hà', exact: true }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Xem trước bàn giao: Thị trấn Đắk Hà');
    const unit = page.locator('section[data-unit="23500-2025"]');
    expect(await unit.innerText()).toContain('Kết thúc ngày 30/06/2025; đơn vị kế tiếp: Xã Đăk Hà');
    const select = page.getByLabel('UBND xã Đắk Hà (canbo.xa, cán bộ quản lý) chuyển sang');
    expect(await select.locator('option:checked').innerText()).toBe('Xã Đăk Hà');
    // the commune's institutions went to Xã Đăk Hà with the map on 01/07/2025: shown, nothing to do
    await unit.locator('summary').click();
    expect(await unit.locator('details').innerText()).toContain('Thư viện xã Đắk Hà: thuộc Xã Đăk Hà từ ngày 01/07/2025');
    expect(await seriousIn(page, 'hand-over preview')).toEqual([]);
    // the two dashboards of the reform (axe needs the script the official's no-JavaScript context would not run)
    const dashboards = await admin.newPage();
    for (const [label, path] of [
      ['ended unit dashboard', '/don-vi/23500-2025?nam=2025'],
      ['new unit dashboard', '/don-vi/23500?nam=2025'],
    ] as const) {
      await dashboards.goto(path);
      expect(await seriousIn(dashboards, label)).toEqual([]);
    }
    await dashboards.close();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });

    await Promise.all([page.waitForURL(/xong=1\.0\.0\.0$/), page.getByRole('button', { name: 'Xác nhận bàn giao' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã bàn giao: 1 người dùng, 0 cơ sở, 0 kỳ báo cáo, 0 bản dự thảo.');
    expect(await unit.innerText()).toMatch(/Bàn giao gần nhất: \d\d\/\d\d\/\d{4} \d\d:\d\d, do Quản trị hệ thống thực hiện\./);
    expect(await page.locator('main').innerText()).toContain('Không còn gì cần bàn giao.');
    const row = await server.store.db
      .selectFrom('audit_log as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['u.username', 'a.new_value'])
      .where('a.entity', '=', 'unit_handover')
      .where('a.entity_key', '=', '23500-2025')
      .executeTakeFirstOrThrow();
    expect(row.username).toBe('admin');
    expect(JSON.parse(row.new_value!)).toMatchObject({ users: [{ username: 'canbo.xa', to: '23500' }] });
    await page.close();
  });

  it.skipIf(!hasChromium)("then canbo.xa logs in to Xã Đăk Hà and saves 2026 data of the commune's library", async () => {
    const page = await official.newPage();
    expect(await logIn(page, 'canbo.xa')).toBe('/don-vi/23500');
    expect(await page.locator('h1').innerText()).toMatch(/^Xã Đăk Hà — \d{4}$/);
    expect(await page.locator('[data-lineage="ended"]').count()).toBe(0);
    expect(await page.locator('[data-lineage="formed"]').innerText()).toContain('Thị trấn Đắk Hà');
    await page.goto('/don-vi/23500?nam=2026');
    const institutions = page.locator('section[aria-labelledby="inst-h"]');
    await Promise.all([page.waitForURL(/\/co-so\/TVXA-23500\?nam=2026$/), institutions.getByRole('link', { name: 'Thư viện xã Đắk Hà', exact: true }).click()]);
    const form = page.locator('form[action*="/so-lieu"]');
    const march = page.locator('input[name="v:LIB_VISITS:2026-03"]');
    expect(await march.isEditable()).toBe(true);
    const old = await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2026-03');
    await march.fill(String((old ?? 0) + 7));
    await Promise.all([page.waitForURL(/da-luu=1/), form.getByRole('button', { name: 'Lưu' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã lưu.');
    expect(await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2026-03')).toBe((old ?? 0) + 7);
    await page.close();
  });
});
