import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createPlan, everyYear } from '../../src/plans/plans.ts';
import { targetsInForce, targetsInForceMany } from '../../src/targets/in-force.ts';

/** Issue 18: once a unit has its own plan, the targets its plan does not set still come from the plans above. */
describe.each(ENGINES)('targets in force from every plan above on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    await createPlan(
      store.db,
      {
        unitId: net.vn,
        title: 'Quyết định 1520/QĐ-TTg',
        yearFrom: 2021,
        yearTo: 2030,
        targets: [
          { indicator: 'LIB_LLL_COMMUNE', year: 2025, value: 40 },
          { indicator: 'LIB_IT_PUBLIC', year: 2025, value: 50 },
        ],
      },
      null,
    );
    await createPlan(
      store.db,
      {
        unitId: net.p1,
        title: 'Kế hoạch tỉnh Một',
        yearFrom: 2023,
        yearTo: 2025,
        targets: [...everyYear('LIB_USERS_GROWTH', 2023, 2025, { value: 10 }), { indicator: 'LIB_IT_PUBLIC', year: 2025, value: 70 }],
      },
      null,
    );
    await createPlan(
      store.db,
      { unitId: net.d1, title: 'Kế hoạch huyện Một', yearFrom: 2024, yearTo: 2025, targets: [{ indicator: 'LIB_USERS_GROWTH', year: 2024, value: 12 }] },
      null,
    );
  });
  afterAll(() => store.close());

  it('keeps the national target a provincial plan does not repeat, and the province’s own where it sets one', async () => {
    const p1 = await targetsInForce(store.db, net.p1, 2024);
    expect(p1.get('LIB_LLL_COMMUNE')).toMatchObject({ value: 40, planTitle: 'Quyết định 1520/QĐ-TTg', inherited: true });
    expect(p1.get('LIB_IT_PUBLIC')).toMatchObject({ value: 70, planTitle: 'Kế hoạch tỉnh Một', inherited: false });
    expect(p1.get('LIB_USERS_GROWTH')).toMatchObject({ value: 10, inherited: false });
  });

  it('gives a district with its own plan the targets of the province and the nation it does not set', async () => {
    const d1 = await targetsInForce(store.db, net.d1, 2024);
    expect(d1.get('LIB_USERS_GROWTH')).toMatchObject({ value: 12, planTitle: 'Kế hoạch huyện Một', inherited: false });
    expect(d1.get('LIB_IT_PUBLIC')).toMatchObject({ value: 70, planTitle: 'Kế hoạch tỉnh Một', inherited: true });
    expect(d1.get('LIB_LLL_COMMUNE')).toMatchObject({ value: 40, planTitle: 'Quyết định 1520/QĐ-TTg', inherited: true });
  });

  it('reads many units and years at once with the same answer as one by one', async () => {
    const many = await targetsInForceMany(store.db, [net.c1, net.d1, net.p9], [2023, 2024, 2026]);
    for (const id of [net.c1, net.d1, net.p9]) for (const y of [2023, 2024, 2026]) expect(many.get(id)!.get(y)).toEqual(await targetsInForce(store.db, id, y));
    // a commune under the district's plan: the district's growth target, the nation's commune-library share
    expect(many.get(net.c1)!.get(2024)!.get('LIB_USERS_GROWTH')?.value).toBe(12);
    expect(many.get(net.c1)!.get(2024)!.get('LIB_LLL_COMMUNE')?.value).toBe(40);
  });

  it('shares what the units above pass down without one unit’s own plan reaching its siblings', async () => {
    await createPlan(
      store.db,
      { unitId: net.c2, title: 'Kế hoạch xã Hai', yearFrom: 2024, yearTo: 2025, targets: [{ indicator: 'LIB_IT_PUBLIC', year: 2025, value: 90 }] },
      null,
    );
    // the communes' parents given, as the analysis gives them
    const known = new Map([
      [net.c1, net.d1],
      [net.c2, net.d1],
    ]);
    const many = await targetsInForceMany(store.db, [net.c1, net.c2, net.d1], [2024, 2025], known);
    for (const id of [net.c1, net.c2, net.d1]) for (const y of [2024, 2025]) expect(many.get(id)!.get(y)).toEqual(await targetsInForce(store.db, id, y));
    expect(many.get(net.c2)!.get(2024)!.get('LIB_IT_PUBLIC')).toMatchObject({ value: 90, planTitle: 'Kế hoạch xã Hai', inherited: false });
    expect(many.get(net.c1)!.get(2024)!.get('LIB_IT_PUBLIC')).toMatchObject({ value: 70, planTitle: 'Kế hoạch tỉnh Một', inherited: true });
    expect(many.get(net.d1)!.get(2024)!.get('LIB_IT_PUBLIC')).toMatchObject({ value: 70, inherited: true });
    // the district's own growth target is its own there, inherited below it
    expect(many.get(net.d1)!.get(2024)!.get('LIB_USERS_GROWTH')).toMatchObject({ value: 12, inherited: false });
    expect(many.get(net.c2)!.get(2024)!.get('LIB_USERS_GROWTH')).toMatchObject({ value: 12, inherited: true });
    // the same keys in the same order as one unit at a time (nearest plan first)
    expect([...many.get(net.c2)!.get(2024)!.keys()]).toEqual([...(await targetsInForce(store.db, net.c2, 2024)).keys()]);
  });
});
