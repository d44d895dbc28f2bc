import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';
import { randomToken, sha256 } from '../core/auth/tokens.ts';
import { toPrincipal, type Principal } from './users.ts';
import { believedToken, believeToken, forgetApiTokens, TOKEN_BELIEVED_MS, tokenGeneration } from './token-memory.ts';

/** How long a session lasts from its login. */
export const SESSION_HOURS = 12;

export interface Session {
  principal: Principal;
  csrfToken: string;
}

/** A new session; only the token's hash is stored, so a leaked table opens no session. */
export async function startSession(db: DB, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({ id: sha256(token), user_id: userId, csrf_token: csrfToken, created_at: nowIso(now), expires_at: nowIso(now + SESSION_HOURS * 3600_000) })
    .execute();
  return { token, csrfToken };
}

const userColumns = ['u.id', 'u.username', 'u.display_name', 'u.role', 'u.unit_id', 'u.institution_id'] as const;

export async function sessionFor(db: DB, token: string): Promise<Session | undefined> {
  const r = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([...userColumns, 's.csrf_token'])
    .where('s.id', '=', sha256(token))
    .where('s.expires_at', '>', nowIso())
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  return r ? { principal: toPrincipal(r), csrfToken: r.csrf_token } : undefined;
}

export async function endSession(db: DB, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

/** "Sign out everywhere": ends every session of the user (other browsers, other devices); returns how many. */
export async function endAllSessions(db: DB, userId: number): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  forgetApiTokens(); // called when an account is disabled: its tokens stop with its sessions
  return Number(r.numDeletedRows);
}

/** Drops the sessions past their expiry (an index on `expires_at`; run at each login). */
export async function purgeExpiredSessions(db: DB, now = Date.now()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso(now)).execute();
}

/** How long an API token lives unless said otherwise. */
export const API_TOKEN_DAYS = 90;

/** API tokens for scripts: `Authorization: Bearer <token>`; only the hash is kept, and the token expires. */
export async function createApiToken(db: DB, userId: number, name: string, days = API_TOKEN_DAYS): Promise<{ token: string; expiresAt: string }> {
  const token = randomToken();
  const now = Date.now();
  const expiresAt = nowIso(now + days * 86400_000);
  await db
    .insertInto('api_tokens')
    .values({ token_hash: sha256(token), user_id: userId, name, created_at: nowIso(now), expires_at: expiresAt, last_used_at: null })
    .execute();
  return { token, expiresAt };
}

/** A token as its owner sees it: `id` names it in a revocation (the hash of the token, which opens nothing). */
export interface ApiTokenInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  expired: boolean;
}

export async function listApiTokens(db: DB, userId: number): Promise<ApiTokenInfo[]> {
  const now = nowIso();
  const rows = await db
    .selectFrom('api_tokens')
    .select(['token_hash', 'name', 'created_at', 'last_used_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.token_hash,
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
    expired: !r.expires_at || r.expires_at <= now,
  }));
}

/** Revokes one of the user's tokens (by its id), or all of them, or those of one name; returns how many. */
export async function revokeApiTokens(db: DB, userId: number, which: { id?: string; name?: string } = {}): Promise<number> {
  let q = db.deleteFrom('api_tokens').where('user_id', '=', userId);
  if (which.id !== undefined) q = q.where('token_hash', '=', which.id);
  if (which.name !== undefined) q = q.where('name', '=', which.name);
  const revoked = Number((await q.executeTakeFirst()).numDeletedRows);
  forgetApiTokens();
  return revoked;
}

/** How stale `last_used_at` may be before a use writes it again (one write an hour, not one a request). */
const LAST_USE_STEP = 3600_000;

/** Lookups of a token in flight: the requests that miss at once (50 writers of one script, each second) share one. */
const lookingUp = new Map<string, Promise<Principal | undefined>>();

export function principalForApiToken(db: DB, token: string): Promise<Principal | undefined> {
  const hash = sha256(token);
  const known = believedToken(hash, Date.now());
  if (known) return Promise.resolve(known);
  const since = tokenGeneration();
  const key = `${since}:${hash}`; // a request after a forgetting never shares a lookup begun before it
  const flying = lookingUp.get(key);
  if (flying) return flying;
  const lookup = lookUpToken(db, hash, since).finally(() => lookingUp.delete(key));
  lookingUp.set(key, lookup);
  return lookup;
}

async function lookUpToken(db: DB, hash: string, since: number): Promise<Principal | undefined> {
  const now = Date.now();
  const r = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([...userColumns, 't.last_used_at', 't.expires_at'])
    .where('t.token_hash', '=', hash)
    .where('t.expires_at', '>', nowIso(now))
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!r) return undefined;
  if (!r.last_used_at || Date.parse(r.last_used_at) < now - LAST_USE_STEP)
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: nowIso(now) })
      .where('token_hash', '=', hash)
      .execute();
  const principal = toPrincipal(r);
  believeToken(hash, principal, Math.min(now + TOKEN_BELIEVED_MS, Date.parse(r.expires_at ?? '') || now), since); // never past its expiry
  return principal;
}
