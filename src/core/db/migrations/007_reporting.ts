import type { Kysely, Migration, CreateTableBuilder } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/** The annual reporting cycle (reporting/): cycles per receiving unit and year, reports, their comments, data locks. */
export function reporting(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);
  return {
    async up(db: Kysely<unknown>) {
      await id(db.schema.createTable('report_cycles'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('plan_id', 'integer', (c) => c.references('plans.id').onDelete('set null'))
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('review', 'text', (c) => c.notNull())
        .addColumn('period_from', 'integer', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('report_cycles_unit_year', ['unit_id', 'year'])
        .execute();

      await id(db.schema.createTable('reports'))
        .addColumn('cycle_id', 'integer', (c) => c.notNull().references('report_cycles.id').onDelete('cascade'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('narrative', 'text', (c) => c.notNull())
        .addColumn('number', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('submitted_by', 'integer')
        .addColumn('on_time', 'integer')
        .addColumn('approved_at', 'text')
        .addColumn('approved_by', 'integer')
        .addColumn('updated_by', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('reports_unit_year', ['unit_id', 'year'])
        .execute();
      await db.schema.createIndex('reports_cycle').on('reports').column('cycle_id').execute();

      await id(db.schema.createTable('report_comments'))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .execute();
      await db.schema.createIndex('report_comments_report').on('report_comments').column('report_id').execute();

      await db.schema
        .createTable('data_locks')
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('report_id', 'integer')
        .addColumn('locked_by', 'integer')
        .addColumn('locked_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('data_locks_pk', ['unit_id', 'year'])
        .execute();

      await db.schema
        .createTable('report_contacts')
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('report_contacts_pk', ['unit_id', 'email'])
        .execute();
    },
  };
}
