import type { Kysely, Migration } from 'kysely';

/** Maintained registry counts per unit, year, kind and attribute ('' = all), and the years materialised. */
export function registryCounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('agg_count_years')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('year_end', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('agg_counts')
        .addColumn('unit_id', 'integer', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('attribute', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('agg_counts_pk', ['unit_id', 'year', 'kind', 'attribute'])
        .execute();
      await db.schema.createIndex('agg_counts_year').on('agg_counts').columns(['year', 'unit_id']).execute();
      await db.schema.createIndex('institution_attributes_institution').on('institution_attributes').columns(['institution_id', 'year']).execute();
    },
  };
}
