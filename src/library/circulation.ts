import type { DB } from '../core/db/database.ts';
import { audit, nowIso } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { itemByBarcode } from './items.ts';
import { patronByCard } from './patrons.ts';
import { ruleFor } from './loan-rules.ts';

export interface Desk {
  /** The library (or service point) lending: where the copy must be. */
  institutionId: number;
  userId: number | null;
  /** When (ISO timestamp); default now. */
  at?: string;
  /** A mobile-library stop the loan is made at. */
  tripStopId?: number | null;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const conflict = (vi: string, en: string, field = 'barcode') => new UserError(vi, 409, [{ field, message: vi, messageEn: en }], en);

export interface LoanReceipt {
  loanId: number;
  barcode: string;
  patron: string;
  dueAt: string;
}

/** Lends a copy to a card holder at a desk; the loan counts in the library's statistics in the same transaction. */
export async function checkout(db: DB, barcode: string, card: string, desk: Desk): Promise<LoanReceipt> {
  const at = desk.at ?? nowIso();
  return inTransaction(db, async (trx) => {
    const item = await itemByBarcode(trx, barcode);
    const patron = await patronByCard(trx, card);
    if (patron.blocked) throw conflict(`Thẻ ${patron.cardNumber} đang bị khóa${patron.blockReason ? `: ${patron.blockReason}` : ''}.`, `Card ${patron.cardNumber} is blocked${patron.blockReason ? `: ${patron.blockReason}` : ''}.`, 'card');
    if (patron.expiresAt && patron.expiresAt < at.slice(0, 10)) throw conflict(`Thẻ ${patron.cardNumber} đã hết hạn ngày ${viDate(patron.expiresAt)}.`, `Card ${patron.cardNumber} expired on ${patron.expiresAt}.`, 'card');
    if (item.status === 'on-loan') {
      const open = await trx.selectFrom('lib_loans').select('due_at').where('item_id', '=', item.id).where('returned_at', 'is', null).executeTakeFirst();
      throw conflict(`Bản sách ${item.barcode} đang được mượn${open ? ` (hạn trả ${viDate(open.due_at)})` : ''}.`, `Item ${item.barcode} is already on loan${open ? ` (due ${open.due_at})` : ''}.`);
    }
    if (item.status === 'lost' || item.status === 'withdrawn' || item.status === 'in-transit')
      throw conflict(`Bản sách ${item.barcode} không thể cho mượn (${item.status === 'in-transit' ? 'đang luân chuyển, chưa được nhận' : item.status === 'lost' ? 'đã báo mất' : 'đã thanh lý'}).`, `Item ${item.barcode} cannot be lent (${item.status}).`);
    if (item.atInstitutionId !== desk.institutionId) throw conflict(`Bản sách ${item.barcode} không ở thư viện này.`, `Item ${item.barcode} is not at this library.`);
    const holds = await trx.selectFrom('lib_holds').select(['id', 'patron_id', 'item_id']).where('record_id', '=', item.recordId).where('status', 'in', ['waiting', 'ready']).orderBy('id').execute();
    const mine = holds.find((h) => h.patron_id === patron.id);
    if (item.status === 'on-hold' && holds.find((h) => h.item_id === item.id)?.patron_id !== patron.id)
      throw conflict(`Bản sách ${item.barcode} đang được giữ cho bạn đọc khác đặt trước.`, `Item ${item.barcode} is held for another reader.`);
    const rule = await ruleFor(trx, desk.institutionId, patron.category);
    const open = await trx.selectFrom('lib_loans').select((eb) => eb.fn.countAll<number>().as('n')).where('patron_id', '=', patron.id).where('returned_at', 'is', null).executeTakeFirst();
    if (Number(open?.n ?? 0) >= rule.maxLoans) throw conflict(`Bạn đọc ${patron.name} đã mượn tối đa ${rule.maxLoans} bản.`, `${patron.name} already has the maximum of ${rule.maxLoans} loans.`, 'card');
    const dueAt = addDays(at, rule.loanDays);
    const loan = await trx
      .insertInto('lib_loans')
      .values({ item_id: item.id, patron_id: patron.id, institution_id: desk.institutionId, out_at: at, due_at: dueAt, returned_at: null, trip_stop_id: desk.tripStopId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('lib_items').set({ status: 'on-loan' }).where('id', '=', item.id).execute();
    if (mine) await trx.updateTable('lib_holds').set({ status: 'fulfilled', item_id: item.id }).where('id', '=', mine.id).execute();
    await audit(trx, { userId: desk.userId, action: 'create', entity: 'lib_loan', key: String(loan.id), newValue: { barcode: item.barcode, card: patron.cardNumber, dueAt } });
    await recordHappenings(trx, [{ institutionId: desk.institutionId, element: 'LIB_LOANS', date: at.slice(0, 10), count: 1 }], desk.userId);
    return { loanId: loan.id, barcode: item.barcode, patron: patron.name, dueAt };
  });
}

export interface ReturnReceipt {
  barcode: string;
  patron: string;
  overdueDays: number;
  /** Set aside for this reservation, when a reader is waiting for the title. */
  heldFor: string | null;
}

/** Takes a copy back at any desk of the network; a reader waiting for the title gets it set aside. */
export async function checkin(db: DB, barcode: string, desk: Desk): Promise<ReturnReceipt> {
  const at = desk.at ?? nowIso();
  return inTransaction(db, async (trx) => {
    const item = await itemByBarcode(trx, barcode);
    const loan = await trx
      .selectFrom('lib_loans as l')
      .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
      .select(['l.id', 'l.due_at', 'p.name'])
      .where('l.item_id', '=', item.id)
      .where('l.returned_at', 'is', null)
      .executeTakeFirst();
    if (!loan) throw conflict(`Bản sách ${item.barcode} không có trong danh sách đang mượn.`, `Item ${item.barcode} is not on loan.`);
    await trx.updateTable('lib_loans').set({ returned_at: at }).where('id', '=', loan.id).execute();
    const hold = await trx
      .selectFrom('lib_holds as h')
      .innerJoin('lib_patrons as p', 'p.id', 'h.patron_id')
      .select(['h.id', 'p.name'])
      .where('h.record_id', '=', item.recordId)
      .where('h.status', '=', 'waiting')
      .orderBy('h.id')
      .executeTakeFirst();
    if (hold) await trx.updateTable('lib_holds').set({ status: 'ready', item_id: item.id }).where('id', '=', hold.id).execute();
    await trx.updateTable('lib_items').set({ status: hold ? 'on-hold' : 'available' }).where('id', '=', item.id).execute();
    await audit(trx, { userId: desk.userId, action: 'update', entity: 'lib_loan', key: String(loan.id), newValue: { returnedAt: at, desk: desk.institutionId } });
    const overdueDays = Math.max(0, Math.round((Date.parse(at.slice(0, 10)) - Date.parse(loan.due_at)) / 86400000));
    return { barcode: item.barcode, patron: loan.name, overdueDays, heldFor: hold?.name ?? null };
  });
}

/** Extends an open loan by the rule's loan period, unless the renewals are used up or someone waits for the title. */
export async function renew(db: DB, barcode: string, desk: Desk): Promise<LoanReceipt> {
  const at = desk.at ?? nowIso();
  return inTransaction(db, async (trx) => {
    const item = await itemByBarcode(trx, barcode);
    const loan = await trx
      .selectFrom('lib_loans as l')
      .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
      .select(['l.id', 'l.due_at', 'l.renewals', 'l.institution_id', 'p.name', 'p.category'])
      .where('l.item_id', '=', item.id)
      .where('l.returned_at', 'is', null)
      .executeTakeFirst();
    if (!loan) throw conflict(`Bản sách ${item.barcode} không có trong danh sách đang mượn.`, `Item ${item.barcode} is not on loan.`);
    const rule = await ruleFor(trx, loan.institution_id, loan.category);
    if (loan.renewals >= rule.maxRenewals) throw conflict(`Đã gia hạn tối đa ${rule.maxRenewals} lần.`, `Already renewed the maximum ${rule.maxRenewals} times.`);
    const waiting = await trx.selectFrom('lib_holds').select('id').where('record_id', '=', item.recordId).where('status', '=', 'waiting').executeTakeFirst();
    if (waiting) throw conflict('Có bạn đọc khác đang đặt trước tên sách này; không thể gia hạn.', 'Another reader has reserved this title; it cannot be renewed.');
    const from = loan.due_at > at.slice(0, 10) ? loan.due_at : at.slice(0, 10);
    const dueAt = addDays(from, rule.loanDays);
    await trx.updateTable('lib_loans').set({ due_at: dueAt, renewals: loan.renewals + 1 }).where('id', '=', loan.id).execute();
    await audit(trx, { userId: desk.userId, action: 'update', entity: 'lib_loan', key: String(loan.id), oldValue: { dueAt: loan.due_at }, newValue: { dueAt } });
    return { loanId: loan.id, barcode: item.barcode, patron: loan.name, dueAt };
  });
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
  return rows.map((r) => ({ barcode: r.barcode, title: r.title, card: r.card_number, patron: r.name, dueAt: r.due_at, days: Math.round((Date.parse(today) - Date.parse(r.due_at)) / 86400000) }));
}
