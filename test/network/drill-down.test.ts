import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { drillDown, findUnit, unitById } from '../../src/network/units.ts';
import { institutionsIn } from '../../src/network/institutions.ts';

describe.each(ENGINES)('the dated tree on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store.close());

  const codes = async (id: number, year: number) => (await drillDown(store.db, (await unitById(store.db, id))!, year)).map((u) => u.code);

  it('lists the units that existed in the year', async () => {
    expect(await codes(net.vn, 2024)).toEqual(['P1']);
    expect(await codes(net.vn, 2026)).toEqual(['P9']);
    expect((await codes(net.vn, 2025)).sort()).toEqual(['P1', 'P9']);
  });

  it('follows the map as it was for a unit created by the reform', async () => {
    expect(await codes(net.p9, 2024)).toEqual(['D1']);
    expect((await codes(net.n1, 2024)).sort()).toEqual(['C1', 'C2']);
    expect(await codes(net.p9, 2026)).toEqual(['N1']);
  });

  it('lists institutions where they are now, and finds units by code', async () => {
    expect((await institutionsIn(store.db, net.p9)).map((i) => i.code).sort()).toEqual(['LIB-C1', 'LIB-D1', 'SCH-C2']); // the district library was never moved: it still rolls up through D1 → P1 → P9
    expect((await institutionsIn(store.db, net.d1)).map((i) => i.code)).toEqual(['LIB-D1']);
    expect((await findUnit(store.db, 'N1'))?.name).toBe('Xã Mới');
    expect(await findUnit(store.db, 'nope')).toBeUndefined();
  });
});
