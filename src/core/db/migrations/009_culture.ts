import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/**
 * Events, museum collections and exhibitions, cultural-centre clubs, the citizens' learning
 * record criteria, donations and commendations (issue 6). Commemorative days are rows, not code.
 */
export function culture(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);
  const blob = store.engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('event_days')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('span_days', 'integer', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('events'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('walk_ins', 'integer', (c) => c.notNull())
        .addColumn('counted_held', 'integer', (c) => c.notNull())
        .addColumn('counted_participants', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_starts').on('events').columns(['starts_at']).execute();
      await db.schema.createIndex('events_institution').on('events').columns(['institution_id', 'starts_at']).execute();
      await db.schema
        .createTable('event_day_tags')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('day_code', 'text', (c) => c.notNull().references('event_days.code'))
        .addPrimaryKeyConstraint('event_day_tags_pk', ['event_id', 'day_code'])
        .execute();
      await db.schema
        .createTable('event_tasks')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('event_tasks_pk', ['event_id', 'task_id'])
        .execute();
      await id(db.schema.createTable('event_registrations'))
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attended', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('event_registrations_once', ['event_id', 'user_id'])
        .execute();
      await db.schema.createIndex('event_registrations_user').on('event_registrations').columns(['user_id']).execute();

      await id(db.schema.createTable('museum_collections'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('museum_objects'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('collection_id', 'integer', (c) => c.references('museum_collections.id'))
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('creator', 'text')
        .addColumn('subject', 'text')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('date_text', 'text')
        .addColumn('type', 'text')
        .addColumn('format', 'text')
        .addColumn('provenance', 'text')
        .addColumn('ethnic_group', 'text')
        .addColumn('rights', 'text')
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('museum_objects_identifier', ['institution_id', 'identifier'])
        .execute();
      await id(db.schema.createTable('object_images'))
        .addColumn('object_id', 'integer', (c) => c.notNull().references('museum_objects.id').onDelete('cascade'))
        .addColumn('alt', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('data', blob, (c) => c.notNull())
        .addColumn('thumb', blob, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('object_images_object').on('object_images').columns(['object_id']).execute();
      await id(db.schema.createTable('exhibitions'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('intro', 'text', (c) => c.notNull())
        .addColumn('opens_on', 'text', (c) => c.notNull())
        .addColumn('closes_on', 'text')
        .addColumn('published', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('exhibition_items')
        .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibitions.id').onDelete('cascade'))
        .addColumn('object_id', 'integer', (c) => c.notNull().references('museum_objects.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('caption', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('exhibition_items_pk', ['exhibition_id', 'object_id'])
        .execute();
      await id(db.schema.createTable('exhibition_stops'))
        .addColumn('exhibition_id', 'integer', (c) => c.notNull().references('exhibitions.id').onDelete('cascade'))
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('edu_programmes'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('max_students', 'integer', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('edu_bookings'))
        .addColumn('programme_id', 'integer', (c) => c.notNull().references('edu_programmes.id'))
        .addColumn('school', 'text', (c) => c.notNull())
        .addColumn('class_name', 'text', (c) => c.notNull())
        .addColumn('students', 'integer', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('edu_bookings_class_day', ['programme_id', 'school', 'class_name', 'on_date'])
        .execute();
      await db.schema
        .createTable('museum_visits')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('visitors', 'integer', (c) => c.notNull())
        .addColumn('students', 'integer', (c) => c.notNull())
        .addColumn('study', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('museum_visits_pk', ['institution_id', 'day'])
        .execute();

      await id(db.schema.createTable('clubs'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('schedule', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('club_members'))
        .addColumn('club_id', 'integer', (c) => c.notNull().references('clubs.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('joined_on', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('club_sessions'))
        .addColumn('club_id', 'integer', (c) => c.notNull().references('clubs.id').onDelete('cascade'))
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('club_attendance')
        .addColumn('session_id', 'integer', (c) => c.notNull().references('club_sessions.id').onDelete('cascade'))
        .addColumn('member_id', 'integer', (c) => c.notNull().references('club_members.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('club_attendance_pk', ['session_id', 'member_id'])
        .execute();

      await db.schema
        .createTable('citizen_criteria')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('threshold', 'integer', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('donations'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('donor', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount', 'bigint', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('thank_publicly', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('commendations'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('recipient_type', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
