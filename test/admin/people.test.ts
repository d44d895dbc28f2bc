import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../src/accounts/login.ts';
import { createPerson, updatePerson } from '../../src/accounts/people.ts';
import { listPeople } from '../../src/accounts/people-read.ts';
import { changeOwnPassword, issuePasswordReset, resetPassword } from '../../src/accounts/password-changes.ts';
import { createApiToken, principalForApiToken, sessionFor } from '../../src/accounts/sessions.ts';
import type { Principal } from '../../src/accounts/users.ts';
import { sha256 } from '../../src/core/auth/tokens.ts';
import { UserError } from '../../src/core/errors.ts';
import { ENGINES } from '../support/engines.ts';
import { principalOf } from '../support/people.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

const GOOD = 'một câu ngắn dễ nhớ';

/** The refusal a call ends in: its status and the fields its problems name. */
async function refusal(p: Promise<unknown>): Promise<{ status: number; fields: string[]; codes: string[] }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError)
      return { status: e.status, fields: e.problems.map((x) => x.field ?? ''), codes: [e.code, ...e.problems.map((x) => x.said.code)] };
    throw e;
  }
  throw new Error('not refused');
}

/** Issue 19: people administered by admins and by officials within their subtree, the same rules for pages and API. */
describe.each(ENGINES)('people on %s', (engine) => {
  let server: TestServer;
  let admin: Principal;
  let hue: Principal;
  const principal = (username: string) => principalOf(server.store.db, username);
  const users = async () => (await server.store.db.selectFrom('users').select('username').execute()).map((r) => r.username).sort();
  const audits = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await principal('admin');
    hue = await principal('canbo.hue');
  }, 120_000);
  afterAll(() => server?.close());

  it('an official creates a commune account inside their province, audited with the codes', async () => {
    const made = await createPerson(server.store.db, hue, {
      username: 'CanBo.ALuoi2',
      password: GOOD,
      name: 'UBND xã A Lưới 2',
      role: 'official',
      unit: '20044',
    });
    expect(made).toMatchObject({ username: 'canbo.aluoi2', role: 'official', unit: { code: '20044' }, disabled: false });
    const row = await server.store.db
      .selectFrom('audit_log')
      .select(['user_id', 'new_value'])
      .where('entity', '=', 'user')
      .where('entity_key', '=', 'canbo.aluoi2')
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(hue.userId);
    expect(JSON.parse(row.new_value!)).toMatchObject({ role: 'official', unit: '20044', institution: null });
    expect((await login(server.store.db, 'canbo.aluoi2', GOOD, '127.0.0.9')).ok).toBe(true);
  });

  it('refuses a unit outside the subtree, a role above, a taken username, a weak password: each at its field, nothing stored', async () => {
    const before = [await users(), await audits()];
    const outside = await refusal(
      createPerson(server.store.db, hue, { username: 'canbo.qt', password: GOOD, name: 'Quảng Trị', role: 'official', unit: '44' }),
    );
    expect(outside).toMatchObject({ status: 422, fields: ['unit'] });
    expect(outside.codes).toContain('E2522');
    const above = await refusal(createPerson(server.store.db, hue, { username: 'sep.moi', password: GOOD, name: 'Sếp', role: 'admin' }));
    expect(above).toMatchObject({ status: 422, fields: ['role'] });
    expect(above.codes).toContain('E2518');
    const taken = await refusal(createPerson(server.store.db, hue, { username: 'canbo.hue', password: GOOD, name: 'X', role: 'viewer', unit: '46' }));
    expect(taken).toMatchObject({ status: 422, fields: ['username'] });
    const weak = await refusal(createPerson(server.store.db, admin, { username: 'yeu', password: 'password1234', name: 'Y', role: 'viewer', unit: '46' }));
    expect(weak).toMatchObject({ status: 422, fields: ['password'] });
    const staffOutside = await refusal(
      createPerson(server.store.db, hue, { username: 'nv.kontum', password: GOOD, name: 'NV', role: 'staff', institution: 'TVTINH-62' }),
    );
    expect(staffOutside.fields).toEqual(['institution']);
    expect([await users(), await audits()]).toEqual(before);
  });

  it("lists only the official's subtree (never an admin), searched without diacritics; another province's account is out of reach", async () => {
    const { people } = await listPeople(server.store.db, hue, {});
    const names = people.map((p) => p.username);
    expect(names).toContain('canbo.hue');
    expect(names).toContain('thuvien.hue');
    expect(names).not.toContain('admin');
    expect(names).not.toContain('canbo.kontum');
    expect((await listPeople(server.store.db, hue, { q: 'thu vien' })).people.map((p) => p.username)).toEqual(['thuvien.hue']);
    expect((await listPeople(server.store.db, admin, { q: 'kon tum' })).people.map((p) => p.username)).toContain('canbo.kontum');
    expect((await refusal(updatePerson(server.store.db, hue, 'canbo.kontum', { disabled: true }))).status).toBe(403);
    expect((await refusal(updatePerson(server.store.db, hue, 'admin', { name: 'x' }))).status).toBe(403);
    expect((await refusal(listPeople(server.store.db, hue, { unit: '44' }))).status).toBe(403);
    expect((await refusal(listPeople(server.store.db, await principal('thuvien.hue'), {}))).status).toBe(403);
  });

  it("disabling ends the account's sessions and tokens at once and refuses its login; enabling opens it again", async () => {
    const started = await login(server.store.db, 'thuvien.hue', DEMO_PASSWORD, '127.0.0.2');
    if (!started.ok) throw new Error('login');
    const { token } = await createApiToken(server.store.db, (await principal('thuvien.hue')).userId!, 'script');
    expect(await sessionFor(server.store.db, started.token)).toBeDefined();
    await updatePerson(server.store.db, hue, 'thuvien.hue', { disabled: true });
    expect(await sessionFor(server.store.db, started.token)).toBeUndefined();
    expect(await principalForApiToken(server.store.db, token)).toBeUndefined();
    expect((await login(server.store.db, 'thuvien.hue', DEMO_PASSWORD, '127.0.0.2')).ok).toBe(false);
    const row = await server.store.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('entity_key', '=', 'thuvien.hue')
      .where('action', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect([JSON.parse(row.old_value!), JSON.parse(row.new_value!)]).toEqual([{ disabled: false }, { disabled: true }]);
    await updatePerson(server.store.db, hue, 'thuvien.hue', { disabled: false });
    expect(await principalForApiToken(server.store.db, token)).toBeDefined();
    expect((await refusal(updatePerson(server.store.db, hue, 'canbo.hue', { disabled: true }))).status).toBe(403);
  });

  it('a reset link sets a new password once, ending the sessions; the policy applies', async () => {
    const { token } = await issuePasswordReset(server.store.db, hue, 'canbo.aluoi2');
    expect((await refusal(issuePasswordReset(server.store.db, hue, 'canbo.kontum'))).status).toBe(403);
    expect((await refusal(resetPassword(server.store.db, token, 'short', 'short'))).fields).toEqual(['password']);
    expect((await refusal(resetPassword(server.store.db, token, `${GOOD} mới`, 'khác'))).fields).toEqual(['confirm']);
    expect(await resetPassword(server.store.db, token, `${GOOD} mới`, `${GOOD} mới`)).toBe('canbo.aluoi2');
    expect((await login(server.store.db, 'canbo.aluoi2', `${GOOD} mới`, '127.0.0.3')).ok).toBe(true);
    expect((await refusal(resetPassword(server.store.db, token, `${GOOD} khác`, `${GOOD} khác`))).status).toBe(404);
  });

  it('a person changes their own password knowing the current one; their other sessions end, this one stays', async () => {
    const me = await principal('canbo.kontum');
    const a = await login(server.store.db, 'canbo.kontum', DEMO_PASSWORD, '127.0.0.4');
    const b = await login(server.store.db, 'canbo.kontum', DEMO_PASSWORD, '127.0.0.4');
    if (!a.ok || !b.ok) throw new Error('login');
    expect((await refusal(changeOwnPassword(server.store.db, me, { current: 'sai', password: GOOD }))).fields).toEqual(['current']);
    expect((await refusal(changeOwnPassword(server.store.db, me, { current: DEMO_PASSWORD, password: 'canbo.kontum 2026!' }))).fields).toEqual(['password']);
    await changeOwnPassword(server.store.db, me, { current: DEMO_PASSWORD, password: GOOD }, sha256(a.token));
    expect(await sessionFor(server.store.db, a.token)).toBeDefined();
    expect(await sessionFor(server.store.db, b.token)).toBeUndefined();
    expect((await login(server.store.db, 'canbo.kontum', GOOD, '127.0.0.4')).ok).toBe(true);
  });

  it('the API answers the same rules: an official cannot create outside the province; tokens are their own', async () => {
    const client = new Client(server.url);
    expect((await client.login('canbo.hue', DEMO_PASSWORD)).status).toBe(303);
    const csrf = await client.csrf('/tai-khoan');
    const headers = { 'x-csrf-token': csrf };
    const outside = await client.postJson('/api/v1/users', { username: 'canbo.qt2', password: GOOD, name: 'QT', role: 'official', unit: '44' }, headers);
    expect(outside.status).toBe(422);
    expect(((await outside.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['unit']);
    const inside = await client.postJson(
      '/api/v1/users',
      { username: 'canbo.aluoi5', password: GOOD, name: 'A Lưới 5', role: 'official', unit: '20050' },
      headers,
    );
    expect(inside.status).toBe(201);
    const list = (await (await client.get('/api/v1/users?q=a%20luoi')).json()) as { people: { username: string }[] };
    expect(list.people.map((p) => p.username).sort()).toEqual(['canbo.aluoi2', 'canbo.aluoi5']);
    const patch = await client.fetch('/api/v1/users/canbo.aluoi5', {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ unit: '44' }),
    });
    expect(patch.status).toBe(422);
    const made = await client.postJson('/api/v1/me/tokens', { name: 'bao-cao' }, headers);
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };
    const bearer = await fetch(`${server.url}/api/v1/me/tokens`, { headers: { authorization: `Bearer ${token}` } });
    const tokens = (await bearer.json()) as { id: string; name: string }[];
    expect(tokens.map((t) => t.name)).toContain('bao-cao');
    const id = tokens.find((t) => t.name === 'bao-cao')!.id;
    const gone = await client.fetch(`/api/v1/me/tokens?id=${encodeURIComponent(id)}`, { method: 'DELETE', headers });
    expect(await gone.json()).toEqual({ revoked: 1 });
    const doc = (await (await client.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/users', '/users/{username}', '/me/password', '/me/tokens', '/audit']));
  });
});
