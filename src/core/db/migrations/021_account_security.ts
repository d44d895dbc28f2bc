import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';
import { nowIso } from '../../time.ts';

/** How long an API token made before this migration still lives (from when the migration runs). */
const OLD_TOKEN_DAYS = 90;

/**
 * Accounts to OWASP ASVS level 2 (issue 24). Failed logins and sign-ups are rows of `auth_failures` (what, which
 * account, from which address, when), counted over time windows by accounts/throttle.ts: the same on both engines and
 * for every worker process on one database. It replaces `login_attempts`, whose one row per (username, address) let
 * an account be tried again from another address. API tokens get an expiry and a last use; tokens made before get
 * {@link OLD_TOKEN_DAYS} days from now. Sessions get indexes by user (sign out everywhere) and by expiry (the purge).
 */
export function accountSecurity(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await withId(engine, db.schema.createTable('auth_failures'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('account', 'text')
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_failures_account').on('auth_failures').columns(['kind', 'account', 'at']).execute();
      await db.schema.createIndex('auth_failures_address').on('auth_failures').columns(['kind', 'address', 'at']).execute();
      await db.schema.createIndex('auth_failures_at').on('auth_failures').columns(['at']).execute();
      await db.schema.dropTable('login_attempts').execute();

      await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
      await db.schema.alterTable('api_tokens').addColumn('last_used_at', 'text').execute();
      const until = nowIso(Date.now() + OLD_TOKEN_DAYS * 86400_000);
      await sql`UPDATE api_tokens SET expires_at = ${until}`.execute(db);
      await db.schema.createIndex('api_tokens_user').on('api_tokens').columns(['user_id']).execute();

      await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
      await db.schema.createIndex('sessions_expiry').on('sessions').columns(['expires_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('sessions_expiry').execute();
      await db.schema.dropIndex('sessions_user').execute();
      await db.schema.dropIndex('api_tokens_user').execute();
      await db.schema.alterTable('api_tokens').dropColumn('last_used_at').execute();
      await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.dropTable('auth_failures').execute();
    },
  };
}
