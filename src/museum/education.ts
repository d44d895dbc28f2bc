import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso, todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { isoDate, parseInput, text } from '../core/validate.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { formatDate } from '../core/i18n/format.ts';
import { museumErrors as E } from './messages.ts';

export async function createProgramme(
  db: DB,
  p: { institutionId: number; title: string; description?: string; maxStudents: number },
  userId: number | null,
): Promise<number> {
  const v = parseInput(
    z.object({
      institutionId: z.number().int().positive(),
      title: text(300),
      description: z.string().trim().max(5000).default(''),
      maxStudents: z.number().int().positive('Phải lớn hơn 0'),
    }),
    p,
    'Chương trình giáo dục',
  );
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('edu_programmes')
      .values({ institution_id: v.institutionId, title: v.title, description: v.description, max_students: v.maxStudents })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'edu_programme', key: String(row.id), newValue: v });
    return row.id;
  });
}

const BookingSchema = z.object({ school: text(300), className: text(60), students: z.number().int().positive('Số học sinh phải lớn hơn 0'), onDate: isoDate });

/** A school class books a programme on a day: not in the past, not twice, not above the programme's size. */
export async function bookProgramme(
  db: DB,
  programmeId: number,
  b: z.input<typeof BookingSchema>,
  userId: number | null,
  today = todayLocal(),
): Promise<number> {
  const v = parseInput(BookingSchema, b, 'Đặt lịch');
  if (v.onDate < today) throw new UserError(E.dayPassed({ date: formatDate(v.onDate) }), 422, [{ field: 'onDate', said: E.passed() }]);
  return inTransaction(db, async (trx) => {
    const p = await trx.selectFrom('edu_programmes').selectAll().where('id', '=', programmeId).executeTakeFirst();
    if (!p) throw notFound('chương trình giáo dục', 'Programme');
    if (v.students > p.max_students)
      throw new UserError(E.tooManyStudents({ max: p.max_students }), 422, [{ field: 'students', said: E.atMost({ max: p.max_students }) }]);
    const dup = await trx
      .selectFrom('edu_bookings')
      .select('id')
      .where('programme_id', '=', programmeId)
      .where('school', '=', v.school)
      .where('class_name', '=', v.className)
      .where('on_date', '=', v.onDate)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (dup)
      throw new UserError(E.classBooked({ className: v.className, school: v.school, date: formatDate(v.onDate) }), 409, [
        { field: 'className', said: E.booked() },
      ]);
    const row = await trx
      .insertInto('edu_bookings')
      .values({
        programme_id: programmeId,
        school: v.school,
        class_name: v.className,
        students: v.students,
        on_date: v.onDate,
        user_id: userId,
        status: 'booked',
        created_at: nowIso(),
      })
      .onConflict((oc) =>
        oc.columns(['programme_id', 'school', 'class_name', 'on_date']).doUpdateSet({ status: 'booked', students: v.students, user_id: userId }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'edu_booking', key: String(row.id), newValue: v });
    return row.id;
  });
}

/** The programme was held for the class: one education programme session in the statistics. */
export async function markBookingHeld(db: DB, bookingId: number, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const b = await trx
      .selectFrom('edu_bookings as b')
      .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
      .select(['b.status', 'b.on_date', 'p.institution_id'])
      .where('b.id', '=', bookingId)
      .executeTakeFirst();
    if (!b) throw notFound('lượt đặt lịch', 'Booking');
    if (b.status === 'held') return;
    if (b.status === 'cancelled') throw new UserError(E.bookingCancelled(), 409);
    await trx.updateTable('edu_bookings').set({ status: 'held' }).where('id', '=', bookingId).execute();
    await recordHappenings(trx, [{ institutionId: b.institution_id, element: 'MUS_EDU_PROGRAMMES', date: b.on_date, count: 1 }], userId);
    await audit(trx, { userId, action: 'update', entity: 'edu_booking', key: String(bookingId), newValue: { status: 'held' } });
  });
}

const VisitSchema = z
  .object({ day: isoDate, visitors: z.number().int().min(0), students: z.number().int().min(0), study: z.number().int().min(0) })
  .refine((v) => v.students <= v.visitors && v.study <= v.visitors, {
    message: 'Số học sinh và số khách học tập không vượt tổng số khách',
    path: ['students'],
  });

/** Sets a day's visitor counts (total, students, coming to study); the statistics move by the difference. */
export async function recordVisits(db: DB, institutionId: number, input: z.input<typeof VisitSchema>, userId: number | null): Promise<void> {
  const v = parseInput(VisitSchema, input, 'Lượt khách');
  await inTransaction(db, async (trx) => {
    const old = await trx.selectFrom('museum_visits').selectAll().where('institution_id', '=', institutionId).where('day', '=', v.day).executeTakeFirst();
    const row = { visitors: v.visitors, students: v.students, study: v.study };
    await trx
      .insertInto('museum_visits')
      .values({ institution_id: institutionId, day: v.day, ...row })
      .onConflict((oc) => oc.columns(['institution_id', 'day']).doUpdateSet(row))
      .execute();
    const d = (n: number, o: number | undefined) => n - (o ?? 0);
    const h = [
      { element: 'MUS_VISITORS', count: d(v.visitors, old?.visitors) },
      { element: 'MUS_STUDENT_VISITORS', count: d(v.students, old?.students) },
      { element: 'MUS_STUDY_VISITORS', count: d(v.study, old?.study) },
    ]
      .filter((x) => x.count !== 0)
      .map((x) => ({ ...x, institutionId, date: v.day }));
    await recordHappenings(trx, h, userId);
    await audit(trx, { userId, action: old ? 'update' : 'create', entity: 'museum_visits', key: `${institutionId}:${v.day}`, oldValue: old, newValue: row });
  });
}
