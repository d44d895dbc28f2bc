import type { Kysely, Migration } from 'kysely';

/**
 * Circulation, second pass (library): the loan rules matrix gains the hold pickup period and the
 * fines-free flag; a hold set aside for a reader keeps the day it expires.
 */
export function circulationRules(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('lib_loan_rules')
        .addColumn('hold_days', 'integer', (c) => c.notNull().defaultTo(7))
        .execute();
      await db.schema
        .alterTable('lib_loan_rules')
        .addColumn('fines_free', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('lib_holds').addColumn('expires_at', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('lib_holds').dropColumn('expires_at').execute();
      await db.schema.alterTable('lib_loan_rules').dropColumn('fines_free').execute();
      await db.schema.alterTable('lib_loan_rules').dropColumn('hold_days').execute();
    },
  };
}
