import { sql, type Kysely, type Migration } from 'kysely';
import type { Store } from '../database.ts';

/**
 * SQLite kept the search's facet rows twice: the table in rowid order and its primary key (facet, value, document)
 * as a separate index, which is all that is ever read. Re-created WITHOUT ROWID, clustered by that key, a document's
 * facet values are written once instead of twice (about half the cost of indexing a catalogue record's facets, and
 * half the table's size). PostgreSQL is unchanged.
 */
export function clusteredSearchFacets(store: Store): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (store.engine !== 'sqlite') return;
      await sql`CREATE TABLE search_facets_new (facet text NOT NULL, value text NOT NULL, doc_id integer NOT NULL,
        PRIMARY KEY (facet, value, doc_id)) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO search_facets_new SELECT facet, value, doc_id FROM search_facets ORDER BY facet, value, doc_id`.execute(db);
      await sql`DROP TABLE search_facets`.execute(db);
      await sql`ALTER TABLE search_facets_new RENAME TO search_facets`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (store.engine !== 'sqlite') return;
      await sql`CREATE TABLE search_facets_old (facet text NOT NULL, value text NOT NULL, doc_id integer NOT NULL,
        CONSTRAINT search_facets_pk PRIMARY KEY (facet, value, doc_id))`.execute(db);
      await sql`INSERT INTO search_facets_old SELECT facet, value, doc_id FROM search_facets`.execute(db);
      await sql`DROP TABLE search_facets`.execute(db);
      await sql`ALTER TABLE search_facets_old RENAME TO search_facets`.execute(db);
    },
  };
}
