import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { applyValues, rebuildAggregates, removeValues } from '../../src/statistics/write.ts';
import { recordHappenings } from '../../src/statistics/feed.ts';
import type { Store } from '../../src/core/db/database.ts';

async function agg(store: Store, unitId: number, element: string, year: number): Promise<number | undefined> {
  const rows = await store.db
    .selectFrom('agg_values as a')
    .innerJoin('data_elements as e', 'e.id', 'a.element_id')
    .select((eb) => eb.fn.sum<number>('a.value').as('v'))
    .where('a.unit_id', '=', unitId)
    .where('e.code', '=', element)
    .where('a.year', '=', year)
    .executeTakeFirst();
  return rows?.v === null || rows?.v === undefined ? undefined : Number(rows.v);
}

const totals = async (store: Store) =>
  (
    await store.db
      .selectFrom('agg_totals')
      .select(['unit_id', 'year', 'element_id', 'value'])
      .orderBy('unit_id')
      .orderBy('year')
      .orderBy('element_id')
      .execute()
  ).map((r) => ({ ...r, value: Number(r.value) }));

describe.each(ENGINES)('statistics writes on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store.close());

  it('rolls a value up to every unit above, through successor links', async () => {
    const r = await resolveValues(store.db, [
      { row: 1, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: '120' },
      { row: 2, institution: 'SCH-C2', dataElement: 'LIB_LOANS', period: '2024-03', value: 30 },
      { row: 3, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2025-09', value: 50 },
    ]);
    expect(r.problems).toEqual([]);
    await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    expect(await agg(store, net.c1, 'LIB_LOANS', 2024)).toBe(120);
    expect(await agg(store, net.d1, 'LIB_LOANS', 2024)).toBe(150);
    expect(await agg(store, net.p1, 'LIB_LOANS', 2024)).toBe(150);
    // the new province and the new commune carry the history of their predecessors
    expect(await agg(store, net.p9, 'LIB_LOANS', 2024)).toBe(150);
    expect(await agg(store, net.n1, 'LIB_LOANS', 2024)).toBe(150);
    expect(await agg(store, net.vn, 'LIB_LOANS', 2024)).toBe(150);
    // after the reform the value belongs to the new commune only
    expect(await agg(store, net.n1, 'LIB_LOANS', 2025)).toBe(50);
    expect(await agg(store, net.c1, 'LIB_LOANS', 2025)).toBeUndefined();
  });

  it('replaces a value, adding only the difference, and the audit log keeps old and new', async () => {
    const r = await resolveValues(store.db, [{ row: 1, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: 100 }]);
    await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    expect(await agg(store, net.vn, 'LIB_LOANS', 2024)).toBe(130);
    const log = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'data_value')
      .where('entity_key', '=', 'LIB-C1:LIB_LOANS:2024-03')
      .orderBy('id')
      .execute();
    expect(log.map((l) => [l.old_value === null ? null : Number(l.old_value), Number(l.new_value)])).toEqual([
      [null, 120],
      [120, 100],
    ]);
  });

  it('counts happenings from operations through the feed', async () => {
    await recordHappenings(
      store.db,
      [
        { institutionId: net.lib, element: 'LIB_LOANS', date: '2024-03-15', count: 1 },
        { institutionId: net.lib, element: 'LIB_LOANS', date: '2024-03-16', count: 1 },
      ],
      null,
    );
    expect(await agg(store, net.c1, 'LIB_LOANS', 2024)).toBe(102);
    expect(await agg(store, net.p9, 'LIB_LOANS', 2024)).toBe(132);
  });

  it('removes a value and keeps the aggregates equal to a full rebuild', async () => {
    await removeValues(
      store.db,
      [
        {
          institutionId: net.school,
          elementId: (await store.db.selectFrom('data_elements').select('id').where('code', '=', 'LIB_LOANS').executeTakeFirstOrThrow()).id,
          period: '2024-03',
        },
      ],
      null,
    );
    expect(await agg(store, net.d1, 'LIB_LOANS', 2024)).toBe(102);
    const totalsBefore = await totals(store);
    const before = await store.db
      .selectFrom('agg_values')
      .selectAll()
      .where('value', '<>', 0)
      .orderBy('unit_id')
      .orderBy('element_id')
      .orderBy('kind')
      .orderBy('year')
      .execute();
    await rebuildAggregates(store.db);
    const after = await store.db.selectFrom('agg_values').selectAll().orderBy('unit_id').orderBy('element_id').orderBy('kind').orderBy('year').execute();
    expect(after).toEqual(before);
    expect(await totals(store)).toEqual(totalsBefore.filter((t) => t.value !== 0));
  });

  it('keeps the totals over kinds equal to the per-kind aggregates summed', async () => {
    const summed = await store.db
      .selectFrom('agg_values')
      .select(['unit_id', 'year', 'element_id', (eb) => eb.fn.sum<number>('value').as('value')])
      .groupBy(['unit_id', 'year', 'element_id'])
      .orderBy('unit_id')
      .orderBy('year')
      .orderBy('element_id')
      .execute();
    expect((await totals(store)).length).toBeGreaterThan(0);
    expect(await totals(store)).toEqual(summed.map((r) => ({ ...r, value: Number(r.value) })));
  });

  it('refuses bad rows, naming row and field, and stores nothing', async () => {
    const r = await resolveValues(store.db, [
      { row: 2, institution: 'NOPE', dataElement: 'LIB_LOANS', period: '2024-01', value: 1 },
      { row: 3, institution: 'LIB-C1', dataElement: 'LIB_NOPE', period: '2024-01', value: 1 },
      { row: 4, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-13', value: 1 },
      { row: 5, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-01', value: -3 },
      { row: 6, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-01', value: 'abc' },
      { row: 7, institution: 'LIB-C1', dataElement: 'LIB_HOLDINGS', period: '2024-01', value: 5 },
      { row: 8, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '1999-01', value: 5 },
      { row: 9, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-02', value: 7 },
    ]);
    expect(r.values).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'institution'],
      [3, 'dataElement'],
      [4, 'period'],
      [5, 'value'],
      [6, 'value'],
      [7, 'period'],
      [8, 'period'],
    ]);
  });

  it('a batch naming one cell twice stores it once, with the later value (set)', async () => {
    const before = await agg(store, net.vn, 'LIB_LOANS', 2024);
    const r = await resolveValues(store.db, [
      { row: 1, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-05', value: 7 },
      { row: 2, institution: 'SCH-C2', dataElement: 'LIB_LOANS', period: '2024-05', value: 3 },
      { row: 3, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-05', value: 9 },
    ]);
    const { written } = await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    expect(written).toBe(2);
    expect(await agg(store, net.vn, 'LIB_LOANS', 2024)).toBe((before ?? 0) + 12);
    const log = await store.db
      .selectFrom('audit_log')
      .select(['entity_key', 'new_value'])
      .where('entity_key', 'like', '%:LIB_LOANS:2024-05')
      .orderBy('entity_key')
      .execute();
    expect(log.map((l) => [l.entity_key, Number(l.new_value)])).toEqual([
      ['LIB-C1:LIB_LOANS:2024-05', 9],
      ['SCH-C2:LIB_LOANS:2024-05', 3],
    ]);
  });
});

describe.each(ENGINES)('import audit on %s', (engine) => {
  it('records every changed cell, old and new, in batch entries', async () => {
    const store = await freshStore(engine);
    try {
      await smallNetwork(store.db);
      const first = await resolveValues(store.db, [
        { row: 2, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-01', value: 5 },
        { row: 3, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-02', value: 6 },
      ]);
      await applyValues(store.db, first.values, { userId: null, mode: 'set', audit: 'batch', source: 'a.csv' });
      const second = await resolveValues(store.db, [
        { row: 2, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-01', value: 5 },
        { row: 3, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-02', value: 9 },
      ]);
      await applyValues(store.db, second.values, { userId: null, mode: 'set', audit: 'batch', source: 'b.csv' });
      const log = await store.db.selectFrom('audit_log').select(['entity_key', 'new_value']).where('entity', '=', 'data_values').orderBy('id').execute();
      expect(log.map((l) => [l.entity_key, (JSON.parse(l.new_value!) as { cells: unknown[] }).cells])).toEqual([
        [
          'a.csv 1–2/2',
          [
            ['LIB-C1', 'LIB_LOANS', '2024-01', null, 5],
            ['LIB-C1', 'LIB_LOANS', '2024-02', null, 6],
          ],
        ],
        ['b.csv 1–1/1', [['LIB-C1', 'LIB_LOANS', '2024-02', 6, 9]]],
      ]);
    } finally {
      await store.close();
    }
  });
});
