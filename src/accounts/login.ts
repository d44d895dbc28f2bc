import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { verifyPassword } from '../core/auth/password.ts';
import { purgeExpiredSessions, startSession } from './sessions.ts';
import { addressKey, clearLoginFailures, loginLockedUntil, purgeFailures, recordLoginFailure } from './throttle.ts';

export type LoginResult = { ok: true; token: string; csrfToken: string } | { ok: false; reason: 'invalid' | 'locked'; until?: string };

/** A hash of nothing, checked when the username is unknown, so the time taken does not tell which usernames exist. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Checks a password, throttled per account and per address (accounts/throttle.ts): a locked login is refused before
 * the password is looked at, for known and unknown usernames alike. A success clears the account's failures and
 * purges expired sessions (one indexed delete).
 */
export async function login(db: DB, username: string, password: string, clientAddress: string): Promise<LoginResult> {
  const account = username.trim().toLowerCase();
  const address = addressKey(clientAddress);
  const lockedUntil = await loginLockedUntil(db, account, address);
  if (lockedUntil) return { ok: false, reason: 'locked', until: lockedUntil };
  const user = await db.selectFrom('users').select(['id', 'password_hash', 'disabled_at']).where('username', '=', username).executeTakeFirst();
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  // a disabled account is refused as a wrong password is: the form does not tell which accounts exist
  if (!user || !ok || user.disabled_at !== null) {
    await recordLoginFailure(db, account, address);
    const until = await loginLockedUntil(db, account, address);
    return until ? { ok: false, reason: 'locked', until } : { ok: false, reason: 'invalid' };
  }
  await clearLoginFailures(db, account);
  await purgeExpiredSessions(db);
  await purgeFailures(db);
  await audit(db, { userId: user.id, action: 'login', entity: 'user', key: username });
  return { ok: true, ...(await startSession(db, user.id)) };
}
