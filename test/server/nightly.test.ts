import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { placeHold } from '../../src/library/holds.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { fillHold } from '../../src/library/pickup.ts';
import { nightlyWanted, startNightly } from '../../src/server/nightly.ts';
import { libraryNetwork, vietnameseXml } from '../library/fixture.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** Issue 20: the server's nightly work expires the holds nobody collected and compacts the search index, in one process, off under the tests unless asked. */
describe('whether the nightly work runs', () => {
  it('on unless LIFELONG_NIGHTLY=0; under the tests only with LIFELONG_NIGHTLY=1', () => {
    expect(nightlyWanted({})).toBe(true);
    expect(nightlyWanted({ LIFELONG_NIGHTLY: '0' })).toBe(false);
    expect(nightlyWanted({ VITEST: 'true' })).toBe(false);
    expect(nightlyWanted({ VITEST: 'true', LIFELONG_NIGHTLY: '1' })).toBe(true);
    // this very process is a test: a server started here runs nothing by night unless asked
    expect(nightlyWanted(process.env)).toBe(process.env.LIFELONG_NIGHTLY === '1');
  });
});

describe.each(ENGINES)('the nightly run inside the server on %s', (engine) => {
  let store: Store;
  let hold = 0;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    const reader = await registerPatron(store.db, { cardNumber: 'C1-HOA1', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult' }, null, '2026-01-10');
    const record = (await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).record_id;
    hold = await placeHold(store.db, record, reader, net.lib, null);
    await fillHold(store.db, staffOf(net.lib), 'LIB-C1', hold, 'VN-0001', '2026-03-01'); // ready until 08/03
  });
  afterAll(() => store?.close());

  it('expires the lapsed holds of every library, puts the copy back, compacts the search index, logs both', async () => {
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const nightly = startNightly(store, { firstAfterMs: 0, now: () => Date.parse('2026-03-09T01:00:00Z') });
      const status = async () => (await store.db.selectFrom('lib_holds').select('status').where('id', '=', hold).executeTakeFirstOrThrow()).status;
      for (let i = 0; i < 200 && (await status()) !== 'expired'; i++) await new Promise((r) => setTimeout(r, 50));
      await nightly.stop();
      expect(await status()).toBe('expired');
      expect((await store.db.selectFrom('lib_items').select('status').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).status).toBe('available');
      const lines = log.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);
      expect(lines).toContainEqual(
        expect.objectContaining({ level: 'info', message: 'nightly: holds past their pickup period expired', today: '2026-03-09', expired: 1, gone: 0 }),
      );
      // and the search's word index compacted, logged on its own line
      expect(lines).toContainEqual(expect.objectContaining({ level: 'info', message: 'nightly: search index compacted', steps: expect.any(Number) }));
    } finally {
      log.mockRestore();
    }
  });
});
