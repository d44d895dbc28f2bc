import { randomBytes } from 'node:crypto';
import type { DB } from './database.ts';

/**
 * The deployment's signing secret kept in the database (`platform_settings`): the first process to start makes
 * it, every other process — on this machine or another — reads the same one. `LIFELONG_SECRET` in the
 * environment still wins (config.ts).
 */
export async function sharedSecret(db: DB): Promise<string> {
  await db
    .insertInto('platform_settings')
    .values({ name: 'csrf_secret', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('platform_settings').select('value').where('name', '=', 'csrf_secret').executeTakeFirstOrThrow();
  return row.value;
}
