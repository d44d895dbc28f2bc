import { expect } from 'vitest';
import type { DB, Store } from '../../src/core/db/database.ts';
import { takeValues } from '../../src/statistics/values.ts';

/** The stored value of one cell (institution id, data element code, period), 0 when there is none. */
export async function storedValue(store: Store, institutionId: number, element: string, period: string): Promise<number> {
  const r = await store.db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.element_id')
    .select('v.value')
    .where('v.institution_id', '=', institutionId)
    .where('e.code', '=', element)
    .where('v.period', '=', period)
    .executeTakeFirst();
  return r ? Number(r.value) : 0;
}

/**
 * A test's starting values, taken as a file's rows are (by institution and element codes; numbered from 1), written
 * without access checks and audited one by one, on 01/12/2026; any problem fails the test.
 */
export async function givenValues(db: DB, values: { institution: string; dataElement: string; period: string; value: number }[]): Promise<void> {
  const r = await takeValues(
    db,
    values.map((v, i) => ({ row: i + 1, ...v })),
    { userId: null, canWrite: () => true, audit: 'each', source: 'test', today: '2026-12-01' },
  );
  expect(r.problems).toEqual([]);
}
