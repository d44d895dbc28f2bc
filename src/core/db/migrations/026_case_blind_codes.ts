import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Barcodes and card numbers are read at the desk whatever their case (issue 20): a scanner set to lower case, a
 * number typed by hand. The desk looks them up by `upper(…)`; these indexes on that expression keep the lookup one
 * index probe on both engines (the stored values keep their case, and their unique constraints stay as they are).
 * A MARC file imported again finds the library's own records by their control number (001): an index on it.
 */
export function caseBlindCodes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`CREATE INDEX lib_items_barcode_upper ON lib_items (upper(barcode))`.execute(db);
      await sql`CREATE INDEX lib_patrons_card_upper ON lib_patrons (upper(card_number))`.execute(db);
      await sql`CREATE INDEX lib_records_control ON lib_records (control_number, institution_id)`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`DROP INDEX lib_records_control`.execute(db);
      await sql`DROP INDEX lib_patrons_card_upper`.execute(db);
      await sql`DROP INDEX lib_items_barcode_upper`.execute(db);
    },
  };
}
