import type { DB } from '../core/db/database.ts';
import { recordHappenings, type Happening } from '../statistics/feed.ts';
import { kindOf } from './catalogue.ts';

/**
 * Brings the statistics in line with an event: once held it counts 1 event (and 1 of its kind's
 * element, e.g. a communication activity) and its participants (attended registrations plus
 * walk-ins). The event row keeps what was counted, so every change feeds only the difference.
 */
export async function syncEventStats(db: DB, eventId: number, userId: number | null): Promise<void> {
  const e = await db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  const attended = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('attended', '=', 1)
    .executeTakeFirstOrThrow();
  const held = e.status === 'held' ? 1 : 0;
  const participants = held ? Number(attended.n) + e.walk_ins : 0;
  const dHeld = held - e.counted_held;
  const dPart = participants - e.counted_participants;
  if (dHeld === 0 && dPart === 0) return;
  const date = e.starts_at.slice(0, 10);
  const kind = kindOf(e.kind);
  const h: Happening[] = [];
  const add = (element: string, count: number) => {
    if (count !== 0) h.push({ institutionId: e.institution_id, element, date, count });
  };
  add('EVENTS', dHeld);
  add('EVENT_PARTICIPANTS', dPart);
  if (kind?.heldElement) add(kind.heldElement, dHeld);
  if (kind?.participantElement) add(kind.participantElement, dPart);
  await recordHappenings(db, h, userId);
  await db.updateTable('events').set({ counted_held: held, counted_participants: participants }).where('id', '=', eventId).execute();
}
