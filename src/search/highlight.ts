import { fold, foldSpelling } from '../core/text/vietnamese.ts';

/** A word of the text as the query's words are read (text.ts `searchWords`). */
const searchWord = (w: string) => foldSpelling(fold(w));
import type { Segment } from './types.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into runs, marking the words whose folded form is one of the query's words. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!terms.has(searchWord(m[0]))) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/** A window of about `width` characters of the body around its first matching word, highlighted. */
export function snippet(text: string, terms: ReadonlySet<string>, width = 180): Segment[] {
  if (text.length <= width) return highlight(text, terms);
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (terms.has(searchWord(m[0]))) {
      at = m.index;
      break;
    }
  }
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - width / 3)));
  const end = Math.min(text.length, start + width);
  const segments = highlight(text.slice(start, end).trim(), terms);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}
