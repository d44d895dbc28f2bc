import type { DB } from '../core/db/database.ts';
import { notFound } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import type { ItemStatus } from './catalogue-messages.ts';

export type { ItemStatus } from './catalogue-messages.ts';

export interface Item {
  id: number;
  recordId: number;
  barcode: string;
  institutionId: number;
  atInstitutionId: number;
  location: string | null;
  status: ItemStatus;
}

export async function itemByBarcode(db: DB, barcode: string): Promise<Item> {
  const code = clean(barcode);
  // whatever its case, as the desk reads it (an index on upper(barcode), migration 026)
  const r = await db
    .selectFrom('lib_items')
    .selectAll()
    .where((eb) => eb(eb.fn('upper', ['barcode']), '=', eb.fn('upper', [eb.val(code)])))
    .executeTakeFirst();
  if (!r) throw notFound(`bản sách có mã vạch "${code}"`, `Item with barcode "${code}"`);
  return {
    id: r.id,
    recordId: r.record_id,
    barcode: r.barcode,
    institutionId: r.institution_id,
    atInstitutionId: r.at_institution_id,
    location: r.location,
    status: r.status as ItemStatus,
  };
}

export interface Availability {
  institutionId: number;
  code: string;
  name: string;
  total: number;
  available: number;
  /** Copies of this library now at another place (a rotation). */
  away: number;
}

/** Copies per place where they are now, with how many can be borrowed, for records shown in the search. */
export async function availability(db: DB, recordIds: number[]): Promise<Map<number, Availability[]>> {
  const out = new Map<number, Availability[]>();
  if (recordIds.length === 0) return out;
  const rows = await db
    .selectFrom('lib_items as it')
    .innerJoin('institutions as i', 'i.id', 'it.at_institution_id')
    .select(['it.record_id', 'it.at_institution_id', 'it.institution_id', 'it.status', 'i.code', 'i.name'])
    .where('it.record_id', 'in', recordIds)
    .where('it.status', 'not in', ['withdrawn', 'lost'])
    .execute();
  for (const r of rows) {
    const list = out.get(r.record_id) ?? [];
    let a = list.find((x) => x.institutionId === r.at_institution_id);
    if (!a) list.push((a = { institutionId: r.at_institution_id, code: r.code, name: r.name, total: 0, available: 0, away: 0 }));
    a.total += 1;
    if (r.status === 'available') a.available += 1;
    if (r.at_institution_id !== r.institution_id) a.away += 1;
    out.set(r.record_id, list);
  }
  return out;
}
