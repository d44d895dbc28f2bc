import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';
import { fold } from '../../text/vietnamese.ts';

/**
 * Patron records at the library desk (issue 20): a reader's phone, and their name folded (no marks, lower case) so
 * the desk finds "Nguyen Thi Hoa" typed without diacritics; both indexed within the library. The one-time codes a
 * citizen shows at the desk to have a card linked to their account (kept as hashes, valid minutes, used once).
 * Holds are read by reader and by pickup library and status: indexes for those.
 */
export function patronRecords(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('lib_patrons').addColumn('phone', 'text').execute();
      await db.schema.alterTable('lib_patrons').addColumn('name_key', 'text').execute();
      const rows = await sql<{ id: number; name: string }>`SELECT id, name FROM lib_patrons`.execute(db);
      for (const r of rows.rows) await sql`UPDATE lib_patrons SET name_key = ${fold(r.name)} WHERE id = ${r.id}`.execute(db);
      await db.schema.createIndex('lib_patrons_name_key').on('lib_patrons').columns(['institution_id', 'name_key']).execute();
      await db.schema.createIndex('lib_patrons_phone').on('lib_patrons').columns(['institution_id', 'phone']).execute();
      await withId(engine, db.schema.createTable('lib_link_codes'))
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('lib_link_codes_hash').on('lib_link_codes').columns(['code_hash']).execute();
      await db.schema.createIndex('lib_link_codes_user').on('lib_link_codes').columns(['user_id']).execute();
      await db.schema.createIndex('lib_holds_patron').on('lib_holds').columns(['patron_id', 'status']).execute();
      await db.schema.createIndex('lib_holds_pickup').on('lib_holds').columns(['institution_id', 'status']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('lib_holds_pickup').execute();
      await db.schema.dropIndex('lib_holds_patron').execute();
      await db.schema.dropTable('lib_link_codes').execute();
      await db.schema.dropIndex('lib_patrons_phone').execute();
      await db.schema.dropIndex('lib_patrons_name_key').execute();
      await db.schema.alterTable('lib_patrons').dropColumn('name_key').execute();
      await db.schema.alterTable('lib_patrons').dropColumn('phone').execute();
    },
  };
}
