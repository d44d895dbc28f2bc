import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore } from '../../src/core/db/database.ts';
import { CHECKPOINT_FROM } from '../../src/core/db/sqlite-checkpoints.ts';

const dir = mkdtempSync(join(tmpdir(), 'lifelong-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const size = (f: string) => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};

/** ~24 MB in one transaction: more than the threshold. */
async function writeMuch(url: string) {
  const store = openStore(url);
  await sql`CREATE TABLE blobs (id integer PRIMARY KEY, data blob NOT NULL)`.execute(store.db);
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < 24; i++) await sql`INSERT INTO blobs (data) VALUES (randomblob(1024 * 1024))`.execute(trx);
  });
  return store;
}

describe('SQLite checkpoints in a worker thread', () => {
  it('turns the connection’s own checkpoints off and folds a WAL past 16 MB back from the worker', async () => {
    const url = join(dir, 'thread.db');
    const store = await writeMuch(url);
    const auto = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(store.db);
    expect(auto.rows[0]!.wal_autocheckpoint).toBe(0);
    expect(size(`${url}-wal`)).toBeGreaterThan(CHECKPOINT_FROM);
    // the commit returned before the pages reached the database file; the worker copies them there
    for (let i = 0; i < 100 && size(url) < 24 * 1024 * 1024; i++) await new Promise((r) => setTimeout(r, 100));
    expect(size(url)).toBeGreaterThanOrEqual(24 * 1024 * 1024);
    // once the checkpoint is through, the next write starts the WAL over and cuts its file back to the limit
    let small = 0;
    for (; small < 50 && size(`${url}-wal`) > CHECKPOINT_FROM; small++) {
      await sql`INSERT INTO blobs (data) VALUES (x'00')`.execute(store.db);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(size(`${url}-wal`)).toBeLessThanOrEqual(CHECKPOINT_FROM);
    const n = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM blobs`.execute(store.db);
    expect(Number(n.rows[0]!.n)).toBe(24 + small);
    await store.close();
  });

  it('LIFELONG_SQLITE_CHECKPOINT_THREAD=0 keeps SQLite’s own checkpoints (in the committing connection)', async () => {
    process.env.LIFELONG_SQLITE_CHECKPOINT_THREAD = '0';
    try {
      const url = join(dir, 'own.db');
      const store = await writeMuch(url);
      const auto = await sql<{ wal_autocheckpoint: number }>`PRAGMA wal_autocheckpoint`.execute(store.db);
      expect(auto.rows[0]!.wal_autocheckpoint).toBe(1000);
      expect(size(url)).toBeGreaterThanOrEqual(24 * 1024 * 1024); // checkpointed by the commit itself
      await store.close();
    } finally {
      delete process.env.LIFELONG_SQLITE_CHECKPOINT_THREAD;
    }
  });
});
