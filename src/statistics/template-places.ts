import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { formatDate } from '../core/i18n/format.ts';
import type { Lang } from '../core/i18n/lang.ts';
import { fold } from '../core/text/vietnamese.ts';
import { statisticsText } from './messages.ts';

/**
 * The places a person may ask a template of, found by name (`/nhap-lieu`: the template is chosen by name, never by
 * code): the institutions and units of their scope — an official's subtree (ended units too, for their past years),
 * everything for an admin, a staff member's own institution — matched without diacritics or case.
 */

export interface Place {
  kind: 'institution' | 'unit';
  code: string;
  /** What the person reads: the institution's name, or the unit's full name with its dates when it ended or began. */
  label: string;
  /** For an institution, its unit's name (two institutions may share a name). */
  within?: string;
  keys: string[];
}

/** The places of a person's scope, institutions first. */
export async function templatePlaces(db: DB, who: Principal, lang: Lang): Promise<Place[]> {
  const t = statisticsText(lang);
  if (who.role === 'viewer' || who.role === 'citizen') return [];
  // each institution with the unit it belongs to now (none: it closed)
  const institutions = db
    .selectFrom('institutions as i')
    .leftJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .leftJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.id', 'i.code', 'i.name', 'u.name as unitName']);
  const units = db.selectFrom('units as u').select(['u.code', 'u.name', 'u.full_name', 'u.valid_from', 'u.valid_to', 'u.level']);
  let instRows: { id: number; code: string; name: string; unitName: string | null }[];
  let unitRows: { code: string; name: string; full_name: string | null; valid_from: string | null; valid_to: string | null; level: string }[];
  if (who.role === 'staff') {
    instRows = who.institutionId === null ? [] : await institutions.where('i.id', '=', who.institutionId).execute();
    unitRows = [];
  } else if (who.role === 'admin') {
    [instRows, unitRows] = await Promise.all([institutions.execute(), units.execute()]);
  } else {
    if (who.unitId === null) return [];
    const subtree = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', who.unitId);
    // an institution that ever belonged to the subtree: its past years there are the official's to write
    const ever = db.selectFrom('institution_units').select('institution_id').where('unit_id', 'in', subtree);
    [instRows, unitRows] = await Promise.all([institutions.where('i.id', 'in', ever).execute(), units.where('u.id', 'in', subtree).execute()]);
  }
  const places: Place[] = instRows
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((i) => ({ kind: 'institution', code: i.code, label: i.name, within: i.unitName ?? undefined, keys: [fold(i.name)] }));
  const levelOrder = ['nation', 'province', 'district', 'commune'];
  for (const u of unitRows.sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.name.localeCompare(b.name, 'vi'))) {
    const full = u.full_name ?? u.name;
    const dates = u.valid_to
      ? ` (${t.unitUntil({ date: formatDate(u.valid_to) })})`
      : u.valid_from
        ? ` (${t.unitSince({ date: formatDate(u.valid_from) })})`
        : '';
    places.push({ kind: 'unit', code: u.code, label: `${full}${dates}`, keys: [fold(u.name), fold(full), fold(`${full}${dates}`)] });
  }
  return places;
}

/** At most this many places are listed to choose from. */
export const PLACES_LISTED = 30;

/**
 * The places a typed name names: the one place whose name (or label) it is exactly, else every place whose name
 * holds it (at most {@link PLACES_LISTED}), for the person to choose.
 */
export function findPlaces(places: Place[], typed: string): { exact?: Place; matches: Place[] } {
  const q = fold(typed);
  if (q === '') return { matches: [] };
  const exact = places.filter((p) => p.keys.includes(q));
  if (exact.length === 1) return { exact: exact[0], matches: exact };
  const holding = places.filter((p) => !exact.includes(p) && p.keys.some((k) => k.includes(q)));
  return { matches: [...exact, ...holding].slice(0, PLACES_LISTED) };
}
