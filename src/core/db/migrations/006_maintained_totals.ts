import { sql, type Kysely, type Migration } from 'kysely';
import type { Store } from '../database.ts';

/**
 * Speed of the spine's figures:
 * - `agg_totals`: the aggregates summed over institution kinds (unit, year, element), kept by
 *   the same writes as `agg_values`, so indicators that read an element over every kind read one
 *   row per unit instead of grouping ~20 kinds at query time (the full matrix, every dashboard);
 * - `value_staging` goes: writes now carry their rows in the statement itself (arrays unnested
 *   on PostgreSQL, one statement per write; a temporary table on SQLite), never through a logged table;
 * - PostgreSQL: the foreign keys of `data_values` checked every inserted row with a trigger call
 *   (half the time of a bulk import). The write statement now takes the ids from their tables
 *   (a missing one stores NULL and fails the statement), and deleting an institution or a data
 *   element that still has values is refused by a trigger: the same guarantee, checked per set.
 */
export function maintainedTotals(store: Store): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (store.engine === 'sqlite') {
        await sql`CREATE TABLE agg_totals (unit_id integer NOT NULL, year integer NOT NULL, element_id integer NOT NULL, value double precision NOT NULL,
          PRIMARY KEY (unit_id, year, element_id)) WITHOUT ROWID`.execute(db);
        await sql`CREATE INDEX agg_totals_year ON agg_totals (year, element_id, unit_id, value)`.execute(db);
      } else {
        await sql`CREATE TABLE agg_totals (unit_id integer NOT NULL, year integer NOT NULL, element_id integer NOT NULL, value double precision NOT NULL,
          PRIMARY KEY (unit_id, year, element_id))`.execute(db);
        // covering (index-only scans) for whole-year reads, as SQLite's covering indexes (migration 005)
        await sql`CREATE INDEX agg_totals_year ON agg_totals (year, element_id) INCLUDE (unit_id, value)`.execute(db);
        await sql`DROP INDEX agg_counts_year`.execute(db);
        await sql`CREATE INDEX agg_counts_year ON agg_counts (year, unit_id) INCLUDE (kind, attribute, n)`.execute(db);
      }
      await sql`INSERT INTO agg_totals (unit_id, year, element_id, value)
        SELECT unit_id, year, element_id, SUM(value) FROM agg_values GROUP BY unit_id, year, element_id`.execute(db);
      await sql`DROP TABLE value_staging`.execute(db);
      if (store.engine === 'postgres') await replaceValueForeignKeys(db);
    },
  };
}

async function replaceValueForeignKeys(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE data_values DROP CONSTRAINT IF EXISTS data_values_institution_id_fkey`.execute(db);
  await sql`ALTER TABLE data_values DROP CONSTRAINT IF EXISTS data_values_element_id_fkey`.execute(db);
  await sql
    .raw(`CREATE FUNCTION refuse_delete_with_values() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (TG_TABLE_NAME = 'institutions' AND EXISTS (SELECT 1 FROM data_values WHERE institution_id = OLD.id))
         OR (TG_TABLE_NAME = 'data_elements' AND EXISTS (SELECT 1 FROM data_values WHERE element_id = OLD.id)) THEN
        RAISE EXCEPTION foreign_key_violation USING MESSAGE = format('%s %s still has data values', TG_TABLE_NAME, OLD.id);
      END IF;
      RETURN OLD;
    END $$`)
    .execute(db);
  await sql`CREATE TRIGGER institutions_keep_values BEFORE DELETE ON institutions FOR EACH ROW EXECUTE FUNCTION refuse_delete_with_values()`.execute(db);
  await sql`CREATE TRIGGER data_elements_keep_values BEFORE DELETE ON data_elements FOR EACH ROW EXECUTE FUNCTION refuse_delete_with_values()`.execute(db);
}
