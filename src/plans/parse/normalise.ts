/**
 * The forms a plan's text is matched in. The original is never changed: every folded form keeps
 * a map from each of its characters back to the offset it came from, so a match on the folded
 * form is reported as a span of the original.
 *
 * - `foldPlain`: marks removed, đ→d, lower case, quotes and dashes unified, markdown emphasis
 *   dropped, runs of spaces collapsed; line breaks are kept ("\n", and "\n\n" for a blank line).
 * - `foldOcr`: the plain form with common OCR confusions of diacritic-less scans undone word by
 *   word (`Pén` → `den`, `thw` → `thu`, `s6`/`sb` → `so`, `ndm` → `nam`, `tng` → `ung` …). The
 *   rules only touch letter sequences that cannot occur in Vietnamese (a `d` or `b` inside a
 *   syllable, `w`, `ir`, a digit inside a word …), so clean text folds the same in both forms.
 */
import type { Span } from './types.ts';

export interface Folded {
  original: string;
  text: string;
  /** map[i] = offset in `original` of folded character i (map[text.length] = original.length). */
  map: Int32Array;
}

const MARKS = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  ﬁ: 'fi',
  ﬂ: 'fl',
  '\u200b': '',
  '\ufeff': '',
  '\u00ad': '',
};
const MARKUP = new Set(['*', '#', '_', '`']);
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    out = SPECIAL[ch] ?? ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    cache.set(ch, out);
  }
  return out;
}

const SPACE = /\s/;

export function foldPlain(original: string): Folded {
  const parts: string[] = [];
  const map = new Int32Array(original.length * 3 + 3);
  let n = 0;
  let wsStart = -1;
  let newlines = 0;
  let run = -1; // start of a run of plain ASCII characters copied as they are (lower-cased)
  const endRun = (i: number) => {
    if (run < 0) return;
    parts.push(original.slice(run, i).toLowerCase());
    for (let k = run; k < i; k++) map[n++] = k;
    run = -1;
  };
  const flush = () => {
    if (wsStart < 0) return;
    if (n > 0) {
      const ws = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
      parts.push(ws);
      for (let k = 0; k < ws.length; k++) map[n++] = wsStart;
    }
    wsStart = -1;
    newlines = 0;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Printable ASCII other than space and the markdown marks * # _ `
    if (code > 32 && code < 127 && code !== 42 && code !== 35 && code !== 95 && code !== 96) {
      if (run < 0) {
        flush();
        run = i;
      }
      continue;
    }
    endRun(i);
    const ch = original[i]!;
    if (code === 10 || code === 12 || code === 13 || code === 32 || SPACE.test(ch) || MARKUP.has(ch)) {
      if (wsStart < 0) wsStart = i;
      if (code === 10 || code === 12) newlines++;
      continue;
    }
    const f = foldChar(ch);
    if (f === '') continue;
    flush();
    parts.push(f);
    for (let k = 0; k < f.length; k++) map[n++] = i;
  }
  endRun(original.length);
  map[n++] = original.length;
  return { original, text: parts.join(''), map: map.slice(0, n) };
}

/** Words an OCR engine produced for common words of the plans, after the letter rules below. */
const WORDS: Record<string, string> = {
  nim: 'nam',
  niam: 'nam',
  naam: 'nam',
  ngiy: 'ngay',
  cip: 'cap',
  tip: 'tap',
  vin: 'van',
  vian: 'van',
  heng: 'hang',
  tueng: 'tuong',
  vei: 'voi',
  truec: 'truoc',
  cta: 'cua',
  ctia: 'cua',
  caa: 'cua',
  clia: 'cua',
  cia: 'cua',
  cila: 'cua',
  hea: 'hoa',
  hoaa: 'hoa',
  haa: 'hoa',
  heaa: 'hoa',
  hoea: 'hoa',
  heoa: 'hoa',
  xo: 'xa',
  cec: 'cac',
  ceng: 'cong',
  cep: 'cap',
  mei: 'moi',
  nguen: 'nguon',
  huoeng: 'huong',
  hueng: 'huong',
  nuoe: 'nuoc',
  phei: 'phoi',
  img: 'ung',
  ing: 'ung',
  tng: 'ung',
  mg: 'ung',
};

