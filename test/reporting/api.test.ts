import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, storedValue, type TestServer } from '../support/server.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { findUnit } from '../../src/network/units.ts';

interface Status {
  id: number | null;
  unit: string;
  status: string;
  submittedAt: string | null;
  onTime: boolean | null;
  deadline: string;
}
interface ErrorJson {
  error: string;
  errorEn?: string;
  problems?: { field?: string }[];
}

async function signedIn(server: TestServer, username: string): Promise<{ client: Client; token: string }> {
  const client = new Client(server.url);
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(303);
  return { client, token: await client.csrf('/tong-quan') };
}

describe.each(ENGINES)('reports API on %s', (engine) => {
  let server: TestServer;
  let reportId: number;
  beforeAll(async () => {
    server = await startServer(engine);
    const commune = (await findUnit(server.store.db, '23500-2025'))!;
    reportId = (await openReport(server.store.db, commune, 2024, null)).id;
  }, 120_000);
  afterAll(() => server?.close());

  it('GET /reports: the unit’s report and its children’s, with status, submittedAt and onTime; 401 without login', async () => {
    expect((await fetch(`${server.url}/api/v1/reports?unit=615&year=2024`)).status).toBe(401);
    const { client } = await signedIn(server, 'canbo.dakha');
    const res = await client.get('/api/v1/reports?unit=615&year=2024');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { report: Status; children: Status[] };
    expect(body.report).toMatchObject({ unit: '615', status: 'missing', id: null });
    const own = body.children.find((c) => c.unit === '23500-2025')!;
    expect(own).toMatchObject({ id: reportId, status: 'missing', submittedAt: null, onTime: null, deadline: '2024-11-10' });
    const spec = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/reports', '/reports/{id}/submit', '/reports/{id}/approve', '/reports/{id}/return']));
  });

  it('POST submit | return | approve with the server-side rules and clear reasons', async () => {
    const xa = await signedIn(server, 'canbo.xa');
    const dakha = await signedIn(server, 'canbo.dakha');
    const hue = await signedIn(server, 'canbo.hue');
    const post = (who: { client: Client; token: string }, action: string, body?: unknown) =>
      who.client.postJson(`/api/v1/reports/${reportId}/${action}`, body ?? {}, { 'x-csrf-token': who.token });

    expect((await post(dakha, 'submit')).status).toBe(403);
    const sub = await post(xa, 'submit');
    expect(sub.status).toBe(200);
    expect((await sub.json()) as Status).toMatchObject({ status: 'submitted', onTime: false }); // today is after 10/11/2024
    const own = await post(xa, 'approve');
    expect(own.status).toBe(403);
    expect(((await own.json()) as ErrorJson).errorEn).toContain('own');
    expect((await post(hue, 'approve')).status).toBe(403);
    const noComment = await post(dakha, 'return', { comment: '' });
    expect(noComment.status).toBe(422);
    expect(((await noComment.json()) as ErrorJson).problems?.[0]?.field).toBe('comment');
    expect((await post(dakha, 'return')).status).toBe(400); // comment missing from the body: zod
    expect((await post(dakha, 'return', { comment: 'Thiếu số liệu bảo tàng' })).status).toBe(200);
    expect((await post(dakha, 'approve')).status).toBe(409); // returned, not submitted
    expect((await post(xa, 'submit')).status).toBe(200);
    const ok = await post(dakha, 'approve');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as Status).status).toBe('approved');
    expect((await dakha.client.postJson('/api/v1/reports/999999/approve', {}, { 'x-csrf-token': dakha.token })).status).toBe(404);

    // the approved commune's data is locked: POST /values is refused with the reason, nothing changed
    const before = await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2024-05');
    const locked = await dakha.client.postJson('/api/v1/values', [{ institution: 'TVXA-23500', dataElement: 'LIB_VISITS', period: '2024-05', value: 1 }], {
      'x-csrf-token': dakha.token,
    });
    expect(locked.status).toBe(409);
    expect(((await locked.json()) as ErrorJson).errorEn).toContain('locked');
    expect(await storedValue(server.store, 'TVXA-23500', 'LIB_VISITS', '2024-05')).toBe(before);
  });
});
