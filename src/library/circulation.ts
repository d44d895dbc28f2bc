import type { DB } from '../core/db/database.ts';
import { addDays, daysBetween, localDate, nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Said } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { clean } from '../core/text/vietnamese.ts';
import { checkoutFacts, renewFacts, returnFacts, writeLoan, writeRenewal, writeReturn, type CheckoutFacts } from './circulation-sql.ts';
import { libraryErrors as E } from './errors.ts';
import { maskCard } from './cards.ts';
import { audit } from '../core/audit.ts';

export interface Desk {
  /** The library (or service point) lending: where the copy must be. */
  institutionId: number;
  userId: number | null;
  /** When (ISO timestamp); default now. Its day (due dates, the month the loan counts in) is Vietnam's. */
  at?: string;
  /** A mobile-library stop the loan is made at. */
  tripStopId?: number | null;
}

const conflict = (said: Said, field = 'barcode') => new UserError(said, 409, [{ field, said }]);

/**
 * A desk's answer names the reader only to the library that knows them: for a loan, the library that issued
 * the card; for a return or a renewal, the library that lent the copy. Elsewhere the reader is their card,
 * masked (`…X4Z`): a card number typed or guessed at another desk tells nobody whose it is.
 */
export interface LoanReceipt {
  loanId: number;
  barcode: string;
  /** The reader's name, or null when the desk may not know it. */
  patron: string | null;
  /** The reader's card, masked unless named. */
  card: string;
  dueAt: string;
}

/** The reader as the desk may see them: name and card when `known`, else only the masked card. */
const reader = (known: boolean, name: string, card: string) => (known ? { patron: name, card } : { patron: null, card: maskCard(card) });

const notFoundItem = (code: string) => notFound(`bản sách có mã vạch "${code}"`, `Item with barcode "${code}"`);
const changedMeanwhile = (barcode: string) => conflict(E.itemChanged({ barcode }));

/** Refuses a checkout the read facts do not allow (the card, then the copy, then the reader's limit), vi and en. */
function refuse(f: CheckoutFacts, code: string, card: string, desk: Desk, at: string): asserts f is CheckoutFacts & { item_id: number; patron_id: number } {
  if (f.item_id === null) throw notFoundItem(code);
  if (f.patron_id === null) throw notFound(`thẻ bạn đọc ${card}`, `Library card ${card}`);
  const holder = { card: f.card_number };
  if (f.blocked === 1) throw conflict(f.block_reason ? E.cardBlockedBecause({ ...holder, reason: f.block_reason }) : E.cardBlocked(holder), 'card');
  if (f.expires_at && f.expires_at < localDate(at)) throw conflict(E.cardExpired({ ...holder, date: formatDate(f.expires_at) }), 'card');
  const barcode = { barcode: f.barcode };
  if (f.status === 'on-loan') throw conflict(f.item_due ? E.itemOnLoanDue({ ...barcode, due: formatDate(f.item_due) }) : E.itemOnLoan(barcode));
  if (f.status === 'in-transit') throw conflict(E.itemInTransit(barcode));
  if (f.status === 'lost') throw conflict(E.itemLost(barcode));
  if (f.status === 'withdrawn') throw conflict(E.itemWithdrawn(barcode));
  if (f.at_institution_id !== desk.institutionId) throw conflict(E.itemNotHere(barcode));
  if (f.status === 'on-hold' && f.held_for !== f.patron_id) throw conflict(E.itemHeldForOther(barcode));
  if (f.open_loans >= f.max_loans) {
    const who = f.card_institution_id === desk.institutionId ? f.name : maskCard(f.card_number);
    throw conflict(E.maxLoans({ name: who, max: f.max_loans }), 'card');
  }
}

/** The write and the feed, in the caller's transaction. */
async function lend(trx: DB, f: CheckoutFacts & { item_id: number; patron_id: number }, desk: Desk, at: string): Promise<LoanReceipt> {
  const day = localDate(at);
  const dueAt = addDays(day, f.loan_days);
  const loanId = await writeLoan(trx, {
    itemId: f.item_id,
    status: f.status,
    patronId: f.patron_id,
    institutionId: desk.institutionId,
    at,
    dueAt,
    tripStopId: desk.tripStopId ?? null,
    holdId: f.my_hold,
    userId: desk.userId,
    auditValue: { barcode: f.barcode, card: f.card_number, dueAt },
  });
  if (loanId === null) throw changedMeanwhile(f.barcode);
  await recordHappenings(trx, [{ institutionId: desk.institutionId, element: 'LIB_LOANS', date: day, count: 1 }], desk.userId);
  return { loanId, barcode: f.barcode, ...reader(f.card_institution_id === desk.institutionId, f.name, f.card_number), dueAt };
}

/**
 * Lends a copy to a card holder at a desk; the loan counts in the library's statistics in the same
 * transaction. One read decides (copy, card, rule, open loans, holds), one write lends, then the feed.
 */
