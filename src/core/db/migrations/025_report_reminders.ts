import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';

/**
 * Reminders sent to a reporting unit (reporting/reminder-mail.ts), from the CLI or the progress page: one row a unit,
 * year and local day, so a unit is never reminded twice the same day (the unique key turns the second send into
 * nothing), and the unit's own dashboard can say when it was last reminded.
 */
export function reportReminders(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await withId(engine, db.schema.createTable('report_reminders'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('sent_on', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('sent_by', 'integer')
        .addColumn('days_left', 'integer', (c) => c.notNull())
        .addColumn('emails', 'integer', (c) => c.notNull())
        .addUniqueConstraint('report_reminders_unit_year_day', ['unit_id', 'year', 'sent_on'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('report_reminders').execute();
    },
  };
}
