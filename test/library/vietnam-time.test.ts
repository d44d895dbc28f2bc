import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { checkin, checkout, renew } from '../../src/library/circulation.ts';
import { loanHistory, placeHold } from '../../src/library/holds.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

/**
 * Instants are stored in UTC, but the day a loan is made, falls due or comes back is Vietnam's
 * (UTC+7). Between 00:00 and 06:59 in Vietnam the UTC date is still the day before: a loan at
 * 00:30 on 1 January 2026 in Hà Nội is 2025-12-31T17:30Z, and must count in 2026-01, not 2025-12.
 */
describe.each(ENGINES)('circulation by the Vietnam calendar on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const NEW_YEAR = '2025-12-31T17:30:00.000Z'; // 2026-01-01 00:30 in Vietnam
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2025-11-10' });
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => store.close());

  it('a checkout at 00:30 on 1 January in Vietnam (17:30 UTC on 31 December) counts in 2026-01, with the card registered in 2026', async () => {
    // the clock, not a passed time: the defaults read Vietnam's date from now
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(NEW_YEAR) });
    await registerPatron(store.db, { cardNumber: 'C1-0001', institutionId: net.lib, name: 'Nguyễn Thị Lan', category: 'adult' }, null);
    const r = await checkout(store.db, 'VN-0001', 'C1-0001', { institutionId: net.lib, userId: null });
    vi.useRealTimers();
    expect(r.dueAt).toBe('2026-01-15');
    const in2026 = await valuesOf(store.db, net.lib, 2026);
    const in2025 = await valuesOf(store.db, net.lib, 2025);
    expect(in2026.get('LIB_LOANS')?.get('2026-01')).toBe(1);
    expect(in2025.get('LIB_LOANS')?.get('2025-12')).toBeUndefined();
    expect(in2026.get('LIB_REGISTERED_USERS')?.get('2026')).toBe(1);
    expect(in2025.get('LIB_REGISTERED_USERS')?.get('2025')).toBeUndefined();
    const patron = await store.db.selectFrom('lib_patrons').select(['id', 'registered_at']).where('card_number', '=', 'C1-0001').executeTakeFirstOrThrow();
    expect(patron.registered_at).toBe('2026-01-01');
    expect((await store.db.selectFrom('lib_loans').select('out_at').executeTakeFirstOrThrow()).out_at).toBe(NEW_YEAR); // the instant stays UTC
  });

  it('a checkout at 06:59 on the 1st of a month counts in that month; at 07:00 too (the UTC date has caught up)', async () => {
    await checkout(store.db, 'VN-0002', 'C1-0001', { institutionId: net.lib, userId: null, at: '2026-02-28T23:59:00.000Z' });
    await checkout(store.db, 'VN-0004', 'C1-0001', { institutionId: net.lib, userId: null, at: '2026-03-01T00:00:00.000Z' });
    const v = (await valuesOf(store.db, net.lib, 2026)).get('LIB_LOANS');
    expect([v?.get('2026-02'), v?.get('2026-03')]).toEqual([undefined, 2]);
  });

  it('renews, returns and sets a copy aside by the Vietnam date', async () => {
    // due 2026-01-15; renewed at 01:00 on 20 January in Vietnam (19 January UTC): 14 days from the 20th
    expect((await renew(store.db, 'VN-0001', { institutionId: net.lib, userId: null, at: '2026-01-19T18:00:00.000Z' })).dueAt).toBe('2026-02-03');
    const rec = (await itemByBarcode(store.db, 'VN-0001')).recordId;
    await registerPatron(store.db, { cardNumber: 'C1-0002', institutionId: net.lib, name: 'Trần Văn Nam', category: 'adult' }, null, '2026-01-02');
    const waiting = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'C1-0002').executeTakeFirstOrThrow();
    await placeHold(store.db, rec, waiting.id, net.lib, null);
    // back at 02:00 on 4 February in Vietnam (3 February UTC): one day late, held from the 4th
    const back = await checkin(store.db, 'VN-0001', { institutionId: net.lib, userId: null, at: '2026-02-03T19:00:00.000Z' });
    expect(back.overdueDays).toBe(1);
    expect(back.heldUntil).toBe('2026-02-11'); // the rule's 7 days from the 4th
    const hold = await store.db.selectFrom('lib_holds').select('expires_at').where('patron_id', '=', waiting.id).executeTakeFirstOrThrow();
    expect(hold).toEqual({ expires_at: '2026-02-11' });
    const patron = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'C1-0001').executeTakeFirstOrThrow();
    const history = await loanHistory(store.db, patron.id);
    expect(history.find((h) => h.barcode === 'VN-0001')).toMatchObject({ outAt: '2025-12-31T17:30:00.000Z', dueAt: '2026-02-03' });
  });
});
