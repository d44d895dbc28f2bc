import type { DB } from '../core/db/database.ts';
import { coreErrors, UserError } from '../core/errors.ts';
import { errors } from '../core/i18n/catalogue.ts';
import { candidates, shownOf } from './candidates.ts';
import { countFacetKeys } from './facet-keys.ts';
import { highlight, snippet } from './highlight.ts';
import { rank } from './rank.ts';
import { MAX_QUERY_LENGTH, queryTerms } from './text.ts';
import { BUILTIN_FACETS, type FacetCount, type SearchHit, type SearchQuery, type SearchResult } from './types.ts';

export { CANDIDATES } from './candidates.ts';

const FACET_VALUES_SHOWN = 20;
const MAX_LIMIT = 100;

const searchErrors = errors({
  queryTooLong: { code: 'E8501', vi: 'Từ khóa tìm kiếm quá dài (tối đa {max} ký tự).', en: 'The search text is too long (at most {max} characters).' },
});

/** The query too long to be a search: a clear 400, in both languages. */
export function tooLong(): UserError {
  return new UserError(searchErrors.queryTooLong({ max: MAX_QUERY_LENGTH }), 400, [{ field: 'q', said: coreErrors.tooLong({ max: MAX_QUERY_LENGTH }) }]);
}

/**
 * One search over every kind of document: Vietnamese-aware words (with or without marks), facet filters,
 * a unit's subtree; hits with highlights, ranked (rank.ts: exact marks first, field-weighted relevance, newest),
 * the total and facet counts — all from one read of the candidates (candidates.ts), then what the page's hits show.
 * Punctuation only gives no hits and the notice 'no-terms'; over-long text a UserError (400).
 */
export async function search(db: DB, query: SearchQuery): Promise<SearchResult> {
  const q = query.q ?? '';
  if (q.length > MAX_QUERY_LENGTH) throw tooLong();
  const t = queryTerms(q);
  if (q.trim() !== '' && t.folded.length === 0) return { hits: [], total: 0, facets: {}, notice: 'no-terms' };
  const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? 20)), MAX_LIMIT);
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));

  const { rows, more } = await candidates(db, t, query);
  const ranked = rank(rows, t);
  const total = rows.length;

  const names = [...new Set([...(query.countFacets ?? BUILTIN_FACETS), ...Object.keys(query.facets ?? {})])];
  const counts = new Map<string, Map<string, number>>();
  const wanted = new Set(names);
  for (const r of rows) countFacetKeys(r.facet_keys, wanted, counts);
  const facets: Record<string, FacetCount[]> = Object.fromEntries(
    names.map((n) => [
      n,
      [...(counts.get(n) ?? [])]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, FACET_VALUES_SHOWN),
    ]),
  );

  const terms = new Set(t.folded);
  const page = ranked.slice(offset, offset + limit);
  const shown = await shownOf(
    db,
    page.map(({ row }) => row.id),
  );
  const hits: SearchHit[] = page.flatMap(({ row: r, exact }) => {
    const s = shown.get(r.id);
    if (!s) return []; // removed since the candidates were read
    return [
      {
        id: r.id,
        kind: s.kind,
        refId: s.ref_id,
        institutionId: s.institution_id,
        title: r.title,
        creator: r.creator,
        year: s.year,
        language: s.language,
        url: s.url,
        exact,
        highlights: { title: highlight(r.title, terms), creator: highlight(r.creator ?? '', terms), body: snippet(r.body ?? '', terms) },
      },
    ];
  });
  return { hits, total, facets, ...(more ? { atLeast: true } : {}) };
}
