import { facetValues } from './facet-keys.ts';
import { exactWords, foldedWords, type QueryTerms } from './text.ts';

/**
 * Relevance, computed in TypeScript over the candidates a search has read (the same on both engines):
 * 1. documents holding the query's words with their marks as typed first (when the query has marks);
 * 2. then a BM25F-style score: each word's occurrences weighted by field — title 5, author 3, subject 2, the rest 1 —
 *    length-normalised per field and saturated (k1), summed over the query's words;
 * 3. then the newest first.
 * Every candidate holds every query word (the engines match all of them), so the words' rarity (idf) would be the
 * same factor for every document and is left out.
 */
export const FIELD_WEIGHTS = { title: 5, creator: 3, subject: 2, rest: 1 } as const;
const K1 = 1.2;
const B = 0.75;

/** What ranking reads of a candidate. */
export interface Rankable {
  id: number;
  title: string;
  creator: string | null;
  body: string | null;
  facet_keys: string | null;
}

export interface Ranked<T> {
  row: T;
  exact: boolean;
  score: number;
}

type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

function fieldWords(r: Rankable): Record<Field, string[]> {
  return {
    title: foldedWords(r.title),
    creator: r.creator ? foldedWords(r.creator) : [],
    subject: facetValues(r.facet_keys, 'subject').flatMap(foldedWords),
    rest: r.body ? foldedWords(r.body) : [],
  };
}

/** Orders candidates by relevance (see above); `terms` as read by `queryTerms`. */
export function rank<T extends Rankable>(rows: T[], terms: QueryTerms): Ranked<T>[] {
  if (terms.folded.length === 0) return rows.map((row) => ({ row, exact: false, score: 0 })).sort((a, b) => b.row.id - a.row.id);
  const words = rows.map(fieldWords);
  const avg = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, words.reduce((n, w) => n + w[f].length, 0) / Math.max(1, rows.length))])) as Record<Field, number>;
  const ranked = rows.map((row, i) => {
    const w = words[i]!;
    let score = 0;
    for (const term of terms.folded) {
      let tf = 0;
      for (const f of FIELDS) {
        const n = count(w[f], term);
        if (n > 0) tf += (FIELD_WEIGHTS[f] * n) / (1 - B + (B * w[f].length) / avg[f]);
      }
      score += tf / (K1 + tf);
    }
    return { row, exact: terms.marked && holdsExact(row, w.subject.length ? facetValues(row.facet_keys, 'subject') : [], terms.exact), score };
  });
  return ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.row.id - a.row.id);
}

function count(words: string[], term: string): number {
  let n = 0;
  for (const w of words) if (w === term) n++;
  return n;
}

/** True when the document holds every query word with its marks (tone placement and composition made canonical). */
function holdsExact(r: Rankable, subjects: string[], exact: string[]): boolean {
  const have = new Set(exactWords(`${r.title} ${r.creator ?? ''} ${subjects.join(' ')} ${r.body ?? ''}`));
  return exact.every((w) => have.has(w));
}
