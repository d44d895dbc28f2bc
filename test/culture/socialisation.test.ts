import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { commendationsIn, recordCommendation, recordDonation, thankYouList } from '../../src/socialisation/donations.ts';

describe.each(ENGINES)('donations and commendations on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store?.close());
  const value = async (element: string, period: string) => {
    const r = await store.db
      .selectFrom('data_values as v')
      .innerJoin('data_elements as e', 'e.id', 'v.element_id')
      .select('v.value')
      .where('v.institution_id', '=', net.lib)
      .where('e.code', '=', element)
      .where('v.period', '=', period)
      .executeTakeFirst();
    return r ? Number(r.value) : 0;
  };

  it('feeds money, books and the yearly commendation count; lists the public thanks', async () => {
    await recordDonation(
      store.db,
      { institutionId: net.lib, donor: 'Công ty TNHH Sách Việt', kind: 'money', amount: 3_500_000_000, onDate: '2026-04-21' },
      null,
    );
    await recordDonation(store.db, { institutionId: net.lib, donor: 'Ông Lê Văn C', kind: 'books', amount: 250, onDate: '2026-04-22' }, null);
    await recordDonation(
      store.db,
      { institutionId: net.lib, donor: 'Ẩn danh', kind: 'equipment', amount: 2, onDate: '2026-04-22', thankPublicly: false },
      null,
    );
    expect(await value('DONATIONS_MONEY', '2026-04')).toBe(3_500_000_000);
    expect(await value('DONATIONS_BOOKS', '2026-04')).toBe(250);
    await expect(recordDonation(store.db, { institutionId: net.lib, donor: 'X', kind: 'money', amount: -5, onDate: '2026-04-22' }, null)).rejects.toMatchObject(
      { problems: [{ field: 'amount' }] },
    );
    const thanks = await thankYouList(store.db, net.p9, 2026);
    expect(thanks.map((t) => t.donor)).toEqual(['Ông Lê Văn C', 'Công ty TNHH Sách Việt']);
    await recordCommendation(
      store.db,
      { institutionId: net.lib, recipient: 'Thư viện xã Một', recipientType: 'collective', title: 'Bằng khen', issuer: 'UBND tỉnh', onDate: '2026-10-01' },
      null,
    );
    await recordCommendation(
      store.db,
      { institutionId: net.lib, recipient: 'Bà Phạm Thị D', recipientType: 'individual', title: 'Giấy khen', issuer: 'UBND xã', onDate: '2026-10-02' },
      null,
    );
    expect(await value('COMMENDATIONS', '2026')).toBe(2);
    expect(await commendationsIn(store.db, net.n1, 2026)).toHaveLength(2);
  });
});
