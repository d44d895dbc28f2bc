import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Events by place (portal): each event carries its institution's current unit (`events.unit_id`, kept by
 * events/ when an event is written and when its institution moves), so a place's events are chosen by an index
 * on (unit_id, ends_at, starts_at, status, id) — place first, then time — instead of joining every event to
 * `institution_units`. A partial index holds the current institution of each unit (the portal's "near you").
 * Cancelling an event keeps its note to the registrants (`cancel_note`).
 */
export function eventPlaces(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('events')
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .execute();
      await db.schema.alterTable('events').addColumn('cancel_note', 'text').execute();
      await sql`UPDATE events SET unit_id = (SELECT iu.unit_id FROM institution_units iu WHERE iu.institution_id = events.institution_id AND iu.valid_to IS NULL)`.execute(
        db,
      );
      await db.schema.createIndex('events_place').on('events').columns(['unit_id', 'ends_at', 'starts_at', 'status', 'id']).execute();
      await db.schema
        .createIndex('institution_units_current')
        .on('institution_units')
        .columns(['unit_id', 'institution_id'])
        .where(sql.ref('valid_to'), 'is', null)
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('institution_units_current').execute();
      await db.schema.dropIndex('events_place').execute();
      await db.schema.alterTable('events').dropColumn('cancel_note').execute();
      await db.schema.alterTable('events').dropColumn('unit_id').execute();
    },
  };
}
