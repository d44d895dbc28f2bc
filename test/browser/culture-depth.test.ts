import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { createUser } from '../../src/accounts/users.ts';
import { closeSharedBrowser, Contexts, hasChromium, logIn, sharedBrowser, submitting } from './browser.ts';

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium).each(ENGINES)('browser: clubs, events and places in depth on %s (no JavaScript)', (engine) => {
  let server: TestServer;
  let contexts: Contexts;
  const context = (width = 1366) => contexts.open({ width });
  beforeAll(async () => {
    const [s, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    server = s;
    contexts = new Contexts(browser, server.url);
  });
  afterAll(async () => {
    await contexts?.close();
    await server?.close();
  });

  it('a manager adds a member with no account, records attendance, links the member to a citizen whose learning record lists the session', async () => {
    const club = await server.store.db.selectFrom('clubs').select('id').where('name', '=', 'Câu lạc bộ Ca Huế').executeTakeFirstOrThrow();
    await createUser(server.store.db, { username: 'ba.tu', password: 'mat-khau-dai-ba-tu', displayName: 'Bà Tư', role: 'citizen' });
    const ctx = await context();
    const page = await ctx.newPage();
    await logIn(page, 'canbo.hue');
    await page.goto(`/cau-lac-bo/${club.id}`);
    expect(await page.getByRole('button', { name: 'Tham gia' }).count()).toBe(0);
    const add = page.locator('form[aria-labelledby="add-member"]');
    await add.getByLabel('Họ tên').fill('Trần Thị Tư');
    await add.getByLabel('Năm sinh (không bắt buộc)').fill('1946');
    expect(await submitting(page, () => add.getByRole('button', { name: 'Thêm thành viên' }).click())).toBe(`/cau-lac-bo/${club.id}?ok=1`);
    expect(await page.getByRole('row', { name: /Trần Thị Tư 1946/ }).count()).toBe(1);
    expect(await contexts.axeAt(ctx, `/cau-lac-bo/${club.id}`, 'club (manager)')).toEqual([]);

    const session = page.locator('form[aria-labelledby="record-session"]');
    await session.getByLabel('Ngày').fill('21/11/2026');
    await session.getByRole('checkbox', { name: 'Trần Thị Tư (1946)' }).check();
    expect(await submitting(page, () => session.getByRole('button', { name: 'Lưu' }).click())).toBe(`/cau-lac-bo/${club.id}?ok=1`);
    expect(await page.getByRole('row', { name: /21\/11\/2026 1/ }).count()).toBe(1);

    await submitting(page, () => page.getByRole('link', { name: 'Trần Thị Tư' }).click());
    expect(await contexts.axeAt(ctx, new URL(page.url()).pathname, 'club member')).toEqual([]);
    await page.getByLabel('Tên đăng nhập của công dân').fill('ba.tu');
    await submitting(page, () => page.getByRole('button', { name: 'Gắn tài khoản' }).click());
    expect(await page.getByText('Tài khoản: ba.tu').count()).toBe(1);

    const tu = await (await context()).newPage();
    await logIn(tu, 'ba.tu', 'mat-khau-dai-ba-tu');
    await tu.goto('/ho-so-hoc-tap?nam=2026');
    const row = tu.locator('tr[data-measure="club_sessions"]');
    expect(await row.innerText()).toContain('21/11/2026');
    expect(await row.innerText()).toContain('Câu lạc bộ Ca Huế');
    await page.close();
    await tu.close();
  });

  it('an organiser publishes an event for their own institution, cancels it, and the iCalendar shows SEQUENCE:1 and STATUS:CANCELLED', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    await page.goto('/quan-ly/su-kien/moi');
    const chosen = await page.getByLabel('Cơ sở tổ chức').locator('option:checked').innerText();
    expect(chosen).toContain('Thư viện');
    expect(await contexts.axeAt(ctx, '/quan-ly/su-kien/moi', 'new event')).toEqual([]);
    await page.getByLabel('Tên sự kiện').fill('Tọa đàm sách mùa xuân');
    await page.getByLabel('Địa điểm').fill('Phòng đọc thiếu nhi');
    await page.getByLabel('Bắt đầu').fill('2027-03-10T08:00');
    await page.getByLabel('Kết thúc').fill('2027-03-10T10:00');
    const made = await submitting(page, () => page.getByRole('button', { name: 'Đăng', exact: true }).click());
    const id = Number(/\/su-kien\/(\d+)/.exec(made)![1]);
    await page.goto(`/su-kien/${id}/quan-ly`);
    expect(await page.getByText('Trạng thái: Đã đăng').count()).toBe(1);
    await page.getByLabel('Lời nhắn gửi người đã đăng ký (lý do hủy)').fill('Hội trường sửa chữa');
    expect(await submitting(page, () => page.getByRole('button', { name: 'Hủy sự kiện' }).click())).toBe(`/su-kien/${id}?ok=event-cancelled`);
    const ics = await (await page.request.get('/api/v1/events.ics')).text();
    const vevent = ics.split('BEGIN:VEVENT').find((v) => v.includes(`UID:event-${id}@lifelong`))!;
    expect(vevent).toContain('SEQUENCE:1\r\n');
    expect(vevent).toContain('STATUS:CANCELLED\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    await page.close();
  });

  it('a citizen on a 390 px phone finds their commune by typing "vy da" and sees its events, clubs and institutions', async () => {
    const ctx = await context(390);
    const page = await ctx.newPage();
    await page.goto('/cong-dan');
    await page.getByLabel('Tên xã, phường, tỉnh (có dấu hay không dấu đều được)').fill('vy da');
    expect(await submitting(page, () => page.getByRole('button', { name: 'Tìm' }).click())).toBe('/cong-dan?noi=vy+da');
    expect(await contexts.axeAt(ctx, '/cong-dan?noi=vy+da', 'place finder')).toEqual([]);
    await submitting(page, () => page.getByRole('link', { name: 'Phường Vỹ Dạ' }).click());
    expect(new URL(page.url()).pathname).toMatch(/^\/noi\/.+/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Phường Vỹ Dạ');
    expect(await page.locator('#week-h').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Câu lạc bộ Ca Huế' }).count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="inst-h"] li').count()).toBeGreaterThan(3);
    const html = await page.content();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await contexts.axeAt(ctx, new URL(page.url()).pathname, 'place home')).toEqual([]);
    await page.close();
  });
});
