import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, indicatorsOf, startServer, storedValue, type TestServer } from '../support/server.ts';

interface ErrorJson {
  error: string;
  errorEn?: string;
  problems?: { row?: number; field?: string; message: string }[];
}

/** The commune library of the first commune of Đắk Hà (the commune of canbo.xa) and of a second one. */
const OWN = 'TVXA-23500';
const OTHER = 'TVXA-23503';
const PERIOD = '2024-05';

const row = (institution: string, value: number | string, period = PERIOD, dataElement = 'LIB_VISITS') => ({ institution, dataElement, period, value });

async function auditOf(server: TestServer, key: string) {
  return server.store.db.selectFrom('audit_log').selectAll().where('entity', '=', 'data_value').where('entity_key', '=', key).orderBy('id').execute();
}

async function userId(server: TestServer, username: string): Promise<number> {
  return (await server.store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

describe.each(ENGINES)('POST /api/v1/values, end to end on %s', (engine) => {
  let server: TestServer;
  let dakha: Client;
  let dakhaToken: string;
  beforeAll(async () => {
    server = await startServer(engine);
    dakha = new Client(server.url);
    expect((await dakha.login('canbo.dakha', DEMO_PASSWORD)).status).toBe(303);
    // after login the session's token is in every page's forms (the logout form at least)
    dakhaToken = await dakha.csrf('/don-vi/615');
  });
  afterAll(() => server?.close());

  it('the demo has the values this file changes', async () => {
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBeGreaterThan(0);
    expect(await storedValue(server.store, OTHER, 'LIB_VISITS', PERIOD)).toBeGreaterThan(0);
    const xa = await server.store.db
      .selectFrom('users as u')
      .innerJoin('units as n', 'n.id', 'u.unit_id')
      .select('n.code')
      .where('u.username', '=', 'canbo.xa')
      .executeTakeFirstOrThrow();
    expect(xa.code).toBe('23500-2025');
  });

  it('without a session: 401, for a bare script and for a visitor with a valid anonymous CSRF token', async () => {
    const before = await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD);
    const bare = await fetch(`${server.url}/api/v1/values`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([row(OWN, 1)]),
    });
    expect(bare.status).toBe(401);
    const visitor = new Client(server.url);
    const anonToken = await visitor.csrf();
    const res = await visitor.postJson('/api/v1/values', [row(OWN, 1)], { 'x-csrf-token': anonToken });
    expect(res.status).toBe(401);
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBe(before);
  });

  it('with a session but a missing or forged X-CSRF-Token: 403 and nothing saved', async () => {
    const before = await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD);
    const missing = await dakha.postJson('/api/v1/values', [row(OWN, 4321)]);
    expect(missing.status).toBe(403);
    expect((await missing.json()) as ErrorJson).toMatchObject({ errorEn: 'Missing or invalid CSRF token.' });
    const forged = await dakha.postJson('/api/v1/values', [row(OWN, 4321)], { 'x-csrf-token': `${dakhaToken.slice(0, -2)}xx` });
    expect(forged.status).toBe(403);
    // another visitor's valid token is no better than a forged one
    const otherToken = await new Client(server.url).csrf();
    expect((await dakha.postJson('/api/v1/values', [row(OWN, 4321)], { 'x-csrf-token': otherToken })).status).toBe(403);
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBe(before);
  });

  it("a commune official writing another commune's institution: 403 and nothing saved", async () => {
    const xa = new Client(server.url);
    expect((await xa.login('canbo.xa', DEMO_PASSWORD)).status).toBe(303);
    const token = await xa.csrf('/don-vi/23500-2025');
    const before = await storedValue(server.store, OTHER, 'LIB_VISITS', PERIOD);
    const ownBefore = await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD);
    const res = await xa.postJson('/api/v1/values', [row(OWN, 11), row(OTHER, 7777)], { 'x-csrf-token': token });
    expect(res.status).toBe(403);
    const body = (await res.json()) as ErrorJson;
    expect(body.problems).toContainEqual(expect.objectContaining({ row: 2, field: 'institution' }));
    expect(await storedValue(server.store, OTHER, 'LIB_VISITS', PERIOD)).toBe(before);
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBe(ownBefore);
  });

  it('a bad row: 422 naming the row and the field, and nothing saved (not even the good rows)', async () => {
    const before = await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD);
    const before06 = await storedValue(server.store, OWN, 'LIB_VISITS', '2024-06');
    const res = await dakha.postJson('/api/v1/values', [row(OWN, 999), row(OWN, 5, '2024-13'), row(OWN, 'mười', '2024-06')], { 'x-csrf-token': dakhaToken });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorJson;
    expect(body.problems).toContainEqual(expect.objectContaining({ row: 2, field: 'period' }));
    expect(body.problems).toContainEqual(expect.objectContaining({ row: 3, field: 'value' }));
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBe(before);
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', '2024-06')).toBe(before06);
  });

  it("a good row from the district's official: 200, the province's indicator changes at once, the audit log has old, new and who", async () => {
    const before = await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD);
    const growth = (await indicatorsOf(server.url, '62', 2024)).get('LIB_USERS_GROWTH')!;
    expect(growth.denominator).toBeGreaterThan(0);
    const next = before! + 5000;
    const res = await dakha.postJson('/api/v1/values', [row(OWN, next)], { 'x-csrf-token': dakhaToken });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ written: 1 });
    expect(await storedValue(server.store, OWN, 'LIB_VISITS', PERIOD)).toBe(next);
    const after = (await indicatorsOf(server.url, '62', 2024)).get('LIB_USERS_GROWTH')!;
    expect(after.numerator).toBe(growth.numerator! + 5000);
    expect(after.denominator).toBe(growth.denominator);
    expect(after.value).toBeCloseTo((after.numerator! / after.denominator!) * 100, 3);
    expect(after.value).toBeGreaterThan(growth.value!);
    const log = (await auditOf(server, `${OWN}:LIB_VISITS:${PERIOD}`)).at(-1);
    expect(log).toMatchObject({ user_id: await userId(server, 'canbo.dakha'), action: 'update' });
    expect(Number(log?.old_value)).toBe(before);
    expect(Number(log?.new_value)).toBe(next);
  });

  it('the same write path for the system admin (session + X-CSRF-Token): the province indicator follows, the audit log names the admin', async () => {
    const admin = new Client(server.url);
    expect((await admin.login('admin', DEMO_PASSWORD)).status).toBe(303);
    const token = await admin.csrf('/don-vi/VN');
    const period = '2024-07';
    const before = await storedValue(server.store, OTHER, 'LIB_VISITS', period);
    const growth = (await indicatorsOf(server.url, '62', 2024)).get('LIB_USERS_GROWTH')!;
    const res = await admin.postJson('/api/v1/values', [row(OTHER, before! + 300, period)], { 'x-csrf-token': token });
    expect(res.status).toBe(200);
    const after = (await indicatorsOf(server.url, '62', 2024)).get('LIB_USERS_GROWTH')!;
    expect(after.numerator).toBe(growth.numerator! + 300);
    expect(after.value).toBeGreaterThan(growth.value!);
    const log = (await auditOf(server, `${OTHER}:LIB_VISITS:${period}`)).at(-1);
    expect(log?.user_id).toBe(await userId(server, 'admin'));
    expect([Number(log?.old_value), Number(log?.new_value)]).toEqual([before, before! + 300]);
  });
});
