import { formatDate, formatMonth, type Lang } from '../core/i18n/index.ts';
import { auditObjectText } from './messages.ts';
import * as S from './audit-sources.ts';
import type { Source } from './audit-sources.ts';

/**
 * The parts the audit objects' resolvers (audit-*-objects.ts) are built from: what a resolver is and sees, the shapes
 * of keys, the words a name is put together with, a row by its id, a child with its parent, and the objects several
 * areas name (a person, a unit). audit-objects.ts sends each entry to its kind's resolver.
 */

export interface AuditObject {
  /** The object in words. */
  name: string;
  href?: string;
}

/** What a resolver sees of an entry. */
export interface AuditSubject {
  table: string;
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

/** A resolver asks for a row of a source by its id… */
export type Need = (source: Source<unknown>, id: string) => void;
/** …and, once every source has been read, gets it. */
export type Got = <R>(source: Source<R>, id: string) => R | undefined;

/** What a resolver is told of the entry it names. */
export interface Said {
  lang: Lang;
  /** The entry's kind in words. */
  kind: string;
  entry: AuditSubject;
}

/** The resolver of one kind. */
export interface Kind<K> {
  /** The key's parts; undefined when the key is not of the kind's shape. */
  parse(key: string): K | undefined;
  needs(k: K, need: Need): void;
  name(k: K, got: Got, s: Said): AuditObject;
}

export const kind = <K>(k: Kind<K>) => k as unknown as Kind<unknown>;

// ---- the parts of keys ----

export const ID = /^\d{1,15}$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}(-\d{2})?$/;
export const whole = (key: string) => (key.trim() === '' ? undefined : key);
export const numeric = (key: string) => (ID.test(key) ? key : undefined);
/** `a:b` split at its first colon, both parts present. */
export const pair = (key: string): [string, string] | undefined => {
  const i = key.indexOf(':');
  return i > 0 && i < key.length - 1 ? [key.slice(0, i), key.slice(i + 1)] : undefined;
};
/** `a:b` where both are ids. */
const idPair = (key: string) => {
  const p = pair(key);
  return p && ID.test(p[0]) && ID.test(p[1]) ? p : undefined;
};

// ---- words ----

export const T = (lang: Lang) => auditObjectText(lang);
export const day = (iso: string) => formatDate(iso.slice(0, 10));
export const periodWords = (lang: Lang, p: string) =>
  PERIOD.test(p) ? (p.length === 7 ? T(lang).month({ month: formatMonth(p) }) : T(lang).year({ year: p })) : p;
export const numbered = (s: Said, id: string | number) => T(s.lang).numbered({ kind: s.kind, id: String(id) });
export const gone = (s: Said, what: string): AuditObject => ({ name: T(s.lang).gone({ what }) });
export const named = (n: S.Named, lang: Lang) => (lang === 'en' ? n.en || n.vi : n.vi);
export const joined = (...parts: string[]) => parts.filter((x) => x !== '').join(' · ');
export const enc = encodeURIComponent;

/** A title or name an entry's own values give, for an object that is no longer there. */
export function ownName(e: AuditSubject): string | undefined {
  for (const v of [e.oldValue, e.newValue])
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const k of ['title', 'name', 'nameVi', 'name_vi', 'labelVi', 'donor', 'recipient'])
        if (typeof o[k] === 'string' && o[k] !== '') return o[k] as string;
    }
  return undefined;
}

/** A row by its id, named by `text` and linked by `href`; a gone one by its own values or its number. */
export function byId<R>(source: Source<R>, text: (r: R, s: Said) => string, href?: (r: R) => string | undefined) {
  return kind<string>({
    parse: numeric,
    needs: (id, need) => need(source as Source<unknown>, id),
    name(id, got, s) {
      const r = got(source, id);
      if (!r) return gone(s, ownName(s.entry) ?? numbered(s, id));
      const h = href?.(r);
      return h ? { name: text(r, s), href: h } : { name: text(r, s) };
    },
  });
}

/** `<parent id>:<child id>`: the child named with its parent (a club's member, an exhibition's object…). */
export function childOf<P, C>(
  parent: Source<P>,
  child: Source<C>,
  text: (p: P | undefined, c: C | undefined, s: Said, k: [string, string]) => string,
  href: (p: P, c: C | undefined, k: [string, string]) => string,
) {
  return kind<[string, string]>({
    parse: idPair,
    needs: (k, need) => {
      need(parent as Source<unknown>, k[0]);
      need(child as Source<unknown>, k[1]);
    },
    name: (k, got, s) => {
      const p = got(parent, k[0]);
      const c = got(child, k[1]);
      const name = text(p, c, s, k);
      return p && c ? { name, href: href(p, c, k) } : gone(s, name);
    },
  });
}

// ---- the objects several areas name ----

export const person = (p: S.Person) => `${p.name} (${p.username})`;
export const personHref = (username: string) => `/quan-tri/nguoi-dung/${enc(username)}`;

export const unitObject = (code: string, got: Got, s: Said): AuditObject => {
  const u = got(S.unitsByCode, code);
  if (!u) return gone(s, T(s.lang).numbered({ kind: s.kind, id: code }));
  return { name: u.validTo ? T(s.lang).until({ name: u.name, date: formatDate(u.validTo) }) : u.name, href: `/quan-tri/dia-ban/don-vi/${enc(u.code)}` };
};
export const unitName = (code: string, got: Got) => got(S.unitsByCode, code)?.name;
