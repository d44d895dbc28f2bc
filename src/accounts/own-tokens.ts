import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { formatDate, parseDate } from '../core/i18n/index.ts';
import { addDays, daysBetween, todayLocal } from '../core/time.ts';
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

/** The longest a token may live, as the API allows. */
export const MAX_TOKEN_DAYS = 365;
const MAX_NAME = 100;

/**
 * A token made from the account page's form: a name and an expiry date typed dd/mm/yyyy (a day after today, at most
 * MAX_TOKEN_DAYS away). Every problem at its field (`name`, `expires`), nothing made when there is one.
 */
export async function makeOwnTokenUntil(
  db: DB,
  who: Principal,
  typed: { name: string; expires: string },
  today = todayLocal(),
): Promise<{ token: string; expiresAt: string; name: string }> {
  const problems: Problem[] = [];
  const name = typed.name.trim();
  if (name === '') problems.push({ field: 'name', said: E.tokenNameRequired() });
  else if (name.length > MAX_NAME) problems.push({ field: 'name', said: E.tokenNameLong({ max: MAX_NAME }) });
  const day = parseDate(typed.expires);
  const days = day ? daysBetween(today, day) : 0;
  if (!day) problems.push({ field: 'expires', said: E.tokenExpiryForm({ example: formatDate(addDays(today, API_TOKEN_DAYS)) }) });
  else if (days < 1 || days > MAX_TOKEN_DAYS)
    problems.push({ field: 'expires', said: E.tokenExpiryRange({ max: MAX_TOKEN_DAYS, last: formatDate(addDays(today, MAX_TOKEN_DAYS)) }) });
  if (problems.length > 0) throw new UserError(E.tokenNotMade(), 422, problems);
  return { ...(await makeOwnToken(db, who, name, days)), name };
}

/** Revokes one of the person's tokens by its id (another's id revokes nothing); how many. */
export async function revokeOwnToken(db: DB, who: Principal, tokenId: string): Promise<number> {
  const id = ownerId(who);
  const mine = tokenId ? (await listApiTokens(db, id)).find((t) => t.id === tokenId) : undefined;
  const n = mine ? await revokeApiTokens(db, id, { id: tokenId }) : 0;
  if (n > 0 && mine)
    await audit(db, { userId: id, action: 'delete', entity: 'api_token', key: who.username, oldValue: { name: mine.name, expiresAt: mine.expiresAt } });
  return n;
}
