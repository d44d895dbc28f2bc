import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent } from '../../src/events/events.ts';
import { register } from '../../src/events/registration.ts';
import { showCode } from '../../src/events/checkin.ts';
import { todayLocal } from '../../src/core/time.ts';
import { closeSharedBrowser, Contexts, hasChromium, loadFocus, logIn, sharedBrowser, submitting } from './browser.ts';

afterAll(closeSharedBrowser);

describe.skipIf(!hasChromium).each(ENGINES)('browser: vocabularies, check-in by code, a remembered place on %s (no JavaScript)', (engine) => {
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

  it('museum staff pick a material from the vocabulary; the public page shows its label in the reader’s language', async () => {
    const { db } = server.store;
    const staff = await db.selectFrom('users').select('institution_id').where('username', '=', 'baotang.hue').executeTakeFirstOrThrow();
    const o = await db
      .selectFrom('museum_objects')
      .select(['id', 'title'])
      .where('institution_id', '=', staff.institution_id!)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const ctx = await context();
    const page = await ctx.newPage();
    await logIn(page, 'baotang.hue');
    await page.goto(`/quan-ly/hien-vat/${o.id}`);
    await page.getByLabel('Chất liệu (theo danh mục)').selectOption({ label: 'Sơn mài' });
    await page.getByLabel('Dân tộc (theo danh mục)').selectOption({ label: 'Ê-đê' });
    expect(await submitting(page, () => page.locator(`form[action="/quan-ly/hien-vat/${o.id}"] button[type=submit]`).click())).toBe(
      `/quan-ly/hien-vat/${o.id}?ok=1`,
    );
    expect(await page.getByLabel('Chất liệu (theo danh mục)').inputValue()).not.toBe('');
    expect(await contexts.axeAt(ctx, `/quan-ly/hien-vat/${o.id}`, 'object form')).toEqual([]);
    expect(await contexts.axeAt(ctx, '/quan-ly/danh-muc-hien-vat', 'vocabularies')).toEqual([]);
    const museumCode = (await db.selectFrom('institutions').select('code').where('id', '=', staff.institution_id!).executeTakeFirstOrThrow()).code;
    expect(await contexts.axeAt(ctx, `/quan-ly/bao-tang/${museumCode}/suu-tap`, 'collections')).toEqual([]);
    const collection = await db.selectFrom('museum_collections').select('id').where('institution_id', '=', staff.institution_id!).executeTakeFirstOrThrow();
    expect(await contexts.axeAt(ctx, `/quan-ly/suu-tap/${collection.id}`, 'a collection')).toEqual([]);
    const visitor = await (await context(390)).newPage();
    await visitor.goto(`/hien-vat/${o.id}`);
    const body = await visitor.locator('main').innerText();
    expect(body).toContain('Sơn mài');
    expect(body).toContain('Ê-đê');
    expect(Buffer.byteLength(await visitor.content())).toBeLessThanOrEqual(50 * 1024);
    await visitor.goto(`/hien-vat/${o.id}?lang=en`);
    const english = await visitor.locator('main').innerText();
    expect(english).toContain('Lacquer');
    expect(english).not.toContain('Sơn mài');
    expect(await contexts.axeAt(ctx, `/hien-vat/${o.id}`, 'public object')).toEqual([]);
    await page.close();
  }, 180_000);

  it('an organiser checks two registrants in by typing their codes and Enter, without the mouse; a code used twice is refused in place', async () => {
    const { db } = server.store;
    const lib = await db.selectFrom('users').select('institution_id').where('username', '=', 'thuvien.hue').executeTakeFirstOrThrow();
    const today = todayLocal();
    const id = await createEvent(
      db,
      {
        institutionId: lib.institution_id!,
        kind: 'talk',
        title: 'Tọa đàm đọc sách tối nay',
        place: 'Hội trường',
        startsAt: `${today}T23:58`,
        endsAt: `${today}T23:59`,
      },
      null,
    );
    const codes: string[] = [];
    for (const n of [1, 2]) {
      const user = await createUser(db, { username: `khach${n}`, password: 'mat-khau-dai-khach', displayName: `Khách số ${n}`, role: 'citizen' });
      await register(db, id, user, `${today}T00:00`);
      const r = await db
        .selectFrom('event_registrations')
        .select('checkin_code')
        .where('event_id', '=', id)
        .where('user_id', '=', user)
        .executeTakeFirstOrThrow();
      codes.push(showCode(r.checkin_code!));
    }
    // the registrant sees their code on the confirmation
    const citizen = await (await context(390)).newPage();
    await logIn(citizen, 'khach1', 'mat-khau-dai-khach');
    await citizen.goto(`/su-kien/${id}`);
    expect(await citizen.locator('[data-checkin-code]').innerText()).toBe(codes[0]);
    // and as a barcode a scanner reads at the door, named for screen readers, within the phone's width
    const barcode = citizen.getByRole('img', { name: `Mã vạch của mã vào cửa ${codes[0]}` });
    expect(await barcode.locator('svg path').count()).toBeGreaterThan(0);
    expect((await barcode.boundingBox())!.width).toBeLessThanOrEqual(390);
    const ctx = await context();
    const page = await ctx.newPage();
    await logIn(page, 'thuvien.hue');
    await page.goto(`/su-kien/${id}/diem-danh`);
    for (const [n, code] of codes.entries()) {
      expect(await loadFocus(page)).toBe('code');
      await page.keyboard.type(code.toLowerCase());
      await submitting(page, () => page.keyboard.press('Enter'));
      expect(await page.getByRole('status').innerText()).toContain(`Khách số ${n + 1}`);
    }
    expect(await loadFocus(page)).toBe('code');
    await page.keyboard.type(codes[0]!);
    await submitting(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('#code-err').innerText()).toMatch(/^Đã ghi nhận lúc \d\d:\d\d$/);
    expect(await page.getByRole('alert').innerText()).toContain('Khách số 1 đã được ghi nhận có mặt lúc');
    expect(await loadFocus(page)).toBe('code');
    expect(await page.locator('#code').inputValue()).toBe(codes[0]);
    const rows = await db.selectFrom('event_registrations').select(['attended', 'checked_in_at']).where('event_id', '=', id).execute();
    expect(rows.every((r) => r.attended === 1 && r.checked_in_at !== null)).toBe(true);
    expect(await contexts.axeAt(ctx, `/su-kien/${id}/diem-danh`, 'check-in')).toEqual([]);
    expect(await contexts.axeAt(ctx, `/su-kien/${id}/quan-ly`, 'attendance')).toEqual([]);
    await page.close();
  }, 180_000);

  it('a citizen on a 390 px phone chooses "vy da"; on a second visit /cong-dan opens on Vỹ Dạ, with a way to change it', async () => {
    const ctx = await context(390);
    const page = await ctx.newPage();
    await page.goto('/cong-dan');
    await page.getByLabel('Tên xã, phường, tỉnh (có dấu hay không dấu đều được)').fill('vy da');
    await submitting(page, () => page.getByRole('button', { name: 'Tìm' }).click());
    await submitting(page, () => page.getByRole('link', { name: 'Phường Vỹ Dạ' }).click());
    const home = new URL(page.url()).pathname;
    await page.close();
    const again = await ctx.newPage();
    await again.goto('/cong-dan');
    expect(new URL(again.url()).pathname).toBe(home);
    expect(await again.getByRole('heading', { level: 1 }).innerText()).toBe('Phường Vỹ Dạ');
    expect(await again.locator('section[aria-labelledby="inst-h"] li').count()).toBeGreaterThan(3);
    expect(await again.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(Buffer.byteLength(await again.content())).toBeLessThanOrEqual(50 * 1024);
    await submitting(again, () => again.getByRole('link', { name: 'Chọn nơi khác' }).click());
    expect(await again.locator('main').innerText()).toContain('Lần trước bạn xem Phường Vỹ Dạ.');
    expect(await again.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await contexts.axeAt(ctx, '/cong-dan?chon=1', 'place picker')).toEqual([]);
    expect(await contexts.axeAt(ctx, home, 'place home')).toEqual([]);
    expect(await contexts.axeAt(ctx, '/cong-dan/gan-toi?vi-do=16.4637&kinh-do=107.5909', 'near me')).toEqual([]);
    await again.close();
  }, 180_000);
});
