import type { Kysely, Migration } from 'kysely';

/**
 * People administered in the browser (issue 19): an account can be disabled (`users.disabled_at`: from then on no
 * session, no token, no login opens it), and a one-time password reset link is a row of `password_resets` (only the
 * hash of the link's token is kept; used once, then `used_at`). The audit log is read newest first, by person too.
 */
export function people(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
      await db.schema
        .createTable('password_resets')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('made_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('password_resets_user').on('password_resets').columns(['user_id']).execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
      await db.schema.createIndex('audit_log_user').on('audit_log').columns(['user_id', 'at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('audit_log_user').execute();
      await db.schema.dropIndex('audit_log_at').execute();
      await db.schema.dropTable('password_resets').execute();
      await db.schema.alterTable('users').dropColumn('disabled_at').execute();
    },
  };
}
