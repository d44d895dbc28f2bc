import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

describe.each(ENGINES)('loan rules page on %s', (engine) => {
  let server: TestServer;
  const path = '/thu-vien/TVTINH-46/quy-dinh-muon';
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server.close());

  const as = async (user: string) => {
    const c = new Client(server.url);
    expect((await c.login(user, DEMO_PASSWORD)).status).toBe(303);
    return c;
  };

  it('library staff read the matrix and set a rule; bad values come back with messages per field, nothing saved', async () => {
    const staff = await as('thuvien.hue');
    const page = await staff.get(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Quy định mượn · ');
    expect(html).toContain('Mọi loại bạn đọc');
    expect(html).toContain('<td>Mặc định</td>');
    const token = csrfFrom(html);
    expect((await staff.postForm(path, { category: 'child', loanDays: '7', maxLoans: '2', maxRenewals: '1', holdDays: '3' })).status).toBe(403);
    const saved = await staff.postForm(path, {
      _csrf: token,
      category: 'child',
      loanDays: '7',
      maxLoans: '2',
      maxRenewals: '1',
      holdDays: '3',
      finesFree: '1',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(/^\/thu-vien\/TVTINH-46\/quy-dinh-muon\?tb=/);
    const after = await (await staff.get(saved.headers.get('location')!)).text();
    expect(after).toContain('Đã lưu quy định mượn.');
    expect(after).toMatch(/<th scope="row">Thiếu nhi<\/th><td>7<\/td><td>2<\/td><td>1<\/td><td>3<\/td><td>Có<\/td><td>Thư viện này<\/td>/);
    const lib = await server.store.db.selectFrom('institutions').select('id').where('code', '=', 'TVTINH-46').executeTakeFirstOrThrow();
    expect(
      await server.store.db
        .selectFrom('lib_loan_rules')
        .select(['loan_days', 'fines_free'])
        .where('institution_id', '=', lib.id)
        .where('category', '=', 'child')
        .executeTakeFirst(),
    ).toEqual({ loan_days: 7, fines_free: 1 });
    expect(
      await server.store.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity', '=', 'lib_loan_rule')
        .where('entity_key', '=', `${lib.id}:child`)
        .execute(),
    ).toEqual([{ action: 'create' }]);

    const bad = await staff.postForm(path, { _csrf: token, category: 'child', loanDays: '0', maxLoans: 'nhiều', maxRenewals: '1', holdDays: '3' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Quy định mượn không hợp lệ.');
    expect(badHtml).toContain('aria-invalid="true"');
    expect(badHtml).toContain('Ít nhất 1 ngày.');
    expect(badHtml).toContain('value="nhiều"');
    expect((await staff.postForm(path, { _csrf: token, category: 'robot', loanDays: '7', maxLoans: '2', maxRenewals: '1', holdDays: '3' })).status).toBe(422);
    expect(
      await server.store.db
        .selectFrom('lib_loan_rules')
        .select('loan_days')
        .where('institution_id', '=', lib.id)
        .where('category', '=', 'child')
        .executeTakeFirst(),
    ).toEqual({ loan_days: 7 });

    const removed = await staff.postForm(`${path}/xoa`, { _csrf: token, category: 'child' });
    expect(removed.status).toBe(303);
    expect(
      await server.store.db
        .selectFrom('lib_loan_rules')
        .select('loan_days')
        .where('institution_id', '=', lib.id)
        .where('category', '=', 'child')
        .executeTakeFirst(),
    ).toBeUndefined();
    expect(await staff.get(`${path}?lang=en`).then((r) => r.text())).toContain('Loan rules');
  });

  it('officials above the library may edit; other staff, viewers and strangers may not', async () => {
    expect((await (await as('canbo.hue')).get(path)).status).toBe(200);
    expect((await (await as('baotang.hue')).get(path)).status).toBe(403);
    expect((await (await as('canbo.kontum')).get(path)).status).toBe(403);
    expect((await (await as('xem')).get(path)).status).toBe(403);
    const other = await as('thuvien.hue');
    expect((await other.get('/thu-vien/TVHUYEN-615/quy-dinh-muon')).status).toBe(403);
    const anonymous = await new Client(server.url).get(path);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/dang-nhap/);
  });
});
