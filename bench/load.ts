import os from 'node:os';
import autocannon from 'autocannon';
import { createApiToken } from '../src/accounts/sessions.ts';
import { createUser } from '../src/accounts/users.ts';
import type { Store } from '../src/core/db/database.ts';
import { thisYear } from '../src/core/time.ts';
import { countDifferences } from '../src/network/counts.ts';
import { aggregateDifferences } from '../src/statistics/verify.ts';
import { load, processCpuMs, startServer, type BenchServer } from './portal.ts';
import { sql } from 'kysely';
import { percentile, type Figure } from './stats.ts';

/**
 * The issue "integrity and security under load" figures, against the real app in its own process on loopback:
 *  u1) the national dashboard GET /don-vi/VN under 200 connections (p95 ≤ 100 ms, 0 errors);
 *  u2) the catalogue search GET /tra-cuu?q=sach (and nine other words) under 200 connections (the same target);
 *  m1) a mixed load: 150 readers (dashboards of the nation and the provinces, the catalogue search) and 50 API
 *      writers (`POST /api/v1/values`, one visit figure each, over many libraries and months) at once: the writes'
 *      p95 ≤ 100 ms, the reads' p95 ≤ 100 ms, no errors, and `lifelong verify` clean after.
 */
const WORDS = ['sach', 'sách', 'lich su', 'truyện', 'van hoc', 'Hồ Chí Minh', 'thieu nhi', 'khoa hoc', 'dia ly', 'tho'];

/** m1's and u1/u2's pages: the dashboards of the nation and of every province, and the catalogue searches. */
async function readPaths(store: Store): Promise<{ dashboards: string[]; searches: string[] }> {
  const provinces = await store.db.selectFrom('units').select('code').where('valid_to', 'is', null).where('level', '=', 'province').orderBy('id').execute();
  return {
    dashboards: ['/don-vi/VN', ...provinces.map((p) => `/don-vi/${encodeURIComponent(p.code)}`)],
    searches: WORDS.map((w) => `/tra-cuu?q=${encodeURIComponent(w)}`),
  };
}

/** What m1's readers read, in the order they read it. */
export async function mixedReadPaths(store: Store): Promise<string[]> {
  const { dashboards, searches } = await readPaths(store);
  return [...dashboards, ...searches];
}

export async function loadFigures(store: Store, url: string, opts: { seconds: number; only: Set<string>; workers?: number }): Promise<Figure[]> {
  const out: Figure[] = [];
  const server = await startServer(url, true, { workers: opts.workers });
  const { child } = server;
  try {
    const { dashboards, searches } = await readPaths(store);
    const reading = (id: string, name: string, paths: string[]) => readFigure(id, name, store, server, paths, opts.seconds);
    if (opts.only.has('u1')) out.push(await reading('u1', 'national dashboard /don-vi/VN under 200 connections', ['/don-vi/VN']));
    if (opts.only.has('u2')) out.push(await reading('u2', 'catalogue search /tra-cuu?q=… under 200 connections', searches));
    if (opts.only.has('m1')) out.push(await mixedFigure(store, server, [...dashboards, ...searches], opts.seconds));
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
  }
  const workers = opts.workers ?? 1;
  return workers > 1 ? out.map((f) => ({ ...f, name: `${f.name} (serve --workers ${workers})`, details: { ...f.details, workers } })) : out;
}

/**
 * What the server spent under a load: its CPU time (every process's) per request answered, and, one process, how the
 * micro-cache answered (renders are what costs). On PostgreSQL also the database's own CPU: its backends serving this
 * database (the server's pool, the bench's own connection aside), from /proc, per request.
 */
async function serverCost(store: Store, server: BenchServer, run: () => Promise<number>): Promise<Record<string, unknown>> {
  const [cpuBefore, cacheBefore, dbBefore] = [server.cpuMs(), await server.cacheStats(), await databaseCpu(store)];
  const requests = await run();
  const [cpu, cacheAfter, dbAfter] = [server.cpuMs() - cpuBefore, await server.cacheStats(), await databaseCpu(store)];
  const cache = cacheBefore && cacheAfter ? Object.fromEntries(Object.entries(cacheAfter).map(([k, v]) => [k, v - (cacheBefore[k] ?? 0)])) : undefined;
  const per = (ms: number) => Number((ms / Math.max(1, requests)).toFixed(3));
  // a backend that ended during the load took its time with it: counted from those still there at the end
  const db = dbBefore && dbAfter ? [...dbAfter].reduce((sum, [pid, ms]) => sum + ms - (dbBefore.get(pid) ?? 0), 0) : undefined;
  return {
    serverCpuMs: cpu,
    cpuPerRequestMs: per(cpu),
    ...(db !== undefined ? { databaseCpuMs: db, databaseCpuPerRequestMs: per(db) } : {}),
    ...(cache ? { cache } : {}),
  };
}

