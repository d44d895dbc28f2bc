/**
 * A document's facet values kept on its own row (`search_documents.facet_keys`), so a search counts facets from the
 * candidate rows it has already read instead of joining `search_facets`: `\nfacet=value\nfacet=value\n`.
 * Values are stored cleaned (no line breaks); a facet name never holds `=`.
 */
export const SEP = '\n';

/**
 * Facets that are columns of the document itself (`kind`, `institution_id`): counted from `facet_keys` like the
 * others, but filtered by their column, so `search_facets` holds no rows for them (two of a catalogue record's
 * eight facet rows, written for every record and never read).
 */
export const COLUMN_FACETS: ReadonlyMap<string, 'kind' | 'institution_id'> = new Map([
  ['kind', 'kind'],
  ['institution', 'institution_id'],
]);

/** The facet rows `search_facets` holds for a document: all but the column facets. */
export const indexedFacets = <T extends readonly [string, string]>(rows: readonly T[]): T[] => rows.filter(([f]) => !COLUMN_FACETS.has(f));

/** One facet value as it appears in `facet_keys`, separators included (what a filter looks for). */
export const facetKey = (facet: string, value: string): string => `${SEP}${facet}=${value}${SEP}`;

/** The stored form of a document's facet values. */
export function facetKeys(rows: readonly (readonly [string, string])[]): string {
  return rows.length ? SEP + rows.map(([f, v]) => `${f}=${v}`).join(SEP) + SEP : '';
}

/** Adds one document's values of the named facets to the counts (facet → value → count). */
export function countFacetKeys(keys: string | null, names: ReadonlySet<string>, counts: Map<string, Map<string, number>>): void {
  if (!keys) return;
  let at = 1;
  while (at < keys.length) {
    const end = keys.indexOf(SEP, at);
    const eq = keys.indexOf('=', at);
    if (end < 0) break;
    if (eq > at && eq < end) {
      const facet = keys.slice(at, eq);
      if (names.has(facet)) {
        const value = keys.slice(eq + 1, end);
        let m = counts.get(facet);
        if (!m) counts.set(facet, (m = new Map()));
        m.set(value, (m.get(value) ?? 0) + 1);
      }
    }
    at = end + 1;
  }
}

/** The values of one facet in a document's keys (e.g. its subjects). */
export function facetValues(keys: string | null, facet: string): string[] {
  if (!keys) return [];
  const out: string[] = [];
  const prefix = `${SEP}${facet}=`;
  let at = keys.indexOf(prefix);
  while (at >= 0) {
    const start = at + prefix.length;
    const end = keys.indexOf(SEP, start);
    out.push(keys.slice(start, end));
    at = keys.indexOf(prefix, end);
  }
  return out;
}

/** Every (facet, value) of a document's keys. */
export function facetPairs(keys: string | null): [string, string][] {
  if (!keys) return [];
  return keys
    .split(SEP)
    .filter(Boolean)
    .map((k) => {
      const eq = k.indexOf('=');
      return [k.slice(0, eq), k.slice(eq + 1)];
    });
}
