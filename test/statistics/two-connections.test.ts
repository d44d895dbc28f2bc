import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/core/db/database.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';
import { openPlatform } from '../../src/setup.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { applyValues } from '../../src/statistics/write.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { storedValue } from '../support/values.ts';

const dir = mkdtempSync(join(tmpdir(), 'lifelong-two-connections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The server's connection and another one to the same database (the command line importing meanwhile). */
async function twoConnections(engine: 'sqlite' | 'postgres'): Promise<{ server: Store; other: Store; close: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const file = join(dir, 'values.db');
    const server = await openPlatform(file);
    const other = openStore(file);
    return { server, other, close: async () => (await other.close(), await server.close()) };
  }
  const server = await freshStore('postgres');
  const other = openStore(server.url);
  return { server, other, close: async () => (await other.close(), await server.close()) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('value writes from two connections on %s', (engine) => {
  it('50 small writes wait while another connection’s import holds the database: none fails, the totals equal a rebuild', async () => {
    const { server, other, close } = await twoConnections(engine);
    try {
      const net = await smallNetwork(server.db);
      const cell = async (value: number) => {
        const r = await resolveValues(server.db, [{ row: 1, institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-03', value }]);
        expect(r.problems).toEqual([]);
        return r.values;
      };
      const big = await cell(1000);
      const small = await Promise.all(Array.from({ length: 50 }, (_, i) => cell(i + 1)));
      // the other connection writes and keeps its transaction open across turns of the event loop, as an import's pieces do
      const importing = inTransaction(other.db, async (trx) => {
        await applyValues(trx, big, { userId: null, mode: 'add' });
        await pause(150);
      });
      await pause(20);
      // SQLite: a deferred BEGIN met the import's lock in SQLite's busy handler, which sleeps on this same thread: the
      // import could not finish and the writes failed with SQLITE_BUSY
      const results = await Promise.allSettled(small.map((values) => applyValues(server.db, values, { userId: null, mode: 'add' })));
      await importing;
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await storedValue(server, net.lib, 'LIB_VISITS', '2024-03')).toBe(1000 + (50 * 51) / 2);
      expect(await aggregateDifferences(server.db)).toEqual([]);
    } finally {
      await close();
    }
  });
});
