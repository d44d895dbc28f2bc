import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/**
 * The one search (src/search): documents of every kind, their facet values and units, and the full-text
 * index over their folded and exact words — FTS5 (contentless, deletable) on SQLite, weighted tsvector
 * columns with GIN indexes on PostgreSQL. Written in the same transaction as the documents.
 */
export function searchTables(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);
  return {
    async up(db: Kysely<unknown>) {
      await id(db.schema.createTable('search_documents'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'integer', (c) => c.notNull())
        .addColumn('institution_id', 'integer')
        .addColumn('unit_id', 'integer')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('creator', 'text')
        .addColumn('body', 'text')
        .addColumn('year', 'integer')
        .addColumn('language', 'text')
        .addColumn('url', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('search_documents_ref').on('search_documents').columns(['kind', 'ref_id']).unique().execute();

      await db.schema
        .createTable('search_facets')
        .addColumn('facet', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('doc_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_facets_pk', ['facet', 'value', 'doc_id'])
        .execute();
      await db.schema.createIndex('search_facets_doc').on('search_facets').columns(['doc_id', 'facet', 'value']).execute();

      await db.schema
        .createTable('search_units')
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('doc_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_units_pk', ['unit_id', 'doc_id'])
        .execute();
      await db.schema.createIndex('search_units_doc').on('search_units').column('doc_id').execute();

      if (store.engine === 'sqlite') {
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, rest, exact, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', detail='column')`.execute(
          db,
        );
      } else {
        await sql`ALTER TABLE search_documents ADD COLUMN folded_tsv tsvector, ADD COLUMN exact_tsv tsvector`.execute(db);
        await sql`CREATE INDEX search_documents_folded ON search_documents USING gin (folded_tsv)`.execute(db);
        await sql`CREATE INDEX search_documents_exact ON search_documents USING gin (exact_tsv)`.execute(db);
      }
    },
  };
}
