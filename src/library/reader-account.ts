import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { notFound, UserError } from '../core/errors.ts';
import { daysBetween, todayLocal } from '../core/time.ts';
import { formatDate } from '../core/i18n/format.ts';
import { renew, type LoanReceipt } from './circulation.ts';
import { libraryErrors as E } from './errors.ts';
import { cancelHold, placeHold } from './holds.ts';
import { patronsOfUser, type Patron } from './patrons.ts';

/**
 * A reader's account (issue 20): their open loans and holds as their page and the desk's patron page list them, and
 * what the reader does themself — renew a loan (within the lending library's rules), place and cancel a hold. Only
 * the cards linked to the signed-in account are read or acted on.
 */

export interface OpenLoan {
  loanId: number;
  title: string;
  barcode: string;
  library: string;
  outAt: string;
  dueAt: string;
  renewals: number;
  /** Days past the due date today (0: not overdue). */
  overdueDays: number;
}

/** The open loans of cards, soonest due first. */
export async function openLoans(db: DB, patronIds: number[], today = todayLocal()): Promise<OpenLoan[]> {
  if (patronIds.length === 0) return [];
  const rows = await db
    .selectFrom('lib_loans as l')
    .innerJoin('lib_items as it', 'it.id', 'l.item_id')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .innerJoin('institutions as i', 'i.id', 'l.institution_id')
    .select(['l.id', 'r.title', 'it.barcode', 'i.name', 'l.out_at', 'l.due_at', 'l.renewals'])
    .where('l.patron_id', 'in', patronIds)
    .where('l.returned_at', 'is', null)
    .orderBy('l.due_at')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => ({
    loanId: r.id,
    title: r.title,
    barcode: r.barcode,
    library: r.name,
    outAt: r.out_at,
    dueAt: r.due_at,
    renewals: r.renewals,
    overdueDays: Math.max(0, daysBetween(r.due_at, today)),
  }));
}

export interface ReaderHold {
  holdId: number;
  recordId: number;
  title: string;
  /** The pickup library's name. */
  library: string;
  status: 'waiting' | 'ready';
  placedAt: string;
  /** Place in the title's queue (1: next), for a waiting hold. */
  position: number | null;
  /** The last day a copy set aside waits, for a ready hold. */
  readyUntil: string | null;
  /** The copy set aside, for a ready hold. */
  barcode: string | null;
}

/** The waiting and ready holds of cards, with each waiting one's place in its title's queue (first placed, first served). */
export async function readerHolds(db: DB, patronIds: number[]): Promise<ReaderHold[]> {
  if (patronIds.length === 0) return [];
  const rows = await db
    .selectFrom('lib_holds as h')
    .innerJoin('lib_records as r', 'r.id', 'h.record_id')
    .innerJoin('institutions as i', 'i.id', 'h.institution_id')
    .leftJoin('lib_items as it', 'it.id', 'h.item_id')
    .select([
      'h.id',
      'h.record_id',
      'r.title',
      'i.name',
      'h.status',
      'h.placed_at',
      'h.expires_at',
      'it.barcode',
      sql<number>`(SELECT count(*) FROM lib_holds w WHERE w.record_id = h.record_id AND w.status = 'waiting' AND w.id <= h.id)`.as('position'),
    ])
    .where('h.patron_id', 'in', patronIds)
    .where('h.status', 'in', ['waiting', 'ready'])
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({
    holdId: r.id,
    recordId: r.record_id,
    title: r.title,
    library: r.name,
    status: r.status === 'ready' ? 'ready' : 'waiting',
    placedAt: r.placed_at,
    position: r.status === 'waiting' ? Number(r.position) : null,
    readyUntil: r.status === 'ready' ? r.expires_at : null,
    barcode: r.status === 'ready' ? r.barcode : null,
  }));
}

/** The card of the account a reader acts with: the one chosen (by id), or their only one; refused in words otherwise. */
async function readerCard(db: DB, userId: number, cardId?: number): Promise<Patron> {
  const cards = await patronsOfUser(db, userId);
  if (cards.length === 0) throw new UserError(E.noCard(), 409);
  const card = cardId === undefined && cards.length === 1 ? cards[0] : cards.find((c) => c.id === cardId);
  if (!card) throw new UserError(E.holdRefused(), 422, [{ field: 'card', said: E.chooseCard() }]);
  return card;
}

/** A hold placed by a reader from a title's page: the card (chosen if they have several), the pickup library chosen. */
export async function placeReaderHold(
  db: DB,
  userId: number,
  recordId: number,
  input: { cardId?: number; libraryId: number | null },
): Promise<{ holdId: number; position: number }> {
  const card = await readerCard(db, userId, input.cardId);
  if (input.libraryId === null || !Number.isSafeInteger(input.libraryId))
    throw new UserError(E.holdRefused(), 422, [{ field: 'library', said: E.chooseLibrary() }]);
  if (card.blocked)
    throw new UserError(
      card.blockReason ? E.cardBlockedBecause({ card: card.cardNumber, reason: card.blockReason }) : E.cardBlocked({ card: card.cardNumber }),
      409,
    );
  if (card.expiresAt && card.expiresAt < todayLocal()) throw new UserError(E.cardExpired({ card: card.cardNumber, date: formatDate(card.expiresAt) }), 409);
  const holdId = await placeHold(db, recordId, card.id, input.libraryId, userId);
  const position = (await readerHolds(db, [card.id])).find((h) => h.holdId === holdId)?.position ?? 1;
  return { holdId, position };
}

/** Cancels a reader's own hold (a copy set aside goes back on the shelf). */
export async function cancelReaderHold(db: DB, userId: number, holdId: number): Promise<void> {
  const cards = await patronsOfUser(db, userId);
  const h = Number.isSafeInteger(holdId)
    ? await db
        .selectFrom('lib_holds')
        .select('patron_id')
        .where('id', '=', holdId)
        .where(
          'patron_id',
          'in',
          cards.map((c) => c.id),
        )
        .executeTakeFirst()
    : undefined;
  if (!h || cards.length === 0) throw notFound('lượt đặt trước', 'Reservation');
  await cancelHold(db, holdId, h.patron_id, userId);
}

/** Renews a reader's own loan within the lending library's rules; a blocked card is refused. */
export async function renewReaderLoan(db: DB, userId: number, loanId: number): Promise<LoanReceipt> {
  const cards = await patronsOfUser(db, userId);
  const ids = cards.map((c) => c.id);
  const loan =
    Number.isSafeInteger(loanId) && ids.length
      ? await db
          .selectFrom('lib_loans as l')
          .innerJoin('lib_items as it', 'it.id', 'l.item_id')
          .select(['l.patron_id', 'l.institution_id', 'it.barcode'])
          .where('l.id', '=', loanId)
          .where('l.patron_id', 'in', ids)
          .where('l.returned_at', 'is', null)
          .executeTakeFirst()
      : undefined;
  if (!loan) throw notFound('lượt mượn', 'Loan');
  const card = cards.find((c) => c.id === loan.patron_id)!;
  if (card.blocked)
    throw new UserError(
      card.blockReason ? E.cardBlockedBecause({ card: card.cardNumber, reason: card.blockReason }) : E.cardBlocked({ card: card.cardNumber }),
      409,
    );
  return renew(db, loan.barcode, { institutionId: loan.institution_id, userId });
}
