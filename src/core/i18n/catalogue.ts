/**
 * Typed message catalogues: every text a person reads is written once per language, here or in a module's own
 * `messages.ts`, and the type checker requires both (Vietnamese first, English second).
 *
 * An entry is either a pair of strings with `{name}` placeholders, whose parameters the type derives from the
 * Vietnamese text, or a pair of functions for a sentence that needs logic (both take the same parameters):
 *
 *     export const text = texts({
 *       title: { vi: 'Quầy mượn trả', en: 'Circulation desk' },
 *       dueOn: { vi: 'Hạn trả {date}', en: 'Due {date}' },
 *       copies: { vi: (n: number) => `${n} bản`, en: (n: number) => (n === 1 ? '1 copy' : `${n} copies`) },
 *     });
 *     const t = text(lang); t.title; t.dueOn({ date: formatDate(lang, due) }); t.copies(3);
 *
 * Errors are entries with a code (as DHIS2's E-codes, stable for API clients): `errors({...})` gives one
 * function per entry that returns the `Said` (code, parameters, both texts) a `UserError` carries.
 */
import type { Lang } from './lang.ts';

type Pair = { readonly vi: string; readonly en: string };
// biome-ignore lint/suspicious/noExplicitAny: a function entry may take any parameters; `Localised` keeps their types
type Logic = { readonly vi: (...args: any[]) => string; readonly en: (...args: any[]) => string };
export type Entry = Pair | Logic;

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type Params<S extends string> = { readonly [K in Placeholders<S>]: string | number };

/** What a catalogue entry becomes in one language: a string, or a function of its parameters. */
export type Localised<E> = E extends { readonly vi: infer F extends (...args: never[]) => string }
  ? F
  : E extends { readonly vi: infer S extends string; readonly en: infer T extends string }
    ? [Placeholders<S | T>] extends [never]
      ? string
      : (params: Params<S | T>) => string
    : never;

export type Catalogue<M> = { readonly [K in keyof M]: Localised<M[K]> };

/** An English function must take what the Vietnamese one takes. */
type Checked<M> = {
  readonly [K in keyof M]: M[K] extends { readonly vi: infer F extends (...args: never[]) => string } ? { readonly vi: F; readonly en: F } : Pair;
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; a text without them is returned as it is. */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function localise(entry: Entry, lang: Lang): unknown {
  const v = entry[lang];
  if (typeof v === 'function') return v;
  return v.includes('{') ? (params: Readonly<Record<string, string | number>>) => fill(v, params) : v;
}

function build<M extends Record<string, Entry>>(entries: M, lang: Lang): Catalogue<M> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) out[key] = localise(entries[key] as Entry, lang);
  return out as Catalogue<M>;
}

/** A module's page texts: `text(lang)` is built once per language. */
export function texts<const M extends Record<string, Entry>>(entries: M & Checked<M>): ((lang: Lang) => Catalogue<M>) & { readonly entries: M } {
  const vi = build(entries, 'vi');
  const en = build(entries, 'en');
  return Object.assign((lang: Lang) => (lang === 'en' ? en : vi), { entries });
}

/** What an error or a problem says: its code, its parameters and its text in both languages. */
export interface Said {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly vi: string;
  readonly en: string;
}

type ErrorEntry = Pair & { readonly code: string };
type SayFn<E> = E extends { readonly vi: infer S extends string; readonly en: infer T extends string }
  ? [Placeholders<S | T>] extends [never]
    ? () => Said
    : (params: Params<S | T>) => Said
  : never;

/** A module's errors: `E.itemOnLoan({ barcode })` is the `Said` to throw in a `UserError` or to list as a problem. */
export function errors<const M extends Record<string, ErrorEntry>>(entries: M): { readonly [K in keyof M]: SayFn<M[K]> } {
  const out: Record<string, (params?: Record<string, string | number>) => Said> = {};
  for (const [key, e] of Object.entries(entries)) {
    out[key] = (params = {}) => ({ code: e.code, params, vi: fill(e.vi, params), en: fill(e.en, params) });
  }
  return out as { readonly [K in keyof M]: SayFn<M[K]> };
}

/** A `Said` in the reader's language. */
export const sayIn = (lang: Lang, said: Pick<Said, 'vi' | 'en'>): string => said[lang];

/**
 * The names of a code list the database keeps (kinds, statuses): `name(lang, code)` is the reader's word for a code,
 * and a code the list does not have is shown as it is. `entries` lists the codes in order (for pickers).
 */
export function names<const M extends Record<string, Pair>>(entries: M): ((lang: Lang, code: string) => string) & { readonly entries: M } {
  const vi = new Map(Object.entries(entries).map(([code, e]) => [code, e.vi]));
  const en = new Map(Object.entries(entries).map(([code, e]) => [code, e.en]));
  return Object.assign((lang: Lang, code: string) => (lang === 'en' ? en : vi).get(code) ?? code, { entries });
}
