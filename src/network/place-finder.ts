import type { DB } from '../core/db/database.ts';
import { fold } from '../core/text/vietnamese.ts';
import { todayLocal } from '../core/time.ts';

/** A place of the map as a picker lists it: its name, and the place above it to tell two of one name apart. */
export interface FoundPlace {
  code: string;
  name: string;
  fullName: string;
  level: string;
  parentName: string | null;
}

const LEVEL_ORDER = ['commune', 'district', 'province', 'nation'];

/**
 * The places of today's map (or `today`'s) whose names hold every word typed, with or without diacritics, in any case ("vy da" finds
 * Phường Vỹ Dạ): whole-name matches first, then communes before the levels above, then by name. Up to `limit`;
 * `more` says there were others.
 */
export async function findPlaces(
  db: DB,
  typed: string,
  opts: { limit?: number; today?: string; within?: number } = {},
): Promise<{ places: FoundPlace[]; more: boolean }> {
  const words = fold(typed).split(' ').filter(Boolean);
  if (words.length === 0) return { places: [], more: false };
  const today = opts.today ?? todayLocal();
  let q = db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.code', 'u.name', 'u.full_name', 'u.level', 'p.name as parentName'])
    .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', today)]))
    .where((eb) => eb.or([eb('u.valid_from', 'is', null), eb('u.valid_from', '<=', today)]));
  // an official's search stays within their subtree (`within`: the unit at its top)
  if (opts.within !== undefined) q = q.where('u.id', 'in', db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', opts.within));
  const rows = await q.execute();
  const whole = fold(typed);
  const found = rows
    .map((r) => ({ r, name: fold(r.name), full: fold(r.full_name ?? r.name) }))
    .filter((x) => words.every((w) => x.full.includes(w) || x.name.includes(w)))
    .sort(
      (a, b) =>
        Number(b.name === whole || b.full === whole) - Number(a.name === whole || a.full === whole) ||
        LEVEL_ORDER.indexOf(a.r.level) - LEVEL_ORDER.indexOf(b.r.level) ||
        a.r.name.localeCompare(b.r.name, 'vi'),
    );
  const limit = opts.limit ?? 20;
  return {
    places: found.slice(0, limit).map(({ r }) => ({ code: r.code, name: r.name, fullName: r.full_name ?? r.name, level: r.level, parentName: r.parentName })),
    more: found.length > limit,
  };
}

/** What a typed place comes to: one place, several to choose from, or none. */
export type PlaceChoice = { one: FoundPlace } | { several: FoundPlace[] } | { none: true };

/**
 * A place typed by name (or by its code): its code found exactly, else the one place whose name holds the words, else
 * the one whose whole name it is; several otherwise (the form offers them), or none.
 */
export async function resolvePlace(db: DB, typed: string, today = todayLocal()): Promise<PlaceChoice> {
  const text = typed.trim();
  const byCode = await db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.code', 'u.name', 'u.full_name', 'u.level', 'p.name as parentName'])
    .where('u.code', '=', text)
    .executeTakeFirst();
  if (byCode)
    return { one: { code: byCode.code, name: byCode.name, fullName: byCode.full_name ?? byCode.name, level: byCode.level, parentName: byCode.parentName } };
  const { places } = await findPlaces(db, text, { today, limit: 20 });
  if (places.length === 0) return { none: true };
  if (places.length === 1) return { one: places[0]! };
  const whole = places.filter((p) => fold(p.name) === fold(text) || fold(p.fullName) === fold(text));
  if (whole.length === 1) return { one: whole[0]! };
  return { several: places };
}
