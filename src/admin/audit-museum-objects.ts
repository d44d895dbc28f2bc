import * as S from './audit-sources.ts';
import type { Kind } from './audit-object-parts.ts';
import { byId, childOf, DAY, day, enc, gone, ID, joined, kind, numbered, pair, T } from './audit-object-parts.ts';
import { tableNames } from './messages.ts';

/**
 * The audited museum objects named in words: an object by its title and identifier, a collection, a term, an image,
 * a museum's day "<museum>, dd/mm/yyyy", an exhibition and its items, an education programme and a school's booking.
 */

/** An institution (by id) and a day: a museum's day. */
const institutionDay = (href: (code: string) => string) =>
  kind<{ institution: string; day: string }>({
    parse: (key) => {
      const p = pair(key);
      return p && ID.test(p[0]) && DAY.test(p[1]) ? { institution: p[0], day: p[1] } : undefined;
    },
    needs: (k, need) => need(S.institutionsById, k.institution),
    name: (k, got, s) => {
      const i = got(S.institutionsById, k.institution);
      return i
        ? { name: `${i.name}, ${day(k.day)}`, href: href(i.code) }
        : gone(s, `${T(s.lang).numbered({ kind: tableNames(s.lang, 'institution'), id: k.institution })}, ${day(k.day)}`);
    },
  });

const exhibitionById = byId(
  S.exhibitionsById,
  (x) => x.title,
  (x) => `/quan-ly/trien-lam/${x.id}`,
);

export const museumObjects: Record<string, Kind<unknown>> = {
  museum_object: byId(
    S.objectsById,
    (o) => (o.identifier ? `${o.title} (${o.identifier})` : o.title),
    (o) => `/quan-ly/hien-vat/${o.id}`,
  ),
  museum_collection: byId(
    S.collectionsById,
    (c) => c.name,
    (c) => `/quan-ly/suu-tap/${c.id}`,
  ),
  museum_term: byId(S.termsById, (t, s) => (s.lang === 'en' ? (t.en ?? t.vi) : t.vi)),
  object_image: byId(
    S.imagesById,
    (m) => m.title,
    (m) => `/quan-ly/hien-vat/${m.objectId}`,
  ),
  museum_visits: institutionDay((code) => `/quan-ly/bao-tang/${enc(code)}`),
  exhibition: exhibitionById,
  exhibition_stop: exhibitionById,
  exhibition_order: exhibitionById,
  exhibition_item: childOf(
    S.exhibitionsById,
    S.objectsById,
    (x, o, s, k) => joined(o?.title ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'museum_object'), id: k[1] }), x?.title ?? numbered(s, k[0])),
    (x) => `/quan-ly/trien-lam/${x.id}`,
  ),
  edu_programme: byId(S.programmesById, (p) => p.title),
  edu_booking: byId(S.bookingsById, (b, s) =>
    b.className
      ? `${T(s.lang).booking({ school: b.school, className: b.className, programme: b.programme })}, ${day(b.onDate)}`
      : `${joined(b.school, b.programme)}, ${day(b.onDate)}`,
  ),
};
