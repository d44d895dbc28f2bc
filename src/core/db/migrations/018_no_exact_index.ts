import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * PostgreSQL kept a GIN index over `search_documents.exact_tsv`, a column nothing has written or searched since exact
 * marks are told apart in the ranking (search/rank.ts): every indexed document still added an entry to it. The
 * index and the column go. (SQLite's FTS table keeps its empty `exact` column: dropping it means rebuilding the index,
 * and an empty column costs nothing.)
 */
export function noExactIndex(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await sql`DROP INDEX IF EXISTS search_documents_exact`.execute(db);
      await sql`ALTER TABLE search_documents DROP COLUMN IF EXISTS exact_tsv`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await sql`ALTER TABLE search_documents ADD COLUMN exact_tsv tsvector`.execute(db);
      await sql`CREATE INDEX search_documents_exact ON search_documents USING gin (exact_tsv)`.execute(db);
    },
  };
}
