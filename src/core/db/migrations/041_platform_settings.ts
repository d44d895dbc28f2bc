import type { Kysely, Migration } from 'kysely';

/**
 * Settings every process of a deployment must share (issue 23): first of all the secret that signs CSRF tokens
 * before login — random per process, a form served by one process was refused by another.
 */
export function platformSettings(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('platform_settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('platform_settings').execute();
    },
  };
}
