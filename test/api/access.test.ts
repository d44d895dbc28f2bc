import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { cardIntact } from '../../src/library/cards.ts';
import { findUnit } from '../../src/network/units.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, csrfFrom, startServer, storedValue, type TestServer } from '../support/server.ts';

interface ErrorJson {
  code?: string;
  error: string;
  errorEn?: string;
}

/** A signed-in client and its CSRF token. */
async function as(server: TestServer, username: string): Promise<{ client: Client; token: string }> {
  const client = new Client(server.url);
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(303);
  return { client, token: await client.csrf('/tong-quan') };
}

const put = (who: { client: Client; token: string }, path: string, body: unknown) =>
  who.client.fetch(path, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': who.token }, body: JSON.stringify(body) });
const post = (who: { client: Client; token: string }, path: string, body: unknown) => who.client.postJson(path, body, { 'x-csrf-token': who.token });

async function attribute(server: TestServer, code: string, attr: string, year: number) {
  return server.store.db
    .selectFrom('institution_attributes as a')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .select(['a.value', 'a.evidence'])
    .where('i.code', '=', code)
    .where('a.attribute', '=', attr)
    .where('a.year', '=', year)
    .executeTakeFirst();
}

/**
 * Issue 24, findings 5–7, as they were reproduced against a running server with the demo data: each
 * request here was answered 200 (or deleted data) before.
 */
describe.each(ENGINES)('access and desk privacy, end to end on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server?.close());

  it("5: the dissolved commune's official cannot clear 2026 values on the form, stays on it with the reason", async () => {
    const xa = await as(server, 'canbo.xa');
    const page = await xa.client.get('/co-so/TVXA-23500?nam=2026');
    expect(page.status).toBe(200);
    const html = await page.text();
    const stored = [...html.matchAll(/name="(v:[A-Z_]+:2026-\d\d)"[^>]*value="(\d+)"/g)].slice(0, 2);
    expect(stored.length).toBe(2);
    const [a, b] = stored.map((m) => m[1]!);
    const before = await Promise.all(stored.map((m) => storedValue(server.store, 'TVXA-23500', m[1]!.split(':')[1]!, m[1]!.split(':')[2]!)));
    expect(before.every((v) => v !== undefined)).toBe(true);
    const res = await xa.client.postForm('/co-so/TVXA-23500/so-lieu?nam=2026', { _csrf: csrfFrom(html), [a!]: '', [b!]: '' });
    expect(res.status).toBe(403);
    const again = await res.text();
    expect(again).toContain('role="alert"');
    expect(again).toContain('không có quyền ghi dữ liệu');
    expect(again).toContain('năm 2026');
    expect(again).toContain('name="v:'); // the entry page, not a dead end
    const after = await Promise.all(stored.map((m) => storedValue(server.store, 'TVXA-23500', m[1]!.split(':')[1]!, m[1]!.split(':')[2]!)));
    expect(after).toEqual(before);
  });

  it('5: the attributes API refuses 2026 for that official (403, in Vietnamese), accepts 2024 when the library was theirs', async () => {
    const xa = await as(server, 'canbo.xa');
    const refused = await put(xa, '/api/v1/institutions/TVXA-23500/attributes', { attribute: 'provides_lll', year: 2026, value: false, evidence: null });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as ErrorJson;
    expect(body.code).toBe('E2027');
    expect(body.error).toContain('năm 2026');
    const ok = await put(xa, '/api/v1/institutions/TVXA-23500/attributes', {
      attribute: 'provides_lll',
      year: 2024,
      value: true,
      evidence: 'Sổ theo dõi 2024',
    });
    expect(ok.status).toBe(200);
  });

  it("5: nor does that official run the library's desk, events or clubs today", async () => {
    const xa = await as(server, 'canbo.xa');
    expect((await xa.client.get('/thu-vien/TVXA-23500')).status).toBe(403);
    expect((await post(xa, '/api/v1/libraries/TVXA-23500/checkout', { barcode: 'x', card: 'y' })).status).toBe(403);
    const events = await xa.client.postForm('/quan-ly/su-kien', { _csrf: xa.token, institution: 'TVXA-23500', title: 'Ngày hội đọc sách' });
    expect(events.status).toBe(403);
    expect(await events.text()).toContain('không có quyền ghi dữ liệu');
  });

  it("6: an approved report's lock covers status attributes: 409 with the values' message, nothing stored", async () => {
    const district = (await findUnit(server.store.db, '615'))!;
    const reportId = (await openReport(server.store.db, district, 2024, null)).id;
    const dakha = await as(server, 'canbo.dakha');
    const kontum = await as(server, 'canbo.kontum');
    expect((await post(dakha, `/api/v1/reports/${reportId}/submit`, {})).status).toBe(200);
    expect((await post(kontum, `/api/v1/reports/${reportId}/approve`, {})).status).toBe(200);
    const before = await attribute(server, 'TVHUYEN-615', 'meets_standard', 2024);
    const value = await post(dakha, '/api/v1/values', [{ institution: 'TVHUYEN-615', dataElement: 'LIB_VISITS', period: '2024-05', value: 1 }]);
    expect(value.status).toBe(409);
    const res = await put(dakha, '/api/v1/institutions/TVHUYEN-615/attributes', {
      attribute: 'meets_standard',
      year: 2024,
      value: !before?.value,
      evidence: 'x',
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorJson).error).toBe(((await value.json()) as ErrorJson).error);
    expect(await attribute(server, 'TVHUYEN-615', 'meets_standard', 2024)).toEqual(before);
    // the form too, staying on it
    const page = await dakha.client.get('/co-so/TVHUYEN-615?nam=2024');
    const form = await dakha.client.postForm('/co-so/TVHUYEN-615/thuoc-tinh?nam=2024', {
      _csrf: csrfFrom(await page.text()),
      'a:meets_standard': before?.value ? '0' : '1',
    });
    expect(form.status).toBe(409);
    expect(await form.text()).toContain('đã bị khóa');
    expect(await attribute(server, 'TVHUYEN-615', 'meets_standard', 2024)).toEqual(before);
  });

  it('7: returns only at a library by its staff; the borrower named only to the lending library', async () => {
    const db = server.store.db;
    const unitOf = async (code: string) => (await db.selectFrom('institutions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    await createUser(db, {
      username: 'thuvien.474',
      password: DEMO_PASSWORD,
      displayName: 'Thư viện huyện',
      role: 'staff',
      institutionId: await unitOf('TVHUYEN-474'),
    });
    const hue = await as(server, 'thuvien.hue'); // staff of TVTINH-46, which issued TV46-0001
    const lent = await post(hue, '/api/v1/libraries/TVTINH-46/checkout', { barcode: 'TVTINH-46-0001-1', card: 'TV46-0001' });
    expect(lent.status).toBe(201);
    expect(await lent.json()).toMatchObject({ patron: 'Nguyễn Thị Hoa', card: 'TV46-0001' });

    // museum staff, at the museum's "desk"; an official above the library: refused, the loan still open
    const museum = await as(server, 'baotang.hue');
    const m = await post(museum, '/api/v1/libraries/BTTINH-46/return', { barcode: 'TVTINH-46-0001-1' });
    expect(m.status).toBe(403);
    expect(await m.text()).not.toContain('Hoa');
    const official = await as(server, 'canbo.hue');
    const o = await post(official, '/api/v1/libraries/TVTINH-46/return', { barcode: 'TVTINH-46-0001-1' });
    expect(o.status).toBe(403);
    expect(((await o.json()) as ErrorJson).code).toBe('E6121');
    const open = await db.selectFrom('lib_loans').select('id').where('returned_at', 'is', null).execute();
    expect(open.length).toBe(1);

    // another library of the network takes it back, but is not told whose it was
    const other = await as(server, 'thuvien.474');
    const back = await post(other, '/api/v1/libraries/TVHUYEN-474/return', { barcode: 'TVTINH-46-0001-1' });
    expect(back.status).toBe(200);
    const text = await back.text();
    expect(text).not.toContain('Hoa');
    expect(JSON.parse(text)).toMatchObject({ patron: null, card: '…001' });

    // a checkout there to a card of another library: the loan is made, the holder not named
    const loan = await post(other, '/api/v1/libraries/TVHUYEN-474/checkout', { barcode: 'TVHUYEN-474-0001-1', card: 'TV46-0002' });
    expect(loan.status).toBe(201);
    const loanText = await loan.text();
    expect(loanText).not.toContain('Khang');
    expect(JSON.parse(loanText)).toMatchObject({ patron: null, card: '…002' });
  });

  it('7: every card looked up at a desk leaves a trace; new cards are random with a check character', async () => {
    const hue = await as(server, 'thuvien.hue');
    const miss = await post(hue, '/api/v1/libraries/TVTINH-46/checkout', { barcode: 'TVTINH-46-0002-1', card: 'TV46-0099' });
    expect(miss.status).toBe(404);
    const trace = await server.store.db
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('entity', '=', 'lib_card')
      .where('entity_key', '=', 'TV46-0099')
      .execute();
    expect(trace).toMatchObject([{ action: 'lookup' }]);

    const cards: string[] = [];
    for (const name of ['Phạm Thu Trang', 'Võ Minh Tâm']) {
      const desk = await hue.client.get('/thu-vien/TVTINH-46');
      const res = await hue.client.postForm('/thu-vien/TVTINH-46/ban-doc', { _csrf: csrfFrom(await desk.text()), name, category: 'adult' });
      expect(res.status).toBe(303);
      const card = (await server.store.db.selectFrom('lib_patrons').select('card_number').where('name', '=', name).executeTakeFirstOrThrow()).card_number;
      expect(card).toMatch(/^TV[0-9A-Z]{11}$/);
      expect(cardIntact(card)).toBe(true);
      expect(decodeURIComponent(res.headers.get('location') ?? '')).toContain(card);
      cards.push(card);
    }
    expect(cards[0]).not.toBe(cards[1]);
  });

  it('7: an official above the library sees the desk without the circulation forms or the overdue readers; refused, stays on the desk', async () => {
    const official = await as(server, 'canbo.hue');
    const desk = await official.client.get('/thu-vien/TVTINH-46');
    expect(desk.status).toBe(200);
    const html = await desk.text();
    expect(html).not.toContain('action="/thu-vien/TVTINH-46/tra"');
    const res = await official.client.postForm('/thu-vien/TVTINH-46/tra', { _csrf: csrfFrom(html), barcode: 'TVHUYEN-474-0001-1' });
    expect(res.status).toBe(403);
    const again = await res.text();
    expect(again).toContain('role="alert"');
    expect(again).toContain('Chỉ nhân viên của');
  });
});
