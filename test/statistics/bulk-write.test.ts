import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { applyValues, rebuildAggregates, type ResolvedValue } from '../../src/statistics/write.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';

/** Large batches take another road (COPY into a temporary table on PostgreSQL, chunked JSON on SQLite). */
describe.each(ENGINES)('bulk writes on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let elements: { id: number; code: string }[];
  const snapshot = async () => ({
    values: await store.db
      .selectFrom('agg_values')
      .select(['unit_id', 'element_id', 'kind', 'year', 'value'])
      .where('value', '<>', 0)
      .orderBy('unit_id')
      .orderBy('element_id')
      .orderBy('kind')
      .orderBy('year')
      .execute(),
    totals: await store.db
      .selectFrom('agg_totals')
      .select(['unit_id', 'element_id', 'year', 'value'])
      .where('value', '<>', 0)
      .orderBy('unit_id')
      .orderBy('element_id')
      .orderBy('year')
      .execute(),
  });
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    elements = await store.db.selectFrom('data_elements').select(['id', 'code']).orderBy('id').execute();
  });
  afterAll(() => store.close());

  /** 12 months × every element × 3 institutions per year, 2010–2019 (> 2,000 rows: the COPY road on PostgreSQL). */
  const batch = (value: (i: number) => number): ResolvedValue[] => {
    const rows: ResolvedValue[] = [];
    const insts = [
      { id: net.lib, unitId: net.c1, kind: 'library_public_commune' },
      { id: net.school, unitId: net.c2, kind: 'library_school' },
      { id: net.dlib, unitId: net.d1, kind: 'library_public_district' },
    ];
    for (let year = 2010; year < 2020; year++)
      for (const e of elements)
        for (const inst of insts)
          for (let m = 1; m <= 12; m++)
            rows.push({
              institutionId: inst.id,
              elementId: e.id,
              period: `${year}-${String(m).padStart(2, '0')}`,
              year,
              unitId: inst.unitId,
              kind: inst.kind,
              value: value(rows.length),
            });
    return rows;
  };

  it('writes a large batch, auditing every cell in batch entries, with aggregates equal to a rebuild', async () => {
    const rows = batch((i) => i % 97);
    expect(rows.length).toBeGreaterThan(2000);
    await applyValues(store.db, rows, { userId: null, mode: 'set', audit: 'batch', source: 'big.csv' });
    const n = await store.db
      .selectFrom('data_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(rows.length);
    const log = await store.db.selectFrom('audit_log').select(['entity_key', 'new_value']).where('entity', '=', 'data_values').orderBy('id').execute();
    const cells = log.flatMap((l) => (JSON.parse(l.new_value!) as { cells: [string, string, string, number | null, number][] }).cells);
    expect(cells.length).toBe(rows.length);
    expect(log[0]!.entity_key).toBe(`big.csv 1–2000/${rows.length}`);
    expect(cells[0]).toEqual(['LIB-C1', elements[0]!.code, '2010-01', null, 0]);
    const incremental = await snapshot();
    await rebuildAggregates(store.db);
    expect(await snapshot()).toEqual(incremental);
  });

  it('a second batch changes, audits and re-aggregates only the cells that differ', async () => {
    const before = await store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity', '=', 'data_values')
      .executeTakeFirstOrThrow();
    const rows = batch((i) => (i % 500 === 0 ? 1000 + i : i % 97));
    await applyValues(store.db, rows, { userId: null, mode: 'set', audit: 'batch', source: 'again.csv' });
    const log = await store.db.selectFrom('audit_log').select(['entity_key', 'new_value']).where('entity', '=', 'data_values').orderBy('id').execute();
    expect(log.length).toBe(Number(before.n) + 1);
    const changed = (JSON.parse(log.at(-1)!.new_value!) as { cells: [string, string, string, number | null, number][] }).cells;
    expect(changed.length).toBe(rows.filter((_, i) => i % 500 === 0).length);
    expect(changed.every((c) => c[3] !== null && c[3] < 97 && c[4] >= 1000)).toBe(true);
    const incremental = await snapshot();
    await rebuildAggregates(store.db);
    expect(await snapshot()).toEqual(incremental);
  });

  it('refuses a batch naming an institution that does not exist, saving nothing', async () => {
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('data_values')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const n = await count();
    const rows = batch(() => 7).map((r, i) => (i === 2100 ? { ...r, institutionId: 999_999 } : r));
    await expect(applyValues(store.db, rows, { userId: null, mode: 'set', audit: 'batch' })).rejects.toThrow();
    await expect(applyValues(store.db, rows.slice(2100, 2101), { userId: null, mode: 'set' })).rejects.toThrow();
    expect(await count()).toBe(n);
    const values = await store.db.selectFrom('data_values').select('value').where('institution_id', '=', net.lib).where('period', '=', '2010-01').execute();
    expect(values.every((v) => Number(v.value) !== 7)).toBe(true);
  });

  it('a locked unit refuses a large and a small batch whole, naming the locked cells', async () => {
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('data_values')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const audits = async () =>
      Number(
        (
          await store.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = { values: await count(), audits: await audits(), aggregates: await snapshot() };
    // the district's 2013 report approved: every cell of its communes' institutions that year is locked
    await store.db
      .insertInto('data_locks')
      .values({ unit_id: net.d1, year: 2013, report_id: null, locked_by: null, locked_at: '2026-01-01T00:00:00Z' })
      .execute();
    const refusal = async (rows: ResolvedValue[]) => {
      const e = await applyValues(store.db, rows, { userId: null, mode: 'set', audit: 'batch', source: 'locked.csv' }).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(UserError);
      return e as UserError;
    };
    const large = batch(() => 5);
    expect(large.length).toBeGreaterThan(2000);
    const big = await refusal(large);
    expect(big.status).toBe(409);
    expect(big.message).toContain('Huyện Một');
    expect(big.problems[0]!.field).toBe('LIB-C1:2013-01');
    expect(big.problems.length).toBe(20);
    const small = await refusal(large.filter((r) => r.year === 2013 && r.institutionId === net.school).slice(0, 3));
    expect(small.problems.map((p) => p.field)).toEqual(['SCH-C2:2013-01', 'SCH-C2:2013-02', 'SCH-C2:2013-03']);
    expect(small.problems[0]!.said.vi).toContain('Huyện Một'); // the locked unit by name, not by its code
    expect({ values: await count(), audits: await audits(), aggregates: await snapshot() }).toEqual(before);
    // other years stay open
    await applyValues(store.db, large.filter((r) => r.year === 2014).slice(0, 5), { userId: null, mode: 'set' });
    await store.db.deleteFrom('data_locks').execute();
  });

  it('refuses to delete an institution that still has values', async () => {
    await expect(sql`DELETE FROM institutions WHERE id = ${net.lib}`.execute(store.db)).rejects.toThrow();
  });
});
