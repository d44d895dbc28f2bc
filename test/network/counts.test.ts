import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { ensureCountYears, resetCounts } from '../../src/network/counts.ts';
import { createInstitution, moveInstitution, setAttribute } from '../../src/network/institutions.ts';

describe.each(ENGINES)('maintained registry counts on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const read = () =>
    store.db
      .selectFrom('agg_counts')
      .select(['unit_id', 'year', 'kind', 'attribute', 'n'])
      .where('n', '<>', 0)
      .orderBy('unit_id')
      .orderBy('year')
      .orderBy('kind')
      .orderBy('attribute')
      .execute();
  const count = async (unitId: number, year: number, kind: string, attribute = '') =>
    (
      await store.db
        .selectFrom('agg_counts')
        .select('n')
        .where('unit_id', '=', unitId)
        .where('year', '=', year)
        .where('kind', '=', kind)
        .where('attribute', '=', attribute)
        .executeTakeFirst()
    )?.n ?? 0;

  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    await ensureCountYears(store.db, [2024, 2025, 2026]);
  });
  afterAll(() => store.close());

  it('counts each institution where it was at the end of each year', async () => {
    expect(await count(net.d1, 2024, 'library_public_commune')).toBe(1);
    expect(await count(net.d1, 2025, 'library_public_commune')).toBe(0);
    expect(await count(net.n1, 2025, 'library_public_commune')).toBe(1);
    expect(await count(net.vn, 2026, 'library_school')).toBe(1);
  });

  it('follows status changes, moves and new institutions at once, equal to counting afresh', async () => {
    await setAttribute(store.db, net.lib, { attribute: 'provides_lll', year: 2024, value: true, evidence: 'QĐ công nhận' }, null);
    expect(await count(net.p1, 2024, 'library_public_commune', 'provides_lll')).toBe(1);
    await setAttribute(store.db, net.lib, { attribute: 'provides_lll', year: 2024, value: false, evidence: null }, null);
    expect(await count(net.p1, 2024, 'library_public_commune', 'provides_lll')).toBe(0);
    await setAttribute(store.db, net.school, { attribute: 'applies_it', year: 2026, value: true, evidence: null }, null);
    await moveInstitution(store.db, net.dlib, net.n1, '2026-01-01', null);
    const id = await createInstitution(
      store.db,
      { code: 'NEW-1', name: 'Thư viện mới', kind: 'library_public_commune', ownership: 'public', unitId: net.n1, since: '2025-09-01' },
      null,
    );
    expect(id).toBeGreaterThan(0);
    expect(await count(net.n1, 2025, 'library_public_commune')).toBe(2);
    expect(await count(net.n1, 2026, 'library_public_district')).toBe(1);
    expect(await count(net.d1, 2024, 'library_public_district')).toBe(1);
    const incremental = await read();
    await resetCounts(store.db);
    await ensureCountYears(store.db, [2024, 2025, 2026]);
    expect(await read()).toEqual(incremental);
  });
});
