import { sql, type RawBuilder } from 'kysely';
import { engineOf, type DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { highlight, snippet } from './highlight.ts';
import { MAX_QUERY_LENGTH, queryTerms, type QueryTerms } from './text.ts';
import { BUILTIN_FACETS, type FacetCount, type SearchHit, type SearchQuery, type SearchResult } from './types.ts';

const FACET_VALUES_SHOWN = 20;
const MAX_LIMIT = 100;

/** The query too long to be a search: a clear 400, in both languages. */
export function tooLong(): UserError {
  return new UserError(
    `Từ khóa tìm kiếm quá dài (tối đa ${MAX_QUERY_LENGTH} ký tự).`,
    400,
    [{ field: 'q', message: `Tối đa ${MAX_QUERY_LENGTH} ký tự.`, messageEn: `At most ${MAX_QUERY_LENGTH} characters.` }],
    `The search text is too long (at most ${MAX_QUERY_LENGTH} characters).`,
  );
}

/**
 * How many matches are ranked and faceted. A broad query (one common word over a million records) is answered from
 * its newest CANDIDATES matches: ranked among themselves, facets counted over them, the total given as "at least".
 * This keeps every query within a few milliseconds on SQLite; narrower queries are exact.
 */
export const CANDIDATES = 2000;

const quote = (w: string) => `"${w}"`;

/**
 * The matching documents passing the filters (at most CANDIDATES, newest first), each with its score: 0 when it holds
 * the query's words with their marks as typed, 1 otherwise. Two index scans in rowid order, each stopping at the cap
 * (FTS5's bm25 would scan every match of every word: 80–180 ms for a common word over a million records).
 */
function candidates(db: DB, t: QueryTerms, where: RawBuilder<unknown>): RawBuilder<unknown> {
  if (t.folded.length === 0) return sql`SELECT d.id AS id, 1 AS score FROM search_documents d WHERE ${where} ORDER BY d.id DESC LIMIT ${CANDIDATES}`;
  const sqlite = engineOf(db) === 'sqlite';
  const scan = (words: string[], column: string, score: number) =>
    sqlite
      ? sql`SELECT * FROM (SELECT d.id AS id, ${sql.lit(score)} AS score FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
          WHERE search_fts MATCH ${`${column} : (${words.map(quote).join(' ')})`} AND ${where} ORDER BY search_fts.rowid DESC LIMIT ${CANDIDATES}) s${sql.lit(score)}`
      : sql`SELECT * FROM (SELECT d.id AS id, ${sql.lit(score)} AS score FROM search_documents d
          WHERE d.${sql.ref(column === 'exact' ? 'exact_tsv' : 'folded_tsv')} @@ plainto_tsquery('simple', ${words.join(' ')}) AND ${where} ORDER BY d.id DESC LIMIT ${CANDIDATES}) s${sql.lit(score)}`;
  const folded = scan(t.folded, '{title rest}', 1);
  if (!t.marked) return folded;
  return sql`SELECT id, MIN(score) AS score FROM (${scan(t.exact, 'exact', 0)} UNION ALL ${folded}) u GROUP BY id ORDER BY 2, 1 DESC LIMIT ${CANDIDATES}`;
}

function filters(query: SearchQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.kinds?.length) parts.push(sql`d.kind IN (${sql.join(query.kinds)})`);
  for (const [name, values] of Object.entries(query.facets ?? {})) {
    if (values.length === 0) continue;
    parts.push(sql`d.id IN (SELECT doc_id FROM search_facets WHERE facet = ${name} AND value IN (${sql.join(values)}))`);
  }
  if (query.unitId != null) {
    parts.push(sql`d.id IN (SELECT su.doc_id FROM search_units su JOIN unit_closure c ON c.descendant_id = su.unit_id WHERE c.ancestor_id = ${query.unitId})`);
  }
  return sql.join(parts, sql` AND `);
}

interface Row {
  id: number;
  kind: string;
  ref_id: number;
  institution_id: number | null;
  title: string;
  creator: string | null;
  body: string | null;
  year: number | null;
  language: string | null;
  url: string | null;
  score: number;
}

/**
 * One search over every kind of document: Vietnamese-aware words (with or without marks), facet filters,
 * a unit's subtree; hits with highlights, exact-mark matches first, the total and facet counts.
 * Punctuation only gives no hits and the notice 'no-terms'; over-long text a UserError (400).
 */
export async function search(db: DB, query: SearchQuery): Promise<SearchResult> {
  const q = query.q ?? '';
  if (q.length > MAX_QUERY_LENGTH) throw tooLong();
  const t = queryTerms(q);
  if (q.trim() !== '' && t.folded.length === 0) return { hits: [], total: 0, facets: {}, notice: 'no-terms' };
  const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? 20)), MAX_LIMIT);
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));

  // the candidates are read once; the page and the facet counts then look them up by id
  const cands = (await sql<{ id: number; score: number }>`${candidates(db, t, filters(query))}`.execute(db)).rows
    .map((r) => ({ id: Number(r.id), score: Number(r.score) }))
    .sort((a, b) => a.score - b.score || b.id - a.id);
  const total = cands.length;
  const shown = cands.slice(offset, offset + limit);
  const scoreOf = new Map(shown.map((c) => [c.id, c.score]));
  const rows = shown.length
    ? (await sql<Row>`SELECT d.id, d.kind, d.ref_id, d.institution_id, d.title, d.creator, d.body, d.year, d.language, d.url FROM search_documents d WHERE d.id IN (${sql.join(shown.map((c) => c.id))})`.execute(db)).rows
    : [];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const page = shown.flatMap((c) => (byId.has(c.id) ? [{ ...byId.get(c.id)!, score: scoreOf.get(c.id)! }] : []));

  const names = [...new Set([...(query.countFacets ?? BUILTIN_FACETS), ...Object.keys(query.facets ?? {})])];
  const facets: Record<string, FacetCount[]> = Object.fromEntries(names.map((n) => [n, []]));
  if (names.length > 0 && total > 0) {
    // SQLite: read each candidate's facet rows along (doc, facet, value); its planner would otherwise walk the facet key
    const from = engineOf(db) === 'sqlite' ? sql`search_facets f INDEXED BY search_facets_doc` : sql`search_facets f`;
    const counted = await sql<{ facet: string; value: string; n: number }>`SELECT f.facet, f.value, count(*) AS n
      FROM ${from} WHERE f.doc_id IN (${sql.join(cands.map((c) => c.id))}) AND f.facet IN (${sql.join(names)}) GROUP BY f.facet, f.value`.execute(db);
    for (const r of counted.rows) facets[r.facet]!.push({ value: r.value, count: Number(r.n) });
    for (const n of names) facets[n] = facets[n]!.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_VALUES_SHOWN);
  }

  const terms = new Set(t.folded);
  const hits: SearchHit[] = page.map((r) => ({
    id: r.id,
    kind: r.kind,
    refId: r.ref_id,
    institutionId: r.institution_id,
    title: r.title,
    creator: r.creator,
    year: r.year,
    language: r.language,
    url: r.url,
    exact: Number(r.score) === 0,
    highlights: { title: highlight(r.title, terms), creator: highlight(r.creator ?? '', terms), body: snippet(r.body ?? '', terms) },
  }));
  return { hits, total, facets, ...(total >= CANDIDATES ? { atLeast: true } : {}) };
}
