import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The aggregates' year indexes (for whole-year reads: the matrix, the first and last year) also
 * answer per-unit reads, which SQLite's planner prefers; made covering, they need no second
 * lookup into the table. (PostgreSQL keeps its plain indexes.)
 */
export function coveringYearIndexes(engine: 'sqlite' | 'postgres'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'sqlite') return;
      await sql`DROP INDEX agg_values_year`.execute(db);
      await sql`CREATE INDEX agg_values_year ON agg_values (year, element_id, unit_id, kind, value)`.execute(db);
      await sql`DROP INDEX agg_counts_year`.execute(db);
      await sql`CREATE INDEX agg_counts_year ON agg_counts (year, unit_id, kind, attribute, n)`.execute(db);
    },
  };
}
