import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit, type AuditEntry } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { parseDate } from '../core/i18n/parse-date.ts';
import { clean, fold } from '../core/text/vietnamese.ts';
import { todayLocal } from '../core/time.ts';
import { circulationDesk } from './desk.ts';
import { libraryErrors as E } from './errors.ts';
import { useLinkCode } from './link-codes.ts';
import { PATRON_CATEGORIES, toPatron, type Patron, type PatronCategory } from './patrons.ts';
import type { Place } from './places.ts';

/**
 * Patron records at the library desk (issue 20, Koha's patron module as the anchor): find a reader by card, name
 * (typed with or without diacritics) or phone; edit, renew, block and unblock a card; link it to a citizen's account.
 * A library's readers are its own: only its staff (and admins) see or change them (circulationDesk), and a card of
 * another library is not found here. Every change is audited with the value it replaced.
 */

/** The most readers a search lists. */
export const FOUND_MAX = 50;

/** A reader of the library named, for its staff; 404 for another library's card (it is not theirs to see). */
export async function staffPatron(db: DB, who: Principal | undefined, code: string, patronId: number): Promise<{ lib: Place; patron: Patron }> {
  const lib = await circulationDesk(db, who, code);
  const r = Number.isSafeInteger(patronId)
    ? await db.selectFrom('lib_patrons').selectAll().where('id', '=', patronId).where('institution_id', '=', lib.id).executeTakeFirst()
    : undefined;
  if (!r) throw notFound('bạn đọc', 'Reader');
  return { lib, patron: toPatron(r) };
}

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * The library's readers matching what was typed: the card itself (any case) first, then names containing the
 * words (folded: "nguyen thi hoa" finds "Nguyễn Thị Hoa") and phones containing the digits; at most {@link FOUND_MAX}.
 */
export async function findPatrons(db: DB, who: Principal | undefined, code: string, typed: string): Promise<{ lib: Place; found: Patron[] }> {
  const lib = await circulationDesk(db, who, code);
  const q = clean(typed);
  if (!q) throw new UserError(E.searchEmpty(), 422, [{ field: 'q', said: E.searchEmpty() }]);
  const key = fold(q);
  const digits = q.replace(/[\s.+-]/g, '');
  const rows = await db
    .selectFrom('lib_patrons')
    .selectAll()
    .where('institution_id', '=', lib.id)
    .where((eb) => {
      const any = [eb(eb.fn('upper', ['card_number']), '=', q.toUpperCase()), eb('name_key', 'like', likeText(key))];
      if (/^\d{3,}$/.test(digits)) any.push(eb('phone', 'like', likeText(digits)));
      return eb.or(any);
    })
    .orderBy('name_key')
    .orderBy('id')
    .limit(FOUND_MAX)
    .execute();
  const found = rows.map(toPatron);
  const exact = found.findIndex((p) => p.cardNumber.toUpperCase() === q.toUpperCase());
  if (exact > 0) found.unshift(...found.splice(exact, 1));
  return { lib, found };
}

/** A phone as stored: its digits (a leading + kept), or null when none; refused when it is not 8–15 digits. */
export function cleanPhone(typed: string | null | undefined): string | null {
  const t = (typed ?? '').replace(/[\s.()-]/g, '');
  if (!t) return null;
  if (!/^\+?\d{8,15}$/.test(t)) throw new UserError(E.patronInvalid(), 422, [{ field: 'phone', said: E.phoneFormat() }]);
  return t;
}

export interface PatronEdit {
  name: string;
  category: string;
  phone: string;
  /** Where overdue notices are mailed (optional). */
  email?: string;
}

/** An e-mail address as stored (trimmed, lower case), or null when none; refused when it is not one. */
export function cleanEmail(typed: string | null | undefined): string | null {
  const t = (typed ?? '').trim().toLowerCase();
  if (!t) return null;
  if (!/^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[a-z0-9-]{2,}$/.test(t) || t.length > 254)
    throw new UserError(E.patronInvalid(), 422, [{ field: 'email', said: E.emailFormat() }]);
  return t;
}

/**
 * The audit entry of a change to a reader's card, by the staff member `who`: what it was and what it is now, written
 * out where the change is made.
 */
function cardChange(who: Principal, patron: Patron, values: Pick<AuditEntry, 'oldValue' | 'newValue'>): AuditEntry {
  return { userId: who.userId, action: 'update', entity: 'lib_patron', key: patron.cardNumber, ...values };
}

/** Changes a reader's name, category and phone; refused field by field. */
export async function editPatron(db: DB, who: Principal, code: string, patronId: number, input: PatronEdit): Promise<Patron> {
  const { patron } = await staffPatron(db, who, code, patronId);
  const problems: Problem[] = [];
  const name = clean(input.name);
  if (!name) problems.push({ field: 'name', said: E.nameRequired() });
  if (!PATRON_CATEGORIES.includes(input.category as PatronCategory)) problems.push({ field: 'category', said: E.unknownCategory() });
  let phone: string | null = null;
  try {
    phone = cleanPhone(input.phone);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(...e.problems);
  }
  let email: string | null = patron.email;
  if (input.email !== undefined)
    try {
      email = cleanEmail(input.email);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(...e.problems);
    }
  if (problems.length) throw new UserError(E.patronInvalid(), 422, problems);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('lib_patrons')
      .set({ name, name_key: fold(name), category: input.category, phone, email })
      .where('id', '=', patron.id)
      .execute();
    await audit(
      trx,
      cardChange(who, patron, {
        oldValue: { name: patron.name, category: patron.category, phone: patron.phone, email: patron.email },
        newValue: { name, category: input.category, phone, email },
      }),
    );
  });
  return { ...patron, name, category: input.category, phone, email };
}

