import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Store } from '../../src/core/db/database.ts';
import { thisYear } from '../../src/core/time.ts';
import {
  analyzeGrownYears,
  defaultPartition,
  ensureYearPartitions,
  FIRST_PARTITION_YEAR,
  partitionYears,
  YEAR_PARTITIONED,
} from '../../src/core/db/year-partitions.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { ENGINES, freshDatabase, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { givenValues, storedValue } from '../support/values.ts';

const [VALUES, AUDIT] = YEAR_PARTITIONED as [(typeof YEAR_PARTITIONED)[number], (typeof YEAR_PARTITIONED)[number]];
const CELLS = [
  { period: '2018-03', value: 5 }, // before the first partition year: the default partition until its own is made
  { period: '2024-05', value: 7 },
  { period: '2026-11', value: 9 },
];

/** The programme's lifetime of values in one partition per year on PostgreSQL (migration 045), read and written as before. */
describe.each(ENGINES)('data values and the audit by year, on %s', (engine) => {
  let store: Store;
  let lib: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    ({ lib } = await smallNetwork(store.db));
    await givenValues(
      store.db,
      CELLS.map((c) => ({ institution: 'LIB-C1', dataElement: 'LIB_VISITS', ...c })),
    );
  });
  afterAll(() => store.close());

  const allStored = async () => Promise.all(CELLS.map((c) => storedValue(store, lib, 'LIB_VISITS', c.period)));
  const rowsIn = async (table: string) => Number((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(store.db)).rows[0]!.n);

  it('keeps every year written, and the totals equal a rebuild', async () => {
    expect(await allStored()).toEqual([5, 7, 9]);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  it.runIf(engine === 'postgres')('partitions both tables by year, this year and the next made ahead, a stray year in the default', async () => {
    const kinds = await sql<{ relname: string; relkind: string }>`SELECT relname, relkind FROM pg_class WHERE relname IN ('data_values', 'audit_log')`.execute(
      store.db,
    );
    expect(Object.fromEntries(kinds.rows.map((r) => [r.relname, r.relkind]))).toEqual({ data_values: 'p', audit_log: 'p' });
    for (const t of [VALUES, AUDIT]) {
      const years = await partitionYears(store.db, t);
      expect(years[0]).toBe(FIRST_PARTITION_YEAR);
      expect(years).toContain(thisYear());
      expect(years).toContain(thisYear() + 1);
    }
    expect(await partitionYears(store.db, VALUES)).not.toContain(2018);
    expect(await rowsIn(defaultPartition(VALUES))).toBe(1);
    expect(await rowsIn('data_values_2024')).toBe(1);
    // the audit of those writes sits in this year's partition
    expect(await rowsIn(`audit_log_${thisYear()}`)).toBeGreaterThan(0);
    expect(await rowsIn(defaultPartition(AUDIT))).toBe(0);
  });

  it.runIf(engine === 'postgres')(
    "a year made later takes its rows out of the default partition, nothing lost, and a year's read touches its partition only",
    async () => {
      await ensureYearPartitions(store.db, thisYear() + 1, [2018]);
      expect(await partitionYears(store.db, VALUES)).toContain(2018);
      expect(await rowsIn(defaultPartition(VALUES))).toBe(0);
      expect(await rowsIn('data_values_2018')).toBe(1);
      expect(await allStored()).toEqual([5, 7, 9]);
      expect(await aggregateDifferences(store.db)).toEqual([]);
      // and again: nothing to make, nothing moved
      expect(await ensureYearPartitions(store.db, thisYear() + 1)).toEqual([]);
      const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT SUM(value) FROM data_values WHERE year = 2024`.execute(store.db);
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text).toContain('data_values_2024');
      expect(text).not.toContain('data_values_2018');
      expect(text).not.toContain('data_values_other');
    },
  );

  it.runIf(engine === 'postgres')("a year's partition grown by a large write is analysed, so the next write's plan knows its rows", async () => {
    const year = thisYear() + 1;
    const tuples = async () =>
      Number((await sql<{ n: number }>`SELECT reltuples AS n FROM pg_class WHERE oid = to_regclass(${`data_values_${year}`})`.execute(store.db)).rows[0]!.n);
    await sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
      SELECT ${lib}, g, ${`${year}-01`}, ${year}, 1, g, NULL, '2026-12-07T00:00:00.000Z' FROM generate_series(1, 3000) g`.execute(store.db);
    expect(await tuples()).toBeLessThan(3000); // never analysed: the planner would take it for empty
    await analyzeGrownYears(store.db, VALUES, new Map([[year, 3000]]));
    expect(await tuples()).toBe(3000);
    // analysing the key's columns only (as the large write does) takes the row count all the same
    await sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
      SELECT ${lib}, g, ${`${year}-02`}, ${year}, 1, g, NULL, '2026-12-07T00:00:00.000Z' FROM generate_series(1, 3000) g`.execute(store.db);
    await analyzeGrownYears(store.db, VALUES, new Map([[year, 6000]]), ['institution_id', 'element_id', 'period']);
    expect(await tuples()).toBe(6000);
    await sql`DELETE FROM data_values WHERE year = ${year}`.execute(store.db);
  });

  it('a value written again in a partitioned year is updated in place, not doubled', async () => {
    await givenValues(store.db, [{ institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-05', value: 11 }]);
    expect(await storedValue(store, lib, 'LIB_VISITS', '2024-05')).toBe(11);
    const n = await store.db
      .selectFrom('data_values')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('period', '=', '2024-05')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });
});

/** The migration over a database that already holds values and audit entries (PostgreSQL; SQLite keeps its tables). */
describe.runIf(ENGINES.includes('postgres'))('migration 045 over stored data, on postgres', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshDatabase();
  });
  afterAll(() => store.close());

  it('moves every value and audit entry into its year, and the audit keeps numbering after its last entry', async () => {
    await migrate(store, { to: '044_plan_readings' });
    await sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at) VALUES
      (1, 1, '2019-12', 2019, 1, 4, NULL, '2020-01-02T00:00:00.000Z'), (1, 1, '2023-01', 2023, 1, 6, NULL, '2023-02-01T00:00:00.000Z'),
      (2, 1, '2023', 2023, 1, 8.5, NULL, '2024-01-01T00:00:00.000Z')`.execute(store.db);
    await sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value) VALUES
      ('2021-05-01T10:00:00.000Z', NULL, 'create', 'x', '1', NULL, '{}'), ('2025-07-01T10:00:00.000Z', NULL, 'update', 'x', '1', '{}', '{}')`.execute(store.db);
    const before = await sql<{ max: number }>`SELECT MAX(id) AS max FROM audit_log`.execute(store.db);

    await migrate(store);
    expect(await partitionYears(store.db, VALUES)).toEqual(expect.arrayContaining([2019, 2020, 2023, thisYear() + 1]));
    const where = await sql<{ part: string; period: string; value: number }>`
      SELECT tableoid::regclass::text AS part, period, value FROM data_values ORDER BY institution_id, period`.execute(store.db);
    expect(where.rows.map((r) => [r.part, r.period, Number(r.value)])).toEqual([
      ['data_values_2019', '2019-12', 4],
      ['data_values_2023', '2023-01', 6],
      ['data_values_2023', '2023', 8.5],
    ]);
    const audit = await sql<{ part: string }>`SELECT tableoid::regclass::text AS part FROM audit_log ORDER BY id`.execute(store.db);
    expect(audit.rows.map((r) => r.part)).toEqual(['audit_log_2021', 'audit_log_2025']);
    const next = await store.db
      .insertInto('audit_log')
      .values({ at: '2026-12-07T08:00:00.000Z', user_id: null, action: 'create', entity: 'x', entity_key: '2', old_value: null, new_value: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(next.id).toBeGreaterThan(Number(before.rows[0]!.max));
    // a cell's key holds: the same cell cannot be stored twice
    await expect(
      sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
          VALUES (1, 1, '2023-01', 2023, 1, 1, NULL, '2026-01-01T00:00:00.000Z')`.execute(store.db),
    ).rejects.toThrow(/duplicate key/);
  });
});
