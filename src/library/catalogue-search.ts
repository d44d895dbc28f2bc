import type { DB } from '../core/db/database.ts';
import { search, type SearchQuery, type SearchResult } from '../search/index.ts';
import { availability, type Availability } from './items.ts';

/** One catalogue hit as the CLI and the API give it. */
export interface CatalogueHit {
  id: number;
  title: string;
  author: string | null;
  year: number | null;
  /** Libraries (and service points) where copies are now, with how many can be borrowed. */
  libraries: { code: string; name: string; total: number; available: number }[];
}

/** The network catalogue's search (books only): hits with their availability per library. */
export async function searchCatalogue(db: DB, query: SearchQuery): Promise<{ result: SearchResult; hits: CatalogueHit[]; where: Map<number, Availability[]> }> {
  const result = await search(db, { ...query, kinds: query.kinds ?? ['book'] });
  const where = await availability(
    db,
    result.hits.filter((h) => h.kind === 'book').map((h) => h.refId),
  );
  const hits = result.hits
    .filter((h) => h.kind === 'book')
    .map((h) => ({
      id: h.refId,
      title: h.title,
      author: h.creator,
      year: h.year,
      libraries: (where.get(h.refId) ?? []).map((a) => ({ code: a.code, name: a.name, total: a.total, available: a.available })),
    }));
  return { result, hits, where };
}

/** The most hits one page of the JSON search gives, and the default. */
const PAGE_MAX = 100;
const PAGE_DEFAULT = 20;

/** One page of the catalogue search as `GET /api/v1/catalogue/search` answers it (public: books and where they are). */
export async function catalogueSearchPage(
  db: DB,
  query: { q?: string; limit?: number; offset?: number },
): Promise<{ total: number; notice: 'no-terms' | null; hits: CatalogueHit[] }> {
  const limit = Math.min(PAGE_MAX, query.limit || PAGE_DEFAULT);
  const { hits, result } = await searchCatalogue(db, { q: query.q ?? '', limit, offset: query.offset ?? 0 });
  return { total: result.total, notice: result.notice ?? null, hits };
}
