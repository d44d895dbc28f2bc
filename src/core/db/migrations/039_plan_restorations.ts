import type { Kysely, Migration } from 'kysely';

/**
 * Known phrases restored in a scanned plan (issue 22): the header fields' text as the reader read it, kept beside the
 * restored title and issuer so the review can show what changed and put the original back (JSON `{ title?, issuer? }`).
 */
export function planRestorations(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('plans').addColumn('restored', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('plans').dropColumn('restored').execute();
    },
  };
}
