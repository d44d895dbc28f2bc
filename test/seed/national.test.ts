import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { DB, Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { seedNational, parseNationalArgs, type NationalSummary } from '../../src/seed/national.ts';
import { BUILTIN_ELEMENTS } from '../../src/statistics/elements.ts';
import { partitionYears, YEAR_PARTITIONED } from '../../src/core/db/year-partitions.ts';
import { rebuildAggregates } from '../../src/statistics/write.ts';

const SMALL = ['--institutions', '2000', '--values', '50000', '--quiet'];

const aggregates = (db: DB) =>
  db
    .selectFrom('agg_values')
    .select(['unit_id', 'element_id', 'kind', 'year', 'value'])
    .where('value', '<>', 0)
    .orderBy('unit_id')
    .orderBy('element_id')
    .orderBy('kind')
    .orderBy('year')
    .execute();

/** A fingerprint of the values: how many, their sum, and a weighted sum that notices any move. */
async function fingerprint(db: DB) {
  const r = await sql<{ n: number; s: number; w: number }>`
    SELECT COUNT(*) AS n, SUM(value) AS s, SUM(value * (institution_id % 97) + element_id * year) AS w FROM data_values`.execute(db);
  return r.rows.map((x) => ({ n: Number(x.n), s: Number(x.s), w: Number(x.w) }))[0];
}

describe.each(ENGINES)('seed national, scaled down (%s)', (engine) => {
  let store: Store;
  let summary: NationalSummary;
  beforeAll(async () => {
    store = await freshStore(engine);
    summary = await seedNational(store, SMALL);
  }, 240_000);
  afterAll(async () => {
    await store?.close();
  });

  it('puts the network on the post-reform map', async () => {
    const { db } = store;
    expect(summary.provinces).toBe(34);
    expect(summary.communes).toBe(3321);
    const units = await db.selectFrom('units').select(['level']).execute();
    expect(units.filter((u) => u.level === 'commune')).toHaveLength(3321);
    const institutions = await db
      .selectFrom('institutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(institutions.n)).toBe(2000);
    const placed = await db
      .selectFrom('institution_units')
      .select((eb) => eb.fn.count<number>('institution_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(placed.n)).toBe(2000);
    const kinds = await db.selectFrom('institutions').select('kind').distinct().execute();
    expect(kinds.length).toBeGreaterThanOrEqual(15);
  });

  it('leaves the registry counts materialised for the data years, counting every institution', async () => {
    const vn = await store.db.selectFrom('units').select('id').where('code', '=', 'VN').executeTakeFirstOrThrow();
    const rows = await store.db
      .selectFrom('agg_counts')
      .select(['year', (eb) => eb.fn.sum<number>('n').as('n')])
      .where('unit_id', '=', vn.id)
      .where('attribute', '=', '')
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(rows.map((r) => [Number(r.year), Number(r.n)])).toEqual([2022, 2023, 2024, 2025].map((y) => [y, 2000]));
  });

  it('gives every commune a population for every year, about 101 million in 2024', async () => {
    const rows = await store.db
      .selectFrom('unit_population')
      .select(['year', (eb) => eb.fn.sum<number>('total').as('total'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('year')
      .orderBy('year')
      .execute();
    expect(rows.map((r) => [Number(r.year), Number(r.n)])).toEqual([2022, 2023, 2024, 2025].map((y) => [y, 3321]));
    expect(Math.abs(Number(rows.find((r) => Number(r.year) === 2024)!.total) - 101_100_000)).toBeLessThan(101_100);
  });

  it('writes about the number of values asked for, monthly and yearly, 2022-01 to 2025-12', async () => {
    const { db } = store;
    expect(summary.values).toBeGreaterThan(45_000);
    expect(summary.values).toBeLessThan(55_000);
    const r = await db
      .selectFrom('data_values')
      .select([(eb) => eb.fn.min<string>('period').as('lo'), (eb) => eb.fn.max<string>('period').as('hi'), (eb) => eb.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow();
    expect([r.lo, r.hi, Number(r.n)]).toEqual(['2022', '2025-12', summary.values]);
    const monthly = await db
      .selectFrom('data_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('period', '=', '2025-12')
      .executeTakeFirstOrThrow();
    expect(Number(monthly.n)).toBeGreaterThan(0);
    expect(summary.attributes).toBeGreaterThan(2000);
  });

  it('builds aggregates equal to a rebuild, the national total equal to the raw sum', async () => {
    const { db } = store;
    const before = await aggregates(db);
    expect(before.length).toBe(summary.aggregates);
    await rebuildAggregates(db);
    expect(await aggregates(db)).toEqual(before);
    const vn = await db.selectFrom('units').select('id').where('code', '=', 'VN').executeTakeFirstOrThrow();
    const national = await db
      .selectFrom('agg_values')
      .select((eb) => eb.fn.sum<number>('value').as('s'))
      .where('unit_id', '=', vn.id)
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    const raw = await db
      .selectFrom('data_values')
      .select((eb) => eb.fn.sum<number>('value').as('s'))
      .where('year', '=', 2024)
      .executeTakeFirstOrThrow();
    expect(Number(national.s)).toBe(Number(raw.s));
  });

  it('refuses a database that has data unless --force, then replaces it', async () => {
    await expect(seedNational(store, SMALL)).rejects.toBeInstanceOf(UserError);
    const again = await seedNational(store, ['--institutions', '500', '--values', '5000', '--force', '--quiet']);
    expect(again.institutions).toBe(500);
    const n = await store.db
      .selectFrom('institutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(500);
    expect((await fingerprint(store.db))?.n).toBe(again.values);
    const counted = await store.db
      .selectFrom('agg_counts as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select((eb) => eb.fn.sum<number>('a.n').as('n'))
      .where('u.code', '=', 'VN')
      .where('a.year', '=', 2024)
      .where('a.attribute', '=', '')
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(500);
  });
});

describe('seed national options and determinism', () => {
  it('parses its options and refuses unknown ones', () => {
    expect(parseNationalArgs(['--institutions', '30_000', '--values=1000000', '--force'])).toMatchObject({
      institutions: 30000,
      values: 1_000_000,
      force: true,
    });
    expect(() => parseNationalArgs(['--institutions', '0'])).toThrow(UserError);
    expect(() => parseNationalArgs(['--bogus'])).toThrow(UserError);
    expect(parseNationalArgs(['--years', '2022-2030', '--form', 'full'])).toMatchObject({ years: { first: 2022, last: 2030 }, form: 'full' });
    expect(parseNationalArgs(['--years=2024'])).toMatchObject({ years: { first: 2024, last: 2024 } });
    for (const bad of ['2030-2022', '22-30', '2022-', '1990-2030']) expect(() => parseNationalArgs(['--years', bad])).toThrow(UserError);
    expect(() => parseNationalArgs(['--form', 'all'])).toThrow(UserError);
  });

  it.each(ENGINES)(
    '--years and --form full on %s: every year written and partitioned, each monthly form filed whole, zeros included',
    async (engine) => {
      const store = await freshStore(engine);
      try {
        const s = await seedNational(store, ['--institutions', '400', '--years', '2027-2029', '--form', 'full', '--quiet']);
        const years = await store.db.selectFrom('data_values').select('year').distinct().orderBy('year').execute();
        expect(years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
        // a library's monthly form: every monthly line of its sector and the common ones, each month, zeros kept
        const lib = await store.db.selectFrom('institutions').select('id').where('kind', 'like', 'library_public%').orderBy('id').executeTakeFirstOrThrow();
        const lines = await store.db
          .selectFrom('data_values as v')
          .innerJoin('data_elements as e', 'e.id', 'v.element_id')
          .select(['e.code', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min<number>('v.value').as('least')])
          .where('v.institution_id', '=', lib.id)
          .where('e.period_type', '=', 'month')
          .groupBy('e.code')
          .execute();
        const monthly = BUILTIN_ELEMENTS.filter((e) => e.periodType === 'month' && (e.sector === 'library' || e.sector === 'common')).map((e) => e.code);
        expect(lines.map((l) => l.code).sort()).toEqual([...monthly].sort());
        for (const l of lines) expect(Number(l.n)).toBe(36);
        expect(lines.some((l) => Number(l.least) === 0)).toBe(true);
        expect((await fingerprint(store.db))?.n).toBe(s.values);
        if (engine === 'postgres') expect(await partitionYears(store.db, YEAR_PARTITIONED[0]!)).toEqual(expect.arrayContaining([2027, 2028, 2029]));
      } finally {
        await store.close();
      }
    },
    240_000,
  );

  it('gives the same data on every run and on both engines', async () => {
    const prints = [];
    for (const engine of [ENGINES[0]!, ...ENGINES]) {
      const store = await freshStore(engine);
      try {
        await seedNational(store, ['--institutions', '1500', '--values', '20000', '--quiet']);
        prints.push(await fingerprint(store.db));
      } finally {
        await store.close();
      }
    }
    expect(new Set(prints.map((p) => JSON.stringify(p))).size).toBe(1);
  }, 240_000);
});
