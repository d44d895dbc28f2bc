import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { createApiToken } from '../../src/accounts/sessions.ts';
import { nowIso } from '../../src/core/time.ts';

/** A client behind the trusted proxy: the proxy says it came from `address` (and over `proto`). */
class Proxied extends Client {
  constructor(
    base: string,
    readonly address: string,
    readonly proto?: 'https' | 'http',
  ) {
    super(base);
  }
  override fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', `10.9.9.9, ${this.address}`);
    if (this.proto) headers.set('x-forwarded-proto', this.proto);
    return super.fetch(path, { ...init, headers });
  }
}

const LOCKED = 'Đăng nhập sai quá nhiều lần';
const fail = async (client: Client, username: string, password = 'sai-mat-khau-roi') =>
  client.postForm('/dang-nhap', { _csrf: await client.csrf(), username, password, next: '/' });

async function signUp(client: Client, username: string, password = 'mot-cau-mat-khau-dai', extra: Record<string, string> = {}) {
  const token = csrfFrom(await (await client.get('/dang-ky')).text());
  return client.postForm('/dang-ky', { _csrf: token, username, displayName: `Dân ${username}`, password, ...extra });
}

/** Issue 24, finding 11: accounts to OWASP ASVS level 2. */
describe.each(ENGINES)('accounts on %s', (engine) => {
  let server: TestServer & { port: number };
  let v6: string;
  beforeAll(async () => {
    // both loopbacks (127.0.0.1 and ::1) are real, different addresses; a proxy is trusted for the others
    server = await startServer(engine, { hostname: '::', config: { trustProxy: true } });
    v6 = `http://[::1]:${server.port}`;
  });
  afterAll(() => server?.close());

  it('locks an account after 5 failures whatever the address: the right password from ::1 is refused too', async () => {
    const v4 = new Client(server.url);
    for (let i = 0; i < 5; i++) await fail(v4, 'canbo.xa');
    const other = new Client(v6);
    const res = await other.login('canbo.xa', DEMO_PASSWORD);
    expect(res.status).toBe(429);
    expect(await res.text()).toContain(LOCKED);
    expect(other.cookies.has('sid')).toBe(false);
  });

  it('says the same of a locked unknown username as of a locked account', async () => {
    const client = new Proxied(server.url, '192.0.2.77');
    const answers: string[] = [];
    for (const username of ['canbo.dakha', 'khong.co.ai']) {
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) last = await fail(client, username);
      expect(last!.status).toBe(429);
      const page = await last!.text();
      answers.push(/<p class="error" role="alert">([^<]*)</.exec(page)?.[1] ?? '');
    }
    expect(answers[0]).toContain(LOCKED);
    expect(answers[1]).toBe(answers[0]);
  });

  it('refuses an address that sprays 4 passwords over 8 accounts, and only that address', async () => {
    const sprayer = new Proxied(server.url, '198.51.100.23');
    const accounts = ['a.1', 'a.2', 'a.3', 'a.4', 'a.5', 'a.6', 'a.7', 'a.8'];
    const statuses: number[] = [];
    for (const password of ['123456789012', 'password1234', 'qwertyuiop12', 'matkhau12345'])
      for (const username of accounts) statuses.push((await fail(sprayer, username, password)).status);
    expect(statuses).toContain(429);
    // the same address, the right password of a real account: still refused
    expect((await sprayer.login('canbo.kontum', DEMO_PASSWORD)).status).toBe(429);
    // another address logs in to that account at once
    expect((await new Proxied(server.url, '198.51.100.24').login('canbo.kontum', DEMO_PASSWORD)).status).toBe(303);
  });

  it('tightens the allowance of every address when the whole platform sees a surge of failures', async () => {
    const { db } = server.store;
    const at = nowIso();
    const rows = Array.from({ length: 300 }, (_, i) => ({ kind: 'login', account: `x${i}`, address: `10.1.${i >> 8}.${i & 255}`, at }));
    await db.insertInto('auth_failures').values(rows).execute();
    const client = new Proxied(server.url, '203.0.113.50');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fail(client, `y${i}`)).status);
    expect(statuses).toEqual([401, 401, 429]);
    // one who types the right password, from an address without failures, still logs in
    expect((await new Proxied(server.url, '203.0.113.51').login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    await db.deleteFrom('auth_failures').where('address', 'like', '10.1.%').execute();
  });

  it('limits sign-ups per address and on the whole platform', async () => {
    const from = new Proxied(server.url, '192.0.2.10');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signUp(from, `dan.sl${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await signUp(new Proxied(server.url, '192.0.2.11'), 'dan.khac')).status).toBe(303);
    // 100 sign-ups within ten minutes, from anywhere: the next one waits
    const at = nowIso();
    await server.store.db
      .insertInto('auth_failures')
      .values(Array.from({ length: 100 }, (_, i) => ({ kind: 'signup', account: null, address: `10.2.0.${i}`, at })))
      .execute();
    const res = await signUp(new Proxied(server.url, '192.0.2.12'), 'dan.sau');
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Có quá nhiều lượt đăng ký');
    await server.store.db.deleteFrom('auth_failures').where('kind', '=', 'signup').execute();
  });

  it('refuses weak passwords beside the field, in Vietnamese, keeping what was typed but the password', async () => {
    const client = new Proxied(server.url, '192.0.2.20');
    for (const [password, says] of [
      ['12345678', 'Mật khẩu cần ít nhất 12 ký tự.'],
      ['password', 'Mật khẩu cần ít nhất 12 ký tự.'],
      ['password1234', 'Mật khẩu này quá phổ biến'],
      ['123456789012', 'Mật khẩu này quá phổ biến'],
      ['dan.yeu-sach-2025', 'Mật khẩu không được chứa tên đăng nhập.'],
    ] as const) {
      const res = await signUp(client, 'dan.yeu-sach', password, { place: '46' });
      expect({ password, status: res.status }).toEqual({ password, status: 422 });
      const page = await res.text();
      const beside = /<span id="password-err" class="field-error">([^<]*)<\/span>/.exec(page)?.[1] ?? '';
      expect({ password, beside }).toEqual({ password, beside: expect.stringContaining(says) });
      expect(page).toContain('aria-describedby="password-hint password-err"');
      expect(page).toContain('value="dan.yeu-sach"');
      expect(page).toContain('value="46"');
      expect(page).not.toContain(`value="${password}"`);
    }
    expect((await signUp(client, 'dan.yeu-sach', 'sáng chủ nhật đọc sách')).status).toBe(303);
  });

  it('a taken username gets the answer a reserved one gets', async () => {
    const client = new Proxied(server.url, '192.0.2.30');
    const taken = await signUp(client, 'congdan');
    const reserved = await signUp(client, 'quantri');
    expect(taken.status).toBe(422);
    expect(reserved.status).toBe(422);
    const alert = (page: string) => /<p class="error" role="alert">([^<]*)</.exec(page)?.[1];
    expect(alert(await taken.text())).toBe(alert(await reserved.text()));
  });

  it('API tokens expire, are listed on /tai-khoan (dd/mm/yyyy) and revoked there by their owner only', async () => {
    const { db } = server.store;
    const user = await db.selectFrom('users').select('id').where('username', '=', 'canbo.hue').executeTakeFirstOrThrow();
    const made = await createApiToken(db, user.id, 'bao-cao-tu-dong');
    expect(Date.parse(made.expiresAt) - Date.now()).toBeGreaterThan(89 * 86400_000);
    const api = (token: string) => fetch(`${server.url}/api/v1/reports?unit=46&year=2025`, { headers: { authorization: `Bearer ${token}` } });
    expect((await api(made.token)).status).toBe(200);

    const old = await createApiToken(db, user.id, 'cu');
    await db
      .updateTable('api_tokens')
      .set({ expires_at: nowIso(Date.now() - 1000) })
      .where('name', '=', 'cu')
      .execute();
    expect((await api(old.token)).status).toBe(401);

    const owner = new Client(server.url);
    await owner.login('canbo.hue', DEMO_PASSWORD);
    const page = await (await owner.get('/tai-khoan')).text();
    expect(page).toContain('bao-cao-tu-dong');
    expect(page).toMatch(/<td data-label="Ngày tạo">\d{2}\/\d{2}\/\d{4}<\/td>/);
    expect(page).toContain('(đã hết hạn)');
    const id = /bao-cao-tu-dong<\/th>[\s\S]*?name="token" value="([^"]+)"/.exec(page)?.[1];
    expect(id).toBeDefined();

    // someone else posting the id revokes nothing
    const stranger = new Client(server.url);
    await stranger.login('canbo.kontum', DEMO_PASSWORD);
    const theirs = csrfFrom(await (await stranger.get('/tai-khoan')).text());
    expect((await stranger.postForm('/tai-khoan/ma-truy-cap/thu-hoi', { _csrf: theirs, token: id! })).status).toBe(303);
    expect((await api(made.token)).status).toBe(200);

    const res = await owner.postForm('/tai-khoan/ma-truy-cap/thu-hoi', { _csrf: csrfFrom(page), token: id! });
    expect(res.status).toBe(303);
    expect((await api(made.token)).status).toBe(401);
    expect(res.headers.get('location')).toBe('/tai-khoan?tb=thu-hoi');
    const after = await (await owner.get('/tai-khoan?tb=thu-hoi')).text();
    expect(after).toContain('Đã thu hồi mã truy cập.');
    expect(after).not.toContain('bao-cao-tu-dong');
  });

  it('"sign out everywhere" ends every session of the user; expired sessions are purged at a login', async () => {
    const { db } = server.store;
    const phone = new Client(server.url);
    const laptop = new Client(server.url);
    await phone.login('baotang.hue', DEMO_PASSWORD);
    await laptop.login('baotang.hue', DEMO_PASSWORD);
    const someoneElse = new Client(server.url);
    await someoneElse.login('thuvien.hue', DEMO_PASSWORD);
    expect((await laptop.get('/tai-khoan')).status).toBe(200);
    const page = await (await phone.get('/tai-khoan')).text();
    expect(page).toContain('Đăng xuất khỏi mọi thiết bị');
    const res = await phone.postForm('/tai-khoan/dang-xuat-moi-noi', { _csrf: csrfFrom(page) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dang-nhap?tb=moi-noi');
    expect((await laptop.get('/tai-khoan')).status).toBe(303);
    expect((await phone.get('/tai-khoan')).status).toBe(303);
    expect((await someoneElse.get('/tai-khoan')).status).toBe(200);

    const user = await db.selectFrom('users').select('id').where('username', '=', 'xem').executeTakeFirstOrThrow();
    const past = nowIso(Date.now() - 3600_000);
    await db.insertInto('sessions').values({ id: 'het-han', user_id: user.id, csrf_token: 'x', created_at: past, expires_at: past }).execute();
    await new Client(server.url).login('xem', DEMO_PASSWORD);
    expect(await db.selectFrom('sessions').select('id').where('id', '=', 'het-han').executeTakeFirst()).toBeUndefined();
  });

  it('cookies are Secure and HSTS is sent when the request came over HTTPS (the trusted proxy says so)', async () => {
    const tls = new Proxied(server.url, '192.0.2.40', 'https');
    const form = await tls.get('/dang-nhap');
    expect(form.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
    expect(form.headers.getSetCookie().join('\n')).toMatch(/anon=[^;]+;.*Secure/);
    const res = await tls.postForm('/dang-nhap', { _csrf: csrfFrom(await form.text()), username: 'admin', password: DEMO_PASSWORD, next: '/' });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('sid='))).toMatch(/; Secure/);
    // a public page from the micro-cache carries it too
    for (let i = 0; i < 2; i++) expect((await tls.get('/su-kien')).headers.get('strict-transport-security')).not.toBeNull();

    const plain = new Proxied(server.url, '192.0.2.41', 'http');
    const page = await plain.get('/dang-nhap');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(page.headers.getSetCookie().join('\n')).not.toMatch(/Secure/);
  });
});

describe('HTTPS is not taken from a proxy header unless a proxy is trusted', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer('sqlite');
  });
  afterAll(() => server?.close());
  it('ignores X-Forwarded-Proto and X-Forwarded-For', async () => {
    const res = await fetch(`${server.url}/dang-nhap`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.getSetCookie().join('\n')).not.toMatch(/Secure/);
    // a forged address does not escape a lock: 5 failures "from" five addresses are five from this one
    const client = new Client(server.url);
    for (let i = 0; i < 5; i++)
      await client.fetch('/dang-nhap', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `192.0.2.${i}` },
        body: new URLSearchParams({ _csrf: await client.csrf(), username: 'xem', password: 'sai-mat-khau-roi' }).toString(),
      });
    expect((await client.login('xem', DEMO_PASSWORD)).status).toBe(429);
  });
});
