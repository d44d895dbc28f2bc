import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { KyselyPlugin } from 'kysely';
import type { Store } from '../src/core/db/database.ts';
import { createApp } from '../src/server/app.tsx';
import { now, percentile, type Figure } from './stats.ts';

/**
 * a) A unit's dashboard page, GET /don-vi/<code>?nam=<year>, served by the real app on a
 * loopback port, over a sample of units of every level (the nation, provinces, communes),
 * one request at a time; compared with GET /healthz on the same server.
 */
export async function pageFigure(store: Store, opts: { requests: number; year: number; seconds: number }): Promise<Figure> {
  const { db } = store;
  const units = await db.selectFrom('units').select(['id', 'code', 'level']).where('valid_to', 'is', null).orderBy('id').execute();
  const every = <T>(list: T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  const byLevel = (level: string) => units.filter((u) => u.level === level);
  const sample = [...byLevel('nation'), ...every(byLevel('province'), 8), ...every(byLevel('commune'), 40)];
  if (sample.length === 0) throw new Error('No units to request.');

  // counts the queries each page sends (a figure the machine's load does not move)
  let queries = 0;
  const counting: KyselyPlugin = { transformQuery: (a) => (queries++, a.node), transformResult: async (a) => a.result };
  const app = createApp({ ...store, db: db.withPlugin(counting) }, { databaseUrl: 'bench', port: 0, secret: 'bench-secret', secureCookies: false });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const t = now();
    const res = await fetch(base + path);
    const body = await res.text();
    const ms = now() - t;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 200)}`);
    return { ms, bytes: body.length };
  };

  try {
    // one unmeasured pass: connections, prepared plans, first touches of the pages
    for (const u of sample) await get(`/don-vi/${encodeURIComponent(u.code)}?nam=${opts.year}`);
    for (let i = 0; i < 20; i++) await get('/healthz');

    const page: number[] = [];
    const health: number[] = [];
    const perLevel = new Map<string, number[]>();
    const queriesPerLevel = new Map<string, number[]>();
    let bytes = 0;
    // bounded: the requests asked for, or fewer when the time budget runs out (at least two rounds of the sample)
    const until = now() + opts.seconds * 1000;
    for (let i = 0; i < opts.requests && (now() < until || i < 2 * sample.length); i++) {
      const u = sample[i % sample.length]!;
      queries = 0;
      const r = await get(`/don-vi/${encodeURIComponent(u.code)}?nam=${opts.year}`);
      queriesPerLevel.set(u.level, [...(queriesPerLevel.get(u.level) ?? []), queries]);
      page.push(r.ms);
      bytes += r.bytes;
      perLevel.set(u.level, [...(perLevel.get(u.level) ?? []), r.ms]);
      health.push((await get('/healthz')).ms);
    }
    const p95 = percentile(page, 95);
    const h95 = percentile(health, 95);
    return {
      id: 'a',
      name: 'unit dashboard page p95',
      engine: store.engine,
      measured: p95,
      unit: 'ms',
      target: 'p95 ≤ 50 ms',
      pass: p95 <= 50,
      baseline: { name: '/healthz p95', value: h95, unit: 'ms' },
      ratio: p95 / h95,
      ratioLabel: 'of /healthz',
      details: {
        requests: page.length,
        requestsAsked: opts.requests,
        sampleUnits: sample.length,
        p50: percentile(page, 50),
        p95,
        max: Math.max(...page),
        healthzP50: percentile(health, 50),
        healthzP95: h95,
        meanBytes: Math.round(bytes / page.length),
        byLevel: Object.fromEntries(
          [...perLevel].map(([level, ms]) => [
            level,
            { n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), queries: Math.max(...(queriesPerLevel.get(level) ?? [0])) },
          ]),
        ),
      },
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
