import type { DB } from '../core/db/database.ts';
import { indexDocs, type SearchDoc } from '../search/public-docs.ts';
import { nameFacetValues } from '../search/facet-names.ts';
import { eventKindName } from './messages.ts';

/** An event's subject in the search is its kind's code: named for the search pages. */
nameFacetValues('subject', eventKindName);

/** Events as search documents, written in the same transaction as the events. */
export async function indexEvents(db: DB, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .leftJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .select(['e.id', 'e.institution_id', 'e.title', 'e.description', 'e.place', 'e.kind', 'e.starts_at', 'i.name as institution', 'iu.unit_id'])
    .where('e.id', 'in', ids)
    .execute();
  const docs: SearchDoc[] = rows.map((r) => ({
    kind: 'event',
    refId: r.id,
    institutionId: r.institution_id,
    unitId: r.unit_id,
    title: r.title,
    creator: r.institution,
    body: `${r.place} ${r.description}`,
    year: Number(r.starts_at.slice(0, 4)),
    subjects: [r.kind],
    url: `/su-kien/${r.id}`,
  }));
  await indexDocs(db, docs);
}
