import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { trackedPlan } from '../support/tracked-docx.ts';
import { axeFindings, closeSharedBrowser, hasChromium, serious, sharedBrowser } from './browser.ts';

/**
 * An official uploads a Word plan whose reviewer's changes are still tracked: the review says so above the document,
 * lists the past result the reader kept apart from the targets, and turns it into a target when the official says so.
 */
describe.runIf(hasChromium)('what the reader noticed, above the review', () => {
  let server: TestServer;
  let page: Page;
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-notes-'));
  const file = path.join(dir, 'ke-hoach-sua.docx');
  beforeAll(async () => {
    writeFileSync(file, await trackedPlan());
    server = await startServer('sqlite');
    const context = await (await sharedBrowser()).newContext({ baseURL: server.url });
    page = await context.newPage();
    await page.goto('/dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('canbo.kontum');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForLoadState('networkidle'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  }, 120_000);
  afterAll(async () => {
    await closeSharedBrowser();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says the changes were read as accepted, and turns a past result into a target', { timeout: 120_000 }, async () => {
    await page.goto('/ke-hoach/moi');
    const unit = page.locator('#unit');
    if ((await unit.inputValue()) === '') await unit.fill('Kon Tum');
    await page.setInputFiles('input[type=file]', file);
    await Promise.all([page.waitForLoadState('networkidle'), page.getByRole('button', { name: 'Tải lên' }).click()]);
    if (!/\/duyet$/.test(page.url())) {
      await page.locator('input[type=radio][name=unit]').first().check();
      await page.setInputFiles('input[type=file]', file);
      await Promise.all([page.waitForURL(/\/ke-hoach\/\d+\/duyet$/), page.getByRole('button', { name: 'Tải lên' }).click()]);
    }
    const notes = page.getByRole('region', { name: 'Bộ đọc lưu ý' });
    expect(await notes.innerText()).toContain('2 chỗ thêm, 1 chỗ xóa');
    await notes.getByText('1 kết quả đã đạt được đọc riêng').click();
    expect(await notes.locator('ol li').innerText()).toMatch(/45\.000 lượt \(năm 2022\)/);
    expect(serious(await axeFindings(page, 'plan review with the reader notes'))).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });
    const before = await page.locator('fieldset[id^="item-"]').count();
    await Promise.all([page.waitForLoadState('networkidle'), notes.getByRole('button', { name: 'Là chỉ tiêu' }).click()]);
    expect(await page.locator('fieldset[id^="item-"]').count()).toBe(before + 1);
    expect(await page.locator('fieldset[id^="item-"]', { hasText: 'thêm khi duyệt' }).innerText()).toContain('45.000 lượt bạn đọc');
  });
});
