import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The column facets (`kind`, `institution`: search/facet-keys.ts) are filtered by their columns of
 * `search_documents` and no longer written to `search_facets`: their rows are taken out. Down puts them back
 * from the documents.
 */
export const columnFacets: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`DELETE FROM search_facets WHERE facet IN ('kind', 'institution')`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`INSERT INTO search_facets (facet, value, doc_id) SELECT 'kind', kind, id FROM search_documents`.execute(db);
    await sql`INSERT INTO search_facets (facet, value, doc_id)
      SELECT 'institution', CAST(institution_id AS TEXT), id FROM search_documents WHERE institution_id IS NOT NULL`.execute(db);
  },
};
