import type { Kysely, Migration } from 'kysely';

/**
 * An account's e-mail address (issue 19), optional: a one-time password reset link goes there when SMTP is
 * configured; without an address (or SMTP) the link is shown to the person who issued it, as before.
 */
export function userEmail(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('email', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('users').dropColumn('email').execute();
    },
  };
}
