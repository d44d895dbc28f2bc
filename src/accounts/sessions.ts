import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';
import { randomToken, sha256 } from '../core/auth/tokens.ts';
import { toPrincipal, type Principal } from './users.ts';

const SESSION_HOURS = 12;

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
    .executeTakeFirst();
  return r ? { principal: toPrincipal(r), csrfToken: r.csrf_token } : undefined;
}

export async function endSession(db: DB, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

/** API tokens for scripts: `Authorization: Bearer <token>`. */
export async function createApiToken(db: DB, userId: number, name: string): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('api_tokens')
    .values({ token_hash: sha256(token), user_id: userId, name, created_at: nowIso() })
    .execute();
  return token;
}

export async function principalForApiToken(db: DB, token: string): Promise<Principal | undefined> {
  const r = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([...userColumns])
    .where('t.token_hash', '=', sha256(token))
    .executeTakeFirst();
  return r ? toPrincipal(r) : undefined;
}
