import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { UserError, type Status } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { clean } from '../core/text/vietnamese.ts';
import { foldedWords } from '../search/text.ts';
import { todayLocal } from '../core/time.ts';
import { libraryErrors as E } from './errors.ts';
import { checkIsbn } from './isbn.ts';
import { placeHold } from './holds.ts';
import { staffPatron } from './patron-records.ts';
import { readerHolds } from './reader-account.ts';

/**
 * Holds the desk places for a reader (issue 20, Koha's "place a hold for this patron"): from the reader's record,
 * the title named by an ISBN (with or without hyphens, 10 or 13 digits), a copy's barcode, or words of its title
 * (without diacritics too); several titles matching are offered to choose from. Collected at this library.
 */

export interface TitleChoice {
  id: number;
  title: string;
  author: string | null;
  year: number | null;
}

/** The most titles offered when words match several. */
const CHOICES = 10;

const likeText = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** The titles what was typed names: one for an ISBN or a barcode, up to {@link CHOICES} for words. */
export async function titlesFor(db: DB, typed: string): Promise<TitleChoice[]> {
  const q = clean(typed);
  if (!q) return [];
  const cols = ['r.id', 'r.title', 'r.author', 'r.year'] as const;
  const isbn = /^[\d\s-]{9,17}[\dXx]$/.test(q) ? checkIsbn(q) : null;
  if (isbn?.ok) return db.selectFrom('lib_records as r').select(cols).where('r.isbn', '=', isbn.isbn13).orderBy('r.id').limit(CHOICES).execute();
  const copy = await db
    .selectFrom('lib_items as it')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .select(cols)
    .where((eb) => eb(eb.fn('upper', ['it.barcode']), '=', q.toUpperCase()))
    .executeTakeFirst();
  if (copy) return [copy];
  const words = foldedWords(q);
  let s = db.selectFrom('lib_records as r').select(cols);
  for (const w of words) s = s.where('r.dedup_key', 'like', likeText(w));
  return s
    .orderBy('r.title')
    .orderBy('r.id')
    .limit(CHOICES + 1)
    .execute();
}

/**
 * Places a hold for a reader of this library, to collect here: the title chosen (`recordId`) or named by what was
 * typed. Refused with the reason beside the field: nothing typed, nothing found, several found (the choices
 * returned with the error's `choices`), a blocked or expired card, no copy in this library, already reserved.
 */
export async function placeStaffHold(
  db: DB,
  who: Principal,
  code: string,
  patronId: number,
  input: { title: string; recordId?: number },
): Promise<{ holdId: number; title: string; position: number }> {
  const { lib, patron } = await staffPatron(db, who, code, patronId);
  const refuse = (said: ReturnType<typeof E.holdRefused>, status: Status = 422) => new UserError(E.holdRefused(), status, [{ field: 'title', said }]);
  let found: TitleChoice[];
  if (input.recordId !== undefined && Number.isSafeInteger(input.recordId))
    found = await db.selectFrom('lib_records').select(['id', 'title', 'author', 'year']).where('id', '=', input.recordId).execute();
  else {
    const q = clean(input.title);
    if (!q) throw refuse(E.holdTitleRequired());
    found = await titlesFor(db, q);
    if (found.length === 0) throw refuse(E.holdTitleUnknown({ q }));
    if (found.length > 1)
      throw Object.assign(refuse(E.holdTitleMany({ n: found.length > CHOICES ? `${CHOICES}+` : found.length, q })), { choices: found.slice(0, CHOICES) });
  }
  const rec = found[0];
  if (!rec) throw refuse(E.holdTitleRequired());
  if (patron.blocked)
    throw refuse(
      patron.blockReason ? E.cardBlockedBecause({ card: patron.cardNumber, reason: patron.blockReason }) : E.cardBlocked({ card: patron.cardNumber }),
      409,
    );
  if (patron.expiresAt && patron.expiresAt < todayLocal()) throw refuse(E.cardExpired({ card: patron.cardNumber, date: formatDate(patron.expiresAt) }), 409);
  let holdId: number;
  try {
    holdId = await placeHold(db, rec.id, patron.id, lib.id, who.userId);
  } catch (e) {
    if (e instanceof UserError && (e.status === 409 || e.status === 422)) throw refuse(e.problems[0]?.said ?? e.said, e.status as Status);
    throw e;
  }
  const position = (await readerHolds(db, [patron.id])).find((h) => h.holdId === holdId)?.position ?? 1;
  return { holdId, title: rec.title, position };
}
