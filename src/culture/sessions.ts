import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { isoDate, parseInput } from '../core/validate.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { updateRegularStatus } from './regular.ts';
import { cultureErrors as E } from './messages.ts';

/** The element attendance feeds: one per member present at a session, in the session's month. */
export const ATTENDANCE_ELEMENT = 'CUL_CLUB_ATTENDANCE';

export interface SessionInput {
  onDate: string;
  note?: string;
  present: number[];
}

const SessionSchema = z.object({ onDate: isoDate, note: z.string().trim().max(1000).default(''), present: z.array(z.number().int()) });

/** A session's day and who was present, checked: not in the future, only members of the club on that day. */
async function checked(trx: DB, clubId: number, s: SessionInput, today: string) {
  const v = parseInput(SessionSchema, s, 'Buổi sinh hoạt');
  if (v.onDate > today) throw new UserError(E.sessionInFuture({ date: formatDate(v.onDate) }), 422, [{ field: 'onDate', said: E.notYet() }]);
  const club = await trx.selectFrom('clubs').select(['institution_id']).where('id', '=', clubId).executeTakeFirst();
  if (!club) throw notFound('câu lạc bộ', 'Club');
  const members = await trx.selectFrom('club_members').select(['id', 'joined_on', 'left_on']).where('club_id', '=', clubId).execute();
  const ok = new Set(members.filter((m) => m.left_on === null || m.left_on >= v.onDate).map((m) => m.id));
  const present = [...new Set(v.present)];
  const bad = present.filter((id) => !ok.has(id));
  if (bad.length > 0) throw new UserError(E.notMembers({ ids: bad.join(', ') }), 422, [{ field: 'present', said: E.notMembers({ ids: bad.join(', ') }) }]);
  return { ...v, present, institutionId: club.institution_id };
}

/**
 * A session held on a day (today or before) with the members present: the attendance goes to the statistics
 * (`CUL_CLUB_ATTENDANCE`, through statistics/feed.ts) and the institution's "regular activities" status follows.
 */
export async function recordSession(db: DB, clubId: number, s: SessionInput, by: number | null, today = todayLocal()): Promise<number> {
  return inTransaction(db, async (trx) => {
    const v = await checked(trx, clubId, s, today);
    const row = await trx.insertInto('club_sessions').values({ club_id: clubId, on_date: v.onDate, note: v.note }).returning('id').executeTakeFirstOrThrow();
    if (v.present.length > 0)
      await trx
        .insertInto('club_attendance')
        .values(v.present.map((member_id) => ({ session_id: row.id, member_id })))
        .execute();
    await audit(trx, {
      userId: by,
      action: 'create',
      entity: 'club_session',
      key: `${clubId}:${row.id}`,
      newValue: { onDate: v.onDate, note: v.note, present: v.present },
    });
    if (v.present.length > 0)
      await recordHappenings(trx, [{ institutionId: v.institutionId, element: ATTENDANCE_ELEMENT, date: v.onDate, count: v.present.length }], by);
    await updateRegularStatus(trx, v.institutionId, Number(v.onDate.slice(0, 4)), by);
    return row.id;
  });
}

/**
 * Corrects a session: its day, note and who was present. The statistics move by the difference (the old count taken
 * back from the old day's month, the new one added to the new day's), and "regular activities" is recomputed for both years.
 */
export async function correctSession(db: DB, clubId: number, sessionId: number, s: SessionInput, by: number | null, today = todayLocal()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const old = await trx.selectFrom('club_sessions').selectAll().where('id', '=', sessionId).where('club_id', '=', clubId).executeTakeFirst();
    if (!old) throw new UserError(E.noSuchSession(), 404);
    const v = await checked(trx, clubId, s, today);
    const was = (await trx.selectFrom('club_attendance').select('member_id').where('session_id', '=', sessionId).execute()).map((r) => r.member_id);
    await trx.updateTable('club_sessions').set({ on_date: v.onDate, note: v.note }).where('id', '=', sessionId).execute();
    await trx.deleteFrom('club_attendance').where('session_id', '=', sessionId).execute();
    if (v.present.length > 0)
      await trx
        .insertInto('club_attendance')
        .values(v.present.map((member_id) => ({ session_id: sessionId, member_id })))
        .execute();
    await audit(trx, {
      userId: by,
      action: 'update',
      entity: 'club_session',
      key: `${clubId}:${sessionId}`,
      oldValue: { onDate: old.on_date, note: old.note, present: was },
      newValue: { onDate: v.onDate, note: v.note, present: v.present },
    });
    const moves =
      old.on_date === v.onDate
        ? [{ date: v.onDate, count: v.present.length - was.length }]
        : [
            { date: old.on_date, count: -was.length },
            { date: v.onDate, count: v.present.length },
          ];
    const h = moves.filter((m) => m.count !== 0).map((m) => ({ institutionId: v.institutionId, element: ATTENDANCE_ELEMENT, ...m }));
    if (h.length > 0) await recordHappenings(trx, h, by);
    for (const year of new Set([old.on_date.slice(0, 4), v.onDate.slice(0, 4)])) await updateRegularStatus(trx, v.institutionId, Number(year), by);
  });
}

/** The club's sessions, latest first, with how many were present. */
export async function sessionsOf(db: DB, clubId: number, limit = 50) {
  const rows = await db
    .selectFrom('club_sessions as s')
    .leftJoin('club_attendance as a', 'a.session_id', 's.id')
    .select(['s.id', 's.on_date', 's.note', (eb) => eb.fn.count<number>('a.member_id').as('present')])
    .where('s.club_id', '=', clubId)
    .groupBy(['s.id', 's.on_date', 's.note'])
    .orderBy('s.on_date', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, present: Number(r.present) }));
}
