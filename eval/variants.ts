/**
 * The forms a document reaches the reader in: clean, without diacritics (a scan or a plain-ASCII
 * copy that lost them), and OCR-damaged (marks lost or misread, Đ read as P or D, ư as w, a few
 * letters read as digits), made deterministically so the figures repeat run after run.
 */
export type Variant = 'clean' | 'stripped' | 'ocr';
export const VARIANTS: Variant[] = ['clean', 'stripped', 'ocr'];

export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A small linear congruential generator: the same damage for the same text. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const WRONG_MARKS = ['\u0301', '\u0300', '\u0303', '\u0309', ''];

export function ocrDamage(s: string, seed = 22): string {
  const rnd = random(seed);
  const out: string[] = [];
  const chars = [...s.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1] ?? ' ';
    const wordStart = !/\p{L}/u.test(prev);
    if (/[\u0300-\u036f]/.test(c)) {
      // The breve and horn (ă, ư, ơ) are lost; a tone mark is dropped or misread.
      if (c === '\u031b' && chars[i - 1] === 'u' && rnd() < 0.4) {
        out[out.length - 1] = 'w';
        continue;
      }
      const r = rnd();
      if (c === '\u0306' || c === '\u031b' || c === '\u0302') continue;
      out.push(r < 0.5 ? '' : WRONG_MARKS[Math.floor(rnd() * WRONG_MARKS.length)]!);
      continue;
    }
    if (c === 'Đ') {
      out.push(wordStart && rnd() < 0.5 ? 'P' : 'D');
      continue;
    }
    if (c === 'đ') {
      out.push('d');
      continue;
    }
    // A letter read as a digit inside a lower-case word (o → 0/6, a → 3), now and then.
    if (!wordStart && /[oa]/.test(c) && /\p{Ll}/u.test(prev) && rnd() < 0.02) {
      out.push(c === 'o' ? (rnd() < 0.5 ? '0' : '6') : '3');
      continue;
    }
    out.push(c);
  }
  return out.join('').normalize('NFC');
}

export function variantOf(text: string, v: Variant): string {
  return v === 'clean' ? text : v === 'stripped' ? stripDiacritics(text) : ocrDamage(text);
}
