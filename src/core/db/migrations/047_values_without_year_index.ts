import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * PostgreSQL: `data_values` loses its index on (year, element_id). Partitioned by year (migration 045), a year's
 * reads are pruned to its partition, where the index's first column is the same on every row; no read of values goes
 * by element across institutions (the hot ones name the institution first: the key), and the index cost every write
 * one more B-tree insertion (a sixth to a quarter of a bulk import's insert). SQLite keeps it: its one table has no
 * partitions, and a year's reads (an export, a report's changes) go through it.
 */
export function valuesWithoutYearIndex(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await db.schema.dropIndex('data_values_year').ifExists().execute();
    },
    async down(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await db.schema.createIndex('data_values_year').on('data_values').columns(['year', 'element_id']).execute();
    },
  };
}
