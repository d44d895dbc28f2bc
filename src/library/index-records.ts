import type { DB } from '../core/db/database.ts';
import { indexDocuments, type SearchDocument } from '../search/index.ts';
import { placesById } from './places.ts';

/** Rebuilds the search documents of catalogue records (kind 'book'): their text and the libraries holding them. */
export async function indexRecords(db: DB, recordIds: number[]): Promise<void> {
  const ids = [...new Set(recordIds)];
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    const records = await db.selectFrom('lib_records').selectAll().where('id', 'in', part).execute();
    const holdings = await db.selectFrom('lib_items').select(['record_id', 'institution_id']).distinct().where('record_id', 'in', part).where('status', '!=', 'withdrawn').execute();
    const places = await placesById(db, [...holdings.map((h) => h.institution_id), ...records.flatMap((r) => (r.institution_id ? [r.institution_id] : []))]);
    const held = new Map<number, number[]>();
    for (const h of holdings) held.set(h.record_id, [...(held.get(h.record_id) ?? []), h.institution_id]);
    const docs: SearchDocument[] = records.map((r) => {
      const libs = (held.get(r.id) ?? []).map((id) => places.get(id)).filter((p) => p !== undefined);
      return {
        kind: 'book',
        refId: r.id,
        institutionId: r.institution_id,
        unitId: r.institution_id ? (places.get(r.institution_id)?.unitId ?? null) : null,
        units: libs.flatMap((p) => (p.unitId ? [p.unitId] : [])),
        title: r.title,
        creator: r.author,
        body: [r.publisher, r.isbn, r.notes].filter(Boolean).join(' · '),
        year: r.year,
        language: r.language,
        subjects: JSON.parse(r.subjects) as string[],
        audience: JSON.parse(r.audience) as string[],
        facets: { library: libs.map((p) => p.code), type: [r.material] },
        url: `/tra-cuu/sach/${r.id}`,
      };
    });
    await indexDocuments(db, docs);
  }
}
