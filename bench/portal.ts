import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import type { Store } from '../src/core/db/database.ts';
import { percentile, type Figure } from './stats.ts';
import { ensurePortalLoad } from './portal-load.ts';

/**
 * p1) the citizens' portal home of a place, GET /noi/<unit> over the provinces and communes;
 * p2) the search across every kind, GET /tim-kiem?q=… (folded and marked words, with and without a place);
 * each under 200 concurrent connections (autocannon) for `seconds`, against the real app in its own
 * process on loopback, after one pass over every path (the steady state: anonymous pages live 5 min in the
 * micro-cache; the warm pass's own p95 at 20 connections is kept as `warmP95`, the cost of a page rendered afresh).
 * Target: p95 ≤ 100 ms and no errors (non-2xx, timeouts, connection errors).
 * p1u, p2u) the same pages with the micro-cache off (`LIFELONG_MICRO_CACHE=off`, a second server process):
 * every page rendered afresh under the same load, reported beside p1/p2 (the cost the cache hides).
 * Each figure keeps the machine's load average (1 min) at its end: on shared cores the p95 follows it.
 */
const QUERIES = [
  'đọc sách',
  'doc sach',
  'ngày hội',
  'tap huan chuyen doi so',
  'câu lạc bộ dân ca',
  'di sản',
  'kể chuyện',
  'van nghe',
  'lịch sử địa phương',
  'chiếu phim',
];

export async function startServer(url: string, cached: boolean): Promise<{ base: string; child: ChildProcess }> {
  const env = { ...process.env, PG_POOL_SIZE: '20', LIFELONG_MICRO_CACHE: cached ? 'on' : 'off' };
  // LIFELONG_BENCH_CPU_PROF=<dir>: the server runs under --cpu-prof, its profile written there when it stops
  const profile = process.env.LIFELONG_BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.LIFELONG_BENCH_CPU_PROF] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/portal-server.ts', url], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`portal server exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

/** Chromium's and Firefox's `Accept-Encoding`. */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export function load(base: string, paths: string[], seconds: number, connections: number, amount?: number) {
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    let i = 0;
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 10,
        // what a browser sends: the app may answer compressed (the micro-cache keeps Brotli and gzip)
        headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function figure(
  id: string,
  name: string,
  store: Store,
  base: string,
  paths: string[],
  o: { seconds: number; connections: number; warm?: number; informational?: boolean },
  extra: Record<string, unknown>,
): Promise<Figure> {
  // steady state: every path once (connections, query plans, the micro-cache of anonymous pages), then the load
  const warm = await load(base, paths, 0, 20, o.warm ?? paths.length);
  const { result, latencies } = await load(base, paths, o.seconds, o.connections);
  const p95 = percentile(latencies, 95);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    id,
    name,
    engine: store.engine,
    measured: p95,
    unit: 'ms',
    target: `p95 ≤ 100 ms, 0 errors (${o.connections} connections)`,
    pass: p95 <= 100 && errors === 0,
    ...(o.informational ? { informational: true, target: `for comparison: no cache (${o.connections} connections)` } : {}),
    details: {
      warmRequests: warm.result.requests.total,
      warmP95: percentile(warm.latencies, 95),
      requests: result.requests.total,
      rps: result.requests.average,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      kbPerResponse: result.throughput.total / Math.max(1, result.requests.total) / 1024,
      load: os.loadavg()[0],
      ...extra,
    },
  };
}

export async function portalFigures(
  store: Store,
  url: string,
  opts: { seconds: number; connections: number; events: number; only: Set<string> },
): Promise<Figure[]> {
  const loadInfo = await ensurePortalLoad(store, { events: opts.events });
  const units = await store.db
    .selectFrom('units')
    .select(['code', 'level'])
    .where('valid_to', 'is', null)
    .where('level', 'in', ['province', 'commune'])
    .orderBy('id')
    .execute();
  const homes = units.map((u) => `/noi/${encodeURIComponent(u.code)}`);
  const provinces = units.filter((u) => u.level === 'province').map((u) => u.code);
  const searches = QUERIES.flatMap((q, i) => [
    `/tim-kiem?q=${encodeURIComponent(q)}`,
    `/tim-kiem?q=${encodeURIComponent(q)}&noi=${encodeURIComponent(provinces[i % provinces.length] ?? '')}`,
  ]);
  const extra = { generated: loadInfo };
  const out: Figure[] = [];
  for (const cached of [true, false]) {
    const [home, search] = cached ? ['p1', 'p2'] : ['p1u', 'p2u'];
    if (!opts.only.has(home!) && !opts.only.has(search!)) continue;
    const { base, child } = await startServer(url, cached);
    const label = cached ? '' : ' (no micro-cache)';
    // uncached: a short warm-up (connections, plans); every page of the load is rendered afresh anyway
    const o = cached ? opts : { ...opts, warm: 200, informational: true };
    try {
      if (opts.only.has(home!))
        out.push(await figure(home!, `citizens' portal home /noi/<unit>${label}`, store, base, homes, o, { ...extra, places: homes.length }));
      if (opts.only.has(search!))
        out.push(await figure(search!, `search across every kind /tim-kiem${label}`, store, base, searches, o, { ...extra, queries: searches.length }));
    } finally {
      child.kill('SIGTERM');
    }
  }
  return out;
}