function fixWord(w: string, allUpper: boolean): string {
  if (!/[a-z]/.test(w)) return w;
  if (allUpper) return /^p[aeiouy]/.test(w) && w.length >= 3 ? `d${w.slice(1)}` : w;
  let t = w
    .replace(/w/g, 'u')
    .replace(/&/g, 'o')
    .replace(/€/g, 'e')
    .replace(/(?<=[a-z])¢/g, 'o')
    .replace(/¢/g, 'c')
    .replace(/@/g, 'd');
  if (/[0-9]/.test(t) && (/^[a-z]/.test(t) || /^1[a-z0-9]/.test(t))) {
    t = t.replace(/^1/, 'l').replace(/[06]/g, 'o').replace(/[34]/g, 'a').replace(/1/g, 'i');
    if (/[0-9]/.test(t)) return w;
  }
  t = t.replace(/ir/g, 'u').replace(/ii/g, 'u');
  if (/^p[^h]/.test(t)) t = `d${t.slice(1)}`;
  let r = t[0] ?? '';
  for (let i = 1; i < t.length; i++) {
    const c = t[i]!;
    if (c === 'b') r += 'o';
    else if (c === 'd') r += t[i - 1] === 'u' || i === t.length - 1 || t[i + 1] === 'i' || t.startsWith('ng', i + 1) ? 'o' : 'a';
    else r += c;
  }
  t = r.replace(/(?<=[a-z])y(?=c|ng)/g, 'u');
  if (t.length > 3 && t.endsWith('ing')) t = `${t.slice(0, -3)}ang`;
  return WORDS[t] ?? t;
}

/** Two-word confusions, replaced by strings of the same length (the map stays valid). */
const PHRASES: [RegExp, string][] = [
  [/\btrung tim\b/g, 'trung tam'],
  [/\bthanh phe\b/g, 'thanh pho'],
  // "ĐỀ ÁN" in capitals with its Đ read as P (a two-letter word the capitals rule leaves alone)
  [/\bpe an\b/g, 'de an'],
];

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 || c === 64 || c === 8364 || c === 162;

/**
 * [start, end) of the words worth a closer look: those with a character or pair no Vietnamese
 * word has (w, a digit among letters, &, b or d after the first letter, i before r/i, p without h,
 * y before c/n), or short enough to be one of WORDS. Scanned by character code, without regexes.
 */