/** PostgreSQL: each backend of this database (but this connection's) and its CPU time so far (ms). */
async function databaseCpu(store: Store): Promise<Map<number, number> | undefined> {
  if (store.engine !== 'postgres') return undefined;
  const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(
    store.db,
  );
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      out.set(pid, processCpuMs(pid));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

async function readFigure(id: string, name: string, store: Store, server: BenchServer, paths: string[], seconds: number): Promise<Figure> {
  const { base } = server;
  await load(base, paths, 0, 20, Math.max(20, paths.length)); // every path at least once: connections, plans, the cache
  let run: Awaited<ReturnType<typeof load>> | undefined;
  const cost = await serverCost(store, server, async () => {
    run = await load(base, paths, seconds, 200);
    return run.result.requests.total;
  });
  const { result, latencies } = run!;
  const p95 = percentile(latencies, 95);
  const errors = result.errors + result.timeouts + result.non2xx;
  return {
    id,
    name,
    engine: store.engine,
    measured: p95,
    unit: 'ms',
    target: 'p95 ≤ 100 ms, 0 errors (200 connections)',
    pass: p95 <= 100 && errors === 0,
    details: {
      requests: result.requests.total,
      rps: result.requests.average,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      errors,
      ...cost,
      load: os.loadavg()[0],
    },
  };
}

/**
 * The m1 writers' means: an admin's API token, and request bodies that each post one library's visits for a month of
 * last year, another cell each time (`first`: where the sequence starts).
 */
export async function visitWriters(store: Store, tokenName: string, first = 0): Promise<{ token: string; body: () => string }> {
  const admin =
    (await store.db.selectFrom('users').select('id').where('username', '=', 'bench-writer').executeTakeFirst())?.id ??
    (await createUser(store.db, { username: 'bench-writer', password: 'tai-mixed-load-7d3f9a2b5c1e', displayName: 'Bench', role: 'admin' }));
  const { token } = await createApiToken(store.db, admin, tokenName);
  const libraries = (await store.db.selectFrom('institutions').select('code').where('kind', 'like', 'library_public%').orderBy('id').limit(5000).execute()).map(
    (r) => r.code,
  );
  const year = thisYear() - 1;
  let n = first;
  const body = () => {
    const i = n++;
    const row = {
      institution: libraries[(i * 7919) % libraries.length],
      dataElement: 'LIB_VISITS',
      period: `${year}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 100 + (i % 900),
    };
    return JSON.stringify([row]);
  };
  return { token, body };
}

/** `connections` writers posting `body()` to `POST /api/v1/values` for `seconds`, with every answer's latency. */
export function postValues(base: string, token: string, body: () => string, seconds: number, connections: number) {
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/values',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (req) => ({ ...req, body: body() }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

/** 50 writers, each posting one library's visits for a month of last year (another cell each time), beside 150 readers. */
async function mixedFigure(store: Store, server: BenchServer, readPaths: string[], seconds: number): Promise<Figure> {
  const { base } = server;
  const { token, body } = await visitWriters(store, 'bench mixed load');
  await load(base, readPaths, 0, 20, Math.max(20, readPaths.length));
  let runs: [Awaited<ReturnType<typeof load>>, Awaited<ReturnType<typeof postValues>>] | undefined;
  const cost = await serverCost(store, server, async () => {
    runs = await Promise.all([load(base, readPaths, seconds, 150), postValues(base, token, body, seconds, 50)]);
    return runs[0].result.requests.total + runs[1].result.requests.total;
  });
  const [reads, { result: written, latencies: writeLatencies }] = runs!;
  const readP95 = percentile(reads.latencies, 95);
  const writeP95 = percentile(writeLatencies, 95);
  const errors = reads.result.errors + reads.result.timeouts + reads.result.non2xx + written.errors + written.timeouts + written.non2xx;
  const differences = (await aggregateDifferences(store.db)).length + (await countDifferences(store.db)).length;
  return {
    id: 'm1',
    name: 'mixed load: 150 readers + 50 API writers (write p95)',
    engine: store.engine,
    measured: writeP95,
    unit: 'ms',
    target: 'write p95 ≤ 100 ms, read p95 ≤ 100 ms, 0 errors, verify clean',
    pass: writeP95 <= 100 && readP95 <= 100 && errors === 0 && differences === 0,
    details: {
      writes: written.requests.total,
      writesPerSecond: written.requests.average,
      writeP50: percentile(writeLatencies, 50),
      writeP99: percentile(writeLatencies, 99),
      reads: reads.result.requests.total,
      readsPerSecond: reads.result.requests.average,
      readP95,
      readP99: percentile(reads.latencies, 99),
      errors,
      readErrors: reads.result.errors,
      readTimeouts: reads.result.timeouts,
      writeErrors: written.errors,
      writeTimeouts: written.timeouts,
      non2xx: reads.result.non2xx + written.non2xx,
      verifyDifferences: differences,
      ...cost,
      load: os.loadavg()[0],
    },
  };
}
