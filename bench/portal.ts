import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
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

/** The server the load runs against: its address, its process (the supervisor of `serve --workers N`), and its counts. */
export interface BenchServer {
  base: string;
  child: ChildProcess;
  /** The server's CPU time so far (ms): its process and, under `--workers N`, every worker's. */
  cpuMs(): number;
  /** The micro-cache's counts so far (one process only; undefined under `--workers N`). */
  cacheStats(): Promise<Record<string, number> | undefined>;
}

/**
 * The real app in its own process on loopback (bench/portal-server.ts), or — `workers` > 1, PostgreSQL — the real
 * `lifelong serve --workers N` (node:cluster, LISTEN/NOTIFY between the workers) on a free port.
 */
export async function startServer(url: string, cached: boolean, opts: { workers?: number } = {}): Promise<BenchServer> {
  const env = { ...process.env, PG_POOL_SIZE: '20', LIFELONG_MICRO_CACHE: cached ? 'on' : 'off' };
  // LIFELONG_BENCH_CPU_PROF=<dir>: the server runs under --cpu-prof, its profile written there when it stops
  const profile = process.env.LIFELONG_BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.LIFELONG_BENCH_CPU_PROF] : [];
  if ((opts.workers ?? 1) > 1) return startWorkers(url, opts.workers!, { ...env, ...(profile.length ? { NODE_OPTIONS: profile.join(' ') } : {}) });
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/portal-server.ts', url], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let out = '';
  const waiting: ((line: string) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
      for (let at = out.indexOf('\n'); at >= 0; at = out.indexOf('\n')) {
        const line = out.slice(0, at);
        out = out.slice(at + 1);
        if (line.startsWith('CACHE ')) waiting.shift()?.(line.slice(6));
      }
    });
    child.once('exit', (code) => reject(new Error(`portal server exited (${code})`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    cpuMs: () => processCpuMs(child.pid!),
    cacheStats: () =>
      new Promise((resolve) => {
        waiting.push((json) => resolve(JSON.parse(json) as Record<string, number>));
        child.kill('SIGUSR2');
      }),
  };
}

/** A free port on loopback (taken and given back at once). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `lifelong serve --port P --workers N` from the source (as the one-process server runs), ready when /healthz answers. */
async function startWorkers(url: string, workers: number, env: NodeJS.ProcessEnv): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/lifelong.js', 'serve', '--port', String(port), '--workers', String(workers), '--no-demo'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, DATABASE_URL: url, LIFELONG_FROM_SOURCE: '1', LIFELONG_NIGHTLY: '0', LIFELONG_SECRET: 'bench-secret-0123456789abcdef' },
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`lifelong serve exited (${code})`))));
  exited.catch(() => undefined);
  for (let tries = 0; ; tries++) {
    const up = await Promise.race([
      fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    // every worker listening: the supervisor's children counted
    if (up && childrenOf(child.pid!).length >= workers) break;
    if (tries > 600) throw new Error('lifelong serve --workers did not answer in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    child,
    cpuMs: () => [child.pid!, ...childrenOf(child.pid!)].reduce((sum, pid) => sum + processCpuMs(pid), 0),
    cacheStats: async () => undefined,
  };
}

/** The processes whose parent is `pid` (from /proc: the cluster's workers). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === pid) out.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** A process's user + system CPU time in ms, from /proc (clock ticks of 10 ms): the server child's cost under a load. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
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