function* suspectWords(text: string): Generator<[number, number]> {
  let i = 0;
  const len = text.length;
  while (i < len) {
    while (i < len && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    let odd = false;
    let letters = false;
    let digits = false;
    while (i < len && isWordChar(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits = true;
      else if (c >= 97 && c <= 122) {
        letters = true;
        const prev = i > start ? text.charCodeAt(i - 1) : 0;
        if (c === 119 || ((c === 98 || c === 100) && i > start) || (prev === 105 && (c === 114 || c === 105)) || (c === 121 && i > start)) odd = true;
        if (c === 112 && i === start && text.charCodeAt(i + 1) !== 104) odd = true;
      } else odd = true;
      i++;
    }
    if (i > start && letters && (odd || digits || i - start <= 5 || text.startsWith('ing', i - 3))) yield [start, i];
  }
}

/** Words that may need a fix: anything else is left as it is without looking further. */
const SUSPECT = /[w0-9&€¢@]|i[ri]|^p[^h]|.[bd]|y(?:c|ng)|ing$/;

export function foldOcr(plain: Folded): Folded {
  const { original, text, map } = plain;
  const pieces: string[] = [];
  const outMap = new Int32Array(text.length * 2 + 1);
  let n = 0;
  let last = 0;
  const copy = (from: number, to: number) => {
    if (to > from) pieces.push(text.slice(from, to));
    for (let i = from; i < to; i++) outMap[n++] = map[i]!;
  };
  for (const [start, end] of suspectWords(text)) {
    const word = text.slice(start, end);
    if (!SUSPECT.test(word) && WORDS[word] === undefined) continue;
    let fixed: string;
    const raw = original.slice(map[start]!, map[start + word.length - 1]! + 1);
    if (/^[ivxl1]+$/.test(word) && /^[IVXL][IVXL1l|]*$|^[1|][IVX][IVX1l|]*$/.test(raw)) fixed = word.replace(/[1l|]/g, 'i');
    else {
      let upper = 0;
      let letters = 0;
      for (const o of raw) {
        if (o.toLowerCase() !== o.toUpperCase()) {
          letters++;
          if (o !== o.toLowerCase()) upper++;
        }
      }
      fixed = fixWord(word, letters >= 2 && upper === letters);
    }
    if (fixed === word) continue;
    copy(last, start);
    pieces.push(fixed);
    for (let i = 0; i < fixed.length; i++) outMap[n++] = map[start + Math.min(i, word.length - 1)]!;
    last = start + word.length;
  }
  copy(last, text.length);
  outMap[n++] = original.length;
  let folded = pieces.join('');
  for (const [re, to] of PHRASES) folded = folded.replace(re, to);
  return { original, text: folded, map: outMap.slice(0, n) };
}

/** The span of the original text that folded characters [start, end) came from. */
export function toOriginal(f: Folded, start: number, end: number): Span {
  if (end <= start) {
    const at = f.map[start] ?? f.original.length;
    return { start: at, end: at };
  }
  const s = f.map[start]!;
  const lastChar = f.map[end - 1]!;
  const code = f.original.charCodeAt(lastChar);
  return { start: s, end: lastChar + (code >= 0xd800 && code <= 0xdbff ? 2 : 1) };
}

/** The original text under folded [start, end), white space collapsed and markdown emphasis removed. */
export function originalText(f: Folded, start: number, end: number): string {
  const span = toOriginal(f, start, end);
  return tidy(f.original.slice(span.start, span.end));
}

export function tidy(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[*#_`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)”])/g, '$1')
    .replace(/([“(])\s+/g, '$1')
    .trim();
}

/**
 * True when the text reads like an OCR scan that lost its diacritics: letters only Vietnamese
 * uses (ư ơ ă đ, in any tone) are rarer than in any real Vietnamese prose.
 */
export function looksOcrDamaged(original: string): boolean {
  const letters = original.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 200) return false;
  const viet = original.normalize('NFD').match(/[\u0306\u031b]|[đĐ]/g)?.length ?? 0;
  return viet / letters < 0.01;
}

/**
 * The folded text on one line: every run of white space (line breaks, blank lines) becomes one
 * space, so phrases broken over lines match. `at[i]` is where character i of `f` went.
 */
export function oneLine(f: Folded): { flat: Folded; at: Int32Array } {
  const { text, map } = f;
  const at = new Int32Array(text.length + 1);
  const out: string[] = [];
  const outMap = new Int32Array(text.length + 1);
  let n = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 10 || c === 32;
    if (ws && n > 0 && (text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 32)) {
      at[i] = n - 1;
      start = i + 1;
      continue;
    }
    if (ws) {
      if (i > start) out.push(text.slice(start, i));
      out.push(' ');
      start = i + 1;
    }
    at[i] = n;
    outMap[n++] = map[i]!;
  }
  if (text.length > start) out.push(text.slice(start));
  at[text.length] = n;
  outMap[n] = map[text.length]!;
  return { flat: { original: f.original, text: out.join(''), map: outMap.slice(0, n + 1) }, at };
}
