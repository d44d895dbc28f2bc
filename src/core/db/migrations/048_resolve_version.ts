import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';

/** The tables whose rows a value write's codes are resolved from (statistics/resolve.ts `loadBoth`). */
export const RESOLVE_TABLES = ['institutions', 'institution_units', 'units', 'data_elements'] as const;

/**
 * PostgreSQL: `map_version`, one row, bumped by a statement trigger on every table a value write's codes are resolved
 * from, in the changing transaction — so a statement sees the version and those tables in one snapshot. A process
 * that remembers resolved codes (statistics/code-memory.ts) remembers the version they were read at, and the small
 * write statement writes nothing when the version has moved since. It starts from the clock (in microseconds), not
 * 0, and a bump takes it to the clock when that is ahead: a database made again, or restored from an older backup
 * (whose version is behind), never hands out again a version a process may remember for other facts.
 * SQLite: nothing (its writes resolve codes every time).
 */
export function resolveVersion(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      await sql`CREATE TABLE map_version (v bigint NOT NULL)`.execute(db);
      await sql`INSERT INTO map_version (v) VALUES ((extract(epoch FROM clock_timestamp()) * 1000000)::bigint)`.execute(db);
      await sql`CREATE FUNCTION map_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN UPDATE map_version SET v = greatest(v + 1, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint); RETURN NULL; END $$`.execute(db);
      for (const t of RESOLVE_TABLES)
        await sql`CREATE TRIGGER map_version_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(t)}
          FOR EACH STATEMENT EXECUTE FUNCTION map_version_bump()`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (engine !== 'postgres') return;
      for (const t of RESOLVE_TABLES) await sql`DROP TRIGGER IF EXISTS map_version_bump ON ${sql.table(t)}`.execute(db);
      await sql`DROP FUNCTION IF EXISTS map_version_bump()`.execute(db);
      await sql`DROP TABLE IF EXISTS map_version`.execute(db);
    },
  };
}
