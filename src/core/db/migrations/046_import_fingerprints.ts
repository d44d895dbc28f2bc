import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';

/**
 * What a library's MARC imports brought in, by fingerprint (issue 20, a re-import's speed): a hash of each record's
 * bytes as the file gave them, the catalogue record it went into and the barcodes of its copies. A file imported
 * again finds its unchanged records here before reading them, and skips them (nothing to parse, nothing to write).
 * Per library (one record of the shared catalogue may come from several libraries' files, in different bytes);
 * a record taken out takes its fingerprints with it.
 */
export function importFingerprints(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lib_import_fingerprints')
        .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('record_id', 'integer', (c) => c.notNull().references('lib_records.id').onDelete('cascade'))
        .addColumn('copies', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('lib_import_fingerprints_pk', ['institution_id', 'fingerprint'])
        // SQLite: the key is the table (one B-tree to write and to probe, no rowid beside it)
        .$call((t) => (engine === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
      await db.schema.createIndex('lib_import_fingerprints_record').on('lib_import_fingerprints').column('record_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('lib_import_fingerprints').execute();
    },
  };
}
