import http from 'node:http';
import { sql } from 'kysely';
import type { Store } from '../src/core/db/database.ts';
import { startServer } from './portal.ts';
import { now, percentile, type Figure } from './stats.ts';

/**
 * z1) public pages' bytes on the wire, compressed as a browser asks (`Accept-Encoding: br, gzip`), as a share of the
 *     same pages sent uncompressed (≤ 35 %);
 * z2) a repeated request of a kept public page with its `If-None-Match` answered 304, p95 over `requests` sequential
 *     requests on one kept-alive connection (≤ 2 ms), beside /healthz asked the same way.
 * Against the real app in its own process on loopback (bench/portal-server.ts), on the data set of the other figures.
 */
export const HTTP_FIGURES = ['z1', 'z2'];

interface Answer {
  status: number;
  bytes: number;
  etag?: string;
  encoding?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET, its body's bytes as they came over the wire (node:http does not decompress). */
function get(base: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          etag: res.headers.etag,
          encoding: res.headers['content-encoding'],
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Public pages of the data set: the national and a province's dashboards, a place's portal home, the searches, the events. */
async function publicPages(store: Store): Promise<string[]> {
  const root = await store.db.selectFrom('units').select(['id', 'code']).where('parent_id', 'is', null).orderBy('id').executeTakeFirstOrThrow();
  const provinces = (await sql<{ code: string }>`SELECT code FROM units WHERE parent_id = ${root.id} ORDER BY id LIMIT 2`.execute(store.db)).rows;
  return [
    `/don-vi/${root.code}`,
    ...provinces.map((p) => `/don-vi/${p.code}`),
    ...provinces.map((p) => `/noi/${p.code}`),
    '/tim-kiem?q=doc%20sach',
    '/tra-cuu?q=lich%20su',
    '/su-kien',
  ];
}

export async function httpFigures(store: Store, url: string, opts: { requests: number; only: Set<string> }): Promise<Figure[]> {
  const server = await startServer(url, true);
  const figures: Figure[] = [];
  try {
    const pages = await publicPages(store);
    const BROWSER = { 'accept-encoding': 'br, gzip' };
    const PLAIN = { 'accept-encoding': 'identity' };
    // each page once as a browser asks (rendered and kept), then both ways from the cache
    for (const p of pages) await get(server.base, p, BROWSER);
    const perPage: { path: string; status: number; plain: number; wire: number; encoding?: string }[] = [];
    for (const path of pages) {
      const plain = await get(server.base, path, PLAIN);
      const wire = await get(server.base, path, BROWSER);
      perPage.push({ path, status: wire.status, plain: plain.bytes, wire: wire.bytes, encoding: wire.encoding });
    }
    const ok = perPage.filter((p) => p.status === 200);
    const plainBytes = ok.reduce((s, p) => s + p.plain, 0);
    const wireBytes = ok.reduce((s, p) => s + p.wire, 0);
    const share = (100 * wireBytes) / Math.max(1, plainBytes);
    if (opts.only.has('z1'))
      figures.push({
        id: 'z1',
        name: 'public pages on the wire (br/gzip)',
        engine: store.engine,
        measured: share,
        unit: '%',
        target: '≤ 35 % of uncompressed',
        pass: share <= 35 && ok.length === pages.length,
        details: { pages: perPage, plainBytes, wireBytes },
      });

    if (opts.only.has('z2')) {
      const page = pages[0]!;
      const first = await get(server.base, page, BROWSER);
      if (!first.etag) throw new Error(`z2) ${page} carries no ETag`);
      const timed = async (path: string, headers: Record<string, string>, expect: number) => {
        const samples: number[] = [];
        for (let i = 0; i < opts.requests + 20; i++) {
          const t = now();
          const a = await get(server.base, path, headers);
          if (a.status !== expect) throw new Error(`z2) ${path} answered ${a.status}, not ${expect}`);
          if (i >= 20) samples.push(now() - t); // the first twenty warm the connection and the code
        }
        return samples;
      };
      const healthz = await timed('/healthz', {}, 200);
      const notModified = await timed(page, { ...BROWSER, 'if-none-match': first.etag }, 304);
      const p95 = percentile(notModified, 95);
      const base95 = percentile(healthz, 95);
      figures.push({
        id: 'z2',
        name: 'repeated request answered 304',
        engine: store.engine,
        measured: p95,
        unit: 'ms',
        target: 'p95 ≤ 2 ms',
        pass: p95 <= 2,
        baseline: { name: '/healthz p95', value: base95, unit: 'ms' },
        ratio: p95 / base95,
        ratioLabel: 'of /healthz',
        details: { page, requests: notModified.length, p50: percentile(notModified, 50), max: Math.max(...notModified) },
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    agent.destroy();
  }
  return figures;
}
