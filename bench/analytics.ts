import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../src/core/db/database.ts';
import { drawnMaps } from '../src/dashboards/boundaries.ts';
import { listIndicators } from '../src/indicators/catalogue.ts';
import { createApp } from '../src/server/app.tsx';
import { dataYears } from '../src/statistics/years.ts';
import { median, now, percentile, type Figure } from './stats.ts';

export const ANALYTICS_FIGURES = ['v1', 'v2', 'v3', 'v4'];
const PAGE_BYTES = 150 * 1024;

/**
 * Issue 18's figures, through the real app on a loopback port, one request at a time:
 *  v1) GET /api/v1/analytics for the provinces × every indicator × 5 years (p95 ≤ 300 ms);
 *  v2) the same for every commune × 5 indicators × 1 year (p95 ≤ 300 ms);
 *  v3) /ban-do, the nation's provinces and a province's communes (p95 ≤ 150 ms, each page ≤ 150 KB);
 *  v4) the full matrix as XLSX: every unit × every indicator, one year (≤ 2 s, the median of `runs`).
 */
export async function analyticsFigures(store: Store, opts: { requests: number; runs: number; only: Set<string> }): Promise<Figure[]> {
  const { db } = store;
  const { years, complete } = await dataYears(db);
  const five = years.slice(-5);
  const indicators = (await listIndicators(db)).map((i) => i.code);
  const provinces = await db.selectFrom('units').select(['code']).where('level', '=', 'province').where('valid_to', 'is', null).orderBy('code').execute();
  const app = createApp(store, { databaseUrl: 'bench', port: 0, secret: 'bench-secret', secureCookies: false });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const t = now();
    const res = await fetch(base + path);
    const body = Buffer.from(await res.arrayBuffer());
    const ms = now() - t;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.toString('utf8').slice(0, 300)}`);
    return { ms, bytes: body.length };
  };
  const p95Of = async (paths: string[], n: number) => {
    for (const p of paths.slice(0, 3)) await get(p); // unmeasured: first touches
    const ms: number[] = [];
    let maxBytes = 0;
    for (let i = 0; i < n; i++) {
      const r = await get(paths[i % paths.length]!);
      ms.push(r.ms);
      maxBytes = Math.max(maxBytes, r.bytes);
    }
    return { p95: percentile(ms, 95), p50: percentile(ms, 50), max: Math.max(...ms), n: ms.length, maxBytes };
  };
  const out: Figure[] = [];
  const api = (q: Record<string, string>) => `/api/v1/analytics?${new URLSearchParams(q)}`;
  try {
    if (opts.only.has('v1')) {
      const path = api({ units: 'children:VN', indicators: indicators.join(','), years: five.join(',') });
      const r = await p95Of([path], opts.requests);
      out.push({
        id: 'v1',
        name: `analytics API: ${provinces.length} provinces × ${indicators.length} indicators × ${five.length} years`,
        engine: store.engine,
        measured: r.p95,
        unit: 'ms',
        target: 'p95 ≤ 300 ms',
        pass: r.p95 <= 300,
        details: { ...r, years: five, cells: provinces.length * indicators.length * five.length },
      });
    }
    if (opts.only.has('v2')) {
      const communes = await db
        .selectFrom('units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('level', '=', 'commune')
        .where('valid_to', 'is', null)
        .executeTakeFirst();
      const path = api({ units: 'level:commune:VN', indicators: indicators.slice(0, 5).join(','), years: String(complete) });
      const r = await p95Of([path], opts.requests);
      out.push({
        id: 'v2',
        name: `analytics API: ${Number(communes?.n).toLocaleString('en')} communes × 5 indicators × 1 year`,
        engine: store.engine,
        measured: r.p95,
        unit: 'ms',
        target: 'p95 ≤ 300 ms',
        pass: r.p95 <= 300,
        details: { ...r, year: complete, indicators: indicators.slice(0, 5) },
      });
    }
    if (opts.only.has('v3')) {
      const indicator = indicators.includes('LIB_LLL_COMMUNE') ? 'LIB_LLL_COMMUNE' : indicators[0]!;
      const nation = [`/ban-do?chi-so=${indicator}&nam=${complete}`];
      const byProvince = provinces.map((p) => `/ban-do?chi-so=${indicator}&nam=${complete}&don-vi=${encodeURIComponent(p.code)}`);
      const a = await p95Of(nation, Math.ceil(opts.requests / 2));
      const b = await p95Of(byProvince, Math.max(provinces.length, Math.ceil(opts.requests / 2)));
      const p95 = Math.max(a.p95, b.p95);
      const bytes = Math.max(a.maxBytes, b.maxBytes);
      out.push({
        id: 'v3',
        name: `/ban-do p95 (nation's map; a province's communes), heaviest page ${(bytes / 1024).toFixed(0)} KB`,
        engine: store.engine,
        measured: p95,
        unit: 'ms',
        target: 'p95 ≤ 150 ms, ≤ 150 KB',
        pass: p95 <= 150 && bytes <= PAGE_BYTES,
        details: { nation: a, provinces: b, maxBytes: bytes, boundaries: drawnMaps() !== null },
      });
    }
    if (opts.only.has('v4')) {
      const path = api({ units: 'VN,level:province:VN,level:commune:VN', indicators: indicators.join(','), years: String(complete), format: 'xlsx' });
      const first = await get(path);
      const times: number[] = [];
      for (let i = 0; i < opts.runs; i++) times.push((await get(path)).ms);
      const ms = median(times);
      out.push({
        id: 'v4',
        name: `full matrix as XLSX (every unit × ${indicators.length} indicators, ${complete})`,
        engine: store.engine,
        measured: ms,
        unit: 'ms',
        target: '≤ 2,000 ms',
        pass: ms <= 2000,
        details: { runs: times, bytes: first.bytes, year: complete },
      });
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return out;
}
