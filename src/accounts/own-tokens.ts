import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { UserError } from '../core/errors.ts';
import { accountsErrors as E } from './messages.ts';
import { API_TOKEN_DAYS, createApiToken, listApiTokens, revokeApiTokens, type ApiTokenInfo } from './sessions.ts';
import type { Principal } from './users.ts';

/** A signed-in person's own API tokens (`/api/v1/me/tokens`): made, listed and revoked by their owner only, audited. */

function ownerId(who: Principal): number {
  if (who.userId === null) throw new UserError(E.noSuchUser({ username: who.username }), 404);
  return who.userId;
}

export async function ownTokens(db: DB, who: Principal): Promise<ApiTokenInfo[]> {
  return listApiTokens(db, ownerId(who));
}

/** A new token of the person's; the token itself is in the answer only. */
export async function makeOwnToken(db: DB, who: Principal, name: string, days = API_TOKEN_DAYS): Promise<{ token: string; expiresAt: string }> {
  const id = ownerId(who);
  const n = name.trim();
  if (n === '') throw new UserError(E.tokenNameRequired(), 422, [{ said: E.tokenNameRequired(), field: 'name' }]);
  const made = await createApiToken(db, id, n, days);
  await audit(db, { userId: id, action: 'create', entity: 'api_token', key: who.username, newValue: { name: n, expiresAt: made.expiresAt } });
  return made;
}

/** Revokes one of the person's tokens by its id (another's id revokes nothing); how many. */
export async function revokeOwnToken(db: DB, who: Principal, tokenId: string): Promise<number> {
  const id = ownerId(who);
  const n = tokenId ? await revokeApiTokens(db, id, { id: tokenId }) : 0;
  if (n > 0) await audit(db, { userId: id, action: 'delete', entity: 'api_token', key: who.username });
  return n;
}
