import { sql, type Kysely, type Migration } from 'kysely';
import type { Store } from '../database.ts';

/**
 * Search: each document keeps its facet values on its own row (`facet_keys`, `\nfacet=value\n…`), so a search
 * counts facets from the candidate rows it reads anyway (no join over `search_facets`). `search_facets` stays for
 * browsing by a facet without a query. Existing documents are rewritten from their `search_facets` rows
 * (once, when the migration runs). The facet table's index by document then goes: facet rows are deleted
 * by their full key, read from the document's `facet_keys` (one index less to write per facet value).
 */
export function searchFacetKeys(store: Store): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('search_documents').addColumn('facet_keys', 'text').execute();
      if (store.engine === 'sqlite') {
        await sql`UPDATE search_documents SET facet_keys = (SELECT char(10) || group_concat(f.facet || '=' || f.value, char(10)) || char(10)
          FROM search_facets f WHERE f.doc_id = search_documents.id)`.execute(db);
      } else {
        await sql`UPDATE search_documents d SET facet_keys = f.keys FROM (SELECT doc_id, E'\n' || string_agg(facet || '=' || value, E'\n') || E'\n' AS keys
          FROM search_facets GROUP BY doc_id) f WHERE f.doc_id = d.id`.execute(db);
      }
      await db.schema.dropIndex('search_facets_doc').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.createIndex('search_facets_doc').on('search_facets').columns(['doc_id', 'facet', 'value']).execute();
      await db.schema.alterTable('search_documents').dropColumn('facet_keys').execute();
    },
  };
}
