import { formatNumber } from '../core/i18n/index.ts';
import { tableNames } from './messages.ts';
import * as S from './audit-sources.ts';
import type { Got, Kind, Said, AuditObject } from './audit-object-parts.ts';
import { byId, enc, gone, ID, joined, kind, named, numbered, ownName, person, personHref, T, unitObject, whole } from './audit-object-parts.ts';

/** The audited people, places and institutions named in words: a person by name, a unit, an institution and its attributes. */

const userByName = kind<string>({
  parse: whole,
  needs: (u, need) => need(S.usersByUsername, u),
  name: (u, got, s) => {
    const p = got(S.usersByUsername, u);
    return p ? { name: person(p), href: personHref(p.username) } : gone(s, u);
  },
});

const institutionObject = (i: S.Institution | undefined, fallback: string, s: Said): AuditObject =>
  i ? { name: i.name, href: `/quan-tri/co-so/${enc(i.code)}` } : gone(s, fallback);
/** An institution named by its code or, for writers that keyed it so, its id. */
const institutionByCodeOrId = (key: string, got: Got) => got(S.institutionsByCode, key) ?? (ID.test(key) ? got(S.institutionsById, key) : undefined);
const institutionKey = kind<string>({
  parse: whole,
  needs: (k, need) => {
    need(S.institutionsByCode, k);
    if (ID.test(k)) need(S.institutionsById, k);
  },
  name: (k, got, s) => institutionObject(institutionByCodeOrId(k, got), ownName(s.entry) ?? numbered(s, k), s),
});

export const networkObjects: Record<string, Kind<unknown>> = {
  // people
  user: userByName,
  password_reset: userByName,
  api_token: userByName,
  lib_link_code: byId(S.usersById, person, (p) => personHref(p.username)),
  // places and institutions
  unit: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.unitsByCode, k),
    name: (k, got, s) => {
      if (got(S.unitsByCode, k)) return unitObject(k, got, s);
      const n = /^(\d+) units$/.exec(k);
      if (n) return { name: T(s.lang).unitsImported({ n: formatNumber(s.lang, Number(n[1]), 0) }) };
      if (/\.\w{2,5}$/.test(k)) return { name: T(s.lang).mapImported({ name: k }) };
      return unitObject(k, got, s);
    },
  }),
  unit_handover: kind<string>({ parse: whole, needs: (k, need) => need(S.unitsByCode, k), name: unitObject }),
  unit_population: kind<{ unit: string; year: string }>({
    parse: (key) => {
      const m = /^(.+)\/(\d{4})$/.exec(key);
      return m ? { unit: m[1]!, year: m[2]! } : undefined;
    },
    needs: (k, need) => need(S.unitsByCode, k.unit),
    name: (k, got, s) => {
      const u = unitObject(k.unit, got, s);
      return { ...u, name: `${u.name}, ${T(s.lang).year({ year: k.year })}` };
    },
  }),
  institution: institutionKey,
  institution_unit: institutionKey,
  institution_closure: institutionKey,
  institution_import: kind<string>({ parse: whole, needs: () => {}, name: (k, _g, s) => ({ name: T(s.lang).fileNamed({ name: k }) }) }),
  institution_attribute: attributeKind(),
  attribute_evidence: attributeKind(),
};

/** `<institution id>:<attribute>:<year>`: an institution's yearly attribute (and its evidence file). */
function attributeKind() {
  return kind<{ institution: string; attribute: string; year: string }>({
    parse: (key) => {
      const m = /^(\d+):(.+):(\d{4})$/.exec(key);
      return m ? { institution: m[1]!, attribute: m[2]!, year: m[3]! } : undefined;
    },
    needs: (k, need) => {
      need(S.institutionsById, k.institution);
      need(S.attributesByCode, k.attribute);
    },
    name: (k, got, s) => {
      const i = got(S.institutionsById, k.institution);
      const a = got(S.attributesByCode, k.attribute);
      const text = joined(
        i?.name ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'institution'), id: k.institution }),
        a ? named(a, s.lang) : k.attribute,
        T(s.lang).year({ year: k.year }),
      );
      return i ? { name: text, href: `/co-so/${enc(i.code)}` } : gone(s, text);
    },
  });
}
