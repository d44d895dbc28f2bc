import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf, type Dialect } from '../core/db/dialect.ts';
import type { SearchDocumentTable } from '../core/db/tables/search.ts';
import { COLUMN_FACETS, facetKey } from './facet-keys.ts';
import { wordIndexOf } from './full-text.ts';
import type { QueryTerms } from './text.ts';
import type { SearchQuery } from './types.ts';

/**
 * How many matches are read, ranked and faceted. A broad query (one common word over a million records) is answered
 * from its newest CANDIDATES matches: ranked among themselves, facets counted over them, the total given as "at least".
 * Narrower queries (any real title or author) are exact.
 */
export const CANDIDATES = 1000;

/**
 * A candidate row: what the ranking and the facet counts read of every candidate (the columns of COLUMNS). The rest
 * a hit shows is read for the page's rows only (`shownOf`): of a thousand candidates twenty are shown.
 */
export type Candidate = { id: number } & Pick<SearchDocumentTable, 'title' | 'creator' | 'body' | 'facet_keys'>;

const COLUMNS = sql`d.id, d.title, d.creator, d.body, d.facet_keys`;

/** What a hit shows beyond its candidate row. */
export type Shown = Pick<SearchDocumentTable, 'kind' | 'ref_id' | 'institution_id' | 'year' | 'language' | 'url'>;

/** The shown columns of the documents `ids` (the page's hits), by id. */
export async function shownOf(db: DB, ids: number[]): Promise<Map<number, Shown>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('search_documents')
    .select(['id', 'kind', 'ref_id', 'institution_id', 'year', 'language', 'url'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map(({ id, ...r }) => [Number(id), { ...r, ref_id: Number(r.ref_id) }]));
}

/** The owner filter: the values are ids (a value that is not one matches nothing). */
function institutionIn(values: string[]): RawBuilder<unknown> {
  const ids = values.map(Number).filter(Number.isInteger);
  return ids.length ? sql`d.institution_id IN (${sql.join(ids)})` : sql`1 = 0`;
}

/**
 * The filters as SQL over `d` (search_documents). With query words the full-text index drives and each candidate's
 * facets are checked on its own row (`facet_keys`); without, the facet table's index finds the documents. The column
 * facets (kind, institution) are their columns either way.
 */
function filters(query: SearchQuery, byIndex: boolean, dialect: Dialect): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (query.kinds?.length) parts.push(sql`d.kind IN (${sql.join(query.kinds)})`);
  for (const [name, values] of Object.entries(query.facets ?? {})) {
    if (values.length === 0) continue;
    const column = COLUMN_FACETS.get(name);
    if (column === 'kind') parts.push(sql`d.kind IN (${sql.join(values)})`);
    else if (column === 'institution_id') parts.push(institutionIn(values));
    else if (byIndex) parts.push(sql`d.id IN (SELECT doc_id FROM search_facets WHERE facet = ${name} AND value IN (${sql.join(values)}))`);
    else
      parts.push(
        sql`(${sql.join(
          values.map((v) => dialect.textContains(sql`d.facet_keys`, facetKey(name, v))),
          sql` OR `,
        )})`,
      );
  }
  if (query.unitId != null) {
    parts.push(sql`d.id IN (SELECT su.doc_id FROM search_units su JOIN unit_closure c ON c.descendant_id = su.unit_id WHERE c.ancestor_id = ${query.unitId})`);
  }
  return sql.join(parts, sql` AND `);
}

/**
 * One pass over the full-text index (FTS5 on SQLite, the folded tsvector on PostgreSQL): the newest documents holding
 * every query word (marks ignored) and passing the filters, at most CANDIDATES, with `more` when there were others.
 * Read in rowid order from the newest, the scan stops at the cap (FTS5's bm25 would walk every match of every word).
 */
export async function candidates(db: DB, t: QueryTerms, query: SearchQuery): Promise<{ rows: Candidate[]; more: boolean }> {
  const dialect = dialectOf(db);
  const limit = CANDIDATES + 1;
  const q =
    t.folded.length === 0
      ? sql<Candidate>`SELECT ${COLUMNS} FROM search_documents d WHERE ${filters(query, true, dialect)} ORDER BY d.id DESC LIMIT ${limit}`
      : wordIndexOf(db).matching<Candidate>(COLUMNS, t.folded, filters(query, false, dialect), limit);
  const { rows } = await q.execute(db);
  for (const r of rows) r.id = Number(r.id);
  const more = rows.length > CANDIDATES;
  return { rows: more ? rows.slice(0, CANDIDATES) : rows, more };
}
