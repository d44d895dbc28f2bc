import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { formatDate } from '../core/i18n/format.ts';
import { fold } from '../core/text/vietnamese.ts';
import { institutionAdminText } from './messages.ts';
import type { Lang } from '../core/i18n/lang.ts';

/**
 * A unit chosen by name (the administration's forms): the units of a person's scope, each with a label people
 * read (its full name, the unit above it, its dates when it ended or began), matched without diacritics or case —
 * the way the data import's template picker (statistics/template-places.ts) finds a place. A `<datalist>` offers
 * the labels when they are few; without it, a name typed is still found on the server.
 */
export interface UnitChoice {
  id: number;
  code: string;
  label: string;
  validFrom: string | null;
  validTo: string | null;
  keys: string[];
}

/** The units a person manages institutions in: every unit for an admin, an official's subtree, none for others. */
export async function unitChoices(db: DB, who: Principal, lang: Lang): Promise<UnitChoice[]> {
  const t = institutionAdminText(lang);
  if (who.role !== 'admin' && (who.role !== 'official' || who.unitId === null)) return [];
  let q = db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.name', 'u.full_name', 'u.level', 'u.valid_from', 'u.valid_to', 'p.name as parentName']);
  if (who.role === 'official') q = q.where('u.id', 'in', db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', who.unitId!));
  const rows = await q.execute();
  const levelOrder = ['nation', 'province', 'district', 'commune'];
  rows.sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.name.localeCompare(b.name, 'vi'));
  return rows.map((u) => {
    const full = u.full_name ?? u.name;
    const within = u.parentName ? `, ${u.parentName}` : '';
    const dates = u.valid_to
      ? ` (${t.unitUntil({ date: formatDate(u.valid_to) })})`
      : u.valid_from
        ? ` (${t.unitSince({ date: formatDate(u.valid_from) })})`
        : '';
    const label = `${full}${within}${dates}`;
    return {
      id: u.id,
      code: u.code,
      label,
      validFrom: u.valid_from,
      validTo: u.valid_to,
      keys: [fold(label), fold(full), fold(u.name), fold(`${full}${within}`)],
    };
  });
}

/** At most this many units are offered in a `<datalist>` (more: typed and found on the server). */
export const UNITS_LISTED = 1500;

/** The units a typed name names: the one whose name or label it is exactly, else those whose label holds it (at most 20). */
export function findUnitChoices(choices: UnitChoice[], typed: string): { exact?: UnitChoice; matches: UnitChoice[] } {
  const q = fold(typed);
  if (q === '') return { matches: [] };
  const exact = choices.filter((c) => c.keys.includes(q));
  if (exact.length === 1) return { exact: exact[0], matches: exact };
  const holding = choices.filter((c) => !exact.includes(c) && c.keys.some((k) => k.includes(q)));
  const matches = [...exact, ...holding];
  if (matches.length === 1) return { exact: matches[0], matches };
  return { matches: matches.slice(0, 20) };
}
