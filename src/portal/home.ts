import type { DB } from '../core/db/database.ts';
import { listEvents } from '../events/events.ts';
import { addDays, todayLocal } from '../core/time.ts';

const PUBLIC_SECTORS = ['library', 'museum', 'culture'];

/** What a place's portal home shows: this week's events (else the next ones), institutions near by, exhibitions. */
export async function portalHome(db: DB, unitId: number, today = todayLocal()) {
  // one query for both: the coming events by start; this week's are its prefix, else the next five
  const [coming, institutions, exhibitions] = await Promise.all([
    listEvents(db, { unitId, from: `${today}T00:00`, limit: 20, details: 'cards' }),
    db
      .selectFrom('institutions as i')
      .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
      .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
      .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
      .select(['i.code', 'i.name', 'i.kind', 'i.address', 'k.name_vi', 'k.name_en'])
      .where('c.ancestor_id', '=', unitId)
      .where('k.sector', 'in', PUBLIC_SECTORS)
      .orderBy('k.sort')
      .orderBy('i.name')
      .limit(12)
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
  ]);
  const weekEnd = `${addDays(today, 6)}T23:59`;
  const week = coming.filter((e) => e.startsAt <= weekEnd);
  const next = week.length > 0 ? [] : coming.slice(0, 5);
  return { week, next, institutions, exhibitions };
}
