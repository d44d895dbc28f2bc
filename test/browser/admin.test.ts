import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { startServer, storedValue, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, Contexts, hasChromium, loggedInPage, serious, sharedBrowser } from './browser.ts';

const FIRST = 'một câu ngắn dễ nhớ';
const CHANGED = 'câu khác cũng dễ nhớ';

afterAll(() => closeSharedBrowser());

/**
 * Issue 19, without JavaScript: the admin creates a province official; that official creates a commune account in
 * the province (the form offers nothing outside it, the API refuses it), which logs in and changes its password; the
 * audit page shows each change. axe on each /quan-tri page, and each fits 390 px.
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: administration of people on %s', (engine) => {
  let server: TestServer;
  let contexts: Contexts;
  const context = (js = false, width = 1366) => contexts.open({ js, width });
  const submit = (page: Page, name: string) =>
    Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name, exact: true }).click()]);

  beforeAll(async () => {
    const [s, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    server = s;
    contexts = new Contexts(browser, server.url);
  }, 120_000);
  afterAll(async () => {
    await contexts?.close();
    await server?.close();
  });

  it('admin → province official → commune account, which logs in, changes its password and enters a value; the audit shows it all', {
    timeout: 180_000,
  }, async () => {
    // the admin reaches the people pages from the menu, and makes a province official by the province's name
    const admin = await loggedInPage(await context(), 'admin');
    await Promise.all([admin.waitForURL(/\/quan-tri$/), admin.getByRole('link', { name: 'Quản trị', exact: true }).click()]);
    await Promise.all([admin.waitForURL(/\/quan-tri\/nguoi-dung$/), admin.getByRole('link', { name: 'Người dùng', exact: true }).click()]);
    await Promise.all([admin.waitForURL(/\/moi$/), admin.getByRole('link', { name: 'Tạo tài khoản mới' }).click()]);
    await admin.getByLabel('Họ và tên (hoặc tên cơ quan)').fill('Sở VH&TT Huế (mới)');
    await admin.getByLabel('Tên đăng nhập').fill('canbo.hue2');
    await admin.getByLabel('Mật khẩu ban đầu (ít nhất 12 ký tự)').fill(FIRST);
    await admin.getByLabel('Vai trò').selectOption({ label: 'Cán bộ quản lý' });
    // typed without diacritics; two units bear the name (before and after the 2025 map): the form asks which
    await admin.getByLabel('Đơn vị (cán bộ, người xem) hoặc cơ sở (nhân viên)').fill('thanh pho hue');
    const [ambiguous] = await submit(admin, 'Tạo tài khoản');
    expect(ambiguous.status()).toBe(422);
    expect(await admin.locator('#place-err').innerText()).toContain('Có nhiều nơi mang tên');
    expect(await admin.getByLabel('Tên đăng nhập').inputValue()).toBe('canbo.hue2');
    await admin.getByLabel('Thành phố Huế (từ 01/07/2025)').check();
    await admin.getByLabel('Mật khẩu ban đầu (ít nhất 12 ký tự)').fill(FIRST);
    await Promise.all([
      admin.waitForURL(/\/quan-tri\/nguoi-dung\/canbo\.hue2\?tb=tao$/),
      admin.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click(),
    ]);
    expect(await admin.getByRole('status').innerText()).toBe('Đã tạo tài khoản canbo.hue2.');

    // the official: the form offers the province's places only; a place outside is refused beside the field, all kept
    const official = await loggedInPage(await context(), 'canbo.hue2', FIRST);
    await official.goto('/quan-tri/nguoi-dung/moi');
    const offered = await official.locator('datalist#places option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
    expect(offered).toContain('Xã A Lưới 2 (từ 01/07/2025)');
    expect(offered.some((o) => o.includes('Quảng Trị') || o.includes('Kon Tum'))).toBe(false);
    expect(await official.getByLabel('Vai trò').locator('option').allInnerTexts()).toEqual(['Cán bộ quản lý', 'Nhân viên cơ sở', 'Người xem']);
    await official.getByLabel('Họ và tên (hoặc tên cơ quan)').fill('UBND xã A Lưới 2');
    await official.getByLabel('Tên đăng nhập').fill('canbo.aluoi2');
    await official.getByLabel('Vai trò').selectOption({ label: 'Cán bộ quản lý' });
    await official.getByLabel('Mật khẩu ban đầu (ít nhất 12 ký tự)').fill(FIRST);
    await official.getByLabel('Đơn vị (cán bộ, người xem) hoặc cơ sở (nhân viên)').fill('Quảng Trị');
    const [outside] = await submit(official, 'Tạo tài khoản');
    expect(outside.status()).toBe(422);
    expect(await official.locator('#place-err').innerText()).toBe('Không tìm thấy nơi nào tên "Quảng Trị" trong địa bàn bạn quản lý.');
    expect(await official.getByLabel('Họ và tên (hoặc tên cơ quan)').inputValue()).toBe('UBND xã A Lưới 2');
    expect(await official.getByLabel('Đơn vị (cán bộ, người xem) hoặc cơ sở (nhân viên)').inputValue()).toBe('Quảng Trị');
    // the API refuses it too, by code
    const csrf = await official.locator('input[name=_csrf]').first().getAttribute('value');
    const api = await official.request.post('/api/v1/users', {
      headers: { 'x-csrf-token': csrf ?? '' },
      data: { username: 'canbo.qt', password: FIRST, name: 'Quảng Trị', role: 'official', unit: '44' },
    });
    expect(api.status()).toBe(422);
    expect(((await api.json()) as { problems: { field: string; message: string }[] }).problems).toEqual([
      expect.objectContaining({ field: 'unit', message: '"Tỉnh Quảng Trị" nằm ngoài địa bàn bạn quản lý.' }),
    ]);
    await official.getByLabel('Mật khẩu ban đầu (ít nhất 12 ký tự)').fill(FIRST);
    await official.getByLabel('Đơn vị (cán bộ, người xem) hoặc cơ sở (nhân viên)').fill('xa a luoi 2');
    await Promise.all([official.waitForURL(/canbo\.aluoi2\?tb=tao$/), official.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click()]);

    // the commune account logs in (to its commune) and changes its password
    const commune = await loggedInPage(await context(), 'canbo.aluoi2', FIRST);
    expect(new URL(commune.url()).pathname).toBe('/don-vi/20044');
    await commune.goto('/tai-khoan');
    await Promise.all([commune.waitForURL(/\/tai-khoan\/mat-khau$/), commune.getByRole('link', { name: 'Đổi mật khẩu' }).click()]);
    await commune.getByLabel('Mật khẩu hiện tại').fill(FIRST);
    await commune.getByLabel('Mật khẩu mới', { exact: true }).fill('123');
    await commune.getByLabel('Nhập lại mật khẩu mới').fill('123');
    const [short] = await submit(commune, 'Đổi mật khẩu');
    expect(short.status()).toBe(422);
    expect(await commune.locator('#password-err').innerText()).toBe('Mật khẩu cần ít nhất 12 ký tự.');
    await commune.getByLabel('Mật khẩu hiện tại').fill(FIRST);
    await commune.getByLabel('Mật khẩu mới', { exact: true }).fill(CHANGED);
    await commune.getByLabel('Nhập lại mật khẩu mới').fill(CHANGED);
    await Promise.all([commune.waitForURL(/tb=mat-khau$/), commune.getByRole('button', { name: 'Đổi mật khẩu', exact: true }).click()]);
    const again = await loggedInPage(await context(), 'canbo.aluoi2', CHANGED);
    expect(new URL(again.url()).pathname).toBe('/don-vi/20044');

    // …and enters a value for an institution of its commune (the first cell the form offers)
    await again.goto('/co-so/TTVHXA-20044?nam=2026');
    const form = again.locator('form[action*="/so-lieu"]');
    const field = form.locator('input[name^="v:"]:not([disabled]):not([readonly])').first();
    const [, element, period] = (await field.getAttribute('name'))!.split(':');
    const value = Number((await field.inputValue()).replace(/\./g, '') || 0) + 1;
    await field.fill(String(value));
    await Promise.all([again.waitForURL(/da-luu=1/), form.getByRole('button', { name: 'Lưu' }).click()]);
    expect(await storedValue(server.store, 'TTVHXA-20044', element!, period!)).toBe(value);

    // the audit page, read by the official: the accounts made and the password changed, in words
    await official.goto('/quan-tri/nhat-ky?bang=user');
    const rows = await official.locator('main tbody tr').allInnerTexts();
    const text = rows.join('\n');
    // the object of each entry is the account by its name (a link to it), not its bare username
    expect(text).toMatch(/UBND xã A Lưới 2 \(canbo\.aluoi2\)\s+Sửa\s+Tài khoản người dùng\s+UBND xã A Lưới 2 \(canbo\.aluoi2\)\s+Mật khẩu: đã đổi/);
    expect(text).toMatch(/\(canbo\.hue2\)\s+Tạo\s+Tài khoản người dùng\s+UBND xã A Lưới 2 \(canbo\.aluoi2\)\s+Tên: UBND xã A Lưới 2; Vai trò: Cán bộ quản lý/);
    expect(text).toMatch(/Quản trị hệ thống \(admin\)\s+Tạo\s+Tài khoản người dùng\s+[^\n]+\(canbo\.hue2\)\s/);
    expect(await official.locator('main tbody a[href="/quan-tri/nguoi-dung/canbo.aluoi2"]').count()).toBeGreaterThan(0);
    expect(text).not.toContain('canbo.kontum');
  });

  it('axe finds nothing serious on the /quan-tri pages, each fits 390 px', { timeout: 300_000 }, async () => {
    for (const width of [1366, 390]) {
      const page = await loggedInPage(await context(true, width), 'admin');
      const pages = [
        '/quan-tri',
        '/quan-tri/nguoi-dung',
        '/quan-tri/nguoi-dung?q=hue',
        '/quan-tri/nguoi-dung/moi',
        '/quan-tri/nguoi-dung/canbo.hue',
        '/quan-tri/nhat-ky',
        '/quan-tri/nhat-ky?tu=31/02/2026',
        '/tai-khoan/mat-khau',
      ];
      for (const path of pages) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}`).toBeLessThanOrEqual(width);
        const findings = serious(await axeFindings(page, `${path} at ${width}`));
        expect(findings.map((f) => `${path}: ${f.id}: ${f.nodes.join(', ')}`)).toEqual([]);
      }
      // a form refused: the error summary and the fields' errors
      await page.goto('/quan-tri/nguoi-dung/moi');
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await Promise.all([page.waitForLoadState(), page.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click()]);
      expect(await page.locator('#username-err').innerText()).toBe('Tên đăng nhập "admin" đã có người dùng.');
      expect(serious(await axeFindings(page, `refused form at ${width}`))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // a reset link, shown once to the admin, opens the page that sets a new password
      await page.goto('/quan-tri/nguoi-dung/canbo.xa');
      await Promise.all([page.waitForLoadState(), page.getByRole('button', { name: 'Tạo liên kết đặt lại mật khẩu' }).click()]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const link = await page.locator('main code').innerText();
      await page.goto(new URL(link).pathname);
      expect(await page.locator('main').innerText()).toContain('Tài khoản: canbo.xa');
      expect(serious(await axeFindings(page, `reset page at ${width}`))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});
