import { type Kysely, type Migration, sql } from 'kysely';
import { nowIso } from '../../time.ts';

interface DoorRow {
  id: number;
  institution_id: number;
  day: string;
  count: number;
}

/**
 * One door count per library and day (issue 20), held by the database: a second door count for a day is refused,
 * never summed (library/visits.ts), but two first counts at once could both pass that check on PostgreSQL. A partial
 * unique index on (institution, day) for the door counter's rows makes the second insert the one refused (sign-ins
 * and trips stay as many as there are).
 *
 * Databases written before the refusal may hold several door counts for one day (they were summed then). They are
 * merged into the first one, its count becoming their sum: the statistics received each count when it was entered,
 * so they already hold that sum and stay right without a feed; the day's total on the visits page stays the same.
 * Each merge is audited (the kept entry's count before and after; the others' removal), as the system.
 *
 * Also the index the nightly hold expiry reads (holds awaiting pickup by their last day).
 */
export function doorCountPerDay(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const rows = (
        await sql<DoorRow>`
          SELECT v.id, v.institution_id, v.day, v.count FROM lib_visits v
          WHERE v.source = 'door' AND EXISTS (
            SELECT 1 FROM lib_visits o WHERE o.source = 'door' AND o.institution_id = v.institution_id AND o.day = v.day AND o.id <> v.id)
          ORDER BY v.institution_id, v.day, v.id`.execute(db)
      ).rows;
      const days = new Map<string, DoorRow[]>();
      for (const r of rows) {
        const key = `${r.institution_id} ${r.day}`;
        days.set(key, [...(days.get(key) ?? []), r]);
      }
      const at = nowIso();
      for (const [kept, ...others] of days.values()) {
        if (!kept) continue;
        const sum = [kept, ...others].reduce((n, r) => n + Number(r.count), 0);
        await sql`UPDATE lib_visits SET count = ${sum} WHERE id = ${kept.id}`.execute(db);
        await sql`DELETE FROM lib_visits WHERE id IN (${sql.join(others.map((o) => o.id))})`.execute(db);
        const audit = (key: number, action: string, oldValue: unknown, newValue: unknown) =>
          sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
              VALUES (${at}, NULL, ${action}, 'lib_visit', ${String(key)}, ${JSON.stringify(oldValue)}, ${newValue === null ? null : JSON.stringify(newValue)})`.execute(
            db,
          );
        await audit(kept.id, 'update', { day: kept.day, count: Number(kept.count) }, { day: kept.day, count: sum });
        for (const o of others) await audit(o.id, 'delete', { day: o.day, count: Number(o.count), source: 'door' }, null);
      }
      await sql`CREATE UNIQUE INDEX lib_visits_door_day ON lib_visits (institution_id, day) WHERE source = 'door'`.execute(db);
      await sql`CREATE INDEX lib_holds_ready_until ON lib_holds (expires_at) WHERE status = 'ready'`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`DROP INDEX lib_holds_ready_until`.execute(db);
      await sql`DROP INDEX lib_visits_door_day`.execute(db);
    },
  };
}
