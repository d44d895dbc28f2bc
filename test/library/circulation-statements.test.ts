import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { checkin, checkout, renew } from '../../src/library/circulation.ts';
import { writeLoan } from '../../src/library/circulation-sql.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

/** Counts the statements a piece of work runs, by their results (BEGIN/COMMIT aside: Kysely sends those past the plugins). */
function counter() {
  let n = 0;
  const plugin: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => (n++, a.result) };
  return { plugin, take: () => [n, (n = 0)][0]! };
}

describe.each(ENGINES)('circulation statements on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const desk = { institutionId: 0, userId: null, at: '2026-03-02T09:00:00.000Z' };
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    desk.institutionId = net.lib;
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'S-0001', institutionId: net.lib, name: 'Hà Văn Sơn', category: 'adult' }, null, '2026-01-10');
  });
  afterAll(() => store.close());

  it('a checkout is one read, one write and the feed; a renewal and a return one read and one write', async () => {
    const c = counter();
    const db = store.db.withPlugin(c.plugin);
    await checkout(db, 'VN-0004', 'S-0001', desk);
    // PostgreSQL: read, the one-statement loan, the feed's lookup, lock check and value write
    const out = c.take();
    expect(out).toBeGreaterThanOrEqual(3);
    expect(out).toBeLessThanOrEqual(engine === 'postgres' ? 5 : 9);
    await renew(db, 'VN-0004', { ...desk, at: '2026-03-10T09:00:00.000Z' });
    expect(c.take()).toBe(engine === 'postgres' ? 2 : 3);
    await checkin(db, 'VN-0004', desk);
    expect(c.take()).toBe(engine === 'postgres' ? 2 : 4);
    expect((await valuesOf(store.db, net.lib, 2026)).get('LIB_LOANS')?.get('2026-03')).toBe(1);
  });

  it('writes no loan when the copy changed after it was read (a concurrent desk lent it first)', async () => {
    const item = await itemByBarcode(store.db, 'VN-0006');
    const patron = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'S-0001').executeTakeFirstOrThrow();
    await checkout(store.db, 'VN-0006', 'S-0001', desk);
    const stale = {
      itemId: item.id,
      status: 'available',
      patronId: patron.id,
      institutionId: net.lib,
      at: desk.at,
      dueAt: '2026-03-16',
      tripStopId: null,
      holdId: null,
      userId: null,
      auditValue: {},
    };
    expect(await store.db.transaction().execute((trx) => writeLoan(trx, stale))).toBeNull();
    expect(await store.db.selectFrom('lib_loans').select('id').where('item_id', '=', item.id).execute()).toHaveLength(1);
  });
});
