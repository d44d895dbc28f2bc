import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';

/**
 * Throttling of logins and sign-ups (OWASP ASVS V2.2), kept in the database (`auth_failures`, migration 021) so that
 * every worker process on one database counts the same. Only failures count against a login, never successes: the
 * demo and the tests log in as often as they like.
 *
 * - Per account, whatever the address: after {@link ACCOUNT_FAILURES} failed logins within a day the account waits
 *   15 minutes after its last failure, and the wait doubles with every further {@link ACCOUNT_FAILURES} (30 min,
 *   1 h, … up to 16 h). An unknown username is counted and locked the same, so a lock says nothing of whether the
 *   account exists. A successful login clears the account's count.
 * - Per address: {@link ADDRESS_FAILURES} failed logins within 15 minutes, on any accounts, and the address is refused
 *   until the oldest of them is 15 minutes old (password spraying: a few passwords over many accounts).
 * - Globally: when the whole platform sees {@link SURGE_FAILURES} failed logins within 5 minutes (spraying from many
 *   addresses), the per-address allowance falls to {@link SURGE_ADDRESS_FAILURES}. The platform never refuses
 *   everyone: an attacker cannot lock out the people who type their password right.
 * - Sign-ups: {@link SIGNUPS_PER_ADDRESS} an hour from one address (a library's shared computer helps several people),
 *   and {@link SIGNUPS_GLOBAL} within 10 minutes on the whole platform.
 */
export const ACCOUNT_FAILURES = 5;
export const ADDRESS_FAILURES = 20;
export const SURGE_FAILURES = 300;
export const SURGE_ADDRESS_FAILURES = 3;
export const SIGNUPS_PER_ADDRESS = 10;
export const SIGNUPS_GLOBAL = 100;

const MINUTE = 60_000;
const ACCOUNT_WINDOW = 24 * 60 * MINUTE;
const ACCOUNT_LOCK = 15 * MINUTE;
/** 15 min × 2⁶ = 16 h; the day's window caps it anyway. */
const MAX_DOUBLINGS = 6;
const ADDRESS_WINDOW = 15 * MINUTE;
const SURGE_WINDOW = 5 * MINUTE;
const SIGNUP_ADDRESS_WINDOW = 60 * MINUTE;
const SIGNUP_GLOBAL_WINDOW = 10 * MINUTE;
/** Rows older than the longest window are of no more use. */
const KEEP = ACCOUNT_WINDOW;

/**
 * The key of an address for counting: an IPv4 address as it is (also when written as `::ffff:a.b.c.d`), an IPv6
 * address by its /64 network, which one subscriber usually holds whole.
 */
export function addressKey(address: string): string {
  const a = address.trim().toLowerCase();
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (v4) return v4[1]!;
  if (!a.includes(':')) return a || 'unknown';
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g || '0', 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** How many rows of `kind` since `since` (and of the account or address), counted up to `cap` at most: under attack a window holds many rows, and only "enough?" is asked. */
const countSince = async (db: DB, kind: string, since: number, where: { account?: string; address?: string }, cap: number) => {
  let q = db.selectFrom('auth_failures').select('id').where('kind', '=', kind).where('at', '>', nowIso(since));
  if (where.account !== undefined) q = q.where('account', '=', where.account);
  if (where.address !== undefined) q = q.where('address', '=', where.address);
  const r = await db
    .selectFrom(q.limit(cap).as('w'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

/** Until when a login for `account` from `address` is refused (an ISO time), or undefined when it may be tried. */
export async function loginLockedUntil(db: DB, account: string, address: string, now = Date.now()): Promise<string | undefined> {
  const failures = await db
    .selectFrom('auth_failures')
    .select('at')
    .where('kind', '=', 'login')
    .where('account', '=', account)
    .where('at', '>', nowIso(now - ACCOUNT_WINDOW))
    .orderBy('at', 'desc')
    .limit(ACCOUNT_FAILURES * 2 ** MAX_DOUBLINGS)
    .execute();
  if (failures.length >= ACCOUNT_FAILURES) {
    const doublings = Math.min(Math.floor(failures.length / ACCOUNT_FAILURES) - 1, MAX_DOUBLINGS);
    const until = Math.min(Date.parse(failures[0]!.at) + ACCOUNT_LOCK * 2 ** doublings, Date.parse(failures[0]!.at) + ACCOUNT_WINDOW);
    if (until > now) return nowIso(until);
  }
  const surge = (await countSince(db, 'login', now - SURGE_WINDOW, {}, SURGE_FAILURES)) >= SURGE_FAILURES;
  const allowed = surge ? SURGE_ADDRESS_FAILURES : ADDRESS_FAILURES;
  const recent = await db
    .selectFrom('auth_failures')
    .select('at')
    .where('kind', '=', 'login')
    .where('address', '=', address)
    .where('at', '>', nowIso(now - ADDRESS_WINDOW))
    .orderBy('at', 'desc')
    .limit(allowed)
    .execute();
  // refused until the oldest of the last `allowed` failures leaves the window
  if (recent.length >= allowed) return nowIso(Date.parse(recent[allowed - 1]!.at) + ADDRESS_WINDOW);
  return undefined;
}

/** Counts a failed login, and drops the rows no window needs any more. */
export async function recordLoginFailure(db: DB, account: string, address: string, now = Date.now()): Promise<void> {
  await db
    .insertInto('auth_failures')
    .values({ kind: 'login', account, address, at: nowIso(now) })
    .execute();
  await purgeFailures(db, now);
}

/** A successful login clears the account's count (not the address's: one good account must not unlock a sprayer). */
export async function clearLoginFailures(db: DB, account: string): Promise<void> {
  await db.deleteFrom('auth_failures').where('kind', '=', 'login').where('account', '=', account).execute();
}

/** Whether one more sign-up from `address` is refused: too many from it this hour, or on the platform just now. */
export async function signUpRefused(db: DB, address: string, now = Date.now()): Promise<boolean> {
  if ((await countSince(db, 'signup', now - SIGNUP_ADDRESS_WINDOW, { address }, SIGNUPS_PER_ADDRESS)) >= SIGNUPS_PER_ADDRESS) return true;
  return (await countSince(db, 'signup', now - SIGNUP_GLOBAL_WINDOW, {}, SIGNUPS_GLOBAL)) >= SIGNUPS_GLOBAL;
}

/** Counts a sign-up attempt that reached the username (made or refused), since each one says something. */
export async function recordSignUp(db: DB, address: string, now = Date.now()): Promise<void> {
  await db
    .insertInto('auth_failures')
    .values({ kind: 'signup', account: null, address, at: nowIso(now) })
    .execute();
}

/** Drops the rows older than every window (cheap: an index on `at`). */
export async function purgeFailures(db: DB, now = Date.now()): Promise<void> {
  await db
    .deleteFrom('auth_failures')
    .where('at', '<', nowIso(now - KEEP))
    .execute();
}
