import type { DB } from '../core/db/database.ts';

/** What this branch's capabilities put in the one search (the shape of src/search's SearchDocument). */
export interface SearchDoc {
  kind: 'object' | 'exhibition' | 'event' | 'club';
  refId: number;
  institutionId: number;
  unitId: number | null;
  title: string;
  creator?: string | null;
  body?: string | null;
  year?: number | null;
  subjects?: string[];
  url: string;
}

/**
 * Puts documents in the search, in the caller's transaction. Until the library branch's
 * `src/search` is merged this does nothing and `/tim-kiem` reads the tables directly
 * (portal/search-fallback.ts).
 */
export async function indexDocs(_db: DB, _docs: SearchDoc[]): Promise<void> {}

export async function removeDocs(_db: DB, _kind: SearchDoc['kind'], _refIds: number[]): Promise<void> {}

/** The unit an institution belongs to now. */
export async function unitOfInstitution(db: DB, institutionId: number): Promise<number | null> {
  const r = await db.selectFrom('institution_units').select('unit_id').where('institution_id', '=', institutionId).where('valid_to', 'is', null).executeTakeFirst();
  return r?.unit_id ?? null;
}
