import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, storedValue, type TestServer } from '../support/server.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** A multipart form post, as a browser sends a form with files. */
async function postMultipart(client: Client, path: string, fields: Record<string, string | File>): Promise<Response> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return client.fetch(path, { method: 'POST', body });
}

/** The data quality pages and API over HTTP, on the demo data (SQLite; the services are tested on both engines). */
describe('data quality over HTTP', () => {
  let server: TestServer;
  let staff: Client;
  let admin: Client;
  let official: Client;
  beforeAll(async () => {
    server = await startServer('sqlite');
    [staff, admin, official] = [new Client(server.url), new Client(server.url), new Client(server.url)];
    expect((await staff.login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    expect((await admin.login('admin', DEMO_PASSWORD)).status).toBe(303);
    expect((await official.login('canbo.hue', DEMO_PASSWORD)).status).toBe(303);
  });
  afterAll(() => server?.close());

  it('the entry form: an outlier is warned beside its cell with a comment box, every typed value kept; confirmed, saved with its comment', async () => {
    const page = await (await staff.get('/co-so/TVTINH-46?nam=2026')).text();
    expect(page).toMatch(/Đã nhập \d+ trên \d+ ô của các tháng đã qua \(\d+\u00a0%\)\./);
    const form = { _csrf: csrfFrom(page), 'v:LIB_VISITS:2026-11': '60.000', 'v:LIB_LOANS:2026-11': '6.100' };
    const warned = await staff.postForm('/co-so/TVTINH-46/so-lieu?nam=2026', form);
    expect(warned.status).toBe(422);
    const again = await warned.text();
    expect(again).toContain('Cần kiểm tra lại số liệu');
    expect(again).toMatch(
      /<span class="field-warn">Cảnh báo: Giá trị 60\.000 cao bất thường: 36 tháng trước đó của cơ sở thường trong khoảng [\d.]+ – [\d.]+\.<\/span>/,
    );
    expect(again).toContain('<textarea id="n-LIB_VISITS-2026-11" name="n:LIB_VISITS:2026-11"');
    expect(again).toMatch(/name="v:LIB_LOANS:2026-11" inputmode="decimal" value="6.100"/);
    expect(again).not.toMatch(/LIB_VISITS 2026|E31\d\d/);
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_LOANS', '2026-11')).toBeUndefined();
    const dismissed = await (await staff.postForm('/co-so/TVTINH-46/so-lieu?nam=2026', { ...form, 'n:LIB_VISITS:2026-11': '' })).text();
    expect(dismissed).toContain(
      '<span id="n-LIB_VISITS-2026-11-err" class="field-error">Chưa có ghi chú: nếu số liệu đúng, ghi lý do vào đây; nếu sai, sửa lại số liệu.</span>',
    );
    const saved = await staff.postForm('/co-so/TVTINH-46/so-lieu?nam=2026', { ...form, 'n:LIB_VISITS:2026-11': 'Lễ hội sách' });
    expect(saved.status).toBe(303);
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2026-11')).toBe(60_000);
    // the grid marks the cell, its comment readable; the cell's page has it
    const after = await (await staff.get('/co-so/TVTINH-46?nam=2026')).text();
    expect(after).toContain('href="/co-so/TVTINH-46/o/LIB_VISITS/2026-11" title="Lễ hội sách"');
    expect(after).toContain('Có ghi chú: Lễ hội sách');
  });

  it("a cell's page: comment and follow-up saved without a script; the province's official finds it in the follow-up list", async () => {
    const path = '/co-so/TVTINH-46/o/LIB_LOANS/2026-03';
    const page = await (await staff.get(path)).text();
    expect(page).toContain('<h1>Lượt sách báo phục vụ bạn đọc, tháng 03/2026</h1>');
    const long = await staff.postForm(path, { _csrf: csrfFrom(page), comment: 'x'.repeat(2001), followUp: '1' });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('<span id="comment-err" class="field-error">Ghi chú tối đa 2000 ký tự</span>');
    expect((await staff.postForm(path, { _csrf: csrfFrom(page), comment: 'Cần đối chiếu sổ mượn', followUp: '1' })).status).toBe(303);
    const list = await (await official.get('/theo-doi')).text();
    expect(list).toContain('<a href="/co-so/TVTINH-46/o/LIB_LOANS/2026-03">Lượt sách báo phục vụ bạn đọc, tháng 03/2026</a>');
    expect(list).toContain('Cần đối chiếu sổ mượn');
    expect(await (await new Client(server.url).get('/theo-doi')).status).toBe(303); // to the login
  });

  it('evidence: a PDF uploaded with the status and downloaded; a file that is not one refused beside its field; a body over the limit cut', async () => {
    const page = await (await staff.get('/co-so/TVTINH-46?nam=2026')).text();
    const post = (f: Record<string, string | File>) => postMultipart(staff, '/co-so/TVTINH-46/thuoc-tinh?nam=2026', { _csrf: csrfFrom(page), ...f });
    expect((await post({ 'a:meets_standard': '1', 'e:meets_standard': 'QĐ 5', 'f:meets_standard': new File([PDF], 'quyết định.pdf') })).status).toBe(303);
    const after = await (await staff.get('/co-so/TVTINH-46?nam=2026')).text();
    expect(after).toContain('<a href="/co-so/TVTINH-46/minh-chung/meets_standard/2026">quyết định.pdf</a>');
    const download = await official.get('/co-so/TVTINH-46/minh-chung/meets_standard/2026');
    expect([download.status, download.headers.get('content-type'), download.headers.get('content-disposition')]).toEqual([
      200,
      'application/pdf',
      `attachment; filename="quyet dinh.pdf"; filename*=UTF-8''${encodeURIComponent('quyết định.pdf')}`,
    ]);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    expect((await new Client(server.url).get('/co-so/TVTINH-46/minh-chung/meets_standard/2026')).status).toBe(303);

    const wrong = await post({ 'a:applies_it': '1', 'e:applies_it': 'Báo cáo CNTT', 'f:applies_it': new File(['<html></html>'], 'bao-cao.pdf') });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(html).toContain(
      '<span id="f-applies_it-err" class="field-error">Tệp &quot;bao-cao.pdf&quot; không phải PDF, ảnh JPEG hay PNG: chỉ nhận các loại tệp này làm minh chứng.</span>',
    );
    expect(html).toContain('value="Báo cáo CNTT"'); // what was typed is kept
    const tooBig = await post({ 'a:applies_it': '1', 'f:applies_it': new File([new Uint8Array(21 * 1024 * 1024)], 'scan.pdf') });
    expect(tooBig.status).toBe(413);
  });

  it('the rules admin page: names, not codes; problems beside the fields with what was typed; added, deleted after a confirmation', async () => {
    expect((await staff.get('/quan-tri/quy-tac-kiem-tra')).status).toBe(403);
    const page = await (await admin.get('/quan-tri/quy-tac-kiem-tra')).text();
    expect(page).toContain('Lượt khách là học sinh, sinh viên không lớn hơn Lượt khách tham quan bảo tàng');
    expect(page).not.toMatch(/MUS_STUDENT_VISITORS|EVENT_PARTICIPANTS/);
    const refused = await admin.postForm('/quan-tri/quy-tac-kiem-tra', {
      _csrf: csrfFrom(page),
      name: 'Sách mới không quá nửa lượt mượn',
      left: 'ban sach, bao',
      operator: '<=',
      factor: 'nửa',
      right: 'luot sach bao phuc vu ban doc',
      importance: 'medium',
    });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain('<span id="factor-err" class="field-error">Hệ số là một số lớn hơn 0 (ví dụ 1 hoặc 0,5)</span>');
    expect(again).toContain('value="ban sach, bao"');
    const added = await admin.postForm('/quan-tri/quy-tac-kiem-tra', {
      _csrf: csrfFrom(page),
      name: 'Sách mới không quá nửa lượt mượn',
      left: 'ban sach, bao',
      operator: '<=',
      factor: '0,5',
      right: 'luot sach bao phuc vu ban doc',
      importance: 'medium',
    });
    expect(added.status).toBe(303);
    const list = await (await admin.get('/quan-tri/quy-tac-kiem-tra?da-them=1')).text();
    expect(list).toContain('Bản sách, báo, tạp chí bổ sung mới không lớn hơn 0,5 lần Lượt sách báo phục vụ bạn đọc');
    const id = /href="\/quan-tri\/quy-tac-kiem-tra\/(\d+)\/xoa" aria-label="Xóa quy tắc &quot;Sách mới/.exec(list)?.[1];
    const confirm = await (await admin.get(`/quan-tri/quy-tac-kiem-tra/${id}/xoa`)).text();
    expect(confirm).toContain('Xóa quy tắc này?');
    expect((await admin.postForm(`/quan-tri/quy-tac-kiem-tra/${id}/xoa`, { _csrf: csrfFrom(confirm) })).status).toBe(303);
    expect(await (await admin.get('/quan-tri/quy-tac-kiem-tra')).text()).not.toContain('Sách mới không quá nửa lượt mượn');
  });

  it('the rules API: read by anyone signed in, made and deleted by admins (CSRF header with a session), in the OpenAPI document', async () => {
    const list = await staff.get('/api/v1/validation-rules');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { left: string; operator: string; right: string }[]).map((r) => `${r.left} ${r.operator} ${r.right}`)).toEqual([
      'MUS_STUDENT_VISITORS <= MUS_VISITORS',
      'EVENT_PARTICIPANTS >= EVENTS',
    ]);
    const staffToken = csrfFrom(await (await staff.get('/co-so/TVTINH-46')).text());
    const rule = { name: 'Người đăng ký', left: 'LIB_USERS_RURAL', operator: '<=', right: 'LIB_REGISTERED_USERS', importance: 'low' };
    expect((await staff.postJson('/api/v1/validation-rules', rule, { 'x-csrf-token': staffToken })).status).toBe(403);
    const adminToken = csrfFrom(await (await admin.get('/quan-tri/quy-tac-kiem-tra')).text());
    const made = await admin.postJson('/api/v1/validation-rules', rule, { 'x-csrf-token': adminToken });
    expect(made.status).toBe(200);
    const { id } = (await made.json()) as { id: number };
    const bad = await admin.postJson('/api/v1/validation-rules', { ...rule, right: 'LIB_VISITS' }, { 'x-csrf-token': adminToken });
    expect([bad.status, ((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)]).toEqual([422, ['right']]);
    const del = await admin.fetch(`/api/v1/validation-rules/${id}`, { method: 'DELETE', headers: { 'x-csrf-token': adminToken } });
    expect(del.status).toBe(200);
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/validation-rules'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/validation-rules/{id}'] ?? {})).toEqual(['delete']);
  });
});
