import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/** The library (src/library): catalogue, items, patrons, circulation, rotation, mobile trips, digital resources. */
export function libraryTables(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);
  const inst = 'institutions.id';
  return {
    async up(db: Kysely<unknown>) {
      await id(db.schema.createTable('lib_records'))
        .addColumn('isbn', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('publisher', 'text')
        .addColumn('year', 'integer')
        .addColumn('language', 'text')
        .addColumn('material', 'text', (c) => c.notNull())
        .addColumn('subjects', 'text', (c) => c.notNull())
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('control_number', 'text')
        .addColumn('dedup_key', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('marc', 'text')
        .addColumn('institution_id', 'integer', (c) => c.references(inst))
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lib_records_isbn').on('lib_records').column('isbn').execute();
      await db.schema.createIndex('lib_records_dedup').on('lib_records').column('dedup_key').execute();
      await db.schema.createIndex('lib_records_updated').on('lib_records').columns(['updated_at', 'id']).execute();

      await id(db.schema.createTable('lib_items'))
        .addColumn('record_id', 'integer', (c) => c.notNull().references('lib_records.id'))
        .addColumn('barcode', 'text', (c) => c.notNull().unique())
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('at_institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('location', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('acquired_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lib_items_record').on('lib_items').column('record_id').execute();
      await db.schema.createIndex('lib_items_owner').on('lib_items').columns(['institution_id', 'status']).execute();

      await db.schema
        .createTable('lib_loan_rules')
        .addColumn('institution_id', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('loan_days', 'integer', (c) => c.notNull())
        .addColumn('max_loans', 'integer', (c) => c.notNull())
        .addColumn('max_renewals', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('lib_loan_rules_pk', ['institution_id', 'category'])
        .execute();

      await id(db.schema.createTable('lib_patrons'))
        .addColumn('card_number', 'text', (c) => c.notNull().unique())
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('user_id', 'integer')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('blocked', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('block_reason', 'text')
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .execute();
      await db.schema.createIndex('lib_patrons_user').on('lib_patrons').column('user_id').execute();

      await id(db.schema.createTable('lib_loans'))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('lib_items.id'))
        .addColumn('patron_id', 'integer', (c) => c.notNull().references('lib_patrons.id'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('out_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('returned_at', 'text')
        .addColumn('renewals', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('trip_stop_id', 'integer')
        .execute();
      await db.schema.createIndex('lib_loans_item').on('lib_loans').columns(['item_id', 'returned_at']).execute();
      await db.schema.createIndex('lib_loans_patron').on('lib_loans').columns(['patron_id', 'returned_at']).execute();
      await db.schema.createIndex('lib_loans_due').on('lib_loans').columns(['institution_id', 'returned_at', 'due_at']).execute();

      await id(db.schema.createTable('lib_holds'))
        .addColumn('record_id', 'integer', (c) => c.notNull().references('lib_records.id'))
        .addColumn('patron_id', 'integer', (c) => c.notNull().references('lib_patrons.id'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('placed_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('item_id', 'integer')
        .execute();
      await db.schema.createIndex('lib_holds_record').on('lib_holds').columns(['record_id', 'status']).execute();

      await id(db.schema.createTable('lib_visits'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('patron_id', 'integer')
        .execute();

      await id(db.schema.createTable('lib_rotations'))
        .addColumn('from_institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('to_institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text')
        .addColumn('returned_at', 'text')
        .addColumn('note', 'text')
        .addColumn('created_by', 'integer')
        .execute();
      await db.schema
        .createTable('lib_rotation_items')
        .addColumn('rotation_id', 'integer', (c) => c.notNull().references('lib_rotations.id'))
        .addColumn('item_id', 'integer', (c) => c.notNull().references('lib_items.id'))
        .addPrimaryKeyConstraint('lib_rotation_items_pk', ['rotation_id', 'item_id'])
        .execute();
      await db.schema.createIndex('lib_rotation_items_item').on('lib_rotation_items').column('item_id').execute();

      await id(db.schema.createTable('lib_trips'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .execute();
      await id(db.schema.createTable('lib_trip_stops'))
        .addColumn('trip_id', 'integer', (c) => c.notNull().references('lib_trips.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer')
        .addColumn('visitors', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await id(db.schema.createTable('lib_digital'))
        .addColumn('institution_id', 'integer', (c) => c.notNull().references(inst))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('creator', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('file_name', 'text')
        .addColumn('licence', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('year', 'integer')
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('subjects', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
