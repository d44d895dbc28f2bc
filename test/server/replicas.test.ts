import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { openReplicas, type ReadReplicas } from '../../src/core/db/replicas.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { createApp } from '../../src/server/app.tsx';
import { openPlatform } from '../../src/setup.ts';
import { pgBin, type ReplicaCluster, startReplicaCluster } from '../support/replica-cluster.ts';
import { TEST_SECRET } from '../support/server.ts';

/**
 * Read replicas on a real streaming replica (issue 23): anonymous public reading goes to the replica, signed-in
 * reading to the primary; a replica that falls behind the bound is skipped until it catches up; a replica that
 * stops in the middle costs no reader an error.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, ms: number, probe: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!pgBin())('read replicas (a real primary and streaming replica)', () => {
  let cluster: ReplicaCluster;
  let store: Store;
  let replicas: ReadReplicas;
  let app: ReturnType<typeof createApp>;
  const cache = process.env.LIFELONG_MICRO_CACHE;

  beforeAll(async () => {
    const started = startReplicaCluster(await freePort(), await freePort());
    if (!started) throw new Error('no PostgreSQL binaries');
    cluster = started;
    store = await openPlatform(cluster.primaryUrl);
    await seedDemo(store);
    replicas = openReplicas(cluster.primaryUrl, [cluster.replicaUrl], { maxLagMs: 500, checkMs: 100 });
    process.env.LIFELONG_MICRO_CACHE = 'off'; // every request reads the database
    app = createApp(store, { databaseUrl: cluster.primaryUrl, port: 0, secret: TEST_SECRET, secureCookies: false }, replicas.store);
    await until('the replica caught up', 60_000, async () => {
      const before = replicas.served().replica;
      await app.request('/tong-quan');
      return replicas.served().replica > before;
    });
  }, 240_000);

  afterAll(async () => {
    if (cache === undefined) delete process.env.LIFELONG_MICRO_CACHE;
    else process.env.LIFELONG_MICRO_CACHE = cache;
    await replicas?.close();
    await store?.close();
    cluster?.stop();
  });

  it('anonymous public pages and the reading API are read from the replica', async () => {
    const before = replicas.served();
    for (const path of ['/don-vi/VN', '/tong-quan', '/don-vi/46', '/api/v1/units/46/children']) expect((await app.request(path)).status, path).toBe(200);
    const after = replicas.served();
    expect(after.replica).toBeGreaterThan(before.replica);
    expect(after.primary).toBe(before.primary);
    const standby = new pg.Client({ connectionString: cluster.replicaUrl });
    await standby.connect();
    const seen = await standby.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'lifelong-replica'`);
    const recovering = await standby.query('SELECT pg_is_in_recovery() AS r');
    await standby.end();
    expect(recovering.rows[0].r).toBe(true);
    expect(seen.rows[0].n).toBeGreaterThan(0);
  });

  it('a signed-in visitor, a form and a write read from the primary', async () => {
    const before = replicas.served();
    await app.request('/don-vi/VN', { headers: { cookie: 'sid=someone' } });
    await app.request('/dang-nhap');
    await app.request('/api/v1/units/46/children', { headers: { authorization: 'Bearer x' } });
    expect(replicas.served()).toEqual(before);
  });

  it('a replica behind the bound is skipped, and used again once it caught up', async () => {
    const standby = new pg.Client({ connectionString: cluster.replicaUrl });
    await standby.connect();
    await standby.query('SELECT pg_wal_replay_pause()');
    await store.db.updateTable('units').set({ name: 'Việt Nam' }).where('code', '=', 'VN').execute(); // the primary moves on
    await until('reads on the primary', 10_000, async () => {
      const before = replicas.served();
      await app.request('/tong-quan');
      const after = replicas.served();
      return after.primary > before.primary && after.replica === before.replica;
    });
    await standby.query('SELECT pg_wal_replay_resume()');
    await standby.end();
    await until('reads on the replica again', 10_000, async () => {
      const before = replicas.served().replica;
      await app.request('/tong-quan');
      return replicas.served().replica > before;
    });
  });

  it('a replica stopped in the middle of the reading: every reader answered, from the primary after', async () => {
    const statuses: number[] = [];
    const readers = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 8; i++) statuses.push((await app.request('/don-vi/46')).status);
    });
    await new Promise((r) => setTimeout(r, 50));
    cluster.stopReplica();
    await Promise.all(readers);
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/tong-quan')).status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses).toHaveLength(36);
  });

  it('a primary restart: answered 503 in words while it is down, served again once it is back, by the same process', async () => {
    cluster.stopPrimary();
    const page = await app.request('/don-vi/46', { headers: { cookie: 'sid=someone' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(await page.text()).toContain('Cơ sở dữ liệu tạm thời không trả lời');
    const api = await app.request('/api/v1/units/46/children', { headers: { authorization: 'Bearer x' } });
    expect(api.status).toBe(503);
    expect(((await api.json()) as { code: string }).code).toBe('E1032');
    expect((await app.request('/readyz')).status).toBe(503);
    expect((await app.request('/healthz')).status).toBe(200);
    cluster.startPrimary();
    await until('the primary serves again', 60_000, async () => (await app.request('/don-vi/46')).status === 200);
    expect((await app.request('/readyz')).status).toBe(200);
    await store.db.updateTable('units').set({ name: 'Việt Nam' }).where('code', '=', 'VN').execute();
  });
});
