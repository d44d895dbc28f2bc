import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, hasChromium, logIn, seriousIn, sharedBrowser } from './browser.ts';
import { reportersTo } from '../../src/reporting/expected.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { findUnit } from '../../src/network/units.ts';

afterAll(closeSharedBrowser);

/**
 * The province official on /tien-do, without JavaScript: the rates of the districts and of the communes below them in
 * numbers, per cent and words, a drill-down to a district's own progress, and reminders sent from the page to the
 * districts still to report (asked first, listed, recorded once).
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: completeness across levels and reminders on %s', (engine) => {
  let server: TestServer;
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    let browser: Browser;
    [server, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    // Đắk Hà's communes: two sent (one 3 days late), one approved; Đắk Hà itself sent; Kon Tum city nothing
    const db = server.store.db;
    const dakha = (await findUnit(db, '615'))!;
    const communes = await reportersTo(db, dakha.id, 2024);
    const set = async (unitId: number, status: string, at: string | null, onTime: boolean | null) => {
      const u = (await db.selectFrom('units').select('code').where('id', '=', unitId).executeTakeFirstOrThrow()).code;
      const r = await openReport(db, (await findUnit(db, u))!, 2024, null);
      await db
        .updateTable('reports')
        .set({ status, submitted_at: at, on_time: onTime === null ? null : onTime ? 1 : 0 })
        .where('id', '=', r.id)
        .execute();
    };
    await set(communes[0]!.id, 'submitted', '2024-11-05T03:00:00.000Z', true);
    await set(communes[1]!.id, 'submitted', '2024-11-13T03:00:00.000Z', false);
    await set(communes[2]!.id, 'approved', '2024-11-02T03:00:00.000Z', true);
    await set(dakha.id, 'submitted', '2024-12-01T03:00:00.000Z', true);
    ctx = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false, locale: 'vi-VN' });
    page = await ctx.newPage();
    await logIn(page, 'canbo.kontum');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    await server?.close();
  });

  it('sees the rates of districts and communes in numbers and words, and drills down to a district', async () => {
    await page.goto('/bao-cao/62/2024/tien-do');
    const districts = page.locator('tr[data-level="district"]');
    const communes = page.locator('tr[data-level="commune"]');
    expect(await districts.locator('th').innerText()).toBe('Cấp huyện');
    expect(await districts.innerText()).toContain('1/2 (50 %)');
    expect(await districts.innerText()).toContain('Còn thiếu');
    expect(await communes.locator('th').innerText()).toBe('Cấp xã');
    expect(await communes.locator('td').nth(0).innerText()).toBe('17');
    expect(await communes.locator('td').nth(1).innerText()).toContain('3/17 (17,6 %)');
    expect(await communes.locator('td').nth(1).innerText()).toContain('Thấp'); // the word beside the colour
    expect(await communes.locator('td').nth(3).innerText()).toContain('1/17 (5,9 %)');
    const dakhaRow = page.locator('tr[data-unit="615"]');
    expect(await dakhaRow.innerText()).toContain('Đã gửi');
    expect(await dakhaRow.innerText()).toContain('15/12/2024');
    expect(await dakhaRow.innerText()).toContain('Cấp xã: 3/11 đã gửi, 1 đã phê duyệt');
    expect(await page.locator('tr[data-unit="608"]').innerText()).toMatch(/Chưa gửi[\s\S]*Quá hạn \d+ ngày, chưa gửi/);

    await Promise.all([page.waitForURL(/\/bao-cao\/615\/2024\/tien-do$/), page.getByRole('link', { name: 'Xem tiến độ của Đắk Hà' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Tiến độ báo cáo năm 2024 — Đắk Hà');
    expect(await page.locator('tr[data-level="commune"]').innerText()).toContain('3/11 (27,3 %)');
    expect(await page.locator('table.children tbody tr').count()).toBe(11);
    expect(await page.locator('table.children tbody').innerText()).toContain('Trễ 3 ngày');
    expect(await page.locator('table.children tbody').innerText()).toContain('10/11/2024');
    await Promise.all([page.waitForURL(/\/bao-cao\/62\/2024\/tien-do$/), page.getByRole('link', { name: /Tiến độ của Kon Tum/ }).click()]);
  });

  it('sends reminders from the page: asked first with the districts listed, sent once, recorded', async () => {
    await page.goto('/bao-cao/62/2024/tien-do');
    const block = page.locator('section[aria-labelledby="remind-h"]');
    expect(await block.innerText()).toContain('1 đơn vị chưa gửi báo cáo');
    await Promise.all([page.waitForURL(/\/tien-do\/nhac$/), block.getByRole('button', { name: 'Gửi nhắc nhở' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Bạn có chắc muốn gửi nhắc nhở?');
    expect(await page.locator('ul.recipients').innerText()).toContain('Kon Tum');
    expect(await page.locator('ul.recipients li').count()).toBe(1);
    await Promise.all([page.waitForURL(/ok=nhac/), page.getByRole('button', { name: 'Có, gửi nhắc nhở' }).click()]);
    expect(await page.getByRole('status').innerText()).toBe('Đã gửi nhắc nhở đến 1 đơn vị (0 thư điện tử).');
    expect(await page.locator('section[aria-labelledby="remind-h"]').innerText()).toContain('đều đã được nhắc hôm nay');
    const city = (await findUnit(server.store.db, '608'))!;
    const rows = await server.store.db.selectFrom('report_reminders').select(['unit_id', 'year']).execute();
    expect(rows).toEqual([{ unit_id: city.id, year: 2024 }]);
    await page.goto('/bao-cao/62/2024/tien-do/nhac');
    expect(new URL(page.url()).search).toBe('?ok=nhac-roi'); // asked again the same day: nothing left to send
  });

  it('axe: no serious or critical violations on the progress page and the reminder confirmation', async () => {
    const js = await (await sharedBrowser()).newContext({ baseURL: server.url, locale: 'vi-VN' });
    try {
      const p = await js.newPage();
      await logIn(p, 'canbo.kontum');
      const all: Record<string, string[]> = {};
      for (const [label, path] of [
        ['province progress', '/bao-cao/62/2024/tien-do'],
        ['district progress', '/bao-cao/615/2024/tien-do'],
        ['reminder confirmation', '/bao-cao/615/2024/tien-do/nhac'],
      ] as const) {
        await p.goto(path);
        all[label] = await seriousIn(p, label);
      }
      expect(all).toEqual({ 'province progress': [], 'district progress': [], 'reminder confirmation': [] });
    } finally {
      await js.close();
    }
  }, 120_000);
});
