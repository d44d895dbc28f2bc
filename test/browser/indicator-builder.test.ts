import { afterAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/i18n/index.ts';
import { ENGINES } from '../support/engines.ts';
import { closeSharedBrowser, hasChromium, indicatorValue, seriousWithoutJs, signedInBrowser } from './browser.ts';

afterAll(closeSharedBrowser);

/**
 * Issue 19: an admin builds an indicator with the builder (without JavaScript), is refused an element that does not
 * exist and a denominator that is always zero (each beside its row, everything typed kept), previews its value for
 * Huế, saves it and finds it on Huế's dashboard with the value the preview showed.
 */
describe.skipIf(!hasChromium).each(ENGINES)('browser: the indicator builder on %s', (engine) => {
  const web = signedInBrowser(engine, 'admin');

  it('builds, is refused, previews, saves and sees the indicator on a dashboard', { timeout: 180_000 }, async () => {
    const page = await web.signedIn.newPage();
    await page.goto('/quan-tri/chi-so');
    expect(await seriousWithoutJs(page, web.withJs, 'builder')).toEqual([]);
    await page.getByLabel('Mã chỉ số').fill('MUS_VISITORS_PER_MUSEUM');
    await page.getByLabel('Tên tiếng Việt').fill('Lượt khách bình quân mỗi bảo tàng');
    await page.getByLabel('Tên tiếng Anh').fill('Visitors per museum');
    await page.getByLabel('Đơn vị tính').fill('lượt');
    const row = (side: 'n' | 'd', i: number) => page.locator(`#${side}${i}`);
    // numerator: a misspelt element; denominator: museums minus museums (always zero)
    await row('n', 0).getByLabel('Loại', { exact: true }).selectOption('data');
    await row('n', 0).getByLabel('Chỉ tiêu (với số liệu)').fill('luot khach khong co');
    for (const i of [0, 1]) {
      await row('d', i).getByLabel('Loại', { exact: true }).selectOption('count');
      await row('d', i).getByLabel('Loại cơ sở').selectOption(['museum_public', 'museum_non_public']);
    }
    await row('d', 1).getByLabel('Dấu').selectOption('-1');
    await page.getByLabel('Hệ số').fill('1');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lưu chỉ số' }).click()]);
    expect(await page.locator('#n0-err').innerText()).toBe('Không có chỉ tiêu thống kê "luot khach khong co"');
    expect(await page.locator('#denominator-err').innerText()).toMatch(/^Mẫu số luôn bằng 0/);
    expect(await page.getByLabel('Mã chỉ số').inputValue()).toBe('MUS_VISITORS_PER_MUSEUM');
    expect(await row('d', 1).getByLabel('Dấu').inputValue()).toBe('-1');
    expect(await seriousWithoutJs(page, web.withJs, 'builder refused')).toEqual([]);
    const none = await web.server.store.db.selectFrom('indicators').select('code').where('code', '=', 'MUS_VISITORS_PER_MUSEUM').execute();
    expect(none).toEqual([]);

    // fixed: the element by its name without diacritics, the second denominator row unused; previewed for Huế
    await row('n', 0).getByLabel('Chỉ tiêu (với số liệu)').fill('luot khach tham quan bao tang');
    await row('d', 1).getByLabel('Loại', { exact: true }).selectOption('none');
    const hue = await page
      .locator('#place-names option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v.startsWith('Thành phố Huế') && v.includes('từ')));
    expect(hue).toBeDefined();
    await page.getByLabel('Đơn vị hành chính').fill(hue!);
    const year = await page.getByLabel('Năm', { exact: true }).inputValue();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Xem trước' }).click()]);
    const preview = await page.locator('#preview').innerText();
    expect(preview).toContain(`năm ${year}:`);
    // everything typed is still there after the preview
    expect(await page.getByLabel('Tên tiếng Việt').inputValue()).toBe('Lượt khách bình quân mỗi bảo tàng');
    expect(await row('n', 0).getByLabel('Chỉ tiêu (với số liệu)').inputValue()).toBe('luot khach tham quan bao tang');
    expect(await seriousWithoutJs(page, web.withJs, 'builder preview')).toEqual([]);

    await Promise.all([page.waitForURL(/xong=luu/), page.getByRole('button', { name: 'Lưu chỉ số' }).click()]);
    expect(await page.locator('[role=status]').first().innerText()).toMatch(/^Đã lưu chỉ số/);
    const audit = await web.server.store.db.selectFrom('audit_log').select('entity').where('entity_key', '=', 'MUS_VISITORS_PER_MUSEUM').execute();
    expect(audit).toEqual([{ entity: 'indicator' }]);

    await page.goto(`/don-vi/46?nam=${year}`);
    const value = await indicatorValue(page, 'MUS_VISITORS_PER_MUSEUM');
    expect(value).not.toBeNull();
    expect(preview).toContain(`${formatNumber('vi', value!, 2)} lượt`);
    expect(await page.locator('tr[data-indicator="MUS_VISITORS_PER_MUSEUM"]').innerText()).toContain('Lượt khách bình quân mỗi bảo tàng');

    // its own page shows the formula as the builder took it; the data elements' pages pass axe too
    await page.goto('/quan-tri/chi-so/MUS_VISITORS_PER_MUSEUM');
    expect(await row('n', 0).getByLabel('Chỉ tiêu (với số liệu)').inputValue()).toBe('Lượt khách tham quan bảo tàng');
    expect(await seriousWithoutJs(page, web.withJs, 'indicator page')).toEqual([]);
    for (const path of ['/quan-tri/du-lieu', '/quan-tri/du-lieu/LIB_VISITS']) {
      await page.goto(path);
      expect(await seriousWithoutJs(page, web.withJs, path)).toEqual([]);
    }
    await page.close();
  });
});
