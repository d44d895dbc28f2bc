import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { indicatorMatrix } from '../../src/indicators/evaluate.ts';
import { rebuildAggregates } from '../../src/statistics/write.ts';

/** The demo network, built on every engine: the same numbers everywhere, aggregates equal to a rebuild. */
describe('demo data', () => {
  const stores = new Map<string, Store>();
  beforeAll(async () => {
    for (const engine of ENGINES) {
      const store = await freshStore(engine);
      await seedDemo(store);
      stores.set(engine, store);
    }
  }, 240_000);
  afterAll(async () => {
    for (const s of stores.values()) await s.close();
  });

  it('covers every institution kind the plans name and the seed plans', async () => {
    const db = stores.get('sqlite')!.db;
    const kinds = await db.selectFrom('institutions').select('kind').distinct().execute();
    expect(kinds.length).toBeGreaterThanOrEqual(18);
    const plans = await db.selectFrom('plans').select(['number', 'unit_id', 'institution_id']).execute();
    expect(plans.map((p) => p.number)).toEqual(expect.arrayContaining(['1520/QĐ-TTg', '53/KH-UBND', '04/KH-UBND', '42/KH-VHTT-TDTT']));
    expect(plans).toHaveLength(6);
    const users = await db.selectFrom('users').select('role').distinct().execute();
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'citizen', 'official', 'staff', 'viewer']);
  });

  it('keeps the incremental aggregates equal to a full rebuild', async () => {
    for (const store of stores.values()) {
      const read = () =>
        store.db
          .selectFrom('agg_values')
          .selectAll()
          .where('value', '<>', 0)
          .orderBy('unit_id')
          .orderBy('element_id')
          .orderBy('kind')
          .orderBy('year')
          .execute();
      const before = await read();
      await rebuildAggregates(store.db);
      expect(await read()).toEqual(before);
    }
  });

  it.runIf(ENGINES.length > 1)('gives identical indicators on SQLite and PostgreSQL', async () => {
    const byCode = async (store: Store, year: number) => {
      const units = new Map((await store.db.selectFrom('units').select(['id', 'code']).execute()).map((u) => [u.id, u.code]));
      const m = await indicatorMatrix(store.db, year);
      return Object.fromEntries([...m].map(([id, values]) => [units.get(id), Object.fromEntries(values)]));
    };
    for (const year of [2023, 2024, 2025, 2026]) {
      expect(await byCode(stores.get('postgres')!, year)).toEqual(await byCode(stores.get('sqlite')!, year));
    }
  });
});
