import type { AppContext } from '../core/web/env.ts';
import { signedIn } from '../core/web/api-kit.ts';
import type { Problem } from '../core/errors.ts';
import { accountsErrors } from '../accounts/messages.ts';
import { findPlaces, templatePlaces, type Place } from '../statistics/template-places.ts';

/** The person form's fields read: as typed, the place named, the places of the person's reach to name. */

/** What the form holds: as typed, kept when refused (never the password). */
export interface Typed {
  name: string;
  username: string;
  email: string;
  role: string;
  place: string;
}

/** The place a form names: one chosen from a list ("unit:CODE"), or a name typed (matched without diacritics). */
export async function placeOf(
  body: Record<string, unknown>,
  places: Place[],
): Promise<{ unit?: string; institution?: string; problem?: Problem; choose?: Place[] }> {
  const chosen = typeof body['noi-ma'] === 'string' ? body['noi-ma'] : '';
  const pick = /^(unit|institution):(.+)$/.exec(chosen);
  if (pick) return pick[1] === 'unit' ? { unit: pick[2] } : { institution: pick[2] };
  const typed = String(body.noi ?? '').trim();
  if (typed === '') return {};
  // a staff member belongs to an institution, everyone else to a unit: those are matched first (then any place,
  // so that the refusal says the role needs the other kind)
  const kind = body.role === 'staff' ? 'institution' : 'unit';
  const ofKind = findPlaces(
    places.filter((p) => p.kind === kind),
    typed,
  );
  const found = ofKind.matches.length > 0 ? ofKind : findPlaces(places, typed);
  const p = found.exact;
  if (p) return p.kind === 'unit' ? { unit: p.code } : { institution: p.code };
  if (found.matches.length === 0) return { problem: { said: accountsErrors.noSuchPlace({ name: typed }), field: 'place' } };
  return { problem: { said: accountsErrors.placeAmbiguous({ name: typed }), field: 'place' }, choose: found.matches };
}

/** The places of the person's reach, to pick by name: their subtree's units and institutions (an admin's: all). */
export async function placesFor(c: AppContext): Promise<Place[]> {
  const who = signedIn(c);
  return templatePlaces(c.var.store.db, who, c.var.lang);
}

/** The form's fields as typed, to show again when refused. */
export const typedOf = (body: Record<string, unknown>): Typed => ({
  name: String(body.name ?? ''),
  username: String(body.username ?? ''),
  email: String(body.email ?? ''),
  role: String(body.role ?? ''),
  place: String(body.noi ?? ''),
});

/** The service's fields as the form's: the unit or institution is the place picker. */
export const RENAME = { unit: 'place', institution: 'place' };
