import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { addDays, todayLocal } from '../core/time.ts';
import { formatDate } from '../core/i18n/index.ts';
import { maskCard } from './cards.ts';
import { circulationDesk } from './desk.ts';
import { libraryErrors as E } from './errors.ts';
import { ruleFor } from './loan-rules.ts';
import { type Expired, lapseHold, readyHolds } from './hold-expiry.ts';
import type { Place } from './places.ts';

/**
 * The holds pickup list at a library's desk (issue 20, Koha's "holds to pull" and "holds awaiting pickup"): waiting
 * holds to be collected here whose title has a copy on this library's shelf — to pull and set aside ("fill") — and
 * holds ready, their copy set aside, to hand out at the scan desk (the loan fulfils the hold). The statuses: a hold is
 * 'waiting', then 'ready' when a copy is set aside (here by a fill, or by a check-in: circulation-sql.ts), then
 * 'fulfilled' when lent or 'cancelled'; a copy set aside is 'on-hold'. The reader is named only when their card is
 * this library's, else shown by the masked card (as the desk's check-in says it).
 */

export interface PullLine {
  holdId: number;
  title: string;
  /** The copies of the title on this library's shelf (barcodes, first the one to take). */
  onShelf: string[];
  reader: string;
  card: string;
  placedAt: string;
  /** Place in the title's queue (1: next). */
  position: number;
}

export interface ReadyLine {
  holdId: number;
  title: string;
  barcode: string;
  reader: string;
  /** The reader's card, whole when this library's (for the scan desk), else masked. */
  card: string;
  known: boolean;
  until: string | null;
  /** The pickup period has passed. */
  lapsed: boolean;
}

export async function pickupList(
  db: DB,
  who: Principal | undefined,
  code: string,
  today = todayLocal(),
): Promise<{ lib: Place; pull: PullLine[]; ready: ReadyLine[] }> {
  const lib = await circulationDesk(db, who, code);
  const held = await db
    .selectFrom('lib_holds as h')
    .innerJoin('lib_records as r', 'r.id', 'h.record_id')
    .innerJoin('lib_patrons as p', 'p.id', 'h.patron_id')
    .leftJoin('lib_items as it', 'it.id', 'h.item_id')
    .select(['h.id', 'h.record_id', 'h.status', 'h.placed_at', 'h.expires_at', 'r.title', 'p.name', 'p.card_number', 'p.institution_id', 'it.barcode'])
    .where('h.institution_id', '=', lib.id)
    .where('h.status', 'in', ['waiting', 'ready'])
    .orderBy('h.id')
    .execute();
  const waitingRecords = [...new Set(held.filter((h) => h.status === 'waiting').map((h) => h.record_id))];
  const shelf = new Map<number, string[]>();
  const queue = new Map<number, number[]>();
  if (waitingRecords.length) {
    const copies = await db
      .selectFrom('lib_items')
      .select(['record_id', 'barcode'])
      .where('record_id', 'in', waitingRecords)
      .where('at_institution_id', '=', lib.id)
      .where('status', '=', 'available')
      .orderBy('barcode')
      .execute();
    for (const c of copies) shelf.set(c.record_id, [...(shelf.get(c.record_id) ?? []), c.barcode]);
    const waiting = await db
      .selectFrom('lib_holds')
      .select(['id', 'record_id'])
      .where('record_id', 'in', waitingRecords)
      .where('status', '=', 'waiting')
      .orderBy('id')
      .execute();
    for (const w of waiting) queue.set(w.record_id, [...(queue.get(w.record_id) ?? []), w.id]);
  }
  const who_ = (h: (typeof held)[number]) => {
    const known = h.institution_id === lib.id;
    return { known, reader: known ? h.name : '', card: known ? h.card_number : maskCard(h.card_number) };
  };
  const pull = held
    .filter((h) => h.status === 'waiting' && shelf.has(h.record_id))
    .map((h) => {
      const { reader, card } = who_(h);
      return {
        holdId: h.id,
        title: h.title,
        onShelf: shelf.get(h.record_id)!,
        reader,
        card,
        placedAt: h.placed_at,
        position: (queue.get(h.record_id) ?? []).indexOf(h.id) + 1,
      };
    });
  const ready = held
    .filter((h) => h.status === 'ready')
    .map((h) => ({
      holdId: h.id,
      title: h.title,
      barcode: h.barcode ?? '',
      ...who_(h),
      until: h.expires_at,
      lapsed: h.expires_at !== null && h.expires_at < today,
    }));
  return { lib, pull, ready };
}

/**
 * Fills a waiting hold from this library's shelf: the copy scanned (a copy of the title, available here) set aside
 * ('on-hold') for the reader, the hold 'ready' until the rule's pickup period ends. Audited, hold and copy.
 */
