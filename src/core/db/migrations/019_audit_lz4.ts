import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * PostgreSQL compresses the audit log's long texts (a file import writes one entry per 2,000 cells, ~100 KB of JSON
 * each) with lz4 instead of its default pglz: several times faster to store, for about a third more on disk (figures in
 * docs/decisions.md, "Spine writes, sixth pass"). Only where the server was built with lz4 (it then lists
 * it as a choice of `default_toast_compression`); values stored before keep their pglz until rewritten. SQLite stores
 * texts as they are.
 */
export function auditLz4(engine: Engine): Migration {
  const compress = (method: 'lz4' | 'pglz') => async (db: Kysely<unknown>) => {
    if (engine !== 'postgres') return;
    const r = await sql<{ lz4: boolean }>`SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db);
    if (!r.rows[0]?.lz4) return;
    await sql`ALTER TABLE audit_log ALTER COLUMN new_value SET COMPRESSION ${sql.raw(method)}, ALTER COLUMN old_value SET COMPRESSION ${sql.raw(method)}`.execute(
      db,
    );
  };
  return { up: compress('lz4'), down: compress('pglz') };
}
