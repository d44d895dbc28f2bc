import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { writeCsv } from '../../src/statistics/value-files.ts';
import { importValueFile } from '../../src/statistics/value-import.ts';
import { exportValues } from '../../src/statistics/value-export.ts';
import { rebuildAggregates } from '../../src/statistics/write.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csv = (lines: string[]) => utf8(['institution,dataElement,period,value', ...lines].join('\n'));
const opts = { userId: null, canWrite: () => true, today: '2025-12-31' };

async function counts(store: Store) {
  const n = async (table: 'data_values' | 'audit_log' | 'agg_values') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { values: await n('data_values'), audit: await n('audit_log'), aggs: await n('agg_values') };
}

const aggs = (s: Store) =>
  s.db
    .selectFrom('agg_values')
    .select(['unit_id', 'element_id', 'kind', 'year', 'value'])
    .where('value', '<>', 0)
    .orderBy('unit_id')
    .orderBy('element_id')
    .orderBy('kind')
    .orderBy('year')
    .execute();

const FIRST = [
  'LIB-C1,LIB_LOANS,2024-01,120',
  'LIB-C1,LIB_LOANS,2024-02,95',
  'SCH-C2,LIB_LOANS,2024-01,30',
  'LIB-D1,LIB_LOANS,2024-01,400',
  'LIB-D1,LIB_HOLDINGS,2024,12000',
  'LIB-C1,LIB_HOLDINGS,2024,3000',
  'LIB-C1,LIB_LOANS,2025-03,60',
  'LIB-C1,LIB_LOANS,2025-08,70',
  'SCH-C2,LIB_LOANS,2025-09,25',
  'LIB-D1,LIB_LOANS,2025-05,380',
];

