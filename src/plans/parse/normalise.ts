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
  đ: 'd', Đ: 'd', '“': '"', '”': '"', '„': '"', '‟': '"', '‘': "'", '’': "'", '–': '-', '—': '-', '−': '-',
  '…': '...', 'ﬁ': 'fi', 'ﬂ': 'fl', '\u200b': '', '\ufeff': '', '\u00ad': '',
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

export function foldPlain(original: string): Folded {
  const out: string[] = [];
  const map: number[] = [];
  let wsStart = -1;
  let newlines = 0;
  const flush = () => {
    if (wsStart < 0) return;
    const atStart = out.length === 0;
    if (!atStart) {
      const ws = newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
      for (const c of ws) { out.push(c); map.push(wsStart); }
    }
    wsStart = -1;
    newlines = 0;
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (ch === '\n' || ch === '\r' || ch === '\f' || /\s/.test(ch) || MARKUP.has(ch)) {
      if (wsStart < 0) wsStart = i;
      if (ch === '\n' || ch === '\f') newlines++;
      continue;
    }
    const f = foldChar(ch);
    if (f === '') continue;
    flush();
    for (const c of f) { out.push(c); map.push(i); }
  }
  map.push(original.length);
  return { original, text: out.join(''), map: Int32Array.from(map) };
}

/** Words an OCR engine produced for common words of the plans, after the letter rules below. */
const WORDS: Record<string, string> = {
  nim: 'nam', niam: 'nam', naam: 'nam', ngiy: 'ngay', cip: 'cap', tip: 'tap', vin: 'van', vian: 'van',
  heng: 'hang', tueng: 'tuong', vei: 'voi', truec: 'truoc', cta: 'cua', ctia: 'cua', caa: 'cua', clia: 'cua',
  cia: 'cua', cila: 'cua', hea: 'hoa', hoaa: 'hoa', haa: 'hoa', heaa: 'hoa', hoea: 'hoa', heoa: 'hoa', xo: 'xa',
  cec: 'cac', ceng: 'cong', cep: 'cap', mei: 'moi', nguen: 'nguon', huoeng: 'huong', hueng: 'huong', nuoe: 'nuoc',
  phei: 'phoi', img: 'ung', ing: 'ung', tng: 'ung', mg: 'ung',
};

function fixWord(w: string, allUpper: boolean): string {
  if (!/[a-z]/.test(w)) return w;
  if (allUpper) return /^p[aeiouy]/.test(w) && w.length >= 3 ? `d${w.slice(1)}` : w;
  let t = w.replace(/w/g, 'u').replace(/&/g, 'o').replace(/€/g, 'e').replace(/(?<=[a-z])¢/g, 'o').replace(/¢/g, 'c').replace(/@/g, 'd');
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

const WORD = /[a-z0-9&€¢@]+/g;
/** Two-word confusions, replaced by strings of the same length (the map stays valid). */
const PHRASES: [RegExp, string][] = [
  [/\btrung tim\b/g, 'trung tam'],
  [/\bthanh phe\b/g, 'thanh pho'],
];

export function foldOcr(plain: Folded): Folded {
  const { original, text, map } = plain;
  const out: string[] = [];
  const outMap: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) { out.push(text[i]!); outMap.push(map[i]!); }
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0];
    copy(last, start);
    let upper = 0;
    let letters = 0;
    for (let i = start; i < start + word.length; i++) {
      const o = original[map[i]!] ?? '';
      if (/\p{L}/u.test(o)) { letters++; if (o !== o.toLowerCase()) upper++; }
    }
    const raw = original.slice(map[start]!, map[start + word.length - 1]! + 1);
    const fixed = /^[IVXL][IVXL1l|]*$|^[1|][IVX][IVX1l|]*$/.test(raw) ? word.replace(/[1l|]/g, 'i') : fixWord(word, letters >= 2 && upper === letters);
    if (fixed === word) copy(start, start + word.length);
    else for (let i = 0; i < fixed.length; i++) { out.push(fixed[i]!); outMap.push(map[start + Math.min(i, word.length - 1)]!); }
    last = start + word.length;
  }
  copy(last, text.length);
  outMap.push(original.length);
  let folded = out.join('');
  for (const [re, to] of PHRASES) folded = folded.replace(re, to);
  return { original, text: folded, map: Int32Array.from(outMap) };
}

/** The span of the original text that folded characters [start, end) came from. */
export function toOriginal(f: Folded, start: number, end: number): Span {
  if (end <= start) { const at = f.map[start] ?? f.original.length; return { start: at, end: at }; }
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
  return s.normalize('NFC').replace(/[*#_`]+/g, ' ').replace(/\s+/g, ' ').replace(/\s+([,.;:)”])/g, '$1').replace(/([“(])\s+/g, '$1').trim();
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
