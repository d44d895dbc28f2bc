import type { Kysely, Migration, CreateTableBuilder } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/** Plan documents as uploaded, the items read from them for review, and what a saved plan commits to. */
export function planReview(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);
  return {
    async up(db: Kysely<unknown>) {
      await id(db.schema.createTable('plan_documents'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer')
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_documents_plan').on('plan_documents').column('plan_id').execute();

      await id(db.schema.createTable('plan_items'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer')
        .addColumn('span_end', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'integer')
        .addColumn('reviewed_at', 'text')
        .execute();
      await db.schema.createIndex('plan_items_plan').on('plan_items').columns(['plan_id', 'type']).execute();

      await id(db.schema.createTable('plan_tasks'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('agency', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('due', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .addColumn('updated_by', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_tasks_plan').on('plan_tasks').columns(['plan_id', 'agency']).execute();

      await db.schema
        .createTable('plan_days')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('plan_days_pk', ['plan_id', 'month', 'day'])
        .execute();
    },
  };
}
