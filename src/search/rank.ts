import { SEP } from './facet-keys.ts';
import { exactWordKey, type QueryTerms } from './text.ts';
import { WordFinder } from './words.ts';
import { olderSpelling } from '../core/text/vietnamese.ts';

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

/** The fields in the order they are read and summed: title, creator, subject, rest. */
const WEIGHTS = Object.values(FIELD_WEIGHTS);
const FIELDS = WEIGHTS.length;
const [TITLE, CREATOR, SUBJECT, REST] = [0, 1, 2, 3] as const;
const SUBJECT_KEY = `${SEP}subject=`;

/**
 * How the candidates are seen: per candidate and field its length in words and how often each query word occurs
 * (flat arrays, candidate-major), and which of the query's exact words it holds (a bit each). Only the words that fold
 * to a query word are made into strings (words.ts `WordFinder`); a document's word `ky` is the query's `ki` (the
 * spellings the query words may be written in are looked for too).
 */
function see(rows: readonly Rankable[], terms: QueryTerms) {
  const n = terms.folded.length;
  const wanted: string[] = [];
  const termOf: number[] = [];
  terms.folded.forEach((t, i) => {
    for (const w of [t, olderSpelling(t)]) if (w !== null) wanted.push(w), termOf.push(i);
  });
  const finder = new WordFinder(wanted);
  const lengths = new Float64Array(rows.length * FIELDS);
  const tf = new Float64Array(rows.length * FIELDS * n);
  const exact = new Int32Array(rows.length);
  let at = 0; // the (candidate, field) being read
  let row = 0;
  let text = '';
  const hit = (w: number, start: number, end: number) => {
    tf[at * n + termOf[w]!]!++;
    if (!terms.marked) return;
    const key = exactWordKey(text.slice(start, end));
    terms.exact.forEach((e, j) => {
      if (e === key) exact[row]! |= 1 << j;
    });
  };
  const read = (field: number, t: string | null, from = 0, to = t?.length ?? 0) => {
    if (!t) return;
    at = row * FIELDS + field;
    text = t;
    lengths[at]! += finder.scan(t, from, to, hit);
  };
  for (row = 0; row < rows.length; row++) {
    const r = rows[row]!;
    read(TITLE, r.title);
    read(CREATOR, r.creator);
    // each subject in place in the facet keys (`\nsubject=…\n`)
    const keys = r.facet_keys;
    if (keys) {
      for (let s = keys.indexOf(SUBJECT_KEY); s >= 0; ) {
        const from = s + SUBJECT_KEY.length;
        const end = keys.indexOf(SEP, from); // keys end with SEP; without it, the subject runs to the end
        read(SUBJECT, keys, from, end < 0 ? keys.length : end);
        s = end < 0 ? -1 : keys.indexOf(SUBJECT_KEY, end);
      }
    }
    read(REST, r.body);
  }
  return { lengths, tf, exact };
}

/** Orders candidates by relevance (see above); `terms` as read by `queryTerms`. */
export function rank<T extends Rankable>(rows: T[], terms: QueryTerms): Ranked<T>[] {
  if (terms.folded.length === 0) return rows.map((row) => ({ row, exact: false, score: 0 })).sort((a, b) => b.row.id - a.row.id);
  const n = terms.folded.length;
  const { lengths, tf, exact } = see(rows, terms);
  const avg = WEIGHTS.map((_, f) => {
    let sum = 0;
    for (let i = 0; i < rows.length; i++) sum += lengths[i * FIELDS + f]!;
    return Math.max(1, sum / Math.max(1, rows.length));
  });
  const allExact = (1 << terms.exact.length) - 1; // at most MAX_QUERY_TERMS (12) words
  const ranked = rows.map((row, i) => {
    let score = 0;
    for (let t = 0; t < n; t++) {
      let weighted = 0;
      for (let f = 0; f < FIELDS; f++) {
        const count = tf[(i * FIELDS + f) * n + t]!;
        if (count) weighted += (WEIGHTS[f]! * count) / (1 - B + (B * lengths[i * FIELDS + f]!) / avg[f]!);
      }
      score += weighted / (K1 + weighted);
    }
    return { row, exact: terms.marked && (exact[i]! & allExact) === allExact, score };
  });
  return ranked.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.row.id - a.row.id);
}
