import type { DB } from '../core/db/database.ts';
import { indexDocuments, type SearchDocument } from '../search/index.ts';
import type { DocumentTexts } from '../search/types.ts';
import type { Bib } from './bib.ts';
import { bookText } from './book-text.ts';
import { placesById, type Place } from './places.ts';

/** The search document of a catalogue record held by these libraries. */
export function recordDocument(
  r: { id: number; institutionId: number | null; bib: Bib; folded?: DocumentTexts },
  libs: Place[],
  owner: Place | undefined,
): SearchDocument {
  const b = r.bib;
  return {
    kind: 'book',
    refId: r.id,
    institutionId: r.institutionId,
    unitId: owner?.unitId ?? null,
    units: libs.flatMap((p) => (p.unitId ? [p.unitId] : [])),
    ...bookText(b),
    ...(r.folded ? { folded: r.folded } : {}),
    year: b.year,
    language: b.language,
    audience: b.audience,
    facets: { library: libs.map((p) => p.code), type: [b.material] },
    url: `/tra-cuu/sach/${r.id}`,
  };
}

/** Rebuilds the search documents of catalogue records (kind 'book'): their text and the libraries holding them. */
export async function indexRecords(db: DB, recordIds: number[]): Promise<void> {
  const ids = [...new Set(recordIds)];
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    const records = await db.selectFrom('lib_records').selectAll().where('id', 'in', part).execute();
    const holdings = await db
      .selectFrom('lib_items')
      .select(['record_id', 'institution_id'])
      .distinct()
      .where('record_id', 'in', part)
      .where('status', '!=', 'withdrawn')
      .execute();
    const places = await placesById(db, [...holdings.map((h) => h.institution_id), ...records.flatMap((r) => (r.institution_id ? [r.institution_id] : []))]);
    const held = new Map<number, number[]>();
    for (const h of holdings) held.set(h.record_id, [...(held.get(h.record_id) ?? []), h.institution_id]);
    const docs: SearchDocument[] = records.map((r) => {
      const libs = (held.get(r.id) ?? []).map((id) => places.get(id)).filter((p) => p !== undefined);
      const bib: Bib = {
        isbn: r.isbn,
        title: r.title,
        author: r.author,
        publisher: r.publisher,
        year: r.year,
        language: r.language,
        material: r.material as Bib['material'],
        subjects: JSON.parse(r.subjects) as string[],
        audience: JSON.parse(r.audience) as Bib['audience'],
        notes: r.notes,
        controlNumber: r.control_number,
      };
      return recordDocument({ id: r.id, institutionId: r.institution_id, bib }, libs, r.institution_id ? places.get(r.institution_id) : undefined);
    });
    await indexDocuments(db, docs);
  }
}
