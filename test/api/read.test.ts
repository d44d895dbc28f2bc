import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type IndicatorJson, type TestServer } from '../support/server.ts';
import { dashboardFor, toResult } from '../../src/indicators/evaluate.ts';
import { listIndicators } from '../../src/indicators/catalogue.ts';
import { findUnit } from '../../src/network/units.ts';

interface UnitJson {
  code: string;
  name: string;
  level: string;
  validFrom: string | null;
  validTo: string | null;
}

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;

describe.each(ENGINES)('public and read API, end to end on %s', (engine) => {
  let server: TestServer;
  let dakha: Client;
  beforeAll(async () => {
    server = await startServer(engine);
    dakha = new Client(server.url);
    const res = await dakha.login('canbo.dakha', DEMO_PASSWORD);
    expect(res.status).toBe(303);
  });
  afterAll(() => server?.close());

  it('GET /units gives the nation, /units/VN/children the provinces', async () => {
    const roots = await json<UnitJson[]>(await dakha.get('/api/v1/units'));
    expect(roots).toEqual([{ code: 'VN', name: 'Việt Nam', level: 'nation', validFrom: null, validTo: null }]);
    const res = await fetch(`${server.url}/api/v1/units/VN/children`);
    expect(res.status).toBe(200);
    const provinces = await json<UnitJson[]>(res);
    expect(provinces.length).toBeGreaterThan(1);
    // the demo keeps Quảng Nghiệp (seed 001, not on the 2025 maps) as a stand-alone commune under VN
    expect(provinces.filter((p) => p.level !== 'province').map((p) => p.code)).toEqual(['QUANG-NGHIEP']);
    expect(provinces.filter((p) => p.level === 'province').length).toBeGreaterThan(4);
    expect(provinces).toContainEqual({ code: '62', name: 'Kon Tum', level: 'province', validFrom: null, validTo: '2025-06-30' });
    expect(provinces).toContainEqual({ code: '46', name: 'Huế', level: 'province', validFrom: '2025-07-01', validTo: null });
  });

  it('GET /units/<code>/children walks the tree: Kon Tum → districts → communes of Đắk Hà', async () => {
    const districts = await json<UnitJson[]>(await fetch(`${server.url}/api/v1/units/62/children`));
    expect(districts.map((d) => d.code)).toContain('615');
    expect(districts.every((d) => d.level === 'district')).toBe(true);
    const communes = await json<UnitJson[]>(await fetch(`${server.url}/api/v1/units/615/children`));
    expect(communes.length).toBeGreaterThan(5);
    expect(communes.every((c) => c.level === 'commune' && c.validTo === '2025-06-30')).toBe(true);
    expect(communes.map((c) => c.name)).toContain('Hà Mòn');
    // a year after the reform: the district's communes no longer exist
    expect(await json<UnitJson[]>(await fetch(`${server.url}/api/v1/units/615/children?year=2026`))).toEqual([]);
  });

  it('GET /institutions needs a login (401)', async () => {
    const res = await fetch(`${server.url}/api/v1/institutions?unit=615`);
    expect(res.status).toBe(401);
    expect(await json<{ error: string }>(res)).toMatchObject({ error: 'Cần đăng nhập.' });
  });

  it("GET /institutions refuses an official outside his subtree (403): Đắk Hà's official asks for Huế", async () => {
    const res = await dakha.get('/api/v1/institutions?unit=46');
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).not.toContain('TVTINH-46');
  });

  it("GET /institutions?unit=&kind= lists an official's own district, filtered by kind", async () => {
    const res = await dakha.get('/api/v1/institutions?unit=615&kind=library_public_commune');
    expect(res.status).toBe(200);
    const list = await json<{ code: string; kind: string; unit: string }[]>(res);
    // every commune of Đắk Hà has its commune library (TVXA-<commune>) in the demo network
    expect(list.map((i) => i.code)).toContain('TVXA-23500');
    expect(list.every((i) => i.kind === 'library_public_commune')).toBe(true);
  });

  it('GET /indicators gives one row per indicator, with the documented keys and the numbers of the CLI', async () => {
    const res = await fetch(`${server.url}/api/v1/indicators?unit=615&year=2024`);
    expect(res.status).toBe(200);
    const rows = await json<IndicatorJson[]>(res);
    const catalogue = await listIndicators(server.store.db);
    expect(rows.map((r) => r.indicator).sort()).toEqual(catalogue.map((i) => i.code).sort());
    const doc = await json<OpenApiDoc>(await fetch(`${server.url}/api/v1/openapi.json`));
    const documented = Object.keys(doc.components.schemas.IndicatorResult?.properties ?? {}).sort();
    expect(documented).toEqual(['denominator', 'indicator', 'numerator', 'target', 'unit', 'value', 'year']);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(documented);
      expect(r).toMatchObject({ unit: '615', year: 2024 });
      for (const k of ['value', 'numerator', 'denominator', 'target'] as const) expect(r[k] === null || Number.isFinite(r[k])).toBe(true);
    }
    // `npx lifelong indicators --unit 615 --year 2024 --format json` prints dashboardFor(…).map(toResult)
    const unit = await findUnit(server.store.db, '615');
    const cli = (await dashboardFor(server.store.db, unit!, 2024)).map(toResult);
    expect(rows).toEqual(JSON.parse(JSON.stringify(cli)));
    expect(rows.some((r) => r.value !== null && r.value !== 0)).toBe(true);
  });

  it('publishes an OpenAPI 3.1 document listing the paths', async () => {
    const res = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await json<OpenApiDoc>(res);
    expect(doc.openapi).toMatch(/^3\.1\./);
    const paths = Object.keys(doc.paths);
    for (const p of ['/units', '/units/{code}/children', '/institutions', '/indicators', '/values']) expect(paths).toContain(p);
    expect(Object.keys(doc.paths['/values'] ?? {})).toContain('post');
    expect(Object.keys(doc.paths['/indicators'] ?? {})).toContain('get');
    // the library's JSON API is documented with the others
    expect(Object.keys(doc.paths['/catalogue/search'] ?? {})).toEqual(['get']);
    for (const action of ['checkout', 'return']) expect(Object.keys(doc.paths[`/libraries/{code}/${action}`] ?? {})).toEqual(['post']);
  });

  it("refuses another unit's institution in the URL: /co-so/<Huế's library> as Đắk Hà's official (403)", async () => {
    const res = await dakha.get('/co-so/TVTINH-46');
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('Bạn không có quyền truy cập nội dung này.');
    expect(html).not.toContain('Thư viện tỉnh');
  });

  it('answers an unknown unit with 404, never 500', async () => {
    const anon = new Client(server.url);
    const cases: [Client, string][] = [
      [anon, '/api/v1/units/NOPE/children'],
      [anon, '/api/v1/indicators?unit=NOPE&year=2024'],
      [dakha, '/api/v1/institutions?unit=NOPE'],
      [anon, '/don-vi/NOPE'],
      [anon, `/don-vi/${'9'.repeat(400)}`],
      [anon, '/don-vi/%C4%90%E1%BA%AFk%20H%C3%A0'],
      [dakha, '/co-so/NOPE'],
    ];
    for (const [client, path] of cases) {
      const res = await client.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      const body = await res.text();
      expect(body).toMatch(/Không (tìm thấy|có đơn vị)/);
    }
    // malformed parameters are the caller's fault, not the server's
    for (const path of ['/api/v1/indicators?unit=615&year=abc', '/api/v1/indicators?year=2024', '/don-vi/615?nam=abc', '/api/v1/units/62/children?year=x']) {
      const res = await anon.get(path);
      expect({ path, status: res.status < 500 }).toEqual({ path, status: true });
    }
  });

  it('throttles logins: after 5 wrong passwords the 6th attempt is refused even with the right password (429)', async () => {
    const visitor = new Client(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const token = await visitor.csrf();
      statuses.push((await visitor.postForm('/dang-nhap', { _csrf: token, username: 'xem', password: `wrong-${i}`, next: '/' })).status);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const token = await visitor.csrf();
    const res = await visitor.postForm('/dang-nhap', { _csrf: token, username: 'xem', password: DEMO_PASSWORD, next: '/' });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Đăng nhập sai quá nhiều lần');
    expect(visitor.cookies.has('sid')).toBe(false);
    // other users are not locked out
    expect((await new Client(server.url).login('canbo.kontum', DEMO_PASSWORD)).status).toBe(303);
  });
});
