import type { Kysely, Migration } from 'kysely';

/**
 * What the plan reader said of an uploaded document (issue 22), kept with the document as read so the review shows it:
 * the kind it took the document for (`plan`, `decision`, `report`, `news`, `other`), its warnings in words (JSON array:
 * read by OCR, a page turned, tracked changes left in a Word file, not shaped like a plan) and the past results it read
 * apart from the targets (JSON array of `{ text, year, value, unit }`).
 */
export function readingNotes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('plan_documents').addColumn('kind', 'text').execute();
      await db.schema.alterTable('plan_documents').addColumn('warnings', 'text').execute();
      await db.schema.alterTable('plan_documents').addColumn('results', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const c of ['results', 'warnings', 'kind']) await db.schema.alterTable('plan_documents').dropColumn(c).execute();
    },
  };
}
