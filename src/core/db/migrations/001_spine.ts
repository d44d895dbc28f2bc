import type { Kysely, Migration, CreateTableBuilder } from 'kysely';
import type { Store } from '../database.ts';
import { withId } from './columns.ts';

/** The spine: network, statistics, indicators, plans, accounts and the audit log. */
export function spine(store: Store): Migration {
  const id = <T extends string>(t: CreateTableBuilder<T, never>) => withId(store.engine, t);

  return {
    async up(db: Kysely<unknown>) {
      await id(db.schema.createTable('units'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('official_code', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text')
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
        .addColumn('valid_from', 'text')
        .addColumn('valid_to', 'text')
        .execute();
      await db.schema.createIndex('units_parent').on('units').column('parent_id').execute();
      await db.schema.createIndex('units_official').on('units').column('official_code').execute();

      await db.schema
        .createTable('unit_successors')
        .addColumn('predecessor_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('successor_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('partial', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('aggregate', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('unit_successors_pk', ['predecessor_id', 'successor_id'])
        .execute();

      await db.schema
        .createTable('unit_closure')
        .addColumn('ancestor_id', 'integer', (c) => c.notNull())
        .addColumn('descendant_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('unit_closure_pk', ['descendant_id', 'ancestor_id'])
        .execute();
      await db.schema.createIndex('unit_closure_ancestor').on('unit_closure').columns(['ancestor_id', 'descendant_id']).execute();

      await db.schema
        .createTable('unit_population')
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('total', 'double precision', (c) => c.notNull())
        .addColumn('rural', 'double precision')
        .addColumn('disadvantaged', 'double precision')
        .addPrimaryKeyConstraint('unit_population_pk', ['unit_id', 'year'])
        .execute();

      await db.schema
        .createTable('institution_kinds')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('sector', 'text', (c) => c.notNull())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await id(db.schema.createTable('institutions'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().references('institution_kinds.code'))
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('institutions_kind').on('institutions').column('kind').execute();

      await db.schema
        .createTable('institution_units')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .addPrimaryKeyConstraint('institution_units_pk', ['institution_id', 'valid_from'])
        .execute();
      await db.schema.createIndex('institution_units_unit').on('institution_units').column('unit_id').execute();

      await db.schema
        .createTable('attributes')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('institution_attributes')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('attribute', 'text', (c) => c.notNull().references('attributes.code'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addColumn('evidence', 'text')
        .addColumn('set_by', 'integer')
        .addColumn('set_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('institution_attributes_pk', ['institution_id', 'attribute', 'year'])
        .execute();
      await db.schema.createIndex('institution_attributes_year').on('institution_attributes').columns(['year', 'attribute']).execute();

      await id(db.schema.createTable('data_elements'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('sector', 'text', (c) => c.notNull())
        .addColumn('period_type', 'text', (c) => c.notNull())
        .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('data_values')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('element_id', 'integer', (c) => c.notNull().references('data_elements.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('updated_by', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('data_values_pk', ['institution_id', 'element_id', 'period'])
        .execute();
      await db.schema.createIndex('data_values_year').on('data_values').columns(['year', 'element_id']).execute();

      await db.schema
        .createTable('value_staging')
        .addColumn('batch', 'text', (c) => c.notNull())
        .addColumn('institution_id', 'integer', (c) => c.notNull())
        .addColumn('element_id', 'integer', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('value_staging_batch').on('value_staging').column('batch').execute();

      await db.schema
        .createTable('agg_values')
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('element_id', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('agg_values_pk', ['unit_id', 'year', 'element_id', 'kind'])
        .execute();
      await db.schema.createIndex('agg_values_year').on('agg_values').columns(['year', 'element_id']).execute();

      await db.schema
        .createTable('indicators')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name_vi', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('formula', 'text', (c) => c.notNull())
        .addColumn('unit_label', 'text', (c) => c.notNull())
        .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await id(db.schema.createTable('users'))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('plans'))
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('institution_id', 'integer', (c) => c.references('institutions.id'))
        .addColumn('number', 'text')
        .addColumn('date', 'text')
        .addColumn('issuer', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('parent_plan_id', 'integer', (c) => c.references('plans.id'))
        .addColumn('year_from', 'integer', (c) => c.notNull())
        .addColumn('year_to', 'integer', (c) => c.notNull())
        .addColumn('report_day', 'integer')
        .addColumn('report_month', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('plan_targets'))
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('indicator', 'text', (c) => c.notNull().references('indicators.code'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision')
        .addColumn('min', 'double precision')
        .addColumn('max', 'double precision')
        .addColumn('text', 'text')
        .execute();
      await db.schema.createIndex('plan_targets_plan').on('plan_targets').columns(['plan_id', 'year']).execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await id(db.schema.createTable('audit_log'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_key', 'text', (c) => c.notNull())
        .addColumn('old_value', 'text')
        .addColumn('new_value', 'text')
        .execute();
      await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_key']).execute();
    },
  };
}
