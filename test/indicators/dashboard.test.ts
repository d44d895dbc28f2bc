import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { dashboardFor, factsQueryFor, indicatorMatrix } from '../../src/indicators/evaluate.ts';
import { LISTED_UNITS, loadFactsYears } from '../../src/indicators/facts.ts';
import { listIndicators } from '../../src/indicators/catalogue.ts';
import { setAttribute } from '../../src/network/institutions.ts';
import { setPopulation } from '../../src/network/unit-writes.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { applyValues } from '../../src/statistics/write.ts';
import { createPlan, everyYear } from '../../src/plans/plans.ts';

describe.each(ENGINES)('indicators over the unit tree on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const row = async (unitId: number, code: string, indicator: string, year: number) =>
    (await dashboardFor(store.db, { id: unitId, code }, year)).find((r) => r.indicator === indicator)!;

  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    const r = await resolveValues(store.db, [
      { row: 1, institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2023-05', value: 1000 },
      { row: 2, institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-05', value: 1100 },
      { row: 3, institution: 'LIB-D1', dataElement: 'LIB_VISITS', period: '2023-05', value: 500 },
      { row: 4, institution: 'LIB-D1', dataElement: 'LIB_VISITS', period: '2024-05', value: 700 },
    ]);
    await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    await setAttribute(store.db, net.lib, { attribute: 'provides_lll', year: 2024, value: true, evidence: 'Quyết định công nhận' }, null);
    await setAttribute(store.db, net.school, { attribute: 'provides_lll', year: 2024, value: false, evidence: null }, null);
    await setPopulation(store.db, [
      { unitId: net.c1, year: 2024, total: 5000 },
      { unitId: net.c2, year: 2024, total: 3000 },
    ]);
    await createPlan(
      store.db,
      {
        unitId: net.p1,
        title: 'Kế hoạch tỉnh Một',
        yearFrom: 2023,
        yearTo: 2030,
        targets: [
          { indicator: 'LIB_LLL_COMMUNE', year: 2025, value: 40 },
          { indicator: 'LIB_LLL_COMMUNE', year: 2030, value: 60 },
          ...everyYear('LIB_USERS_GROWTH', 2023, 2030, { value: 10 }),
        ],
      },
      null,
    );
  });
  afterAll(() => store.close());

  it('computes growth over the subtree from the aggregates', async () => {
    expect((await row(net.c1, 'C1', 'LIB_USERS_GROWTH', 2024)).value).toBe(10);
    expect((await row(net.d1, 'D1', 'LIB_USERS_GROWTH', 2024)).value).toBe(20);
    // the new province carries its predecessor's history
    expect((await row(net.p9, 'P9', 'LIB_USERS_GROWTH', 2024)).value).toBe(20);
  });

  it('counts institutions with an attribute in the year, and shows the target in force', async () => {
    const r = await row(net.d1, 'D1', 'LIB_LLL_COMMUNE', 2024);
    expect([r.numerator, r.denominator, r.value]).toEqual([1, 1, 100]);
    expect(r.target).toBe(40); // inherited from the province plan: the 2025 milestone governs 2024
    expect(r.targetInfo?.inherited).toBe(true);
    expect(r.light).toBe('met');
    const edu = await row(net.d1, 'D1', 'LIB_LLL_EDU', 2024);
    expect([edu.numerator, edu.denominator]).toEqual([0, 1]);
  });

  it('uses the later milestone after the first one passed', async () => {
    expect((await row(net.p1, 'P1', 'LIB_LLL_COMMUNE', 2027)).target).toBe(60);
  });

  it('rates growth below target as behind and shows the gap', async () => {
    const r = await row(net.c1, 'C1', 'LIB_USERS_GROWTH', 2024);
    expect(r.target).toBe(10);
    expect(r.light).toBe('met');
    const w = await row(net.d1, 'D1', 'LIB_READS_PER_CAPITA', 2024);
    expect(w.value).toBeNull();
  });

  it('gives the same numbers in the full matrix as in the unit dashboard', async () => {
    const matrix = await indicatorMatrix(store.db, 2024);
    for (const [unitId, code] of [
      [net.c1, 'C1'],
      [net.d1, 'D1'],
      [net.p9, 'P9'],
      [net.vn, 'VN'],
    ] as const) {
      const rows = await dashboardFor(store.db, { id: unitId, code }, 2024);
      for (const r of rows) expect(matrix.get(unitId)?.get(r.indicator) ?? null).toBe(r.value);
    }
  });

  it('reads a long list of units (past LISTED_UNITS, not named in the queries) as a short one, and only those units', async () => {
    const ids = [net.c1, net.c2, net.d1, net.p9];
    // ids no unit has fill the list past the point where the reads stop naming the units
    const long = [...ids, ...Array.from({ length: LISTED_UNITS }, (_, i) => 1_000_000 + i)];
    const matrix = await indicatorMatrix(store.db, 2024, long);
    // the nation and the old province are read with the rest (their rows are in the same aggregates) but not kept
    expect([...matrix.keys()].sort()).toEqual([...ids].sort());
    const short = await indicatorMatrix(store.db, 2024, ids);
    expect(matrix).toEqual(short);
    const facts = await loadFactsYears(store.db, [2023, 2024], factsQueryFor(await listIndicators(store.db), long));
    const listed = await loadFactsYears(store.db, [2023, 2024], factsQueryFor(await listIndicators(store.db), ids));
    expect(facts).toEqual(listed);
    expect(facts.get(2024)!.get(net.d1)!.counts.size).toBeGreaterThan(0);
    expect(facts.get(2024)!.get(net.d1)!.population?.total).toBe(8000);
    expect(facts.get(2024)!.get(net.c1)!.data.get('LIB_VISITS')?.get('*')?.get(2023)).toBe(1000);
  });

  it('moves at once when a value is written', async () => {
    const r = await resolveValues(store.db, [{ row: 1, institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-06', value: 100 }]);
    await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    expect((await row(net.c1, 'C1', 'LIB_USERS_GROWTH', 2024)).value).toBe(20);
  });
});
