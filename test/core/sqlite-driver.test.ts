import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore, type Store } from '../../src/core/db/database.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';

const dir = mkdtempSync(join(tmpdir(), 'lifelong-sqlite-driver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = async (db: Store['db']) => Number((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM marks`.execute(db)).rows[0]!.n);

/** Two connections to one file, as the server and the command line are: each its own store. */
async function twoConnections(name: string): Promise<[Store, Store]> {
  const file = join(dir, name);
  const a = openStore(file);
  await sql`CREATE TABLE marks (id integer PRIMARY KEY, who text NOT NULL)`.execute(a.db);
  return [a, openStore(file)];
}

describe('SQLite transactions across connections', () => {
  it('waits for another connection’s write transaction instead of failing with SQLITE_BUSY', async () => {
    const [a, b] = await twoConnections('wait.db');
    try {
      // a holds the write lock across turns of the event loop (as a large import does between its slices)
      const first = inTransaction(a.db, async (trx) => {
        await sql`INSERT INTO marks (who) VALUES ('a')`.execute(trx);
        await pause(100);
        await sql`INSERT INTO marks (who) VALUES ('a')`.execute(trx);
      });
      await pause(10);
      // b reads, then writes: with a deferred BEGIN its write met a's lock in SQLite's busy handler, which sleeps on this
      // very thread, so a could never commit and b failed after the timeout
      const second = Promise.all(
        Array.from({ length: 5 }, () =>
          inTransaction(b.db, async (trx) => {
            const before = await count(trx);
            await sql`INSERT INTO marks (who) VALUES (${`b${before}`})`.execute(trx);
          }),
        ),
      );
      await Promise.all([first, second]);
      expect(await count(a.db)).toBe(7);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('takes the write lock at BEGIN: a transaction that reads first never meets a write committed after its read', async () => {
    const [a, b] = await twoConnections('snapshot.db');
    try {
      let sawBusy: unknown;
      const reader = inTransaction(a.db, async (trx) => {
        const n = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM marks`.execute(trx);
        await pause(50); // b's write is tried meanwhile
        await sql`INSERT INTO marks (who) VALUES (${`after ${n.rows[0]!.n}`})`.execute(trx);
      }).catch((e) => (sawBusy = e));
      await pause(10);
      await inTransaction(b.db, async (trx) => {
        await sql`INSERT INTO marks (who) VALUES ('b')`.execute(trx);
      });
      await reader;
      expect(sawBusy).toBeUndefined();
      const rows = await sql<{ who: string }>`SELECT who FROM marks ORDER BY id`.execute(b.db);
      expect(rows.rows.map((r) => r.who)).toEqual(['after 0', 'b']);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
