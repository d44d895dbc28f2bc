import type { DB } from '../core/db/database.ts';
import { listEvents } from '../events/events.ts';
import { addDays, todayLocal } from '../core/time.ts';

/** What a place's portal home shows: this week's events (else the next ones), institutions of every kind near by with their addresses, clubs, exhibitions. */
export async function portalHome(db: DB, unitId: number, today = todayLocal()) {
  // one query for both: the coming events by start; this week's are its prefix, else the next five
  const [coming, institutions, exhibitions, clubs] = await Promise.all([
    listEvents(db, { unitId, from: `${today}T00:00`, limit: 20, details: 'cards' }),
    db
      .selectFrom('institutions as i')
      .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
      .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
      .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
      .select(['i.code', 'i.name', 'i.kind', 'i.address', 'i.opening_hours', 'i.latitude', 'i.longitude', 'k.name_vi', 'k.name_en'])
      .where('i.closed_on', 'is', null)
      .where('c.ancestor_id', '=', unitId)
      .orderBy('k.sort')
      .orderBy('i.name')
      .limit(20)
      .execute(),
    db
      .selectFrom('exhibitions as x')
      .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'x.institution_id').on('iu.valid_to', 'is', null))
      .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
      .select(['x.id', 'x.title', 'x.kind'])
      .where('c.ancestor_id', '=', unitId)
      .where('x.published', '=', 1)
      .orderBy('x.opens_on', 'desc')
      .limit(5)
      .execute(),
    db
      .selectFrom('clubs as k')
      .innerJoin('institutions as i', 'i.id', 'k.institution_id')
      .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'k.institution_id').on('iu.valid_to', 'is', null))
      .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
      .select(['k.id', 'k.name', 'k.schedule', 'i.name as institution'])
      .where('c.ancestor_id', '=', unitId)
      .orderBy('k.name')
      .limit(12)
      .execute(),
  ]);
  const weekEnd = `${addDays(today, 6)}T23:59`;
  const week = coming.filter((e) => e.startsAt <= weekEnd);
  const next = week.length > 0 ? [] : coming.slice(0, 5);
  return { week, next, institutions, exhibitions, clubs };
}
