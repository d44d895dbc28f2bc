import type { DB } from '../core/db/database.ts';

export interface Place {
  id: number;
  code: string;
  name: string;
  kind: string;
  unitId: number | null;
}

/** Institutions with the unit they belong to now, by id. */
export async function placesById(db: DB, ids: number[]): Promise<Map<number, Place>> {
  const out = new Map<number, Place>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('institutions as i')
      .leftJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
      .select(['i.id', 'i.code', 'i.name', 'i.kind', 'iu.unit_id'])
      .where('i.id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, { id: r.id, code: r.code, name: r.name, kind: r.kind, unitId: r.unit_id ?? null });
  }
  return out;
}

export async function placeByCode(db: DB, code: string): Promise<Place | undefined> {
  const r = await db.selectFrom('institutions').select('id').where('code', '=', code).executeTakeFirst();
  return r ? (await placesById(db, [r.id])).get(r.id) : undefined;
}
