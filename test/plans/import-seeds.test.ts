import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { hasSeeds, SEEDS_DIR, seedFiles, seedsTitle } from '../support/seeds.ts';
import type { Store } from '../../src/core/db/database.ts';
import { parsePlanFile } from '../../src/plans/parse/read-file.ts';
import { planItems, storeDraft } from '../../src/plans/drafts.ts';
import { completeReview } from '../../src/plans/review.ts';
import { targetsInForce } from '../../src/targets/in-force.ts';

/** Every seed plan imported as a draft, reviewed (unmapped targets dropped) and saved. */
describe.skipIf(!hasSeeds).each(ENGINES)(seedsTitle('seed plans through import and review on %s'), (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const saved = new Map<string, number>();
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    for (const f of seedFiles) {
      const { text, plan } = await parsePlanFile(join(SEEDS_DIR, f));
      const id = await storeDraft(store.db, { unitId: net.d1, institutionId: null, filename: f, text, parsed: plan, userId: null });
      const items = await planItems(store.db, id);
      await completeReview(
        store.db,
        id,
        items.map((i) => ({ itemId: i.id, status: i.type === 'target' && !i.data.indicator ? 'dropped' : 'accepted' })),
        {},
        null,
      );
      saved.set(f.slice(0, 3), id);
    }
  }, 120_000);
  afterAll(() => store.close());

  it('saves all five as active plans with their targets, tasks and days', async () => {
    expect(saved.size).toBe(5);
    const plans = await store.db.selectFrom('plans').select(['id', 'status', 'number', 'report_day', 'report_month']).orderBy('id').execute();
    expect(plans.every((p) => p.status === 'active')).toBe(true);
    const byId = new Map(plans.map((p) => [p.id, p]));
    expect(byId.get(saved.get('000')!)).toMatchObject({ number: '53/KH-UBND', report_day: 5, report_month: 10 });
    expect(byId.get(saved.get('002')!)).toMatchObject({ report_day: 10, report_month: 11 });
    expect(byId.get(saved.get('003')!)).toMatchObject({ report_day: 25, report_month: 11 });
    const tasks = await store.db.selectFrom('plan_tasks').select('plan_id').where('plan_id', '=', saved.get('002')!).execute();
    expect(tasks.length).toBeGreaterThan(5);
    const days = await store.db.selectFrom('plan_days').select(['day', 'month']).where('plan_id', '=', saved.get('000')!).execute();
    expect(days).toEqual(
      expect.arrayContaining([
        { day: 21, month: 4 },
        { day: 23, month: 11 },
      ]),
    );
  });

  it("turns a 'respectively' sentence and an each-year range into targets the dashboards use", async () => {
    const rows = await store.db.selectFrom('plan_targets').selectAll().where('plan_id', '=', saved.get('002')!).execute();
    const at = (indicator: string, year: number) => rows.find((r) => r.indicator === indicator && r.year === year);
    expect(at('LIB_LLL_COMMUNE', 2025)?.value).toBe(20);
    expect(at('LIB_LLL_COMMUNE', 2030)?.value).toBe(50);
    expect(at('LIB_LLL_EDU', 2030)?.value).toBe(80);
    // 8–10% each year to 2030 holds in every year after the 2025 milestone
    expect([at('LIB_USERS_GROWTH', 2027)?.min, at('LIB_USERS_GROWTH', 2027)?.max]).toEqual([8, 10]);
    const inForce = await targetsInForce(store.db, net.d1, 2024);
    expect(inForce.size).toBeGreaterThan(5);
  });
});
