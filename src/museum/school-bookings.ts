import type { DB } from '../core/db/database.ts';

/** The school bookings of a museum's programmes, by day (the management page's list). */
export function listBookings(db: DB, institutionId: number) {
  return db
    .selectFrom('edu_bookings as b')
    .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
    .select(['b.id', 'p.title', 'b.school', 'b.class_name', 'b.students', 'b.on_date', 'b.status'])
    .where('p.institution_id', '=', institutionId)
    .orderBy('b.on_date')
    .execute();
}

/** A booking of one of this museum's programmes, or undefined when it is another's or none. */
export function bookingOf(db: DB, institutionId: number, bookingId: number) {
  return db
    .selectFrom('edu_bookings as b')
    .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
    .select('b.id')
    .where('b.id', '=', bookingId)
    .where('p.institution_id', '=', institutionId)
    .executeTakeFirst();
}
