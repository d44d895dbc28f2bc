import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, notFound } from '../core/errors.ts';
import { libraryErrors as E } from './errors.ts';

/** A reader reserves a title to collect at a library; the first copy returned there is set aside for them. */
export async function placeHold(db: DB, recordId: number, patronId: number, institutionId: number, userId: number | null): Promise<number> {
  return inTransaction(db, async (trx) => {
    const rec = await trx.selectFrom('lib_records').select('id').where('id', '=', recordId).executeTakeFirst();
    if (!rec) throw notFound('tên sách', 'Title');
    const held = await trx
      .selectFrom('lib_items')
      .select('id')
      .where('record_id', '=', recordId)
      .where('institution_id', '=', institutionId)
      .where('status', 'not in', ['withdrawn', 'lost'])
      .executeTakeFirst();
    if (!held) throw new UserError(E.holdNoCopy(), 422, [{ field: 'library', said: E.chooseLibraryWithCopy() }]);
    const dup = await trx
      .selectFrom('lib_holds')
      .select('id')
      .where('record_id', '=', recordId)
      .where('patron_id', '=', patronId)
      .where('status', 'in', ['waiting', 'ready'])
      .executeTakeFirst();
    if (dup) throw new UserError(E.holdDuplicate(), 409);
    const row = await trx
      .insertInto('lib_holds')
      .values({ record_id: recordId, patron_id: patronId, institution_id: institutionId, placed_at: nowIso(), status: 'waiting', item_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'lib_hold', key: String(row.id), newValue: { recordId, patronId, institutionId } });
    return row.id;
  });
}

export async function cancelHold(db: DB, holdId: number, patronId: number, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const h = await trx
      .selectFrom('lib_holds')
      .select(['id', 'item_id', 'status'])
      .where('id', '=', holdId)
      .where('patron_id', '=', patronId)
      .executeTakeFirst();
    if (!h || (h.status !== 'waiting' && h.status !== 'ready')) throw notFound('lượt đặt trước', 'Reservation');
    await trx.updateTable('lib_holds').set({ status: 'cancelled' }).where('id', '=', h.id).execute();
    if (h.item_id) await trx.updateTable('lib_items').set({ status: 'available' }).where('id', '=', h.item_id).where('status', '=', 'on-hold').execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_hold', key: String(h.id), newValue: { status: 'cancelled' } });
  });
}

export interface HistoryLine {
  title: string;
  barcode: string;
  outAt: string;
  dueAt: string;
  returnedAt: string | null;
}

/**
 * A reader's loans, newest first. Private: the caller must have established that the viewer is the card's
 * own user (pages and API check `patron.userId === principal.userId`); staff see only open loans at the desk.
 */
export async function loanHistory(db: DB, patronId: number): Promise<HistoryLine[]> {
  const rows = await db
    .selectFrom('lib_loans as l')
    .innerJoin('lib_items as it', 'it.id', 'l.item_id')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .select(['r.title', 'it.barcode', 'l.out_at', 'l.due_at', 'l.returned_at'])
    .where('l.patron_id', '=', patronId)
    .orderBy('l.id', 'desc')
    .execute();
  return rows.map((r) => ({ title: r.title, barcode: r.barcode, outAt: r.out_at, dueAt: r.due_at, returnedAt: r.returned_at }));
}
