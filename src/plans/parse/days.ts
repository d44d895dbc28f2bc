/**
 * The commemorative days activities are tied to: `Ngày Sách và Văn hóa đọc Việt Nam - 21/4`,
 * `(23/4)`, a known day named without its date, and Lifelong Learning Week (`Tuần lễ hưởng ứng
 * học tập suốt đời`, which OCR reads as `Tuan 18 hudng tng …`). Codes are `d/m`; the Week is
 * given by its name. In order of first mention.
 */
import { originalText, toOriginal, type Folded } from './normalise.ts';
import type { ParsedDay } from './types.ts';

export const LEARNING_WEEK = 'Tuần lễ hưởng ứng học tập suốt đời';

const KNOWN: { code: string; name: string; re: RegExp }[] = [
  { code: '19/4', name: 'Ngày Văn hóa các dân tộc Việt Nam', re: /\bngay\s+van\s+hoa\s+cac\s+dan\s+toc(?:\s+viet\s+nam)?\b/g },
  { code: '21/4', name: 'Ngày Sách và Văn hóa đọc Việt Nam', re: /\bngay\s+sach\s+(?:va\s+)?van\s+hoa\s+doc|\bngay\s+sach\s+viet\s+nam\b/g },
  { code: '23/4', name: 'Ngày Sách và Bản quyền thế giới', re: /\bngay\s+sach\s+va\s+ban\s+quyen/g },
  { code: '18/5', name: 'Ngày Quốc tế Bảo tàng', re: /\bngay\s+(?:qu\w{1,2}c\s+te\s+)?bao\s+tang/g },
  { code: '10/10', name: 'Ngày Chuyển đổi số quốc gia', re: /\bngay\s+chuyen\s+doi\s+so\s+qu\w{1,2}c\s+gia|\bngay\s+chuyen\s+doi\s+so\b/g },
  { code: '23/11', name: 'Ngày Di sản văn hóa Việt Nam', re: /\bngay\s+di\s+san\s+van\s+hoa(?:\s+viet\s+nam)?\b/g },
];
const WEEK = /\btu\w{1,2}n\s+(?:le\s+|lo\s+|18\s+|1e\s+|l\s+)?(?:h[a-z']{1,6}\s+[a-z]{1,3}\s+)?hoc\s+tap\s+suot\s+doi/g;
const DATED = /\bngay\s+([a-z][a-z ']{2,60}?)\s*[-(:]?\s*(\d{1,2})\s*\/\s*(\d{1,2})\b(?!\s*\/\s*\d)/g;

export function readDays(f: Folded, from: number, to: number): ParsedDay[] {
  const text = f.text.slice(0, to);
  const found: (ParsedDay & { at: number })[] = [];
  const add = (d: ParsedDay, at: number) => {
    if (at >= from) found.push({ ...d, at });
  };
  for (const m of text.matchAll(DATED)) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const code = `${day}/${month}`;
    const known = KNOWN.find((k) => k.code === code);
    const nameEnd = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    add({ code, name: known?.name ?? originalText(f, m.index, nameEnd), day, month, span: toOriginal(f, m.index, m.index + m[0].length) }, m.index);
  }
  for (const k of KNOWN) {
    for (const m of text.matchAll(k.re)) {
      const [d, mo] = k.code.split('/').map(Number);
      add({ code: k.code, name: k.name, day: d ?? null, month: mo ?? null, span: toOriginal(f, m.index, m.index + m[0].length) }, m.index);
    }
  }
  for (const m of text.matchAll(WEEK)) {
    add({ code: LEARNING_WEEK, name: LEARNING_WEEK, day: null, month: null, span: toOriginal(f, m.index, m.index + m[0].length) }, m.index);
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(`${d.code}@${d.span.start}`) && seen.add(`${d.code}@${d.span.start}`)).map(({ at: _at, ...d }) => d);
}