export async function fillHold(
  db: DB,
  who: Principal,
  code: string,
  holdId: number,
  barcode: string,
  today = todayLocal(),
): Promise<{ barcode: string; until: string; title: string }> {
  const lib = await circulationDesk(db, who, code);
  const typed = clean(barcode);
  const refuse = (said: ReturnType<typeof E.holdNotWaiting>, field = 'barcode') => new UserError(said, 409, [{ field, said }]);
  return inTransaction(db, async (trx) => {
    const h = Number.isSafeInteger(holdId)
      ? await trx
          .selectFrom('lib_holds as h')
          .innerJoin('lib_patrons as p', 'p.id', 'h.patron_id')
          .innerJoin('lib_records as r', 'r.id', 'h.record_id')
          .select(['h.id', 'h.record_id', 'h.status', 'h.institution_id', 'p.category', 'r.title'])
          .where('h.id', '=', holdId)
          .executeTakeFirst()
      : undefined;
    if (!h) throw notFound('lượt đặt trước', 'Reservation');
    if (h.institution_id !== lib.id) throw refuse(E.holdNotHere(), 'hold');
    if (h.status !== 'waiting') throw refuse(E.holdNotWaiting(), 'hold');
    const it = await trx
      .selectFrom('lib_items')
      .select(['id', 'barcode', 'record_id', 'status', 'at_institution_id'])
      .where((eb) => eb(eb.fn('upper', ['barcode']), '=', typed.toUpperCase()))
      .executeTakeFirst();
    if (!it) throw notFound(`bản sách có mã vạch "${typed}"`, `Item with barcode "${typed}"`);
    if (it.record_id !== h.record_id) throw refuse(E.fillWrongTitle({ barcode: it.barcode }));
    if (it.status !== 'available' || it.at_institution_id !== lib.id) throw refuse(E.fillNotOnShelf({ barcode: it.barcode }));
    const until = addDays(today, (await ruleFor(trx, lib.id, h.category)).holdDays);
    const set = await trx.updateTable('lib_items').set({ status: 'on-hold' }).where('id', '=', it.id).where('status', '=', 'available').executeTakeFirst();
    if (Number(set.numUpdatedRows) !== 1) throw refuse(E.itemChanged({ barcode: it.barcode }));
    const filled = await trx
      .updateTable('lib_holds')
      .set({ status: 'ready', item_id: it.id, expires_at: until })
      .where('id', '=', h.id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(filled.numUpdatedRows) !== 1) throw refuse(E.holdNotWaiting(), 'hold');
    await audit(trx, [
      {
        userId: who.userId,
        action: 'update',
        entity: 'lib_hold',
        key: String(h.id),
        oldValue: { status: 'waiting' },
        newValue: { status: 'ready', itemId: it.id, until },
      },
      {
        userId: who.userId,
        action: 'update',
        entity: 'lib_item',
        key: it.barcode,
        oldValue: { status: 'available' },
        newValue: { status: 'on-hold', holdId: h.id },
      },
    ]);
    return { barcode: it.barcode, until, title: h.title };
  });
}

export type { Expired } from './hold-expiry.ts';

/**
 * Expires a hold whose copy nobody collected in the rule's pickup period (Koha's "expire holds"): the hold becomes
 * 'expired' and its copy goes to the next reader waiting for the title here (set aside for them, from today for
 * their rule's days) or back on the shelf. Refused before the period is over. Audited, hold(s) and copy. The nightly
 * run does the same for every lapsed hold (hold-expiry.ts).
 */
export async function expireHold(db: DB, who: Principal, code: string, holdId: number, today = todayLocal()): Promise<Expired> {
  const lib = await circulationDesk(db, who, code);
  const refuse = (said: ReturnType<typeof E.holdNotReady>) => new UserError(said, 409, [{ field: 'hold', said }]);
  return inTransaction(db, async (trx) => {
    const h = Number.isSafeInteger(holdId) ? await readyHolds(trx).where('h.id', '=', holdId).executeTakeFirst() : undefined;
    if (!h) throw notFound('lượt đặt trước', 'Reservation');
    if (h.institution_id !== lib.id) throw refuse(E.holdNotHere());
    if (h.status !== 'ready' || h.item_id === null) throw refuse(E.holdNotReady());
    if (h.expires_at === null || h.expires_at >= today) throw refuse(E.holdNotLapsed({ date: formatDate(h.expires_at) }));
    const done = await lapseHold(trx, { ...h, item_id: h.item_id }, who.userId, today);
    if (!done) throw refuse(E.holdNotReady());
    return done;
  });
}
