import type { Principal } from '../core/auth/principal.ts';

/**
 * API tokens' owners as last read (`principalForApiToken`), each believed this long without asking the database
 * again: a script's requests (50 at once under the bench's mixed load) pay the lookup once a second, not once each.
 * What this process changes — a revocation, an account disabled or given another role or unit, "sign out
 * everywhere" — forgets every token at once (`forgetApiTokens`); a change made by another process (a second
 * server, the command line) is seen within this time.
 */
export const TOKEN_BELIEVED_MS = 1000;
/** At most this many tokens are remembered (the oldest forgotten first). */
const TOKENS_KEPT = 10_000;

const believed = new Map<string, { principal: Principal; until: number }>();
/** Moves at every forgetting: a lookup that began before it is not believed (it may have read what was then changed). */
let generation = 0;

/** The current generation, taken when a lookup begins and given back to `believeToken`. */
export const tokenGeneration = (): number => generation;

/** The owner of the token with this hash, when read less than a second ago (never past the token's expiry). */
export function believedToken(hash: string, now: number): Principal | undefined {
  const known = believed.get(hash);
  if (!known) return undefined;
  if (known.until > now) return known.principal;
  believed.delete(hash);
  return undefined;
}

/** Remembers a token's owner until `until` (a time in ms), unless something was forgotten since the lookup began (`since`). */
export function believeToken(hash: string, principal: Principal, until: number, since: number): void {
  if (since !== generation) return;
  if (believed.size >= TOKENS_KEPT) believed.delete(believed.keys().next().value!);
  believed.set(hash, { principal, until });
}

/** Forgets every remembered token: called by each change of a token or of its owner's account in this process. */
export function forgetApiTokens(): void {
  generation++;
  believed.clear();
}
