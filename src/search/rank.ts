import { facetValues } from './facet-keys.ts';
import { exactWords, type QueryTerms } from './text.ts';
import { scanWords } from './words.ts';
import { foldSpelling } from '../core/text/vietnamese.ts';

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

/** One candidate as ranking sees it: per field its length in words and how often each query word occurs. */
interface Seen {
  length: Record<Field, number>;
  tf: Record<Field, Map<string, number>>;
  /** The exact keys of the document's words that fold to a query word (only those can match it exactly). */
  exact: Set<string>;
}

function see(r: Rankable, terms: ReadonlySet<string>, marked: boolean): Seen {
  const seen: Seen = {
    length: { title: 0, creator: 0, subject: 0, rest: 0 },
    tf: { title: new Map(), creator: new Map(), subject: new Map(), rest: new Map() },
    exact: new Set(),
  };
  const read = (f: Field, text: string | null) => {
    if (!text) return;
    const tf = seen.tf[f];
    scanWords(text, (scanned, start, end) => {
      seen.length[f]++;
      const w = foldSpelling(scanned);
      if (!terms.has(w)) return;
      tf.set(w, (tf.get(w) ?? 0) + 1);
      if (marked) seen.exact.add(exactWords(text.slice(start, end))[0] ?? '');
    });
  };
  read('title', r.title);
  read('creator', r.creator);
  for (const s of facetValues(r.facet_keys, 'subject')) read('subject', s);
  read('rest', r.body);
  return seen;
}

/** Orders candidates by relevance (see above); `terms` as read by `queryTerms`. */
export function rank<T extends Rankable>(rows: T[], terms: QueryTerms): Ranked<T>[] {
  if (terms.folded.length === 0) return rows.map((row) => ({ row, exact: false, score: 0 })).sort((a, b) => b.row.id - a.row.id);
  const wanted = new Set(terms.folded);
  const seen = rows.map((r) => see(r, wanted, terms.marked));
  const avg = Object.fromEntries(FIELDS.map((f) => [f, Math.max(1, seen.reduce((n, s) => n + s.length[f], 0) / Math.max(1, rows.length))])) as Record<
    Field,
    number
  >;
  const ranked = rows.map((row, i) => {
    const s = seen[i]!;
    let score = 0;
    for (const term of terms.folded) {
      let tf = 0;
      for (const f of FIELDS) {
        const n = s.tf[f].get(term);
        if (n) tf += (FIELD_WEIGHTS[f] * n) / (1 - B + (B * s.length[f]) / avg[f]);
      }
      score += tf / (K1 + tf);
    }
    return { row, exact: terms.marked && terms.exact.every((w) => s.exact.has(w)), score };
  });
  return ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.row.id - a.row.id);
}
