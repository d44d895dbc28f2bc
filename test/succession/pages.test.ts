import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { createUser } from '../../src/accounts/users.ts';
import { findUnit } from '../../src/network/units.ts';

/** The text of a page without its tags, white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe.each(ENGINES)('the hand-over pages, API and the lineage on the dashboards (%s)', (engine) => {
  let server: TestServer;
  let admin: Client;
  let xa: Client;
  const unitOf = async (username: string) =>
    (
      await server.store.db
        .selectFrom('users as us')
        .innerJoin('units as u', 'u.id', 'us.unit_id')
        .select('u.code')
        .where('us.username', '=', username)
        .executeTakeFirstOrThrow()
    ).code;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    xa = new Client(server.url);
    expect((await admin.login('admin', DEMO_PASSWORD)).status).toBe(303);
    expect((await xa.login('canbo.xa', DEMO_PASSWORD)).status).toBe(303);
  }, 120_000);
  afterAll(() => server?.close());

  it('shows an ended unit its successor, a new unit the units it was formed from, and no −100 % growth', async () => {
    const anon = new Client(server.url);
    const ended = text(await (await anon.get('/don-vi/23500-2025?nam=2025')).text());
    expect(ended).toContain('Đơn vị này đã kết thúc ngày 30/06/2025, sáp nhập vào Xã Đăk Hà .');
    const html2025 = await (await anon.get('/don-vi/23500-2025?nam=2025')).text();
    expect(html2025).toContain('<a href="/don-vi/23500?nam=2025">Xã Đăk Hà</a>');
    expect(html2025).toMatch(/data-indicator="LIB_USERS_GROWTH"[\s\S]*?<td data-value="" class="gone"[^>]*>đã sáp nhập vào Xã Đăk Hà<\/td>/);
    const html2026 = await (await anon.get('/don-vi/23500-2025?nam=2026')).text();
    expect(text(html2026)).toContain('Năm 2026 đơn vị này không còn tồn tại nên không có số liệu');
    expect(html2026).not.toContain('-100');
    const formed = await (await anon.get('/don-vi/23500?nam=2025')).text();
    expect(text(formed)).toContain('Đơn vị được thành lập từ ngày 01/07/2025 trên cơ sở: Thị trấn Đắk Hà , Xã Đắk La , Xã Hà Mòn .');
    expect(formed).toContain('<a href="/don-vi/23500-2025?nam=2024">Thị trấn Đắk Hà</a>');
  });

  it('tells canbo.xa, still attached to the ended commune, that the administrator moves the account; the report block says it is not asked', async () => {
    const page = text(await (await xa.get('/don-vi/23500-2025?nam=2026')).text());
    expect(page).toContain('Tài khoản của bạn vẫn gắn với đơn vị đã kết thúc này.');
    expect(page).toContain('Thị trấn Đắk Hà đã kết thúc ngày 30/06/2025 nên không phải gửi báo cáo năm 2026 (hạn 10/11/2026).');
    expect(page).not.toContain('quá hạn');
    const report = await xa.get('/bao-cao/23500-2025/2026');
    expect(report.status).toBe(200);
    expect(text(await report.text())).toContain('Số liệu năm 2026 của đơn vị nằm trong báo cáo của: Xã Đăk Hà');
    // the page opened no draft, no cycle
    const unit = (await findUnit(server.store.db, '23500-2025'))!;
    expect(await server.store.db.selectFrom('reports').select('id').where('unit_id', '=', unit.id).where('year', '=', 2026).executeTakeFirst()).toBeUndefined();
  });

  it('lets only an admin see the hand-over, as a page and in the API (in the OpenAPI document)', async () => {
    expect((await new Client(server.url).get('/quan-tri/ban-giao')).status).toBe(303);
    expect((await xa.get('/quan-tri/ban-giao')).status).toBe(403);
    expect((await xa.get('/api/v1/handovers')).status).toBe(403);
    const list = text(await (await admin.get('/quan-tri/ban-giao')).text());
    expect(list).toContain('Thị trấn Đắk Hà · Kết thúc ngày 30/06/2025 · Đơn vị kế tiếp: Xã Đăk Hà · 1 người dùng');
    const json = (await (await admin.get('/api/v1/handovers?unit=23500-2025')).json()) as {
      users: { username: string; to: string }[];
      successors: unknown[];
    }[];
    expect(json[0]).toMatchObject({ unit: { code: '23500-2025', name: 'Đắk Hà' }, endedOn: '2025-06-30', successors: [{ code: '23500', name: 'Đăk Hà' }] });
    expect(json[0]!.users).toEqual([{ username: 'canbo.xa', displayName: 'UBND xã Đắk Hà', role: 'official', to: '23500' }]);
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/handovers');
  });

  it('needs a choice per person of a split unit: the page keeps the person on the form with the problem beside the select', async () => {
    const db = server.store.db;
    // a person still attached to Chi Lăng (Lạng Sơn), split between Lương Văn Tri and Thất Khê on the demo map
    const chiLang = (await findUnit(db, '05983-2025'))!;
    await createUser(db, {
      username: 'canbo.chilang',
      password: 'một câu dài dễ nhớ 2025',
      displayName: 'UBND phường Chi Lăng',
      role: 'official',
      unitId: chiLang.id,
    });
    const page = await (await admin.get('/quan-tri/ban-giao/05983-2025')).text();
    expect(page).toContain('<option value="" selected="">— Chọn đơn vị kế tiếp —</option>');
    const refused = await admin.postForm('/quan-tri/ban-giao/05983-2025', { _csrf: csrfFrom(page) });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(text(again)).toContain('Hãy chọn đơn vị kế tiếp cho 1 mục bên dưới (đơn vị cũ được chia cho nhiều nơi); chưa có gì thay đổi.');
    expect(again).toContain('<a href="#f-user-canbo-chilang">Chọn đơn vị kế tiếp mà UBND phường Chi Lăng chuyển sang.</a>');
    expect(again).toMatch(/<select id="f-user-canbo-chilang" name="user:canbo.chilang" aria-invalid="true"/);
    expect(await unitOf('canbo.chilang')).toBe('05983-2025');
    const done = await admin.postForm('/quan-tri/ban-giao/05983-2025', { _csrf: csrfFrom(again), 'user:canbo.chilang': '06040' });
    expect(done.status).toBe(303);
    expect(await unitOf('canbo.chilang')).toBe('06040');
  });

  it("applies canbo.xa's commune's hand-over from the API once; the second time changes nothing", async () => {
    const token = csrfFrom(await (await admin.get('/quan-tri/ban-giao')).text());
    const first = await admin.postJson('/api/v1/handovers', { units: ['23500-2025'] }, { 'x-csrf-token': token });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ units: 1, users: 1, institutions: 0, cycles: 0, drafts: 0 });
    expect(await unitOf('canbo.xa')).toBe('23500');
    const again = await admin.postJson('/api/v1/handovers', { units: ['23500-2025'] }, { 'x-csrf-token': token });
    expect(await again.json()).toEqual({ units: 0, users: 0, institutions: 0, cycles: 0, drafts: 0 });
    const after = text(await (await admin.get('/quan-tri/ban-giao/23500-2025')).text());
    expect(after).toContain('Bàn giao gần nhất:');
    expect(after).toContain('do Quản trị hệ thống thực hiện');
    expect(after).toContain('Không còn gì cần bàn giao.');
  });
});
