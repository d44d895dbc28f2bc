import type { Kysely, Migration } from 'kysely';

/**
 * Administration in the browser (issue 19): an institution's contact, opening hours, location (latitude and
 * longitude, for the portal and the map) and the day it closed; data elements and indicators retired from a day
 * (their rows and values stay: the years before keep their history).
 */
export function maintenance(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('institutions').addColumn('contact', 'text').execute();
      await db.schema.alterTable('institutions').addColumn('opening_hours', 'text').execute();
      await db.schema.alterTable('institutions').addColumn('latitude', 'double precision').execute();
      await db.schema.alterTable('institutions').addColumn('longitude', 'double precision').execute();
      await db.schema.alterTable('institutions').addColumn('closed_on', 'text').execute();
      await db.schema.alterTable('data_elements').addColumn('retired_on', 'text').execute();
      await db.schema.alterTable('indicators').addColumn('retired_on', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('indicators').dropColumn('retired_on').execute();
      await db.schema.alterTable('data_elements').dropColumn('retired_on').execute();
      for (const c of ['closed_on', 'longitude', 'latitude', 'opening_hours', 'contact']) await db.schema.alterTable('institutions').dropColumn(c).execute();
    },
  };
}
