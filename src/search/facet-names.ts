import type { Lang } from '../core/i18n/lang.ts';

/**
 * Names of coded facet values, in the reader's language. A module whose documents carry codes in a facet (an event's
 * kind as its subject, an exhibition's, a club's) gives their names here when it is loaded, so a search page of
 * another module names them without importing it (`reading_festival` → "Ngày hội đọc sách").
 */
type Namer = (lang: Lang, code: string) => string;
const namers = new Map<string, Namer[]>();

export function nameFacetValues(facet: string, namer: Namer): void {
  namers.set(facet, [...(namers.get(facet) ?? []), namer]);
}

/** The name of a facet value, if a module gave one; else the value itself (free text, a subject heading). */
export function facetValueName(lang: Lang, facet: string, value: string): string {
  for (const n of namers.get(facet) ?? []) {
    const name = n(lang, value);
    if (name !== value) return name;
  }
  return value;
}
