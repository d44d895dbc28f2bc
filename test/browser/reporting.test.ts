import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, hasChromium, logIn, seriousIn, sharedBrowser } from './browser.ts';

const status = (page: Page) => page.locator('dd[data-status]').innerText();
async function press(page: Page, name: string): Promise<void> {
  await Promise.all([page.waitForURL(/ok=/), page.getByRole('button', { name, exact: true }).click()]);
}
/** A destructive step: the button asks "Bạn có chắc…?" first, the answer does it. */
async function pressAndConfirm(page: Page, name: string, question: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => /\/(duyet|tra-lai|tien-do)$/.test(u.pathname)), page.getByRole('button', { name, exact: true }).click()]);
  expect(await page.locator('h1').innerText()).toBe(question);
  await Promise.all([page.waitForURL(/ok=/), page.getByRole('button', { name: /^Có, / }).click()]);
}

afterAll(closeSharedBrowser);

/**
 * The annual cycle in the browser, without JavaScript: the commune submits, the district returns
 * it with a comment, the commune resubmits, the district approves and sends its own report (pre-filled
 * from the commune's), the province sees who reported and builds its own pre-filled report.
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: the annual reporting cycle on %s', (engine) => {
  let server: TestServer;
  const contexts: Record<string, BrowserContext> = {};
  const pages: Record<string, Page> = {};
  beforeAll(async () => {
    let browser: Browser;
    [server, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    for (const u of ['canbo.xa', 'canbo.dakha', 'canbo.kontum']) {
      contexts[u] = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
      pages[u] = await contexts[u]!.newPage();
      await logIn(pages[u]!, u);
    }
  }, 120_000);
  afterAll(async () => {
    for (const c of Object.values(contexts)) await c.close();
    await server?.close();
  });

  it('commune submits, district returns with a comment, commune resubmits, district approves', async () => {
    const xa = pages['canbo.xa']!;
    await xa.goto('/don-vi/23500-2025?nam=2024');
    const block = xa.locator('section[aria-labelledby="report-h"]');
    expect(await block.innerText()).toContain('Báo cáo năm 2024');
    await Promise.all([xa.waitForURL(/\/bao-cao\/23500-2025\/2024$/), block.getByRole('link', { name: 'Báo cáo của đơn vị' }).click()]);
    expect(await status(xa)).toBe('Dự thảo');
    await xa.getByLabel('Kết quả lĩnh vực thư viện').fill('Thư viện xã phục vụ 1.250 lượt bạn đọc.');
    await xa.getByLabel('Khó khăn, vướng mắc và nguyên nhân').fill('Thiếu cán bộ chuyên trách.');
    await xa.getByLabel(/ngân sách nhà nước/).fill('45');
    await press(xa, 'Lưu báo cáo');
    expect(await xa.getByRole('status').innerText()).toBe('Đã lưu.');
    await press(xa, 'Gửi báo cáo lên cấp trên');
    expect(await status(xa)).toBe('Đã gửi');
    expect(await xa.getByLabel('Kết quả lĩnh vực thư viện').count()).toBe(0); // no longer editable

    const dakha = pages['canbo.dakha']!;
    await dakha.goto('/bao-cao/615/2024/tien-do');
    const row = dakha.locator('tr[data-unit="23500-2025"]');
    expect(await row.innerText()).toContain('Đã gửi');
    await Promise.all([dakha.waitForURL(/\/bao-cao\/23500-2025\/2024$/), row.getByRole('link').click()]);
    expect(await dakha.locator('[data-section="libraries"]').innerText()).toContain('Thư viện xã phục vụ 1.250 lượt bạn đọc.');
    // returning without a comment is refused, with the reason, and changes nothing
    const [refused] = await Promise.all([
      dakha.waitForResponse((r) => r.request().method() === 'POST'),
      dakha.getByRole('button', { name: 'Trả lại', exact: true }).click(),
    ]);
    expect(refused.status()).toBe(422);
    await dakha.waitForLoadState();
    expect(await dakha.getByRole('alert').innerText()).toContain('phải ghi ý kiến');
    await dakha.goto('/bao-cao/23500-2025/2024');
    expect(await status(dakha)).toBe('Đã gửi');
    await dakha.getByLabel('Ý kiến khi trả lại').fill('Đề nghị bổ sung hoạt động Ngày Sách 21/4.');
    await pressAndConfirm(dakha, 'Trả lại', 'Bạn có chắc muốn trả lại báo cáo?');
    expect(await status(dakha)).toBe('Bị trả lại');

    await xa.goto('/bao-cao/23500-2025/2024');
    expect(await status(xa)).toBe('Bị trả lại');
    expect(await xa.locator('ol.history').innerText()).toContain('Đề nghị bổ sung hoạt động Ngày Sách 21/4.');
    expect(await xa.getByLabel('Kết quả lĩnh vực thư viện').inputValue()).toBe('Thư viện xã phục vụ 1.250 lượt bạn đọc.'); // nothing lost
    // typed and sent without "Lưu": the submit button sends the same form, so the text goes up with it
    await xa.getByLabel(/Hoạt động hưởng ứng các ngày kỷ niệm/).fill('Tổ chức Ngày Sách 21/4 với 300 lượt tham gia.');
    await press(xa, 'Gửi báo cáo lên cấp trên');
    expect(await xa.getByRole('status').innerText()).toBe('Đã lưu và gửi báo cáo lên cấp trên.');
    expect(await status(xa)).toBe('Đã gửi');
    // the commune cannot approve its own report: no button, and a forged post is refused
    expect(await xa.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);

    await dakha.goto('/bao-cao/23500-2025/2024');
    expect(await dakha.locator('[data-section="days"]').innerText()).toContain('Tổ chức Ngày Sách 21/4 với 300 lượt tham gia.');
    await pressAndConfirm(dakha, 'Phê duyệt', 'Bạn có chắc muốn phê duyệt báo cáo?');
    expect(await status(dakha)).toBe('Đã phê duyệt');
  });

  it('the district’s own report is pre-filled from the approved commune and goes up; the province sees completeness and builds its pre-filled report', async () => {
    const dakha = pages['canbo.dakha']!;
    await dakha.goto('/bao-cao/615/2024');
    expect(await dakha.getByLabel('Kết quả lĩnh vực thư viện').inputValue()).toBe('- Đắk Hà: Thư viện xã phục vụ 1.250 lượt bạn đọc.');
    expect(await dakha.getByLabel(/ngân sách nhà nước/).inputValue()).toBe('45');
    await press(dakha, 'Gửi báo cáo lên cấp trên');
    expect(await status(dakha)).toBe('Đã gửi');

    const kontum = pages['canbo.kontum']!;
    await kontum.goto('/don-vi/62?nam=2024');
    const block = kontum.locator('section[aria-labelledby="report-h"]');
    expect(await block.innerText()).toMatch(/1\/\d+ đã gửi \(0 đúng hạn, 1 trễ hạn\)/);
    await Promise.all([kontum.waitForURL(/\/bao-cao\/62\/2024\/tien-do$/), block.getByRole('link', { name: 'Tiến độ báo cáo của đơn vị trực thuộc' }).click()]);
    expect(await kontum.locator('tr[data-unit="615"]').innerText()).toContain('Đã gửi');
    expect(await kontum.locator('tr[data-unit="615"]').innerText()).toMatch(/Trễ \d+ ngày/); // days late, in words
    expect(await kontum.locator('tbody tr').filter({ hasText: 'Chưa gửi' }).count()).toBeGreaterThan(0);
    await kontum.goto('/bao-cao/615/2024');
    await pressAndConfirm(kontum, 'Phê duyệt', 'Bạn có chắc muốn phê duyệt báo cáo?');
    expect(await status(kontum)).toBe('Đã phê duyệt');

    await kontum.goto('/bao-cao/62/2024');
    expect(await kontum.locator('h1').innerText()).toBe('Báo cáo năm 2024 — Kon Tum');
    expect(await kontum.getByLabel('Kết quả lĩnh vực thư viện').inputValue()).toContain('Thư viện xã phục vụ 1.250 lượt bạn đọc.');
    expect(await kontum.getByLabel(/Hoạt động hưởng ứng/).inputValue()).toContain('Ngày Sách 21/4');
    expect(await kontum.locator('caption').first().innerText()).toContain('Kết quả thực hiện các chỉ tiêu năm 2024');
    const docx = await contexts['canbo.kontum']!.request.get('/bao-cao/62/2024/tai/docx');
    expect(docx.status()).toBe(200);
    expect(docx.headers()['content-type']).toContain('wordprocessingml');
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    const xlsx = await contexts['canbo.kontum']!.request.get('/bao-cao/62/2024/tai/xlsx');
    expect(xlsx.status()).toBe(200);
    await kontum.goto('/bao-cao/62/2024/in');
    expect(await kontum.locator('h1').innerText()).toBe('BÁO CÁO');
  });

  it('fits a 390 px phone without sideways scrolling: the report, review and progress pages', async () => {
    const ctx = await (await sharedBrowser()).newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 390, height: 844 } });
    contexts.phone = ctx;
    const page = await ctx.newPage();
    await logIn(page, 'canbo.kontum');
    const widths: Record<string, number> = {};
    for (const path of ['/bao-cao/62/2024', '/bao-cao/615/2024', '/bao-cao/23500-2025/2024', '/bao-cao/62/2024/tien-do', '/bao-cao/615/2024/tien-do']) {
      await page.goto(path);
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    for (const [path, w] of Object.entries(widths)) expect(w, path).toBeLessThanOrEqual(390);
    // the content table is still there, each figure beside its column's head
    await page.goto('/bao-cao/62/2024');
    expect(await page.locator('table.cards td[data-label="Đơn vị tính"]').first().isVisible()).toBe(true);
  });

  it('axe: no serious or critical violations on the report, progress and print pages', async () => {
    // axe runs in the page: a context with JavaScript
    const ctx = await (await sharedBrowser()).newContext({ baseURL: server.url, locale: 'vi-VN' });
    contexts.axe = ctx;
    const page = await ctx.newPage();
    await logIn(page, 'canbo.kontum');
    const all: Record<string, string[]> = {};
    for (const [label, path] of [
      ['report page', '/bao-cao/62/2024'],
      ['review page', '/bao-cao/615/2024'],
      ['progress page', '/bao-cao/62/2024/tien-do'],
      ['confirmation', '/bao-cao/62/2024/tien-do/khoa'],
      ['print page', '/bao-cao/62/2024/in'],
      ['dashboard', '/don-vi/62?nam=2024'],
    ] as const) {
      await page.goto(path);
      all[label] = await seriousIn(page, label);
    }
    expect(all).toEqual({ 'report page': [], 'review page': [], 'progress page': [], confirmation: [], 'print page': [], dashboard: [] });
  }, 120_000);
});
