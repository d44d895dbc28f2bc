import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

/** A signed-in client and its CSRF token. */
async function as(server: TestServer, username: string): Promise<{ client: Client; token: string }> {
  const client = new Client(server.url);
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(303);
  return { client, token: await client.csrf('/tong-quan') };
}

const patch = (who: { client: Client; token: string }, code: string, body: unknown) =>
  who.client.fetch(`/api/v1/institutions/${code}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', 'x-csrf-token': who.token },
    body: JSON.stringify(body),
  });

/** Issue 19: `PATCH /api/v1/institutions/{code}` with the access rules of the pages, refusals with their fields. */
describe.each(ENGINES)('PATCH /api/v1/institutions/{code} on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server?.close());

  const library = () =>
    server.store.db.selectFrom('institutions').select(['contact', 'latitude', 'closed_on']).where('code', '=', 'TVTINH-46').executeTakeFirstOrThrow();

  it("an official changes an institution of their province, not another province's; closing with values after the day is refused", async () => {
    const kontum = await as(server, 'canbo.kontum');
    expect((await patch(kontum, 'TVTINH-46', { contact: '0260 000 000' })).status).toBe(403);
    const hue = await as(server, 'canbo.hue');
    const ok = await patch(hue, 'TVTINH-46', { contact: '0234 3822 000', latitude: 16.4637 });
    expect(ok.status).toBe(200);
    expect(await library()).toMatchObject({ contact: '0234 3822 000', closed_on: null });
    expect(Number((await library()).latitude)).toBe(16.4637);
    const refused = await patch(hue, 'TVTINH-46', { closedOn: '2025-10-01' });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { code: string; problems: { field: string; code: string }[] };
    expect(body.code).toBe('E2060');
    expect(body.problems.map((p) => [p.field, p.code])).toEqual([['closedOn', 'E2066']]);
    expect((await library()).closed_on).toBeNull();
    // a move to a unit that did not exist on the day
    const moved = await patch(hue, 'TVTINH-46', { move: { unit: '46-2025', from: '2025-09-01' } });
    expect(moved.status).toBe(422);
    expect(((await moved.json()) as { problems: { field: string; code: string }[] }).problems.map((p) => [p.field, p.code])).toEqual([['from', 'E2064']]);
  });
});
