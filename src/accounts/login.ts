import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { verifyPassword } from '../core/auth/password.ts';
import { startSession } from './sessions.ts';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

export type LoginResult = { ok: true; token: string; csrfToken: string } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks a password with throttling: after 5 failures for the same username from the same
 * address, that pair is locked for 15 minutes (successful logins reset the count).
 */
export async function login(db: DB, username: string, password: string, clientKey: string): Promise<LoginResult> {
  const key = `${username.toLowerCase()}|${clientKey}`;
  const attempt = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  if (attempt?.locked_until && attempt.locked_until > nowIso()) return { ok: false, reason: 'locked' };
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', username).executeTakeFirst();
  // verify against a dummy hash when the user is unknown, so timing does not reveal usernames
  const ok = await verifyPassword(password, user?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  if (!user || !ok) {
    const failures = (attempt && !attempt.locked_until ? attempt.failures : 0) + 1;
    const locked = failures >= MAX_FAILURES ? nowIso(Date.now() + LOCK_MINUTES * 60_000) : null;
    await db
      .insertInto('login_attempts')
      .values({ key, failures, locked_until: locked, updated_at: nowIso() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures, locked_until: locked, updated_at: nowIso() }))
      .execute();
    return { ok: false, reason: locked ? 'locked' : 'invalid' };
  }
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
  await audit(db, { userId: user.id, action: 'login', entity: 'user', key: username });
  return { ok: true, ...(await startSession(db, user.id)) };
}
