import { createHash, randomInt } from 'node:crypto';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { nowIso } from '../core/time.ts';
import { libraryErrors as E } from './errors.ts';

/**
 * One-time codes a citizen shows at the desk so that the librarian links a library card to their account (issue 20):
 * 8 characters of Crockford's base 32 (no I, L, O, U: nothing to misread aloud), shown as `7K3M-9Q2X`, valid
 * {@link LINK_CODE_MINUTES} minutes and used once. Only a hash is stored; a new code ends the account's older ones.
 */
export const LINK_CODE_MINUTES = 15;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

const hash = (code: string) => createHash('sha256').update(code).digest('hex');

/** A code as typed (any case, a dash or spaces, O for 0, I or L for 1) in its stored form, or null when it cannot be one. */
export function normalCode(typed: string): string | null {
  const c = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return c.length === LENGTH && [...c].every((ch) => ALPHABET.includes(ch)) ? c : null;
}

/** A code as shown: two groups of four. */
export const shownCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A new code for the account (its earlier unused codes end now); the code as shown and when it expires (ISO). */
export async function newLinkCode(db: DB, userId: number, at = Date.now()): Promise<{ code: string; expiresAt: string }> {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  const now = nowIso(at);
  const expiresAt = nowIso(at + LINK_CODE_MINUTES * 60_000);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('lib_link_codes')
      .set({ expires_at: now })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
    await trx
      .insertInto('lib_link_codes')
      .values({ user_id: userId, code_hash: hash(code), created_at: now, expires_at: expiresAt, used_at: null })
      .execute();
    await audit(trx, { userId, action: 'create', entity: 'lib_link_code', key: String(userId), newValue: { expiresAt } });
  });
  return { code: shownCode(code), expiresAt };
}

/**
 * The account a code was made for, the code used up in the caller's transaction; refused in words when it is
 * malformed, unknown, expired or used already (the field is `code`).
 */
export async function useLinkCode(trx: DB, typed: string, at = Date.now()): Promise<number> {
  const refuse = (said: ReturnType<typeof E.linkCodeUnknown>) => new UserError(E.linkRefused(), 422, [{ field: 'code', said }]);
  const code = normalCode(typed);
  if (!code) throw refuse(E.linkCodeFormat());
  const row = await trx
    .selectFrom('lib_link_codes')
    .select(['id', 'user_id', 'expires_at', 'used_at'])
    .where('code_hash', '=', hash(code))
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) throw refuse(E.linkCodeUnknown());
  if (row.used_at) throw refuse(E.linkCodeUsed());
  const now = nowIso(at);
  if (row.expires_at <= now) throw refuse(E.linkCodeExpired());
  const used = await trx.updateTable('lib_link_codes').set({ used_at: now }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw refuse(E.linkCodeUsed());
  return row.user_id;
}
