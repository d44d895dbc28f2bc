import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, hasChromium, logIn, serious, sharedBrowser } from './browser.ts';

const submit = (page: Page, name: string | RegExp) => Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).first().click()]);
const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const DMY = /\d\d\/\d\d\/\d{4}/;

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium)('browser: patron records and holds, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('links a card by a one-time code, a hold placed on a phone is filled at the desk and seen ready; renewals refused in words beside the loan', async () => {
    const phone = await browser.newContext({
      baseURL: server.url,
      javaScriptEnabled: false,
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    // the desk's pages have no script but the scan field's selection; axe needs JavaScript to run
    const desk = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const citizen = await phone.newPage();
    const staff = await desk.newPage();
    await logIn(citizen, 'congdan');
    await logIn(staff, 'thuvien.hue');

    // the citizen has no card yet; makes a code
    await citizen.goto('/ban-doc');
    expect(await citizen.locator('main').innerText()).toContain('chưa gắn thẻ bạn đọc');
    await submit(citizen, 'Tạo mã liên kết');
    const code = await citizen.locator('#link-code').innerText();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await citizen.getByRole('status').innerText()).toMatch(/Dùng được đến \d\d\/\d\d\/\d{4} \d\d:\d\d, một lần\./);
    expect(await width(citizen)).toBeLessThanOrEqual(390);

    // the librarian finds the reader by name typed without diacritics, opens the record
    await staff.goto('/thu-vien/TVTINH-46/quay?the=TV46-0001');
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Tìm bạn đọc' }).click()]);
    await staff.getByLabel(/Số thẻ, họ tên/).fill('nguyen thi hoa');
    await submit(staff, 'Tìm');
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Nguyễn Thị Hoa' }).click()]);
    const record = new URL(staff.url()).pathname;
    expect(record).toMatch(/^\/thu-vien\/TVTINH-46\/ban-doc\/\d+$/);
    // a wrong code: refused on the form, what was typed kept
    await staff.getByLabel('Mã liên kết (8 ký tự)').fill('ZZZZ-ZZZZ');
    await submit(staff, 'Gắn tài khoản');
    expect(await staff.locator('#link-code-err').innerText()).toContain('Không có mã liên kết này');
    expect(await staff.getByLabel('Mã liên kết (8 ký tự)').inputValue()).toBe('ZZZZ-ZZZZ');
    // the citizen's code, typed in lower case
    await staff.getByLabel('Mã liên kết (8 ký tự)').fill(code.toLowerCase());
    await submit(staff, 'Gắn tài khoản');
    expect(await staff.getByRole('status').innerText()).toBe('Đã gắn thẻ với tài khoản Nguyễn Văn Dân.');
    expect(await staff.locator('.patron-facts').innerText()).toContain('Nguyễn Văn Dân (tên đăng nhập congdan)');
    // used once
    await staff.getByLabel('Mã liên kết (8 ký tự)').fill(code);
    await submit(staff, 'Gắn tài khoản');
    expect(await staff.locator('#link-code-err').innerText()).toContain('đã được dùng');
    expect(serious(await axeFindings(staff, 'patron page with a refusal'))).toEqual([]);

    // the citizen places a hold from the phone: the pickup library chosen by name
    await citizen.goto('/tra-cuu?q=de+men+phieu+luu');
    await Promise.all([
      citizen.waitForNavigation(),
      citizen
        .getByRole('link', { name: /Dế Mèn phiêu lưu/ })
        .first()
        .click(),
    ]);
    await submit(citizen, 'Đặt trước'); // no library chosen: said beside the field
    expect(await citizen.locator('#hold-library-err').innerText()).toBe('Chọn thư viện nhận sách.');
    await citizen.getByLabel('Nhận sách tại').selectOption({ label: 'Thư viện tỉnh Thừa Thiên Huế' });
    await submit(citizen, 'Đặt trước');
    expect(await citizen.getByRole('status').innerText()).toContain('Bạn đứng thứ 1 trong hàng chờ');
    expect(await width(citizen)).toBeLessThanOrEqual(390);

    // the desk's pickup list: to pull, then set aside
    await staff.goto('/thu-vien/TVTINH-46/dat-truoc');
    const pull = staff.locator('section[aria-labelledby="pull-h"]');
    expect(await pull.innerText()).toContain('Dế Mèn phiêu lưu ký');
    expect(await pull.innerText()).toContain('Nguyễn Thị Hoa (TV46-0001) · Thứ tự: 1');
    expect(serious(await axeFindings(staff, 'pickup list'))).toEqual([]);
    await submit(staff, 'Giữ cho bạn đọc');
    expect(await staff.getByRole('status').innerText()).toMatch(
      /^Đã giữ TVTINH-46-0001-\d \("Dế Mèn phiêu lưu ký"\) cho bạn đọc đến hết ngày \d\d\/\d\d\/\d{4}\.$/,
    );
    const ready = await staff.locator('section[aria-labelledby="ready-h"]').innerText();
    expect(ready).toContain('Nguyễn Thị Hoa (TV46-0001)');
    expect(ready).toMatch(DMY);
    expect(serious(await axeFindings(staff, 'pickup list with a copy set aside'))).toEqual([]);

    // the citizen sees it ready
    await citizen.goto('/ban-doc');
    expect(await citizen.locator('.hold-state').innerText()).toMatch(/^Sách đã sẵn sàng, giữ đến hết ngày \d\d\/\d\d\/\d{4}$/);

    // handed out at the scan desk from the pickup list; the record shows the loan, due date in words
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Cho mượn tại quầy' }).click()]);
    expect(await staff.locator('#reader-h').innerText()).toBe('Bạn đọc: Nguyễn Thị Hoa');
    const barcode = ready.match(/TVTINH-46-0001-\d/)![0];
    await staff.locator('#desk-item').fill(barcode);
    await Promise.all([staff.waitForNavigation(), staff.keyboard.press('Enter')]);
    expect(await staff.getByRole('status').innerText()).toMatch(new RegExp(`^Đã cho mượn ${barcode}`));
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Hồ sơ bạn đọc' }).click()]);
    expect(new URL(staff.url()).pathname).toBe(record);
    const loans = await staff.locator('table[aria-labelledby="loans-h"]').innerText();
    expect(loans).toContain('Dế Mèn phiêu lưu ký');
    expect(loans).toMatch(DMY);
    expect(loans).toContain('Còn hạn');
    expect(serious(await axeFindings(staff, 'patron page with a loan'))).toEqual([]);

    // the citizen renews until the rules refuse: said beside the loan, in words
    await citizen.goto('/ban-doc');
    expect(await citizen.locator('main').innerText()).toContain('Không có lượt đặt trước nào.');
    await submit(citizen, /^Gia hạn "Dế Mèn/);
    expect(await citizen.getByRole('status').innerText()).toMatch(/^Đã gia hạn "Dế Mèn phiêu lưu ký", hạn trả mới \d\d\/\d\d\/\d{4}\.$/);
    await submit(citizen, /^Gia hạn "Dế Mèn/);
    await submit(citizen, /^Gia hạn "Dế Mèn/);
    expect(await citizen.locator('[id^="loan-"][id$="-err"]').innerText()).toBe('Đã gia hạn tối đa 2 lần.');
    expect(await width(citizen)).toBeLessThanOrEqual(390);
    // axe runs with JavaScript: the same account's page in a context that has it
    const withJs = await browser.newContext({
      baseURL: server.url,
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      storageState: await phone.storageState(),
    });
    const mine = await withJs.newPage();
    await mine.goto('/ban-doc');
    expect(serious(await axeFindings(mine, 'reader page'))).toEqual([]);
    await withJs.close();
    await phone.close();
    await desk.close();
  }, 240_000);

  it('blocks a card with a reason and renews it on the patron page; the patron list and record are refused to another library', async () => {
    const ctx = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    await page.goto('/thu-vien/TVTINH-46/ban-doc?q=tv46-0002');
    expect(new URL(page.url()).pathname).toMatch(/^\/thu-vien\/TVTINH-46\/ban-doc\/\d+$/); // a card found whole opens its record
    await page.getByLabel(/Lý do khóa/).fill('   '); // no reason (blanks pass the browser's check, not the server's)
    await submit(page, 'Khóa thẻ');
    expect(await page.locator('#block-reason-err').innerText()).toBe('Cần ghi lý do khóa thẻ.');
    await page.getByLabel(/Lý do khóa/).fill('Làm mất sách');
    await submit(page, 'Khóa thẻ');
    expect(await page.getByRole('status').innerText()).toBe('Đã khóa thẻ: Làm mất sách.');
    expect(await page.locator('.patron-facts').innerText()).toContain('Đang bị khóa: Làm mất sách');
    await page.getByLabel(/Hạn mới của thẻ/).fill('31/02/2030');
    await submit(page, 'Gia hạn thẻ');
    expect(await page.locator('#renew-expires-err').innerText()).toBe('Chọn ngày hết hạn mới của thẻ.');
    expect(await page.getByLabel(/Hạn mới của thẻ/).inputValue()).toBe('31/02/2030');
    await page.getByLabel(/Hạn mới của thẻ/).fill('28/02/2030');
    await submit(page, 'Gia hạn thẻ');
    expect(await page.getByRole('status').innerText()).toBe('Đã gia hạn thẻ đến ngày 28/02/2030.');
    await submit(page, 'Mở khóa thẻ');
    expect(await page.getByRole('status').innerText()).toBe('Đã mở khóa thẻ.');
    expect(await width(page)).toBeLessThanOrEqual(390);
    expect(serious(await axeFindings(page, 'patron page at 390 px'))).toEqual([]);
    await ctx.close();
    // another library's staff: refused
    const other = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    const p2 = await other.newPage();
    await logIn(p2, 'baotang.hue');
    const res = await p2.goto('/thu-vien/TVTINH-46/ban-doc?q=hoa');
    expect(res?.status()).toBe(403);
    await other.close();
  }, 120_000);
});
