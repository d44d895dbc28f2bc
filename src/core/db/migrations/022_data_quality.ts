import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';

/**
 * Data that officials can trust (issue 17), after DHIS2's data quality tools. `validation_rules`: an admin's
 * comparison of two data elements (left operator factor × right) checked when the entry form is saved, a warning
 * confirmed with a comment unless `blocking`. `value_notes`: a cell's comment and follow-up flag (DHIS2's "mark for
 * follow-up"), and what warning the comment confirmed, with who and when; apart from `data_values`, whose write is
 * one set-based statement per batch. `attribute_evidence`: a file (PDF, JPEG, PNG) proving a yearly status, its
 * bytes in the database as the museum's images are.
 */
export function dataQuality(engine: Engine): Migration {
  const blob = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await withId(engine, db.schema.createTable('validation_rules'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('left_element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('operator', 'text', (c) => c.notNull())
        .addColumn('right_element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('factor', 'double precision', (c) => c.notNull().defaultTo(1))
        .addColumn('importance', 'text', (c) => c.notNull())
        .addColumn('blocking', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('value_notes')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('follow_up', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('confirmed', 'text')
        .addColumn('set_by', 'integer')
        .addColumn('set_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('value_notes_pk', ['institution_id', 'element_id', 'period'])
        .execute();
      await db.schema.createIndex('value_notes_follow_up').on('value_notes').columns(['follow_up', 'institution_id']).execute();

      await db.schema
        .createTable('attribute_evidence')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('attribute', 'text', (c) => c.notNull().references('attributes.code'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('data', blob, (c) => c.notNull())
        .addColumn('uploaded_by', 'integer')
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('attribute_evidence_pk', ['institution_id', 'attribute', 'year'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('attribute_evidence').execute();
      await db.schema.dropTable('value_notes').execute();
      await db.schema.dropTable('validation_rules').execute();
    },
  };
}
