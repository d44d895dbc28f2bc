import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { isLocalDateTime, nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { EVENT_KINDS } from './catalogue.ts';
import { onInstitutionMoved, unitOfInstitution } from '../network/institutions.ts';
import { indexEvents } from './search-docs.ts';
import { eventsErrors as E } from './messages.ts';

/** An event's place is its institution's current unit (`events.unit_id`): it follows the institution when it moves. */
onInstitutionMoved(async (trx, institutionId, unitId) => {
  await trx.updateTable('events').set({ unit_id: unitId }).where('institution_id', '=', institutionId).execute();
});

/** The unit an institution belongs to now (the place its new events are listed under). */
async function currentUnit(db: DB, institutionId: number): Promise<number> {
  const unitId = await unitOfInstitution(db, institutionId);
  if (unitId === null) throw new UserError(E.institutionWithoutUnit(), 422, [{ field: 'institutionId', said: E.noSuchInstitution() }]);
  return unitId;
}

const localDateTime = z.string().refine(isLocalDateTime, 'Ngày giờ dạng YYYY-MM-DDTHH:MM');

export const NewEventSchema = z
  .object({
    institutionId: z.number().int().positive(),
    kind: z.enum(EVENT_KINDS.map((k) => k.code) as [string, ...string[]], { message: 'Loại sự kiện không có trong danh mục' }),
    title: text(300),
    description: z.string().trim().max(10000, 'Tối đa 10000 ký tự').default(''),
    place: text(300),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: z.number().int().positive('Sức chứa phải lớn hơn 0').nullable().default(null),
    days: z.array(z.string()).default([]),
    taskIds: z.array(z.number().int().positive()).default([]),
  })
  .refine((e) => e.endsAt >= e.startsAt, { message: 'Kết thúc phải sau khi bắt đầu', path: ['endsAt'] });
export type NewEvent = z.input<typeof NewEventSchema>;

/** Publishes an event, tagged with commemorative days and the plan tasks it fulfils. */
export async function createEvent(db: DB, input: NewEvent, userId: number | null): Promise<number> {
  const e = parseInput(NewEventSchema, input, 'Sự kiện');
  return inTransaction(db, async (trx) => {
    if (e.days.length > 0) {
      const known = new Set((await trx.selectFrom('event_days').select('code').where('code', 'in', e.days).execute()).map((r) => r.code));
      const bad = e.days.filter((d) => !known.has(d));
      if (bad.length > 0) throw new UserError(E.unknownDays({ days: bad.join(', ') }), 422, [{ field: 'days', said: E.unknownDays({ days: bad.join(', ') }) }]);
    }
    if (e.taskIds.length > 0) {
      const known = new Set((await trx.selectFrom('plan_tasks').select('id').where('id', 'in', e.taskIds).execute()).map((r) => r.id));
      const bad = e.taskIds.filter((t) => !known.has(t));
      if (bad.length > 0)
        throw new UserError(E.unknownTasks({ ids: bad.join(', ') }), 422, [{ field: 'taskIds', said: E.unknownTasks({ ids: bad.join(', ') }) }]);
    }
    const unitId = await currentUnit(trx, e.institutionId);
    const row = await trx
      .insertInto('events')
      .values({
        institution_id: e.institutionId,
        unit_id: unitId,
        kind: e.kind,
        title: e.title,
        description: e.description,
        place: e.place,
        starts_at: e.startsAt,
        ends_at: e.endsAt,
        capacity: e.capacity,
        status: 'published',
        walk_ins: 0,
        counted_held: 0,
        counted_participants: 0,
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const days = [...new Set(e.days)];
    if (days.length > 0)
      await trx
        .insertInto('event_day_tags')
        .values(days.map((d) => ({ event_id: row.id, day_code: d })))
        .execute();
    const tasks = [...new Set(e.taskIds)];
    if (tasks.length > 0)
      await trx
        .insertInto('event_tasks')
        .values(tasks.map((t) => ({ event_id: row.id, task_id: t })))
        .execute();
    await audit(trx, { userId, action: 'create', entity: 'event', key: String(row.id), newValue: e });
    await indexEvents(trx, [row.id]);
    return row.id;
  });
}

export interface EventView {
  id: number;
  institutionId: number;
  institution: string;
  institutionCode: string;
  unitCode: string;
  kind: string;
  title: string;
  description: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  status: string;
  /** Why it was cancelled (events/cancel.ts), else null. */
  cancelNote: string | null;
  /** The iCalendar SEQUENCE: how many times the event changed since it was published. */
  sequence: number;
  registered: number;
  waiting: number;
  days: string[];
  taskIds: number[];
}

export interface EventFilter {
  /** Unit code: events of institutions in its subtree (their current unit). */
  unitId?: number;
  institutionId?: number;
  from?: string;
  to?: string;
  kind?: string;
  day?: string;
  limit?: number;
  /** Cancelled events too (the iCalendar feed tells calendars they are off). */
  includeCancelled?: boolean;
  /** 'cards': only what a list of events shows (day tags), not registration counts nor plan tasks. */
  details?: 'full' | 'cards';
}

/** Events with their institution and its current unit (kept on the event): the columns every event view reads. */
function eventRows(db: DB) {
  return db
    .selectFrom('events as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([
      'e.id',
      'e.institution_id as institutionId',
      'i.name as institution',
      'i.code as institutionCode',
      'u.code as unitCode',
      'e.kind',
      'e.title',
      'e.description',
      'e.place',
      'e.starts_at as startsAt',
      'e.ends_at as endsAt',
      'e.capacity',
      'e.status',
      'e.cancel_note as cancelNote',
      'e.sequence',
    ]);
}

/** Events by start, with their registration counts and day tags. */
export async function listEvents(db: DB, f: EventFilter = {}): Promise<EventView[]> {
  let q = f.includeCancelled ? eventRows(db) : eventRows(db).where('e.status', '<>', 'cancelled');
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    // place first (index events_place: unit, end, start, status, id), then time
    q = q.where('e.unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId));
  }
  if (f.institutionId !== undefined) q = q.where('e.institution_id', '=', f.institutionId);
  if (f.from) q = q.where('e.ends_at', '>=', f.from);
  if (f.to) q = q.where('e.starts_at', '<=', `${f.to}T23:59`);
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.day) {
    const day = f.day;
    q = q.where('e.id', 'in', (eb) => eb.selectFrom('event_day_tags').select('event_id').where('day_code', '=', day));
  }
  const rows = await q
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(f.limit ?? 200)
    .execute();
  return f.details === 'cards' ? withDays(db, rows) : withDetails(db, rows);
}

/** The rows with their day tags only (one query): what `EventList` shows. */
async function withDays(db: DB, rows: Row[]): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const tags = await db
    .selectFrom('event_day_tags')
    .select(['event_id', 'day_code'])
    .where(
      'event_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({ ...r, registered: 0, waiting: 0, days: tags.filter((t) => t.event_id === r.id).map((t) => t.day_code), taskIds: [] }));
}

export async function getEvent(db: DB, id: number): Promise<EventView> {
  const rows = await eventRows(db).where('e.id', '=', id).execute();
  if (rows.length === 0) throw notFound('sự kiện', 'Event');
  return (await withDetails(db, rows))[0]!;
}

type Row = Omit<EventView, 'registered' | 'waiting' | 'days' | 'taskIds'>;

async function withDetails(db: DB, rows: Row[]): Promise<EventView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [counts, tags, tasks] = await Promise.all([
    db
      .selectFrom('event_registrations')
      .select(['event_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('event_id', 'in', ids)
      .groupBy(['event_id', 'status'])
      .execute(),
    db.selectFrom('event_day_tags').select(['event_id', 'day_code']).where('event_id', 'in', ids).execute(),
    db.selectFrom('event_tasks').select(['event_id', 'task_id']).where('event_id', 'in', ids).execute(),
  ]);
  return rows.map((r) => ({
    ...r,
    registered: Number(counts.find((c) => c.event_id === r.id && c.status === 'registered')?.n ?? 0),
    waiting: Number(counts.find((c) => c.event_id === r.id && c.status === 'waiting')?.n ?? 0),
    days: tags.filter((t) => t.event_id === r.id).map((t) => t.day_code),
    taskIds: tasks.filter((t) => t.event_id === r.id).map((t) => t.task_id),
  }));
}
