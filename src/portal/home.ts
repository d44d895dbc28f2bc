import type { DB } from '../core/db/database.ts';
import { listEvents } from '../events/events.ts';
import { addDays, todayLocal } from '../events/clock.ts';

const PUBLIC_SECTORS = ['library', 'museum', 'culture'];

/** What a place's portal home shows: this week's events (else the next ones), institutions near by, exhibitions. */
export async function portalHome(db: DB, unitId: number, today = todayLocal()) {
  const week = await listEvents(db, { unitId, from: `${today}T00:00`, to: addDays(today, 6), limit: 20 });
  const next = week.length > 0 ? [] : await listEvents(db, { unitId, from: `${today}T00:00`, limit: 5 });
  const institutions = await db
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
    .execute();
  const exhibitions = await db
    .selectFrom('exhibitions as x')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'x.institution_id').on('iu.valid_to', 'is', null))
    .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
    .select(['x.id', 'x.title', 'x.kind'])
    .where('c.ancestor_id', '=', unitId)
    .where('x.published', '=', 1)
    .orderBy('x.opens_on', 'desc')
    .limit(5)
    .execute();
  return { week, next, institutions, exhibitions };
}
