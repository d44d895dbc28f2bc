import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { notFound } from '../core/errors.ts';
import { audit } from '../core/audit.ts';
import { clean } from '../core/text/vietnamese.ts';
import { localDate, nowIso } from '../core/time.ts';
import { maskCard } from './cards.ts';
import { circulationDesk } from './desk.ts';
import type { Place } from './places.ts';

/**
 * The scan-and-go desk (issue 20): a reader's card scanned once, then copies one after another. What it reads
 * beside the loans themselves (circulation.ts): the reader selected, the loans of this sitting, who has a copy
 * that is already out. The reader is named only to the library that knows them (desk.ts, circulation.ts): a card of
 * another library is shown masked, and a copy lent elsewhere names no one.
 */

/** The most loans one sitting lists (and carries in its address). */
export const SESSION_MAX = 50;

/** The reader at the desk, as this library may see them. */
export interface DeskReader {
  /** The card as stored (its case), for the forms and the address. */
  card: string;
  /** The name, or null when the card is another library's. */
  name: string | null;
  /** The reader's record at this library (patron-pages), or null when the card is another library's. */
  patronId: number | null;
  /** The card as shown: whole when named, else masked. */
  shownCard: string;
  blocked: boolean;
  blockReason: string | null;
  /** The day the card expired, when it has. */
  expiredOn: string | null;
  openLoans: number;
}

/** The reader of a card scanned at the desk (any case), or 404; the look-up is audited like a loan's. */
export async function readerAtDesk(
  db: DB,
  who: Principal,
  code: string,
  card: string,
  opts: { audit?: boolean } = {},
): Promise<{ lib: Place; reader: DeskReader }> {
  const lib = await circulationDesk(db, who, code);
  const typed = clean(card);
  const p = typed
    ? await db
        .selectFrom('lib_patrons')
        .select(['id', 'card_number', 'institution_id', 'name', 'blocked', 'block_reason', 'expires_at'])
        .where((eb) => eb(eb.fn('upper', ['card_number']), '=', eb.fn('upper', [eb.val(typed)])))
        .executeTakeFirst()
    : undefined;
  if (opts.audit && typed)
    await audit(db, { userId: who.userId, action: 'lookup', entity: 'lib_card', key: typed, newValue: { desk: lib.id, found: p !== undefined } });
  if (!p) throw notFound(`thẻ bạn đọc ${typed}`, `Library card ${typed}`);
  const open = await db
    .selectFrom('lib_loans')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('patron_id', '=', p.id)
    .where('returned_at', 'is', null)
    .executeTakeFirst();
  const known = p.institution_id === lib.id;
  const today = localDate(nowIso());
  return {
    lib,
    reader: {
      card: p.card_number,
      name: known ? p.name : null,
      patronId: known ? p.id : null,
      shownCard: known ? p.card_number : maskCard(p.card_number),
      blocked: p.blocked === 1,
      blockReason: known ? p.block_reason : null,
      expiredOn: p.expires_at && p.expires_at < today ? p.expires_at : null,
      openLoans: Number(open?.n ?? 0),
    },
  };
}

/** One loan of the sitting, as listed and printed. */
export interface SessionLoan {
  loanId: number;
  barcode: string;
  title: string;
  dueAt: string;
  returnedAt: string | null;
}

/**
 * The loans of this sitting, by their ids (carried in the page's address), in the order made: lent here to this
 * reader (`card`), or — without a card — taken back (any desk's loan; the list names no reader).
 */
export async function sessionLoans(db: DB, lib: Place, ids: number[], card: string | null): Promise<SessionLoan[]> {
  const wanted = ids.slice(-SESSION_MAX);
  if (wanted.length === 0) return [];
  let q = db
    .selectFrom('lib_loans as l')
    .innerJoin('lib_items as it', 'it.id', 'l.item_id')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .select(['l.id', 'it.barcode', 'r.title', 'l.due_at', 'l.returned_at'])
    .where('l.id', 'in', wanted);
  if (card !== null)
    q = q
      .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
      .where('l.institution_id', '=', lib.id)
      .where((eb) => eb(eb.fn('upper', ['p.card_number']), '=', eb.fn('upper', [eb.val(card)])));
  else q = q.where('l.returned_at', 'is not', null);
  const rows = await q.execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ loanId: r.id, barcode: r.barcode, title: r.title, dueAt: r.due_at, returnedAt: r.returned_at }] : [];
  });
}

/** Who has a copy that is out, as this desk may say it: their name when this library lent it, else their masked card. */
export interface OutTo {
  barcode: string;
  /** The borrower's name, or null when another library lent the copy. */
  name: string | null;
  card: string;
  dueAt: string;
  /** Whether it is the reader now at the desk. */
  sameReader: boolean;
}

/** The open loan of a copy (by barcode, any case), as this desk may see it; null when it is not out. */
export async function outTo(db: DB, lib: Place, barcode: string, card: string | null): Promise<OutTo | null> {
  const r = await db
    .selectFrom('lib_items as it')
    .innerJoin('lib_loans as l', (j) => j.onRef('l.item_id', '=', 'it.id').on('l.returned_at', 'is', null))
    .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
    .select(['it.barcode', 'p.name', 'p.card_number', 'l.due_at', 'l.institution_id'])
    .where((eb) => eb(eb.fn('upper', ['it.barcode']), '=', eb.fn('upper', [eb.val(clean(barcode))])))
    .executeTakeFirst();
  if (!r) return null;
  const known = r.institution_id === lib.id;
  return {
    barcode: r.barcode,
    name: known ? r.name : null,
    card: known ? r.card_number : maskCard(r.card_number),
    dueAt: r.due_at,
    sameReader: card !== null && r.card_number.toUpperCase() === clean(card).toUpperCase(),
  };
}

/** Loan ids as the page's address carries them (`12,13`): whole positive numbers, at most SESSION_MAX. */
export function sessionIds(raw: string | undefined): number[] {
  const ids = (raw ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  return [...new Set(ids)].slice(-SESSION_MAX);
}
