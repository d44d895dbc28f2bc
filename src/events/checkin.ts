import { randomInt } from 'node:crypto';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { audit } from '../core/audit.ts';
import { nowLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { formatLocalDateTime } from '../core/i18n/format.ts';
import { syncEventStats } from './stats.ts';
import { eventsErrors as E } from './messages.ts';

/** Crockford's base 32: no I, L, O or U, so nothing is read as 1, 0 or V; 12 of them are 60 random bits. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** A new check-in code (unguessable: 60 bits from the system's cryptographic source). */
export const newCheckinCode = (): string => Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** The code as the confirmation shows it: three groups of four (ABCD-EFGH-JKMN), easy to read out and type. */
export const showCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

/**
 * What a scanner or a person typed, as stored: spaces and dashes dropped, any case, and the letters Crockford reads
 * as digits taken as those digits (O → 0, I and L → 1), so "abcd efgh jkmn" and "ABCD-EFGH-JKMN" are the same code.
 */
export const readCode = (typed: string): string =>
  typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

export interface CheckedIn {
  registrationId: number;
  name: string;
  /** local time of the check-in, 'YYYY-MM-DDTHH:MM' */
  at: string;
}

/**
 * Checks a registrant in by the code on their confirmation: marked present at this time, audited, the event's
 * participants counted again if it is already held. Refused beside the field, in words: no code, a code nobody has, a
 * code of another event (named), a registration cancelled or still waiting, one already checked in (at hh:mm), an
 * event cancelled or not yet on its day.
 */
export async function checkInByCode(db: DB, eventId: number, typed: string, userId: number | null, now = nowLocal()): Promise<CheckedIn> {
  const code = readCode(typed);
  const shown = showCode(code);
  if (code === '') throw new UserError(E.enterCode(), 422, [{ field: 'code', said: E.notEmpty() }]);
  return inTransaction(db, async (trx) => {
    const q = trx
      .selectFrom('event_registrations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .innerJoin('events as e', 'e.id', 'r.event_id')
      .select(['r.id', 'r.event_id', 'r.status', 'r.checked_in_at', 'u.display_name as name', 'e.title', 'e.starts_at'])
      .where('r.checkin_code', '=', code);
    const r = await dialectOf(trx).forUpdate(q).executeTakeFirst();
    if (!r) throw new UserError(E.unknownCode({ code: shown }), 422, [{ field: 'code', said: E.unknownCodeShort() }]);
    if (r.event_id !== eventId)
      throw new UserError(E.otherEventsCode({ code: shown, title: r.title, at: formatLocalDateTime(r.starts_at) }), 422, [
        { field: 'code', said: E.otherEvent() },
      ]);
    const e = await trx.selectFrom('events').select(['status', 'starts_at']).where('id', '=', eventId).executeTakeFirstOrThrow();
    if (e.status === 'cancelled') throw new UserError(E.wasCancelled(), 409, [{ field: 'code', said: E.wasCancelled() }]);
    if (now.slice(0, 10) < e.starts_at.slice(0, 10))
      throw new UserError(E.notItsDay({ day: formatLocalDateTime(e.starts_at) }), 409, [{ field: 'code', said: E.notYet() }]);
    if (r.status === 'cancelled') throw new UserError(E.registrationCancelled({ name: r.name }), 409, [{ field: 'code', said: E.cancelledShort() }]);
    if (r.status === 'waiting') throw new UserError(E.stillWaiting({ name: r.name }), 409, [{ field: 'code', said: E.waitingShort() }]);
    if (r.checked_in_at)
      throw new UserError(E.alreadyCheckedIn({ name: r.name, at: r.checked_in_at.slice(11, 16) }), 409, [
        { field: 'code', said: E.alreadyCheckedInShort({ at: r.checked_in_at.slice(11, 16) }) },
      ]);
    await trx.updateTable('event_registrations').set({ attended: 1, checked_in_at: now }).where('id', '=', r.id).execute();
    await audit(trx, { userId, action: 'update', entity: 'event_checkin', key: `${eventId}:${r.id}`, newValue: { at: now } });
    await syncEventStats(trx, eventId, userId);
    return { registrationId: r.id, name: r.name, at: now };
  });
}

/** The registrations checked in so far, latest first (the check-in page's list). */
export async function checkedIn(db: DB, eventId: number, limit = 50) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.checked_in_at', 'u.display_name as name'])
    .where('r.event_id', '=', eventId)
    .where('r.checked_in_at', 'is not', null)
    .orderBy('r.checked_in_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}
