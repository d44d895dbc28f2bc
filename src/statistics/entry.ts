import type { DB } from '../core/db/database.ts';
import type { Sector } from '../network/catalogue.ts';
import { listElements, type DataElement } from './elements.ts';

/** The elements an institution of a sector reports (its own sector's and the common ones). */
export async function elementsForSector(db: DB, sector: Sector | string): Promise<DataElement[]> {
  return (await listElements(db)).filter((e) => e.sector === sector || e.sector === 'common');
}

/** Stored values of one institution for one year: element code → period → value. */
export async function valuesOf(db: DB, institutionId: number, year: number): Promise<Map<string, Map<string, number>>> {
  const rows = await db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.element_id')
    .select(['e.code', 'v.period', 'v.value'])
    .where('v.institution_id', '=', institutionId)
    .where('v.year', '=', year)
    .execute();
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.code) ?? new Map<string, number>();
    m.set(r.period, Number(r.value));
    out.set(r.code, m);
  }
  return out;
}

/** The form's cell name for an element and period: `v:LIB_LOANS:2025-03`. */
export const cellName = (element: string, period: string) => `v:${element}:${period}`;
