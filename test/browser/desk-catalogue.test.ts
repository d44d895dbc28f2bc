import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, hasChromium, logIn, serious, sharedBrowser } from './browser.ts';

const submit = (page: Page, name: string | RegExp) => Promise.all([page.waitForNavigation(), page.getByRole('button', { name }).first().click()]);
const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium)('browser: catalogue editing and holds placed by the desk, on sqlite', () => {
  let server: TestServer;
  let browser: Browser;
  let desk: BrowserContext;
  let staff: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer('sqlite'), sharedBrowser()]);
    desk = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    staff = await desk.newPage();
    await logIn(staff, 'thuvien.hue');
  });
  afterAll(async () => {
    await desk?.close();
    await server?.close();
  });

  it('edits a record (a refusal kept on the form), a copy’s call number and shelf, withdraws a copy with a reason; the title page shows them', async () => {
    await staff.goto('/tra-cuu/sach/5');
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Sửa biên mục và bản sách' }).click()]);
    expect(new URL(staff.url()).pathname).toBe('/thu-vien/TVTINH-46/sach/5');
    await staff.getByLabel('Nhan đề').fill('Số đỏ (tái bản)');
    await staff.getByLabel('ISBN').fill('978-604-1-00001-0');
    await submit(staff, 'Lưu biên mục');
    expect(await staff.locator('#record-isbn-err').innerText()).toBe('ISBN sai số kiểm tra.');
    expect(await staff.getByLabel('Nhan đề').inputValue()).toBe('Số đỏ (tái bản)');
    expect(await staff.locator('.error-summary').innerText()).toContain('ISBN sai số kiểm tra.');
    expect(serious(await axeFindings(staff, 'record editor with a refusal'))).toEqual([]);
    await staff.getByLabel('ISBN').fill('');
    await submit(staff, 'Lưu biên mục');
    expect(await staff.getByRole('status').innerText()).toBe('Đã lưu biên mục.');
    expect(await staff.locator('h1').innerText()).toBe('Sửa biên mục: Số đỏ (tái bản)');

    const first = staff.locator('section.item-card', { hasText: 'Bản TVTINH-46-0005-1' });
    await first.getByLabel('Ký hiệu xếp giá').fill('895.9223 V500T');
    await first.getByLabel('Kho, giá sách').fill('Kho mở, giá 12');
    await submit(staff, 'Lưu bản TVTINH-46-0005-1');
    expect(await staff.getByRole('status').innerText()).toBe('Đã lưu bản TVTINH-46-0005-1.');
    expect(await staff.locator('table.marc').innerText()).toContain('$p TVTINH-46-0005-1 $o 895.9223 V500T $c Kho mở, giá 12');

    const second = staff.locator('section.item-card', { hasText: 'Bản TVTINH-46-0005-2' });
    await second.getByLabel('Lý do thanh lý bản TVTINH-46-0005-2').fill('Rách nát, không sửa được');
    await submit(staff, 'Thanh lý bản TVTINH-46-0005-2');
    expect(await staff.getByRole('status').innerText()).toBe('Đã thanh lý bản TVTINH-46-0005-2: Rách nát, không sửa được.');
    expect(await staff.locator('section.item-card', { hasText: 'Bản TVTINH-46-0005-2' }).innerText()).toMatch(
      /Thanh lý ngày \d\d\/\d\d\/\d{4}: Rách nát, không sửa được/,
    );
    expect(await staff.getByRole('button', { name: 'Thanh lý bản TVTINH-46-0005-2' }).count()).toBe(0);
    expect(serious(await axeFindings(staff, 'record editor'))).toEqual([]);

    // a citizen on a phone sees the call number and shelf; the withdrawn copy is gone from the list
    const phone = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true });
    const reader = await phone.newPage();
    await reader.goto('/tra-cuu/sach/5');
    expect(await reader.locator('h1').innerText()).toBe('Số đỏ (tái bản)');
    const copies = await reader.getByRole('table', { name: 'Các bản sách' }).innerText();
    expect(copies).toContain('895.9223 V500T');
    expect(copies).toContain('Kho mở, giá 12');
    expect(await reader.getByRole('table', { name: 'Các bản sách' }).locator('tbody tr').count()).toBe(2); // Huế's one left, Thuận Hóa's
    expect(await reader.getByRole('link', { name: 'Sửa biên mục và bản sách' }).count()).toBe(0);
    expect(await width(reader)).toBeLessThanOrEqual(390);
    await phone.close();
  });

  it('places a hold for a reader from their record: words matching several titles offer a choice; the pickup list shows it', async () => {
    await staff.goto('/thu-vien/TVTINH-46/ban-doc/1');
    await staff.getByLabel('ISBN, mã vạch một bản sách, hoặc nhan đề').fill('nguyen');
    await submit(staff, 'Đặt trước');
    expect(await staff.locator('#hold-title-err').innerText()).toContain('tên sách khớp "nguyen"');
    expect(await staff.getByLabel('ISBN, mã vạch một bản sách, hoặc nhan đề').inputValue()).toBe('nguyen');
    expect(serious(await axeFindings(staff, 'patron page offering titles'))).toEqual([]);
    await submit(staff, /Đặt trước: Truyện Kiều/);
    expect(await staff.getByRole('status').innerText()).toBe('Đã đặt trước "Truyện Kiều" cho bạn đọc, thứ 1 trong hàng chờ.');
    expect(await staff.getByRole('table', { name: 'Đặt trước' }).innerText()).toContain('Truyện Kiều');
    // the same title again, by a copy's barcode in lower case: refused beside the field
    await staff.getByLabel('ISBN, mã vạch một bản sách, hoặc nhan đề').fill('tvtinh-46-0006-1');
    await submit(staff, 'Đặt trước');
    expect(await staff.locator('#hold-title-err').innerText()).toBe('Bạn đã đặt trước tên sách này.');
    await Promise.all([staff.waitForNavigation(), staff.getByRole('link', { name: 'Sách đặt trước' }).click()]);
    expect(await staff.locator('main').innerText()).toContain('Bạn đọc: Nguyễn Thị Hoa (TV46-0001)');
    expect(serious(await axeFindings(staff, 'pickup list'))).toEqual([]);
  });
});
