import type { Kysely, Migration } from 'kysely';

/**
 * Mobile libraries and visits (issue 20): the copies a trip carries (`lib_trip_items`; a loan at one of its stops is
 * made from them), the loans of a stop found by their stop, and a library's visit entries read day by day (the list
 * staff correct them on).
 */
export function tripItems(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lib_trip_items')
        .addColumn('trip_id', 'integer', (c) => c.notNull().references('lib_trips.id'))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('lib_items.id'))
        .addPrimaryKeyConstraint('lib_trip_items_pk', ['trip_id', 'item_id'])
        .execute();
      await db.schema.createIndex('lib_trip_items_item').on('lib_trip_items').column('item_id').execute();
      await db.schema.createIndex('lib_loans_trip_stop').on('lib_loans').column('trip_stop_id').execute();
      await db.schema.createIndex('lib_trip_stops_trip').on('lib_trip_stops').columns(['trip_id', 'seq']).execute();
      await db.schema.createIndex('lib_trips_day').on('lib_trips').columns(['institution_id', 'day']).execute();
      await db.schema.createIndex('lib_visits_day').on('lib_visits').columns(['institution_id', 'day']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('lib_visits_day').execute();
      await db.schema.dropIndex('lib_trips_day').execute();
      await db.schema.dropIndex('lib_trip_stops_trip').execute();
      await db.schema.dropIndex('lib_loans_trip_stop').execute();
      await db.schema.dropTable('lib_trip_items').execute();
    },
  };
}
