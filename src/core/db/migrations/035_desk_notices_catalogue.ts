import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';

/**
 * The library desk's overdue notices and catalogue editing (issue 20): a reader's e-mail (where notices go); one row
 * per overdue loan noticed per local day (the unique key: the same loan is never noticed twice the same day, whoever
 * sends, however often), with who sent it and whether it was mailed; a copy's call number and, when withdrawn, the
 * day and reason (the copy stays, its history with it).
 */
export function deskNoticesCatalogue(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('lib_patrons').addColumn('email', 'text').execute();
      await withId(engine, db.schema.createTable('lib_notices'))
        .addColumn('loan_id', 'integer', (c) => c.notNull().references('lib_loans.id'))
        .addColumn('institution_id', 'integer', (c) => c.notNull())
        .addColumn('patron_id', 'integer', (c) => c.notNull())
        .addColumn('sent_on', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('sent_by', 'integer')
        .addColumn('overdue_days', 'integer', (c) => c.notNull())
        /** The address mailed, or null when the notice was printed / handed over. */
        .addColumn('email', 'text')
        .addUniqueConstraint('lib_notices_loan_day', ['loan_id', 'sent_on'])
        .execute();
      await db.schema.createIndex('lib_notices_library').on('lib_notices').columns(['institution_id', 'sent_on']).execute();
      await db.schema.alterTable('lib_items').addColumn('call_number', 'text').execute();
      await db.schema.alterTable('lib_items').addColumn('withdrawn_on', 'text').execute();
      await db.schema.alterTable('lib_items').addColumn('withdrawn_reason', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('lib_items').dropColumn('withdrawn_reason').execute();
      await db.schema.alterTable('lib_items').dropColumn('withdrawn_on').execute();
      await db.schema.alterTable('lib_items').dropColumn('call_number').execute();
      await db.schema.dropIndex('lib_notices_library').execute();
      await db.schema.dropTable('lib_notices').execute();
      await db.schema.alterTable('lib_patrons').dropColumn('email').execute();
    },
  };
}