/** The expiry a renewal offers: a year from the card's expiry, or from today when it has expired or has none. */
export function nextExpiry(p: Patron, today = todayLocal()): string {
  const from = p.expiresAt && p.expiresAt > today ? p.expiresAt : today;
  return `${Number(from.slice(0, 4)) + 1}${from.slice(4, 10) === '-02-29' ? '-02-28' : from.slice(4, 10)}`;
}

/** Renews a card to a new expiry date (a calendar day after today, typed dd/mm/yyyy or yyyy-mm-dd). */
export async function renewCard(db: DB, who: Principal, code: string, patronId: number, expires: string, today = todayLocal()): Promise<string> {
  const { patron } = await staffPatron(db, who, code, patronId);
  const day = parseDate(expires);
  if (!day) throw new UserError(E.patronInvalid(), 422, [{ field: 'expires', said: E.expiryInvalid() }]);
  if (day <= today) throw new UserError(E.patronInvalid(), 422, [{ field: 'expires', said: E.expiryPast() }]);
  await inTransaction(db, async (trx) => {
    await trx.updateTable('lib_patrons').set({ expires_at: day }).where('id', '=', patron.id).execute();
    await audit(trx, cardChange(who, patron, { oldValue: { expiresAt: patron.expiresAt }, newValue: { expiresAt: day } }));
  });
  return day;
}

/** Blocks a card with the reason given (required), or unblocks it (`reason` null). */
export async function blockPatron(db: DB, who: Principal, code: string, patronId: number, reason: string | null): Promise<void> {
  const { patron } = await staffPatron(db, who, code, patronId);
  const why = reason === null ? null : clean(reason);
  if (why === '') throw new UserError(E.patronInvalid(), 422, [{ field: 'reason', said: E.blockReasonRequired() }]);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('lib_patrons')
      .set({ blocked: why ? 1 : 0, block_reason: why })
      .where('id', '=', patron.id)
      .execute();
    await audit(
      trx,
      cardChange(who, patron, { oldValue: { blocked: patron.blocked, reason: patron.blockReason }, newValue: { blocked: why !== null, reason: why } }),
    );
  });
}

/** The account a card is linked to, as the desk shows it. */
export interface LinkedAccount {
  username: string;
  displayName: string;
}

export async function linkedAccount(db: DB, p: Patron): Promise<LinkedAccount | null> {
  if (p.userId === null) return null;
  const u = await db.selectFrom('users').select(['username', 'display_name']).where('id', '=', p.userId).executeTakeFirst();
  return u ? { username: u.username, displayName: u.display_name } : null;
}

/**
 * Links the card to a citizen's account: by the one-time code the citizen shows (used up), or by their username.
 * Replaces an earlier link (the old account is audited).
 */
export async function linkCard(db: DB, who: Principal, code: string, patronId: number, by: { code?: string; username?: string }): Promise<LinkedAccount> {
  const { patron } = await staffPatron(db, who, code, patronId);
  const typedCode = clean(by.code ?? '');
  const username = clean(by.username ?? '');
  if (!typedCode && !username) throw new UserError(E.linkRefused(), 422, [{ field: 'code', said: E.linkHow() }]);
  return inTransaction(db, async (trx) => {
    let userId: number;
    if (typedCode) userId = await useLinkCode(trx, typedCode);
    else {
      const u = await trx.selectFrom('users').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst();
      const exact = u ?? (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
      if (!exact) throw new UserError(E.linkRefused(), 422, [{ field: 'username', said: E.usernameUnknown({ username }) }]);
      userId = exact.id;
    }
    await trx.updateTable('lib_patrons').set({ user_id: userId }).where('id', '=', patron.id).execute();
    await audit(trx, cardChange(who, patron, { oldValue: { userId: patron.userId }, newValue: { userId, by: typedCode ? 'code' : 'username' } }));
    const u = await trx.selectFrom('users').select(['username', 'display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
    return { username: u.username, displayName: u.display_name };
  });
}

/** Ends the card's link to an account. */
export async function unlinkCard(db: DB, who: Principal, code: string, patronId: number): Promise<void> {
  const { patron } = await staffPatron(db, who, code, patronId);
  if (patron.userId === null) return;
  await inTransaction(db, async (trx) => {
    await trx.updateTable('lib_patrons').set({ user_id: null }).where('id', '=', patron.id).execute();
    await audit(trx, cardChange(who, patron, { oldValue: { userId: patron.userId }, newValue: { userId: null } }));
  });
}