describe.each(ENGINES)('importing value files on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store.close());

  it('dry run checks every row and writes nothing', async () => {
    const before = await counts(store);
    expect(await importValueFile(store.db, csv(FIRST), 'first.csv', { ...opts, dryRun: true })).toEqual({ rows: 10, written: 0, problems: [] });
    expect(await counts(store)).toEqual(before);
  });

  it('writes a good file and keeps the aggregates equal to a rebuild', async () => {
    expect(await importValueFile(store.db, csv(FIRST), 'first.csv', opts)).toEqual({ rows: 10, written: 10, problems: [] });
    const c = await counts(store);
    expect(c.values).toBe(10);
    const incremental = await aggs(store);
    await rebuildAggregates(store.db);
    expect(await aggs(store)).toEqual(incremental);
  });

  it('exports the subtree of a unit, through the successor links, sorted', async () => {
    expect(await exportValues(store.db, net.c2, 2024)).toEqual([{ institution: 'SCH-C2', dataElement: 'LIB_LOANS', period: '2024-01', value: 30 }]);
    // the new commune carries the history of the communes merged into it
    expect((await exportValues(store.db, net.n1, 2024)).map((r) => `${r.institution} ${r.period}`)).toEqual([
      'LIB-C1 2024',
      'LIB-C1 2024-01',
      'LIB-C1 2024-02',
      'SCH-C2 2024-01',
    ]);
    // in 2025 the old province has only what happened before the reform
    expect((await exportValues(store.db, net.p1, 2025)).map((r) => `${r.institution} ${r.period}`)).toEqual(['LIB-C1 2025-03', 'LIB-D1 2025-05']);
    expect(await exportValues(store.db, net.vn, 2023)).toEqual([]);
    // a file an import would refuse is not written either
    await expect(exportValues(store.db, net.vn, 2024, 5)).rejects.toThrow('giới hạn');
  });

  it('round trip: an export imported into a fresh database gives identical aggregates', async () => {
    const files = [2024, 2025].map(async (year) => writeCsv(await exportValues(store.db, net.vn, year)));
    const other = await freshStore(engine);
    try {
      await smallNetwork(other.db);
      for (const [i, f] of (await Promise.all(files)).entries()) {
        const r = await importValueFile(other.db, utf8(f), `vn-${2024 + i}.csv`, opts);
        expect(r.problems).toEqual([]);
      }
      expect((await counts(other)).values).toBe(10);
      expect(await aggs(other)).toEqual(await aggs(store));
      // and importing an export back into its own database changes nothing
      const before = await aggs(store);
      const again = await importValueFile(store.db, utf8(writeCsv(await exportValues(store.db, net.vn, 2024))), 'same.csv', opts);
      expect(again.written).toBe(6);
      expect(await aggs(store)).toEqual(before);
    } finally {
      await other.close();
    }
  });

  it('lists exactly the bad cells, rows 4, 7 and 9, and saves nothing', async () => {
    const before = { counts: await counts(store), aggs: await aggs(store) };
    const file = csv([
      'LIB-C1,LIB_LOANS,2024-03,10', // row 2
      'LIB-C1,LIB_LOANS,2024-04,11',
      'LIB-C1,LIB_LOANS,2024-05,12a', // row 4: value
      'LIB-C1,LIB_LOANS,2024-06,13',
      'LIB-C1,LIB_LOANS,2024-07,14',
      'LIB-C1,LIB_LOANS,2024-13,15', // row 7: period
      'LIB-C1,LIB_LOANS,2024-08,16',
      'NOPE,LIB_LOANS,2024-09,17', // row 9: institution
      'LIB-C1,LIB_LOANS,2024-10,18',
    ]);
    const r = await importValueFile(store.db, file, 'bad.csv', opts);
    expect(r.written).toBe(0);
    expect(r.rows).toBe(9);
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [4, 'value'],
      [7, 'period'],
      [9, 'institution'],
    ]);
    expect(r.problems.every((p) => p.said.vi && p.said.en && /^E30\d\d$/.test(p.said.code))).toBe(true);
    expect(await counts(store)).toEqual(before.counts);
    expect(await aggs(store)).toEqual(before.aggs);
  });

  it('reads values written the Vietnamese way, and says what is wrong with the others as they were typed', async () => {
    const before = await counts(store);
    const lines = [
      'LIB-C1,LIB_LOANS,2024-03,1.234', // row 2: one thousand two hundred and thirty-four
      'LIB-C1,LIB_LOANS,2024-04,"1,234"', // row 3: a decimal comma in Vietnamese: not whole
      'LIB-C1,LIB_LOANS,2024-05,1 234', // row 4: a space between thousands
      'LIB-C1,LIB_LOANS,2024-06,1\u00a0235', // row 5: a non-breaking space, as a pasted cell has
      'LIB-C1,LIB_LOANS,2024-07,1e3', // row 6
      'LIB-C1,LIB_LOANS,2024-08,-5', // row 7
      'LIB-C1,LIB_LOANS,2024-09,', // row 8: no value: nothing to change
      'LIB-C1,LIB_LOANS,2024-10,"1.234,5"', // row 9
      'LIB-C1,LIB_LOANS,2024-11, 77 ', // row 10
    ];
    const r = await importValueFile(store.db, csv(lines), 'sep.csv', opts);
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [3, 'value'],
      [6, 'value'],
      [7, 'value'],
      [9, 'value'],
    ]);
    expect(r.problems[0]?.said.vi).toBe(
      'Giá trị "1,234" có dấu phẩy, là dấu thập phân khi viết số kiểu Việt Nam, nên không phải số nguyên. Nếu dấu phẩy ngăn hàng nghìn, hãy viết 1.234 hoặc 1234.',
    );
    expect(r.problems[1]?.said.vi).toContain('"1e3" không phải là số');
    expect(r.problems[2]?.said.vi).toContain('-5 âm');
    expect(r.problems[3]?.said.vi).toContain('1.234,5 phải là số nguyên');
    expect(await counts(store)).toEqual(before);
    // the good rows alone: written as the numbers they are
    const good = await importValueFile(store.db, csv([lines[0]!, lines[2]!, lines[3]!, lines[6]!, lines[8]!]), 'good.csv', opts);
    expect(good).toEqual({ rows: 5, written: 4, problems: [] });
    const stored = await store.db
      .selectFrom('data_values')
      .select(['period', 'value'])
      .where('period', 'in', ['2024-03', '2024-05', '2024-06', '2024-09', '2024-11'])
      .where('institution_id', '=', net.lib)
      .orderBy('period')
      .execute();
    expect(stored.map((x) => [x.period, Number(x.value)])).toEqual([
      ['2024-03', 1234],
      ['2024-05', 1234],
      ['2024-06', 1235],
      ['2024-11', 77],
    ]);
  });

  it('refuses the same cell given twice, institutions the user may not write, and future periods', async () => {
    const dup = await importValueFile(
      store.db,
      csv(['LIB-C1,LIB_LOANS,2024-03,1', 'LIB-C1,LIB_LOANS,2024-04,2', 'LIB-C1,LIB_LOANS,2024-03,3']),
      'dup.csv',
      opts,
    );
    expect(dup.problems.map((p) => [p.row, p.field])).toEqual([[4, 'period']]);
    expect(dup.problems[0]?.said.vi).toContain('dòng 2');
    const denied = await importValueFile(store.db, csv(['LIB-C1,LIB_LOANS,2024-03,1', 'LIB-D1,LIB_LOANS,2024-03,1']), 'x.csv', {
      ...opts,
      canWrite: (id) => id === net.lib,
    });
    expect(denied.problems.map((p) => [p.row, p.field])).toEqual([[3, 'institution']]);
    const future = await importValueFile(store.db, csv(['LIB-C1,LIB_LOANS,2026-01,1']), 'x.csv', opts);
    expect(future.problems.map((p) => [p.row, p.field])).toEqual([[2, 'period']]);
  });

  it('imports a header-only file as nothing to do', async () => {
    expect(await importValueFile(store.db, csv([]), 'empty.csv', opts)).toEqual({ rows: 0, written: 0, problems: [] });
  });
});
