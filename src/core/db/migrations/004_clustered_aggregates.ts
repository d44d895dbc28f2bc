import { sql, type Kysely, type Migration } from 'kysely';
import type { Store } from '../database.ts';

/**
 * SQLite keeps a table's rows in rowid order and its primary key in a separate index, so every
 * aggregate read paid a second lookup per row. The aggregates are re-created WITHOUT ROWID,
 * clustered by their key (unit, year, element, kind), as PostgreSQL's index-only scans read them.
 */
export function clusteredAggregates(store: Store): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (store.engine !== 'sqlite') return;
      await sql`CREATE TABLE agg_values_new (unit_id integer NOT NULL, element_id integer NOT NULL, kind text NOT NULL, year integer NOT NULL, value double precision NOT NULL,
        PRIMARY KEY (unit_id, year, element_id, kind)) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO agg_values_new SELECT unit_id, element_id, kind, year, value FROM agg_values`.execute(db);
      await sql`DROP TABLE agg_values`.execute(db);
      await sql`ALTER TABLE agg_values_new RENAME TO agg_values`.execute(db);
      await sql`CREATE INDEX agg_values_year ON agg_values (year, element_id)`.execute(db);
      await sql`CREATE TABLE agg_counts_new (unit_id integer NOT NULL, year integer NOT NULL, kind text NOT NULL, attribute text NOT NULL, n integer NOT NULL,
        PRIMARY KEY (unit_id, year, kind, attribute)) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO agg_counts_new SELECT unit_id, year, kind, attribute, n FROM agg_counts`.execute(db);
      await sql`DROP TABLE agg_counts`.execute(db);
      await sql`ALTER TABLE agg_counts_new RENAME TO agg_counts`.execute(db);
      await sql`CREATE INDEX agg_counts_year ON agg_counts (year, unit_id)`.execute(db);
    },
  };
}
