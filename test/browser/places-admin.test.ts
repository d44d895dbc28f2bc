import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { closeSharedBrowser, hasChromium, seriousWithoutJs, signedInBrowser } from './browser.ts';

afterAll(closeSharedBrowser);

/**
 * Issue 19, places: an admin, without JavaScript, opens the places from the administration's home, searches "vy da",
 * opens the ward, sees the ward it was formed from (and that one's successor), is refused a population typed wrong
 * (the reason beside the field, what was typed kept), then sets it the Vietnamese way. Every page passes axe.
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: places administration on %s', (engine) => {
  const web = signedInBrowser(engine, 'admin');

  const population = async (code: string, year: number) =>
    (
      await web.server.store.db
        .selectFrom('unit_population as p')
        .innerJoin('units as u', 'u.id', 'p.unit_id')
        .select('p.total')
        .where('u.code', '=', code)
        .where('p.year', '=', year)
        .executeTakeFirst()
    )?.total ?? null;

  it('searches a ward, sees its lineage and sets its population', { timeout: 180_000 }, async () => {
    const page = await web.signedIn.newPage();
    await page.goto('/quan-tri');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'Địa bàn' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/quan-tri/dia-ban');
    expect(await page.locator('table tbody').first().innerText()).toContain('Thành phố Huế');
    expect(await seriousWithoutJs(page, web.withJs, 'places tree')).toEqual([]);

    // the map before the reform: old Huế's districts
    await page.getByLabel('Bản đồ vào ngày').fill('30/06/2025');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Xem' }).click()]);
    expect(await page.locator('main').innerText()).toContain('vào ngày 30/06/2025');

    await page.getByLabel('Bản đồ vào ngày').fill('');
    await page.getByLabel('Tìm đơn vị theo tên').fill('vy da');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Xem' }).click()]);
    expect(await page.getByRole('status').innerText()).toContain('1 đơn vị khớp "vy da"');
    expect(await seriousWithoutJs(page, web.withJs, 'places search')).toEqual([]);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'Phường Vỹ Dạ' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/quan-tri/dia-ban/don-vi/19777');

    const formed = await page.locator('[data-lineage=formed]').innerText();
    expect(formed).toContain('Hình thành từ');
    expect(formed).toContain('Phường Vỹ Dạ');
    expect(formed).toContain('đến 30/06/2025');
    expect(await seriousWithoutJs(page, web.withJs, 'unit page')).toEqual([]);

    // the old ward's page names where it went
    await Promise.all([page.waitForLoadState('load'), page.locator('[data-lineage=formed] a', { hasText: 'Phường Vỹ Dạ' }).click()]);
    expect(new URL(page.url()).pathname).toBe('/quan-tri/dia-ban/don-vi/19777-2025');
    expect(await page.locator('[data-lineage=passed]').innerText()).toContain('Phường Vỹ Dạ');
    await Promise.all([page.waitForLoadState('load'), page.locator('[data-lineage=passed] a').first().click()]);
    expect(new URL(page.url()).pathname).toBe('/quan-tri/dia-ban/don-vi/19777');

    // a population typed wrong is refused beside its field, what was typed kept
    const before = await population('19777', 2026);
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill('2026');
    await page.getByLabel('Dân số (người)').fill('12,5');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu dân số' }).click()]);
    expect(await page.locator('#total-err').innerText()).toContain('số nguyên');
    expect(await page.getByLabel('Dân số (người)').inputValue()).toBe('12,5');
    expect(await population('19777', 2026)).toBe(before);
    expect(await seriousWithoutJs(page, web.withJs, 'unit page refused')).toEqual([]);

    await page.getByLabel('Dân số (người)').fill('31.250');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu dân số' }).click()]);
    expect(await page.getByRole('status').innerText()).toContain('Đã lưu dân số năm 2026');
    expect(await page.locator('#population').innerText()).toContain('31.250');
    expect(await population('19777', 2026)).toBe(31250);
    const audited = await web.server.store.db
      .selectFrom('audit_log')
      .select(['entity_key', 'old_value', 'new_value'])
      .where('entity', '=', 'unit_population')
      .execute();
    expect(audited.map((a) => [a.entity_key, JSON.parse(a.old_value ?? 'null')?.total ?? null, JSON.parse(a.new_value!).total])).toEqual([
      ['19777/2026', before, 31250],
    ]);

    // the population file and the maps' pages pass axe too
    await page.goto('/quan-tri/dia-ban/dan-so');
    expect(await seriousWithoutJs(page, web.withJs, 'population import')).toEqual([]);
    await page.goto('/quan-tri/dia-ban/ban-do');
    expect(await seriousWithoutJs(page, web.withJs, 'official maps')).toEqual([]);
    await page.close();
  });
});
