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
