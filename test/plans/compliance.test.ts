import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createPlan } from '../../src/plans/plans.ts';
import { compliance } from '../../src/plans/compliance.ts';
import { activityCalendar } from '../../src/plans/calendar.ts';

describe.each(ENGINES)('plan compliance and calendar on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let parent: number;
  let child: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    parent = await createPlan(
      store.db,
      {
        unitId: net.p1,
        title: 'Tỉnh',
        yearFrom: 2023,
        yearTo: 2030,
        targets: [
          { indicator: 'LIB_LLL_COMMUNE', year: 2025, value: 40 },
          { indicator: 'LIB_LLL_EDU', year: 2025, value: 70 },
          { indicator: 'CC_CLUBS_COMMUNE', year: 2030, value: 70 },
          { indicator: 'LIB_USERS_GROWTH', year: 2030, value: 8, min: 8, max: 10 },
        ],
      },
      null,
    );
    child = await createPlan(
      store.db,
      {
        unitId: net.d1,
        parentPlanId: parent,
        title: 'Huyện',
        yearFrom: 2023,
        yearTo: 2030,
        targets: [
          { indicator: 'LIB_LLL_COMMUNE', year: 2025, value: 20 },
          { indicator: 'LIB_LLL_EDU', year: 2025, value: 70 },
          { indicator: 'LIB_USERS_GROWTH', year: 2030, value: 10, min: 10, max: 12 },
        ],
      },
      null,
    );
    await store.db
      .insertInto('plan_days')
      .values([
        { plan_id: parent, day: 21, month: 4, label: 'Ngày Sách' },
        { plan_id: child, day: 23, month: 11, label: 'Di sản' },
      ])
      .execute();
  });
  afterAll(() => store.close());

  it('shows where the child plan falls short of its parent', async () => {
    const rows = await compliance(store.db, child, parent);
    expect(rows.map((r) => [r.indicator, r.verdict])).toEqual([
      ['CC_CLUBS_COMMUNE', 'missing'],
      ['LIB_LLL_COMMUNE', 'weaker'],
      ['LIB_LLL_EDU', 'equal'],
      ['LIB_USERS_GROWTH', 'stronger'],
    ]);
  });

  it("puts its own and its parents' days in the unit's calendar for each year of the plans", async () => {
    const entries = await activityCalendar(store.db, net.c1, 2026);
    expect(entries.map((e) => e.date)).toEqual(['2026-04-21', '2026-11-23']);
    expect(await activityCalendar(store.db, net.c1, 2031)).toEqual([]);
  });
});
