import type { Store } from '../../src/core/db/database.ts';

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
