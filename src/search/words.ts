import { fold } from '../core/text/vietnamese.ts';

/**
 * A fast word scanner over stored (NFC) text for ranking: each character is folded through a table built once per
 * character (the same result as core `fold`, which costs a normalisation and four regex passes per string), and words
 * are the runs of letters and digits, as in text.ts. Calls `each` with every folded word and where it stands.
 */
const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
/** Per UTF-16 unit: its folded form, or null when it ends a word. Combining marks fold to '' inside a word. */
const table = new Map<number, string | null>();

function folded(code: number): string | null {
  let f = table.get(code);
  if (f !== undefined) return f;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff)
    f = ch; // half of a pair: kept as is, part of the word
  else if (MARK.test(ch)) f = '';
  else if (LETTER.test(ch)) f = fold(ch) || ch.toLowerCase();
  else f = null;
  table.set(code, f);
  return f;
}

/** The longest word indexed or searched (longer runs are noise: URLs, codes). */
export const MAX_WORD = 48;

export function scanWords(text: string, each: (word: string, start: number, end: number) => void): void {
  let word = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const f = i < text.length ? folded(text.charCodeAt(i)) : null;
    if (f !== null) {
      if (start < 0) start = i;
      word += f;
      continue;
    }
    if (start >= 0 && word !== '') {
      if (word.length <= MAX_WORD) each(word, start, i);
    }
    word = '';
    start = -1;
  }
}

/**
 * The same folding as `folded`, kept flat for the units below FLAT (Latin, Vietnamese, combining marks): 0 not yet
 * looked up, END ends a word, NOTHING is a mark (inside a word, folds to nothing), SEVERAL folds to more than one unit
 * (read through `folded`), else the one unit it folds to.
 */
const FLAT = 0x2000;
const END = -1;
const NOTHING = -2;
const SEVERAL = -3;
const flat = new Int32Array(FLAT);

function flatFold(code: number): number {
  const f = folded(code);
  const v = f === null ? END : f === '' ? NOTHING : f.length === 1 ? f.charCodeAt(0) : SEVERAL;
  flat[code] = v;
  return v;
}

/** A step of the FNV-1a hash over folded UTF-16 units. */
const step = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
const SEED = 0x811c9dc5 | 0;

function hashOf(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/**
 * Counts the words of texts as `scanWords` reads them and finds the ones among a few wanted (folded) words, without
 * making a string of every word: each word's folded units are hashed as they are read, and only a word whose hash and
 * length are a wanted word's is folded whole and compared. What ranking needs of a thousand candidates per query.
 */
export class WordFinder {
  readonly #words: readonly string[];
  readonly #hashes: Int32Array;
  readonly #lengths: Int32Array;

  constructor(wanted: readonly string[]) {
    this.#words = wanted;
    this.#hashes = Int32Array.from(wanted, hashOf);
    this.#lengths = Int32Array.from(wanted, (w) => w.length);
  }

  /**
   * The words of `text` from `from` to `to` (exclusive): calls `hit` with the index of the wanted word and where it
   * stands for each word that is one; returns how many words there are.
   */
  scan(text: string, from: number, to: number, hit: (wanted: number, start: number, end: number) => void): number {
    let words = 0;
    let start = -1;
    let h = SEED;
    let length = 0;
    for (let i = from; i <= to; i++) {
      let f = END;
      if (i < to) {
        const code = text.charCodeAt(i);
        f = code < FLAT ? flat[code]! || flatFold(code) : SEVERAL;
        if (f === SEVERAL) {
          const s = folded(code);
          if (s !== null) {
            if (start < 0) start = i;
            for (let k = 0; k < s.length; k++) h = step(h, s.charCodeAt(k));
            length += s.length;
            continue;
          }
          f = END;
        }
      }
      if (f !== END) {
        if (start < 0) start = i;
        if (f !== NOTHING) {
          h = step(h, f);
          length++;
        }
        continue;
      }
      if (start >= 0 && length > 0 && length <= MAX_WORD) {
        words++;
        for (let w = 0; w < this.#hashes.length; w++) {
          if (this.#hashes[w] === h && this.#lengths[w] === length && foldedWord(text, start, i) === this.#words[w]) hit(w, start, i);
        }
      }
      start = -1;
      h = SEED;
      length = 0;
    }
    return words;
  }
}

/** The folded form of one word of text (from `start` to `end`), as `scanWords` gives it. */
function foldedWord(text: string, start: number, end: number): string {
  let word = '';
  for (let i = start; i < end; i++) word += folded(text.charCodeAt(i)) ?? '';
  return word;
}
