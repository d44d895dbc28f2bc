import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { hashPassword, verifyPassword } from '../core/auth/password.ts';
import { randomToken, sha256 } from '../core/auth/tokens.ts';
import { UserError } from '../core/errors.ts';
import { nowIso } from '../core/time.ts';
import { accountsErrors as E } from './messages.ts';
import { passwordProblem } from './password-policy.ts';
import { inReach, requireManager } from './people-reach.ts';
import { endAllSessions } from './sessions.ts';
import type { Principal } from './users.ts';

/** Passwords set anew: through a one-time reset link a manager issues, or by the person knowing their current one. */

/** Where a reset link leads: the page that sets a new password with it (accounts/password-pages.tsx). */
export const resetPath = (token: string) => `/dat-lai-mat-khau/${encodeURIComponent(token)}`;

/** How long a password reset link opens the reset page. */
export const RESET_HOURS = 24;

/**
 * A one-time link to set a new password, for an account in the person's reach: the token is shown once (to the
 * person, who hands it over) and only its hash kept; an earlier unused link of the account stops working.
 */
export async function issuePasswordReset(
  db: DB,
  by: Principal,
  username: string,
  opts: { mailing?: boolean } = {},
): Promise<{ token: string; expiresAt: string; email: string | null }> {
  requireManager(by);
  const r = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'unit_id', 'institution_id', 'email'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!r) throw new UserError(E.noSuchUser({ username }), 404);
  if (!(await inReach(db, by, r))) throw new UserError(E.userOutside({ username }), 403);
  const token = randomToken();
  const now = Date.now();
  const expiresAt = nowIso(now + RESET_HOURS * 3600_000);
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('password_resets').where('user_id', '=', r.id).where('used_at', 'is', null).execute();
    await trx
      .insertInto('password_resets')
      .values({ token_hash: sha256(token), user_id: r.id, made_by: by.userId, created_at: nowIso(now), expires_at: expiresAt, used_at: null })
      .execute();
    const newValue = opts.mailing && r.email ? { expiresAt, sentTo: r.email } : { expiresAt };
    await audit(trx, { userId: by.userId, action: 'create', entity: 'password_reset', key: r.username, newValue });
  });
  return { token, expiresAt, email: r.email };
}

/** The account a reset link opens, while it is unused, unexpired and the account enabled. */
export async function resetLinkAccount(db: DB, token: string): Promise<{ userId: number; username: string } | undefined> {
  const r = await db
    .selectFrom('password_resets as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.username'])
    .where('p.token_hash', '=', sha256(token))
    .where('p.used_at', 'is', null)
    .where('p.expires_at', '>', nowIso())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? { userId: r.id, username: r.username } : undefined;
}

async function setPassword(trx: DB, userId: number, password: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', userId)
    .execute();
}

/** Sets a new password through a reset link, once; every session of the account ends. */
export async function resetPassword(db: DB, token: string, password: string, confirm: string): Promise<string> {
  const account = await resetLinkAccount(db, token);
  if (!account) throw new UserError(E.resetInvalid(), 404);
  const weak = passwordProblem(password, account.username);
  if (weak) throw new UserError(weak, 422, [{ said: weak, field: 'password' }]);
  if (password !== confirm) throw new UserError(E.passwordsDiffer(), 422, [{ said: E.passwordsDiffer(), field: 'confirm' }]);
  await inTransaction(db, async (trx) => {
    await setPassword(trx, account.userId, password);
    await trx.updateTable('password_resets').set({ used_at: nowIso() }).where('token_hash', '=', sha256(token)).execute();
    await endAllSessions(trx, account.userId);
    await audit(trx, { userId: account.userId, action: 'update', entity: 'user', key: account.username, newValue: { password: 'reset' } });
  });
  return account.username;
}

/**
 * A person changes their own password, knowing the current one; their other sessions end (the one given by
 * `keepSession`, its stored id, stays). Checked against the policy like every password.
 */
export async function changeOwnPassword(
  db: DB,
  who: Principal,
  input: { current: string; password: string; confirm?: string },
  keepSession?: string,
): Promise<void> {
  const u = who.userId === null ? undefined : await db.selectFrom('users').select(['id', 'password_hash']).where('id', '=', who.userId).executeTakeFirst();
  if (!u) throw new UserError(E.noSuchUser({ username: who.username }), 404);
  if (!(await verifyPassword(input.current, u.password_hash))) throw new UserError(E.wrongPassword(), 422, [{ said: E.wrongPassword(), field: 'current' }]);
  const weak = passwordProblem(input.password, who.username);
  if (weak) throw new UserError(weak, 422, [{ said: weak, field: 'password' }]);
  if (input.confirm !== undefined && input.confirm !== input.password)
    throw new UserError(E.passwordsDiffer(), 422, [{ said: E.passwordsDiffer(), field: 'confirm' }]);
  await inTransaction(db, async (trx) => {
    await setPassword(trx, u.id, input.password);
    let q = trx.deleteFrom('sessions').where('user_id', '=', u.id);
    if (keepSession) q = q.where('id', '!=', keepSession);
    await q.execute();
    await audit(trx, { userId: u.id, action: 'update', entity: 'user', key: who.username, newValue: { password: 'changed' } });
  });
}
