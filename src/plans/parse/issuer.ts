/** Who issued a plan and where: the place before its date and the issuer named in its body or header. */
import { restore, provinceName } from './lexicon.ts';
import { originalText, tidy, toOriginal, type Folded } from './normalise.ts';
import { isUpperAt } from './structure.ts';
import type { Span } from './types.ts';

/** The words just before `, ngày`: a capitalised name (`Hué`, `Quảng Nghiệp`, `Đắk Hà`). */
export function placeBefore(f: Folded, comma: number, ocr: boolean): string | null {
  let i = comma;
  let start = comma;
  for (let n = 0; n < 4; n++) {
    let j = i;
    while (j > 0 && f.text[j - 1] === ' ') j--;
    let k = j;
    while (k > 0 && /[a-z0-9&]/.test(f.text[k - 1]!)) k--;
    if (k === j || !isUpperAt(f, k) || f.text[k - 1] === '/' || f.text[k - 1] === '-') break;
    start = k;
    i = k;
  }
  if (start === comma) return null;
  const raw = originalText(f, start, comma);
  return provinceName(raw) ?? (ocr ? restore(raw, true) : raw);
}

const ISSUER_WORDS = /^(?:uy ban|ubnd|so |phong |trung tam|thu vien|bao tang|bo |hoi |doan |ban |truong )/;
const LEVELS = /(?:^|\s)(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)$/;

export function issuerOf(
  f: Folded,
  head: string,
  bodyStart: number,
  basisEnd: number,
  title: string | null,
  ocr: boolean,
  formal: boolean,
): { name: string; span: Span } | null {
  const text = f.text;
  const region = text.slice(bodyStart, basisEnd);
  const m = [...region.matchAll(/(?:^|[,;.]\s*)([^,;."]{3,90}?)\s+(?:ban\s+hanh|ban|xay\s+dung)\s+k[eo]\s+hoach/g)]
    .filter((x) => ISSUER_WORDS.test(x[1]!.trim()))
    .at(-1);
  let name: string | null = null;
  let span: Span | null = null;
  if (m) {
    const start = bodyStart + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    name = restore(originalText(f, start, end), ocr);
    span = toOriginal(f, start, end);
    const level = LEVELS.exec(m[1]!.trim())?.[1];
    if (level) {
      const own = nameAfterLevel(f, head, level, ocr) ?? nameAfterLevel(f, text.slice(0, basisEnd), level, ocr);
      if (own) name = `${name} ${own}`;
    }
  } else if (formal) {
    const lines = head
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^so\s*:|cong hoa|doc lap|hanh phuc|ngay/.test(l));
    if (lines.length > 0) {
      const at = head.indexOf(lines.at(-1)!);
      const raw = originalText(f, at, at + lines.at(-1)!.length).replace(/\s+(?:Độc|Đ?ộc|Poc|Doc|CỘNG|CONG)\b.*$/i, '');
      name = restore(raw, ocr);
      span = toOriginal(f, at, at + raw.length);
    }
  }
  if (!name && title) return null;
  return name && span ? { name: tidy(name), span } : null;
}

/** In `THANH PHO HUE` or `trên địa bàn huyện Đắk Hà`: the name after the level word. */
function nameAfterLevel(f: Folded, text: string, level: string, ocr: boolean): string | null {
  const blank = (m: string) => ' '.repeat(m.length);
  const region = text.replace(/cong hoa xa h\w{1,3} chu nghia viet nam/g, blank).replace(/\w{1,3}c lap\s*-\s*t\w do\s*-\s*hanh ph\w+/g, blank);
  const re = new RegExp(`(?:^|\\s)${level} ([a-z]+(?: [a-z]+){0,2})`, 'g');
  for (const m of region.matchAll(re)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!isUpperAt(f, start)) continue;
    let words = m[1]!.split(' ');
    let k = start;
    const keep: string[] = [];
    for (const w of words) {
      if (!isUpperAt(f, k)) break;
      keep.push(w);
      k += w.length + 1;
    }
    words = keep;
    if (words.length === 0) continue;
    const raw = originalText(f, start, start + words.join(' ').length);
    return provinceName(raw) ?? (ocr ? restore(raw, true) : raw);
  }
  return null;
}
