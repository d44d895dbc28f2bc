import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * PostgreSQL: the whole-year reads of the full indicator matrix gather each (element, kind,
 * year) or (kind, attribute, year) group's units into arrays (`selectGrouped`). Year indexes in
 * that order, covering, hand the groups over already sorted: an index-only scan and no sort
 * (which spilled to disk at the default work_mem), where `agg_values_year` also made every row
 * a lookup into the table. Per-unit reads keep using the primary keys. (SQLite's covering year
 * indexes, migration 005, stay as they are: its matrix is well within its targets.)
 */
export function groupedYearIndexes(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await sql`DROP INDEX agg_values_year`.execute(db);
      await sql`CREATE INDEX agg_values_year ON agg_values (year, element_id, kind, unit_id) INCLUDE (value)`.execute(db);
      await sql`DROP INDEX agg_counts_year`.execute(db);
      await sql`CREATE INDEX agg_counts_year ON agg_counts (year, kind, attribute, unit_id) INCLUDE (n)`.execute(db);
    },
  };
}
