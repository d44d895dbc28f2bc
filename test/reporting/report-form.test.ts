import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { findReport } from '../../src/reporting/reports.ts';
import { cycleOf } from '../../src/reporting/cycles.ts';
import { unit } from './helpers.ts';

const COMMUNE = '23500-2025';
/** The commune's last year: it ended on 30/06/2025, so no 2025 report (due 10/11/2025) is asked of it. */
const YEAR = 2024;
const PAGE = `/bao-cao/${COMMUNE}/${YEAR}`;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The report form's fields as the page shows them: what a browser would send back on "Lưu" untouched. */
function formFields(html: string): Record<string, string> {
  const form = /<form method="post" action="[^"]*\/luu" class="narrative">([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error('no report form on the page');
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*?\bname="([^"]+)"[^>]*?\bvalue="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  for (const m of form.matchAll(/<textarea\b[^>]*?\bname="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

const inputValue = (html: string, name: string) => formFields(html)[name];

describe.each(ENGINES)('the report form keeps what was typed on %s', (engine) => {
  let server: TestServer;
  let xa: Client;
  let parent: Client;
  let parentCode: string;

  const stored = async () => (await findReport(server.store.db, (await unit(server.store.db, COMMUNE)).id, YEAR))!;

  beforeAll(async () => {
    server = await startServer(engine);
    xa = new Client(server.url);
    expect((await xa.login('canbo.xa', DEMO_PASSWORD)).status).toBe(303);
    // the official of the unit the commune reports to (district or province)
    const db = server.store.db;
    const commune = await unit(db, COMMUNE);
    const official = await db
      .selectFrom('users as us')
      .innerJoin('units as u', 'u.id', 'us.unit_id')
      .select(['us.username', 'u.code'])
      .where('us.unit_id', '=', commune.parentId!)
      .where('us.role', '=', 'official')
      .executeTakeFirstOrThrow();
    parentCode = official.code;
    parent = new Client(server.url);
    expect((await parent.login(official.username, DEMO_PASSWORD)).status).toBe(303);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  /** "Lưu" on the page as it is shown, with `change` typed over it. */
  async function save(change: Record<string, string> = {}, to = 'luu'): Promise<Response> {
    const html = await (await xa.get(PAGE)).text();
    return xa.postForm(`${PAGE}/${to}`, { ...formFields(html), ...change, _csrf: csrfFrom(html) });
  }

  it.each([
    ['25,5', 25.5, '25,5'],
    ['1.234,5', 1234.5, '1.234,5'],
    ['1234.5', 1234.5, '1.234,5'],
    [' 1\u00a0234,5 ', 1234.5, '1.234,5'],
  ])('"%s" survives ten saves without edits as %s, shown as "%s"', async (typed, value, shown) => {
    expect((await save({ budgetState: typed })).status).toBe(303);
    for (let i = 0; i < 10; i++) {
      expect((await stored()).narrative.budgetState).toBe(value);
      const html = await (await xa.get(PAGE)).text();
      expect(inputValue(html, 'budgetState')).toBe(shown);
      expect((await save()).status).toBe(303);
    }
    expect((await stored()).narrative.budgetState).toBe(value);
  });

  it('exports 25,5 to the DOCX and the XLSX (typed "25.5" as the old page showed it, which became 255)', async () => {
    expect((await save({ budgetState: '25.5', budgetSocial: '1234.5' })).status).toBe(303);
    for (let i = 0; i < 3; i++) expect((await save()).status).toBe(303);
    const docx = await xa.get(`${PAGE}/tai/docx`);
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('25,5');
    expect(text).toContain('1.234,5');
    expect(text).not.toContain('255');
    const xlsx = await xa.get(`${PAGE}/tai/xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const budget = wb.getWorksheet('Kinh phí')!;
    expect(budget.getRow(2).getCell(2).value).toBe(25.5);
    expect(budget.getRow(3).getCell(2).value).toBe(1234.5);
  });

  it.each(['abc', '1,2,3'])('refuses "%s" beside the field, keeping what was typed and changing nothing', async (bad) => {
    const before = await stored();
    const res = await save({ budgetState: bad, libraries: 'Thư viện xã phục vụ 1.250 lượt bạn đọc.' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-budgetState-err" class="field-error">[^<]*không phải số tiền hợp lệ/);
    expect(html).toContain('aria-describedby="f-budgetState-err"');
    expect(inputValue(html, 'budgetState')).toBe(bad);
    expect(inputValue(html, 'libraries')).toBe('Thư viện xã phục vụ 1.250 lượt bạn đọc.');
    expect(html).not.toContain('E4515');
    expect((await stored()).narrative).toEqual(before.narrative);
  });

  it('keeps the signer’s title and name typed on the form, and the DOCX signs with them', async () => {
    expect((await save({ signerTitle: 'Chủ tịch', signerName: 'Trần Thị Bình' })).status).toBe(303);
    expect((await save()).status).toBe(303); // shown back and saved again unchanged
    const n = (await stored()).narrative;
    expect([n.signerTitle, n.signerName]).toEqual(['Chủ tịch', 'Trần Thị Bình']);
    const xml = await (await JSZip.loadAsync(await (await xa.get(`${PAGE}/tai/docx`)).arrayBuffer())).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Trần Thị Bình');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).not.toContain('Ký, ghi rõ họ tên');
  });

  it('"Gửi báo cáo lên cấp trên" without "Lưu" saves the typed narrative first, and the parent reads it', async () => {
    const typed = 'Tổ chức Ngày Sách 21/4 với 300 lượt tham gia, chưa bấm Lưu.';
    const res = await save({ days: typed, budgetSocial: '12,5' }, 'gui');
    expect(res.status).toBe(303);
    const page = await (await xa.get(res.headers.get('location')!)).text();
    expect(page).toContain('Đã lưu và gửi báo cáo lên cấp trên.');
    expect(page).toContain('data-status="submitted"');
    const r = await stored();
    expect(r.status).toBe('submitted');
    expect(r.narrative.days).toBe(typed);
    expect(r.narrative.budgetSocial).toBe(12.5);
    const seen = await (await parent.get(PAGE)).text();
    expect(seen).toContain(typed);
    expect(seen).toContain('12,5');
  });

  it('approving asks first: a post without the confirmation changes nothing; confirmed, it approves', async () => {
    const html = await (await parent.get(PAGE)).text();
    const token = csrfFrom(html);
    const asked = await parent.postForm(`${PAGE}/duyet`, { _csrf: token });
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('Bạn có chắc muốn phê duyệt báo cáo?');
    expect(confirm).toContain('name="confirm" value="1"');
    expect((await stored()).status).toBe('submitted');
    expect((await parent.get(`${PAGE}/duyet`)).status).toBe(200);
    expect((await stored()).status).toBe('submitted');
    const done = await parent.postForm(`${PAGE}/duyet`, { _csrf: csrfFrom(confirm), confirm: '1' });
    expect(done.status).toBe(303);
    expect((await stored()).status).toBe('approved');
  });

  it('returning (reopening) asks first with the comment carried; confirmed, it reopens', async () => {
    const token = csrfFrom(await (await parent.get(PAGE)).text());
    const asked = await parent.postForm(`${PAGE}/tra-lai`, { _csrf: token, comment: 'Bổ sung số liệu bảo tàng.' });
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('Bạn có chắc muốn mở lại báo cáo đã phê duyệt?');
    expect(confirm).toContain('name="comment" value="Bổ sung số liệu bảo tàng."');
    expect((await stored()).status).toBe('approved');
    const done = await parent.postForm(`${PAGE}/tra-lai`, { _csrf: csrfFrom(confirm), comment: 'Bổ sung số liệu bảo tàng.', confirm: '1' });
    expect(done.status).toBe(303);
    expect((await stored()).status).toBe('returned');
  });

  it('"Khóa kỳ báo cáo" asks first: a post without the confirmation shows it and locks nothing; confirmed, it locks', async () => {
    const progress = `/bao-cao/${parentCode}/${YEAR}/tien-do`;
    const db = server.store.db;
    const cycle = async () => cycleOf(db, (await unit(db, parentCode)).id, YEAR);
    const token = csrfFrom(await (await parent.get(progress)).text());
    const asked = await parent.postForm(progress, { _csrf: token, closed: '1' });
    expect(asked.status).toBe(200);
    const confirm = await asked.text();
    expect(confirm).toContain('Bạn có chắc muốn khóa kỳ báo cáo?');
    expect(confirm).toMatch(/đơn vị trực thuộc chưa gửi sẽ không gửi được báo cáo/);
    expect((await cycle()).closedAt).toBeNull();
    expect((await parent.get(`${progress}/khoa`)).status).toBe(200);
    const done = await parent.postForm(progress, { _csrf: csrfFrom(confirm), closed: '1', confirm: '1' });
    expect(done.status).toBe(303);
    expect((await cycle()).closedAt).not.toBeNull();
    expect(await (await parent.get(done.headers.get('location')!)).text()).toContain('Đã khóa kỳ báo cáo.');
  });

  it('a submission refused after saving (the cycle is closed) says so, and keeps what was typed', async () => {
    expect((await stored()).status).toBe('returned');
    const typed = 'Bổ sung: bảo tàng đón 1.200 lượt học sinh.';
    const res = await save({ museums: typed }, 'gui');
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Đã lưu nhưng chưa gửi được:');
    expect(html).not.toContain('Đã lưu.<');
    expect(inputValue(html, 'museums')).toBe(typed);
    const r = await stored();
    expect(r.status).toBe('returned');
    expect(r.narrative.museums).toBe(typed);
  });
});
