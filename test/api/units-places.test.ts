import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

/** A signed-in client and its CSRF token. */
async function as(server: TestServer, username: string): Promise<{ client: Client; token: string }> {
  const client = new Client(server.url);
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(303);
  return { client, token: await client.csrf('/tong-quan') };
}

type UnitJson = { code: string; name: string; level: string; validFrom: string | null; validTo: string | null };

/** Issue 19, places: `GET /api/v1/units?date=&q=&parent=` and `PUT /api/v1/units/{code}/population/{year}`. */
describe.each(ENGINES)('the units API on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server?.close());

  it('lists the children of a unit on a day and finds units by name without diacritics', async () => {
    const client = new Client(server.url);
    const get = async (q: string) => (await (await client.fetch(`/api/v1/units?${q}`)).json()) as UnitJson[];
    const before = await get('parent=VN&date=2025-06-30');
    const after = await get('parent=VN&date=2025-07-01');
    expect(before.map((u) => u.code)).toContain('46-2025');
    expect(after.map((u) => u.code)).toContain('46');
    expect(after.map((u) => u.code)).not.toContain('46-2025');
    expect((await get('q=vy%20da&date=2025-06-30')).map((u) => [u.code, u.validTo])).toEqual([['19777-2025', '2025-06-30']]);
    expect((await get('q=vy%20da&date=2025-07-01&parent=46')).map((u) => u.code)).toEqual(['19777']);
    expect((await client.fetch('/api/v1/units?parent=nowhere')).status).toBe(404);
    // the top level as before
    expect((await get('')).map((u) => u.code)).toContain('VN');
  });

  it('sets a population for an official of the unit, refuses another province and a figure counted twice', async () => {
    const put = (who: { client: Client; token: string }, code: string, year: number, body: unknown) =>
      who.client.fetch(`/api/v1/units/${code}/population/${year}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': who.token },
        body: JSON.stringify(body),
      });
    const kontum = await as(server, 'canbo.kontum');
    expect((await put(kontum, '19777', 2026, { total: 100 })).status).toBe(403);
    const hue = await as(server, 'canbo.hue');
    const ok = await put(hue, '19777', 2026, { total: 31250 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ unit: '19777', year: 2026, total: 31250 });
    const twice = await put(hue, '46', 2026, { total: 1_000_000 });
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as { problems: { field: string; code: string }[] }).problems.map((p) => [p.field, p.code])).toEqual([['total', 'E2106']]);
    const doc = (await (await new Client(server.url).fetch('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/units/{code}/population/{year}');
  });
});
