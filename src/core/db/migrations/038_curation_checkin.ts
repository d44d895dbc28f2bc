import { randomInt } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../database.ts';
import { withId } from './columns.ts';
import { ETHNIC_GROUPS, MATERIALS, OBJECT_TYPES, PERIODS, type SeedTerm } from './038_museum_terms.ts';

/** The alphabet of check-in codes: Crockford's base 32 (no I, L, O, U: nothing read as 1, 0 or V). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Curated museum objects and events checked in by code (issue 21). `museum_terms`: the vocabularies an object is
 * described with (object type, material, period, ethnic group), Vietnamese and English labels, editable, a term
 * retired rather than deleted (objects keep it); each object may point at one term of each beside its free text.
 * `event_registrations.checkin_code`: the unguessable code on a registrant's confirmation (unique), and when it
 * was checked in. Codes are given to the registrations already there.
 */
export function curationCheckin(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await withId(engine, db.schema.createTable('museum_terms'))
        .addColumn('vocabulary', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('label_vi', 'text', (c) => c.notNull())
        .addColumn('label_en', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('museum_terms_code', ['vocabulary', 'code'])
        .execute();
      const seed: [string, readonly SeedTerm[]][] = [
        ['type', OBJECT_TYPES],
        ['material', MATERIALS],
        ['period', PERIODS],
        ['ethnic', ETHNIC_GROUPS],
      ];
      for (const [vocabulary, terms] of seed)
        await db
          .insertInto('museum_terms' as never)
          .values(terms.map(([code, vi, en], n) => ({ vocabulary, code, label_vi: vi, label_en: en, position: n + 1, retired: 0 })) as never)
          .execute();
      for (const col of ['type_term_id', 'material_term_id', 'period_term_id', 'ethnic_term_id'])
        await db.schema.alterTable('museum_objects').addColumn(col, 'integer').execute();
      await db.schema.alterTable('event_registrations').addColumn('checkin_code', 'text').execute();
      await db.schema.alterTable('event_registrations').addColumn('checked_in_at', 'text').execute();
      const regs = await sql<{ id: number }>`SELECT id FROM event_registrations`.execute(db);
      for (const r of regs.rows) {
        const code = Array.from({ length: 12 }, () => ALPHABET[randomInt(32)]).join('');
        await sql`UPDATE event_registrations SET checkin_code = ${code} WHERE id = ${r.id}`.execute(db);
      }
      await db.schema.createIndex('event_registrations_checkin').unique().on('event_registrations').columns(['checkin_code']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('event_registrations_checkin').execute();
      await db.schema.alterTable('event_registrations').dropColumn('checked_in_at').execute();
      await db.schema.alterTable('event_registrations').dropColumn('checkin_code').execute();
      for (const col of ['ethnic_term_id', 'period_term_id', 'material_term_id', 'type_term_id'])
        await db.schema.alterTable('museum_objects').dropColumn(col).execute();
      await db.schema.dropTable('museum_terms').execute();
    },
  };
}
