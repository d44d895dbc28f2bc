import type { Kysely, Migration } from 'kysely';

/**
 * Clubs with everyone in them and calendars that follow changes (issue 21). A club member without an account has a
 * year of birth and a contact (both optional); a member who leaves keeps their attendance (`left_on`); `events.sequence` is the iCalendar SEQUENCE, raised by every change
 * of a published event (cancelled, held) so subscribed calendars take the new version; an object's image has a caption.
 */
export function clubsEventsDepth(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('club_members').addColumn('birth_year', 'integer').execute();
      await db.schema.alterTable('club_members').addColumn('contact', 'text').execute();
      await db.schema.alterTable('club_members').addColumn('left_on', 'text').execute();
      await db.schema
        .alterTable('events')
        .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('object_images').addColumn('caption', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('object_images').dropColumn('caption').execute();
      await db.schema.alterTable('events').dropColumn('sequence').execute();
      await db.schema.alterTable('club_members').dropColumn('left_on').execute();
      await db.schema.alterTable('club_members').dropColumn('contact').execute();
      await db.schema.alterTable('club_members').dropColumn('birth_year').execute();
    },
  };
}
