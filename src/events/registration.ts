import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { audit } from '../core/audit.ts';
import { nowIso, nowLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatLocalDateTime as when } from '../core/i18n/format.ts';
import { syncEventStats } from './stats.ts';
import { eventsErrors as E } from './messages.ts';
import { newCheckinCode } from './checkin.ts';

export type RegistrationOutcome = 'registered' | 'waiting';

async function lockedEvent(trx: DB, eventId: number) {
  // registrations of one event serialised (capacity is checked then written): the event's row locked
  const q = trx.selectFrom('events').selectAll().where('id', '=', eventId);
  const e = await dialectOf(trx).forUpdate(q).executeTakeFirst();
  if (!e) throw notFound('sự kiện', 'Event');
  return e;
}

/**
 * Registers a citizen: a place while there is one, else the waiting list. Refused clearly for a
 * second registration, a cancelled event, or one that has already begun.
 */
export async function register(db: DB, eventId: number, userId: number, now = nowLocal()): Promise<RegistrationOutcome> {
  return inTransaction(db, async (trx) => {
    const e = await lockedEvent(trx, eventId);
    if (e.status !== 'published') throw new UserError(E.closed(), 409);
    if (e.starts_at <= now) throw new UserError(E.started({ at: when(e.starts_at) }), 409);
    const existing = await trx
      .selectFrom('event_registrations')
      .select(['id', 'status'])
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (existing && existing.status !== 'cancelled') throw new UserError(existing.status === 'waiting' ? E.alreadyWaiting() : E.alreadyRegistered(), 409);
    const taken = await trx
      .selectFrom('event_registrations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', eventId)
      .where('status', '=', 'registered')
      .executeTakeFirstOrThrow();
    const status: RegistrationOutcome = e.capacity === null || Number(taken.n) < e.capacity ? 'registered' : 'waiting';
    // a new code each time: one a cancelled registration had stays unusable (its confirmation may still be around)
    const code = newCheckinCode();
    if (existing)
      await trx
        .updateTable('event_registrations')
        .set({ status, attended: 0, created_at: nowIso(), checkin_code: code, checked_in_at: null })
        .where('id', '=', existing.id)
        .execute();
    else
      await trx
        .insertInto('event_registrations')
        .values({ event_id: eventId, user_id: userId, status, attended: 0, created_at: nowIso(), checkin_code: code })
        .execute();
    await audit(trx, { userId, action: existing ? 'update' : 'create', entity: 'event_registration', key: `${eventId}:${userId}`, newValue: { status } });
    return status;
  });
}

/** Cancels a registration; the first on the waiting list takes the freed place. */
export async function cancelRegistration(db: DB, eventId: number, userId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const e = await lockedEvent(trx, eventId);
    const r = await trx
      .selectFrom('event_registrations')
      .select(['id', 'status'])
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!r || r.status === 'cancelled') throw new UserError(E.notRegistered(), 404);
    await trx.updateTable('event_registrations').set({ status: 'cancelled' }).where('id', '=', r.id).execute();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'event_registration',
      key: `${eventId}:${userId}`,
      oldValue: { status: r.status },
      newValue: { status: 'cancelled' },
    });
    if (r.status === 'registered' && e.capacity !== null) await promote(trx, eventId, e.capacity);
  });
}

async function promote(trx: DB, eventId: number, capacity: number): Promise<void> {
  const taken = await trx
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  const free = capacity - Number(taken.n);
  if (free <= 0) return;
  const next = await trx
    .selectFrom('event_registrations')
    .select(['id', 'user_id'])
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('created_at')
    .orderBy('id')
    .limit(free)
    .execute();
  for (const n of next) {
    await trx.updateTable('event_registrations').set({ status: 'registered' }).where('id', '=', n.id).execute();
    await audit(trx, {
      userId: null,
      action: 'update',
      entity: 'event_registration',
      key: `${eventId}:${n.user_id}`,
      oldValue: { status: 'waiting' },
      newValue: { status: 'registered' },
    });
  }
}

/**
 * Records who came (registrations by id), how many came without registering, and that the event
 * was held: the statistics move by the difference (events/stats.ts).
 */
export async function recordAttendance(
  db: DB,
  eventId: number,
  a: { attended: number[]; walkIns: number },
  userId: number | null,
  now = nowLocal(),
): Promise<void> {
  if (!Number.isInteger(a.walkIns) || a.walkIns < 0) throw new UserError(E.walkIns(), 422, [{ field: 'walkIns', said: E.invalid() }]);
  await inTransaction(db, async (trx) => {
    const e = await lockedEvent(trx, eventId);
    if (e.status === 'cancelled') throw new UserError(E.wasCancelled(), 409);
    if (e.starts_at > now) throw new UserError(E.notBegun(), 409);
    const regs = await trx.selectFrom('event_registrations').select(['id', 'status']).where('event_id', '=', eventId).execute();
    const valid = new Set(regs.filter((r) => r.status !== 'cancelled').map((r) => r.id));
    const bad = a.attended.filter((id) => !valid.has(id));
    if (bad.length > 0) throw new UserError(E.notOfEvent({ ids: bad.join(', ') }), 422, [{ field: 'attended', said: E.notOfEvent({ ids: bad.join(', ') }) }]);
    await trx.updateTable('event_registrations').set({ attended: 0 }).where('event_id', '=', eventId).execute();
    if (a.attended.length > 0) await trx.updateTable('event_registrations').set({ attended: 1 }).where('id', 'in', a.attended).execute();
    // one unticked in the table is no longer checked in (their code may be scanned again)
    await trx.updateTable('event_registrations').set({ checked_in_at: null }).where('event_id', '=', eventId).where('attended', '=', 0).execute();
    await trx
      .updateTable('events')
      .set((eb) => ({ status: 'held', walk_ins: a.walkIns, sequence: eb('sequence', '+', 1) }))
      .where('id', '=', eventId)
      .execute();
    await audit(trx, { userId, action: 'update', entity: 'event_attendance', key: String(eventId), newValue: a });
    await syncEventStats(trx, eventId, userId);
  });
}

/** The registrations of an event, for its organisers. */
export async function registrationsOf(db: DB, eventId: number) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.status', 'r.attended', 'r.created_at', 'u.display_name as name', 'u.username'])
    .where('r.event_id', '=', eventId)
    .where('r.status', '<>', 'cancelled')
    .orderBy('r.status')
    .orderBy('r.created_at')
    .execute();
}
