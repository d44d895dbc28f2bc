import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, updatePerson } from '../../src/accounts/people.ts';
import type { Principal } from '../../src/accounts/users.ts';
import { readAudit } from '../../src/admin/audit-log.ts';
import { audit } from '../../src/core/audit.ts';
import { setRule } from '../../src/library/loan-rules.ts';
import { recordVisits } from '../../src/museum/education.ts';
import { UserError } from '../../src/core/errors.ts';
import { todayLocal } from '../../src/core/time.ts';
import { ENGINES } from '../support/engines.ts';
import { principalOf } from '../support/people.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

const GOOD = 'một câu ngắn dễ nhớ';

/** Issue 19: the audit trail read in the browser and the API; an official reads their subtree's part. */
describe.each(ENGINES)('audit trail on %s', (engine) => {
  let server: TestServer;
  let admin: Principal;
  let hue: Principal;
  let kontum: Principal;
  const principal = (username: string) => principalOf(server.store.db, username);

  beforeAll(async () => {
    server = await startServer(engine);
    [admin, hue, kontum] = await Promise.all([principal('admin'), principal('canbo.hue'), principal('canbo.kontum')]);
    await createPerson(server.store.db, hue, { username: 'canbo.aluoi2', password: GOOD, name: 'UBND xã A Lưới 2', role: 'official', unit: '20044' });
    await updatePerson(server.store.db, hue, 'canbo.aluoi2', { name: 'UBND xã A Lưới Hai' });
    await createPerson(server.store.db, kontum, { username: 'nv.kontum', password: GOOD, name: '=HYPERLINK("x")', role: 'viewer', unit: '62' });
  }, 120_000);
  afterAll(() => server?.close());

  it("newest first; an official reads their subtree's changes, not another province's", async () => {
    const all = await readAudit(server.store.db, admin, { table: 'user', pageSize: 500 });
    const keys = all.entries.map((e) => e.key);
    expect(keys.slice(0, 3)).toEqual(['nv.kontum', 'canbo.aluoi2', 'canbo.aluoi2']);
    expect(all.entries[1]).toMatchObject({ action: 'update', oldValue: { name: 'UBND xã A Lưới 2' }, newValue: { name: 'UBND xã A Lưới Hai' } });
    const mine = await readAudit(server.store.db, hue, { table: 'user', pageSize: 500 });
    expect(mine.entries.map((e) => e.key)).toContain('canbo.aluoi2');
    expect(mine.entries.map((e) => e.key)).not.toContain('nv.kontum');
    expect(mine.entries.every((e) => e.user?.username !== 'canbo.kontum')).toBe(true);
    const byKontum = await readAudit(server.store.db, kontum, { pageSize: 500 });
    expect(byKontum.entries.map((e) => e.key)).toContain('nv.kontum');
    expect(byKontum.entries.map((e) => e.key)).not.toContain('canbo.aluoi2');
  });

  it('filters by person, unit, period; refuses a unit outside the subtree and a reader who is not an official', async () => {
    const byHue = await readAudit(server.store.db, admin, { user: 'canbo.hue', pageSize: 500 });
    expect(byHue.entries.length).toBeGreaterThanOrEqual(2);
    expect(byHue.entries.every((e) => e.user?.username === 'canbo.hue')).toBe(true);
    const inCommune = await readAudit(server.store.db, admin, { unit: '20044', table: 'user' });
    expect(inCommune.entries.map((e) => e.key)).toEqual(['canbo.aluoi2', 'canbo.aluoi2']);
    const today = todayLocal();
    const everything = (await readAudit(server.store.db, admin, { table: 'user' })).total;
    expect((await readAudit(server.store.db, admin, { from: today, to: today, table: 'user' })).total).toBe(everything);
    expect((await readAudit(server.store.db, admin, { to: '2020-01-01' })).total).toBe(0);
    await expect(readAudit(server.store.db, hue, { unit: '62' })).rejects.toMatchObject({ status: 403 });
    await expect(readAudit(server.store.db, await principal('thuvien.hue'), {})).rejects.toBeInstanceOf(UserError);
  });

  it("filters by institution: kinds keyed by its id (a loan rule, a day's museum visits) and by its code, not another's", async () => {
    const db = server.store.db;
    const id = async (code: string) => (await db.selectFrom('institutions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const [library, museum] = [await id('TVTINH-46'), await id('BTTINH-46')];
    await setRule(db, library, 'child', { loanDays: 21, maxLoans: 3, maxRenewals: 1 }, admin.userId);
    await recordVisits(db, museum, { day: '2026-03-02', visitors: 40, students: 10, study: 5 }, admin.userId);
    const kinds = async (code: string) => new Set((await readAudit(db, admin, { institution: code, pageSize: 500 })).entries.map((e) => `${e.table} ${e.key}`));
    const atLibrary = await kinds('TVTINH-46');
    const atMuseum = await kinds('BTTINH-46');
    expect(atLibrary).toContain(`lib_loan_rule ${library}:child`);
    expect(atMuseum).toContain(`museum_visits ${museum}:2026-03-02`);
    expect(atLibrary).not.toContain(`museum_visits ${museum}:2026-03-02`);
    expect(atMuseum).not.toContain(`lib_loan_rule ${library}:child`);
  });

  it('pages newest first', async () => {
    for (let i = 0; i < 7; i++) await audit(server.store.db, { userId: admin.userId, action: 'update', entity: 'paging_probe', key: `p${i}` });
    const first = await readAudit(server.store.db, admin, { table: 'paging_probe', pageSize: 5 });
    const second = await readAudit(server.store.db, admin, { table: 'paging_probe', pageSize: 5, page: 2 });
    expect(first.pages).toBe(2);
    expect(first.entries.map((e) => e.key)).toEqual(['p6', 'p5', 'p4', 'p3', 'p2']);
    expect(second.entries.map((e) => e.key)).toEqual(['p1', 'p0']);
  });

  it('the page shows words, the CSV is safe from formulas, the API answers the same rule', async () => {
    const client = new Client(server.url);
    expect((await client.login('admin', DEMO_PASSWORD)).status).toBe(303);
    const html = await (await client.get('/quan-tri/nhat-ky?bang=user&nguoi=canbo.hue')).text();
    expect(html).toContain('Tài khoản người dùng');
    expect(html).toContain('Tên: UBND xã A Lưới 2');
    expect(html).toContain('Vai trò: Cán bộ quản lý');
    expect(html).toContain('<td data-label="Đối tượng"><a href="/quan-tri/nguoi-dung/canbo.aluoi2">UBND xã A Lưới Hai (canbo.aluoi2)</a></td>');
    expect(html).not.toContain('(nv.kontum)</a></td>');
    const bad = await client.get('/quan-tri/nhat-ky?tu=31/02/2026');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Ngày &quot;31/02/2026&quot; không đúng dạng ngày/tháng/năm (ví dụ 07/12/2026).');
    // the person named "=HYPERLINK(…)" logs in: the Who cell of that entry starts with "="
    expect((await new Client(server.url).login('nv.kontum', GOOD)).status).toBe(303);
    const csv = await (await client.get('/quan-tri/nhat-ky.csv?bang=user')).text();
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);
    const official = new Client(server.url);
    expect((await official.login('canbo.hue', DEMO_PASSWORD)).status).toBe(303);
    expect((await official.get('/api/v1/audit?unit=62')).status).toBe(403);
    const mine = (await (await official.get('/api/v1/audit?table=user')).json()) as { entries: { key: string }[] };
    expect(mine.entries.map((e) => e.key)).toContain('canbo.aluoi2');
    expect(mine.entries.map((e) => e.key)).not.toContain('nv.kontum');
  });
});