export async function checkout(db: DB, barcode: string, card: string, desk: Desk): Promise<LoanReceipt> {
  const at = desk.at ?? nowIso();
  const code = clean(barcode);
  // the read outside the transaction: a refused checkout costs one round trip; the write re-checks the copy's status
  const f = await checkoutFacts(db, code, clean(card), desk.institutionId);
  try {
    refuse(f, code, card, desk, at);
  } catch (e) {
    // every card looked up at a desk leaves a trace: a loan its audit entry, a refusal this one
    if (clean(card) !== '')
      await audit(db, {
        userId: desk.userId,
        action: 'lookup',
        entity: 'lib_card',
        key: clean(card),
        newValue: { desk: desk.institutionId, found: f.patron_id !== null, refused: e instanceof UserError ? e.code : 'error' },
      });
    throw e;
  }
  return inTransaction(db, (trx) => lend(trx, f, desk, at));
}

export interface ReturnReceipt {
  /** The loan closed. */
  loanId: number;
  barcode: string;
  /** The reader's name, for the lending library's staff only; else null. */
  patron: string | null;
  /** The reader's card, masked unless named. */
  card: string;
  overdueDays: number;
  /** Set aside for this reservation, when a reader is waiting for the title: their name if their card is this library's, else the masked card. */
  heldFor: string | null;
  /** The last day the copy waits for that reader (the rule's hold pickup period). */
  heldUntil: string | null;
}

/**
 * Takes a copy back at any desk of the network; a reader waiting for the title gets it set aside.
 * One read, one write (on PostgreSQL a single atomic statement, no transaction round trips).
 */
export async function checkin(db: DB, barcode: string, desk: Desk): Promise<ReturnReceipt> {
  const at = desk.at ?? nowIso();
  const code = clean(barcode);
  const f = await returnFacts(db, code, desk.institutionId);
  if (f.item_id === null) throw notFoundItem(code);
  if (f.loan_id === null) throw conflict(E.itemNotOnLoan({ barcode: f.barcode }));
  const day = localDate(at);
  const heldUntil = f.hold_id === null ? null : addDays(day, f.hold_days);
  const ret = {
    itemId: f.item_id,
    loanId: f.loan_id,
    holdId: f.hold_id,
    holdUntil: heldUntil,
    at,
    userId: desk.userId,
    auditValue: { returnedAt: at, desk: desk.institutionId },
  };
  const done = await writeReturn(db, ret);
  if (!done) throw changedMeanwhile(f.barcode);
  const overdueDays = Math.max(0, daysBetween(f.due_at, day));
  const heldFor = f.hold_card === null ? null : f.hold_card_institution_id === desk.institutionId ? f.hold_name : maskCard(f.hold_card);
  return {
    loanId: f.loan_id,
    barcode: f.barcode,
    ...reader(f.loan_institution_id === desk.institutionId, f.name, f.card_number ?? ''),
    overdueDays,
    heldFor,
    heldUntil,
  };
}

/** Extends an open loan by the rule's loan period, unless the renewals are used up or someone waits for the title. One read, one write. */
export async function renew(db: DB, barcode: string, desk: Desk): Promise<LoanReceipt> {
  const at = desk.at ?? nowIso();
  const code = clean(barcode);
  const f = await renewFacts(db, code);
  if (f.item_id === null) throw notFoundItem(code);
  if (f.loan_id === null) throw conflict(E.itemNotOnLoan({ barcode: f.barcode }));
  if (f.renewals >= f.max_renewals) throw conflict(E.maxRenewals({ max: f.max_renewals }));
  if (f.waiting !== null) throw conflict(E.renewReserved());
  const day = localDate(at);
  const from = f.due_at > day ? f.due_at : day;
  const dueAt = addDays(from, f.loan_days);
  const w = { loanId: f.loan_id, renewals: f.renewals, oldDue: f.due_at, dueAt, userId: desk.userId };
  const done = await writeRenewal(db, w);
  if (!done) throw changedMeanwhile(f.barcode);
  return { loanId: f.loan_id, barcode: f.barcode, ...reader(f.loan_institution_id === desk.institutionId, f.name, f.card_number ?? ''), dueAt };
}

export interface OverdueLoan {
  barcode: string;
  title: string;
  card: string;
  patron: string;
  dueAt: string;
  days: number;
}

/** Open loans of a library past their due date on `today`, longest overdue first. */
export async function overdue(db: DB, institutionId: number, today: string): Promise<OverdueLoan[]> {
  const rows = await db
    .selectFrom('lib_loans as l')
    .innerJoin('lib_items as it', 'it.id', 'l.item_id')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
    .select(['it.barcode', 'r.title', 'p.card_number', 'p.name', 'l.due_at'])
    .where('l.institution_id', '=', institutionId)
    .where('l.returned_at', 'is', null)
    .where('l.due_at', '<', today)
    .orderBy('l.due_at')
    .execute();
  return rows.map((r) => ({ barcode: r.barcode, title: r.title, card: r.card_number, patron: r.name, dueAt: r.due_at, days: daysBetween(r.due_at, today) }));
}
