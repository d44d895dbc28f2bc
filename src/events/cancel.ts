import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { removeDocs } from '../search/public-docs.ts';
import { syncEventStats } from './stats.ts';
import { eventsErrors as E } from './messages.ts';

const CancelSchema = z.object({ note: text(1000) });

/**
 * Cancels an event with a note to its registrants. Their registrations stay (the learning record shows the
 * event as cancelled, with the note); the iCalendar feed keeps it with STATUS:CANCELLED so subscribed calendars
 * drop it; the lists and the search no longer show it; an event already held gives its counts back to the
 * statistics through `statistics/feed.ts` (events/stats.ts moves them by the difference). Its iCalendar SEQUENCE goes up.
 * Returns how many registrants (registered or waiting) see the note on their record.
 */
export async function cancelEvent(db: DB, eventId: number, input: { note: string }, userId: number | null): Promise<{ notified: number }> {
  const { note } = parseInput(CancelSchema, input, 'Hủy sự kiện');
  return inTransaction(db, async (trx) => {
    const q = trx.selectFrom('events').select(['id', 'status', 'title']).where('id', '=', eventId);
    const e = await dialectOf(trx).forUpdate(q).executeTakeFirst();
    if (!e) throw notFound('sự kiện', 'Event');
    if (e.status === 'cancelled') throw new UserError(E.alreadyCancelled(), 409);
    await trx
      .updateTable('events')
      .set((eb) => ({ status: 'cancelled', cancel_note: note, sequence: eb('sequence', '+', 1) }))
      .where('id', '=', eventId)
      .execute();
    await syncEventStats(trx, eventId, userId);
    const told = await trx
      .selectFrom('event_registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', eventId)
      .where('status', 'in', ['registered', 'waiting'])
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'event',
      key: String(eventId),
      oldValue: { status: e.status },
      newValue: { status: 'cancelled', note },
    });
    await removeDocs(trx, 'event', [eventId]);
    return { notified: Number(told.n) };
  });
}
