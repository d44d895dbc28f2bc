import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';

/**
 * A scanned plan read in the background (issue 22): OCR takes seconds a page, so a long scan is read after the
 * upload has answered, and the person watches its progress. One row per reading, shared by every process (the page
 * that shows the progress may be served by another worker than the one reading): what was typed on the form, the
 * pages read, and at the end the draft plan or the refusal in words.
 */
export function planReadings(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await withId(engine, db.schema.createTable('plan_readings'))
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('unit_typed', 'text', (c) => c.notNull())
        .addColumn('institution_typed', 'text', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('pages_done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pages_total', 'integer')
        .addColumn('plan_id', 'integer')
        .addColumn('error', 'text')
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_readings_user').on('plan_readings').columns(['user_id', 'started_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('plan_readings').execute();
    },
  };
}
