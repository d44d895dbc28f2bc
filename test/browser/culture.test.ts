import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { closeSharedBrowser, Contexts, hasChromium, indicatorValue, logIn, sharedBrowser, submitting } from './browser.ts';

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium).each(ENGINES)('browser: museums, events and the citizen on %s (no JavaScript)', (engine) => {
  let server: TestServer;
  let museum: BrowserContext;
  let citizen: BrowserContext;
  let official: BrowserContext;
  let contexts: Contexts;
  beforeAll(async () => {
    const [s, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    server = s;
    contexts = new Contexts(browser, server.url);
    [museum, citizen, official] = await Promise.all([contexts.open(), contexts.open(), contexts.open()]);
  });
  afterAll(async () => {
    await contexts?.close();
    await server?.close();
  });

  it('a museum publishes a virtual exhibition with an uploaded image, and a citizen views it', async () => {
    const page = await museum.newPage();
    expect(await logIn(page, 'baotang.hue')).toBe('/co-so/BTTINH-46');
    await page.goto('/quan-ly/bao-tang/BTTINH-46');
    const objectForm = page.locator('form[aria-labelledby="new-object"]');
    await objectForm.getByLabel('Số hiệu').fill('BTH-0100');
    await objectForm.getByLabel('Tên hiện vật').fill('Nón lá bài thơ');
    await objectForm.getByLabel('Dân tộc', { exact: true }).fill('Kinh');
    await objectForm.getByLabel('Nguồn gốc, xuất xứ').fill('Làng nghề Tây Hồ, Phú Vang');
    const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c9b27c' } })
      .png()
      .toBuffer();
    await objectForm.getByLabel('Ảnh (tối đa 20 MB)').setInputFiles({ name: 'non-la.png', mimeType: 'image/png', buffer: png });
    await objectForm.getByLabel('Mô tả ảnh cho người khiếm thị').fill('Chiếc nón lá trắng ngà, soi lên thấy bài thơ');
    expect(await submitting(page, () => objectForm.getByRole('button', { name: 'Lưu' }).click())).toBe('/quan-ly/bao-tang/BTTINH-46?ok=1');

    const xForm = page.locator('form[aria-labelledby="new-exhibition"]');
    await xForm.getByLabel('Loại').selectOption('virtual');
    await xForm.getByLabel('Tên triển lãm').fill('Nón lá xứ Huế');
    await xForm.getByLabel('Lời giới thiệu').fill('Nghề làm nón bài thơ qua các thế hệ.');
    await xForm.getByLabel('Mở cửa').fill('23/11/2026');
    const made = await submitting(page, () => xForm.getByRole('button', { name: 'Lưu' }).click());
    expect(made).toMatch(/^\/quan-ly\/trien-lam\/\d+$/);
    const id = made.split('/').pop();
    const itemForm = page.locator('form[aria-labelledby="add-item"]');
    await itemForm.getByLabel('Hiện vật').selectOption({ label: 'BTH-0100 — Nón lá bài thơ' });
    await itemForm.getByLabel('Lời thuyết minh').fill('Nón bài thơ, biểu tượng của người con gái Huế.');
    expect(await submitting(page, () => itemForm.getByRole('button', { name: 'Lưu' }).click())).toBe(`/quan-ly/trien-lam/${id}`);
    expect(await submitting(page, () => page.getByRole('button', { name: 'Công bố' }).click())).toBe(`/trien-lam/${id}`);
    await page.close();

    const view = await citizen.newPage();
    expect(await logIn(view, 'congdan')).toMatch(/^\/noi\//);
    const res = await view.goto(`/trien-lam/${id}`);
    expect(res?.status()).toBe(200);
    expect(await view.locator('h1').innerText()).toBe('Nón lá xứ Huế');
    const img = view.getByRole('img', { name: 'Chiếc nón lá trắng ngà, soi lên thấy bài thơ' });
    expect(await img.count()).toBe(1);
    const thumb = await view.request.get((await img.getAttribute('src'))!);
    expect(thumb.headers()['content-type']).toBe('image/jpeg');
    expect((await sharp(await thumb.body()).metadata()).width).toBe(320);
    expect(await view.getByText('Nón bài thơ, biểu tượng của người con gái Huế.').count()).toBe(1);
    expect(await view.getByLabel('Đường dẫn chia sẻ').inputValue()).toBe(`${server.url}/trien-lam/${id}`);
    expect(await contexts.axeAt(citizen, `/trien-lam/${id}`, 'virtual exhibition')).toEqual([]);
    await view.close();
  });

  it("a citizen registers for a 21/4 event, attends, sees it in the learning record, and the commune dashboard's event count moves", async () => {
    const page = await citizen.newPage();
    await page.goto('/su-kien?ngay=21%2F4');
    expect(await contexts.axeAt(citizen, '/su-kien?ngay=21%2F4', 'events')).toEqual([]);
    const eventPath = await submitting(page, () => page.getByRole('link', { name: 'Ngày hội đọc sách xã 21/4' }).click());
    expect(eventPath).toMatch(/^\/su-kien\/\d+$/);
    const eventId = Number(eventPath.split('/').pop());
    expect(await submitting(page, () => page.getByRole('button', { name: 'Đăng ký tham gia' }).click())).toMatch(/ok=registered/);
    expect(await page.getByRole('status').innerText()).toBe('Bạn đã đăng ký tham gia.');
    // a second registration (another tab's stale form) is refused with a clear message
    const again = await page.request.post(`/su-kien/${eventId}/dang-ky`, {
      form: { _csrf: (await page.locator('input[name="_csrf"]').first().getAttribute('value'))! },
    });
    expect(again.status()).toBe(409);

    // the day comes: the event is moved to 21/4 this year (the demo's coming event, as if time had passed)
    await server.store.db.updateTable('events').set({ starts_at: '2026-04-21T07:30', ends_at: '2026-04-21T11:00' }).where('id', '=', eventId).execute();
    const e = await server.store.db
      .selectFrom('events as e')
      .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'e.institution_id').on('iu.valid_to', 'is', null))
      .innerJoin('units as u', 'u.id', 'iu.unit_id')
      .select('u.code')
      .where('e.id', '=', eventId)
      .executeTakeFirstOrThrow();

    const off = await official.newPage();
    await logIn(off, 'canbo.hue');
    await off.goto(`/don-vi/${e.code}?nam=2026`);
    const before = await indicatorValue(off, 'EVENTS_HELD');
    await off.goto(`/su-kien/${eventId}/quan-ly`);
    await off.getByRole('checkbox', { name: 'Có mặt: Nguyễn Văn Dân' }).check();
    await off.getByLabel('Số người tham gia không đăng ký trước').fill('35');
    expect(await submitting(off, () => off.getByRole('button', { name: 'Lưu và đánh dấu đã tổ chức' }).click())).toMatch(/ok=saved/);
    await off.goto(`/don-vi/${e.code}?nam=2026`);
    const after = await indicatorValue(off, 'EVENTS_HELD');
    console.log(`EVENTS_HELD of commune ${e.code} in 2026: ${before} → ${after}`);
    expect(after).toBe((before ?? 0) + 1);
    await off.close();

    await page.goto('/ho-so-hoc-tap?nam=2026');
    const row = page.locator('tr[data-measure="events_attended"]', { hasText: 'Ngày hội đọc sách xã 21/4' });
    expect(await row.innerText()).toContain('đã tham gia');
    expect(await page.locator('li[data-criterion="events"]').innerText()).toContain('2/2');
    expect(await contexts.axeAt(citizen, '/ho-so-hoc-tap?nam=2026', 'learning record')).toEqual([]);
    await page.close();
  });

  it('the portal home and search: light, accessible, without JavaScript', async () => {
    const page = await citizen.newPage();
    await page.goto('/cong-dan');
    expect(new URL(page.url()).pathname).toMatch(/^\/noi\//);
    const html = await page.content();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
    expect(await contexts.axeAt(citizen, new URL(page.url()).pathname, 'portal home')).toEqual([]);
    await page.getByLabel('Tìm sách, hiện vật, triển lãm, sự kiện, câu lạc bộ').fill('chieng');
    expect(await submitting(page, () => page.getByRole('button', { name: 'Tìm' }).click())).toMatch(/^\/tim-kiem\?/);
    expect(await page.getByRole('link', { name: 'Chiêng đồng Tà Ôi' }).count()).toBe(1);
    expect(await contexts.axeAt(citizen, new URL(page.url()).pathname + new URL(page.url()).search, 'search')).toEqual([]);
    await page.close();
  });
});
