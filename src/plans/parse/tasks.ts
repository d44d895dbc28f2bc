/**
 * Tasks by responsible agency, from the section "Tổ chức thực hiện": each numbered agency
 * (`1. Sở Văn hóa và Thể thao`, `4. Sở Tài chính: căn cứ …`) and its bullet points; a bullet
 * that ends in a colon takes its sub-points with it; agencies named after "phối hợp với" are
 * the task's collaborators. The closing paragraph ("Trên đây là Kế hoạch …") is not a task.
 */
import { restore } from './lexicon.ts';
import { originalText, toOriginal, type Folded } from './normalise.ts';
import { headingEnd, type Item, type Structure } from './structure.ts';
import type { ParsedTask } from './types.ts';

const SECTION = /to chuc thuc hien|trach nhiem thuc hien|phan cong (?:nhiem vu|thuc hien)/;
const CLOSING = /^(?:tren day|ubnd [^.]{0,40}yeu cau|uy ban [^.]{0,50}yeu cau|de nghi cac|yeu cau cac|trong qua trinh (?:thuc hien|trien khai)|dinh ky)/;
const COLLAB = /phoi hop\s+(?:ch\w{1,2}t\s+ch\w{1,2}\s+)?(?:voi\s+)?((?:[^,;.:()]|,(?=\s*th\w{1,2}\s+thao))+)/g;
const COLLAB_STOP =
  /\s(?:de|trong|trien khai|thuc hien|tham muu|xay dung|tuyen truyen|kip thoi|nghien cuu|to chuc|tich cuc|dam bao|huong dan|chi dao|trong viec|va ubnd|va uy ban|tiep tuc)\b/;
const AGENCY = /^(?:cac\s+)?(?:so|phong|uy ban|ubnd|trung tam|hoi|doan|co quan|don vi|bo|ban|to|nganh|thu vien|bao tang|nha truong|truong|cong an|dai|bao)\b/;

export function readTasks(f: Folded, st: Structure, tail: number, ocr: boolean): ParsedTask[] {
  const section = st.sections.filter((s) => SECTION.test(s.title)).at(-1) ?? nestedSection(f, st);
  if (!section) return [];
  const items = section.items.filter((it) => it.start < tail);
  const numbered = items.filter((it) => it.marker === 'number' || it.marker === 'letter');
  const level = Math.min(...numbered.map((it) => it.level));
  const agencies =
    numbered.length > 0
      ? numbered.filter((it) => it.level === level)
      : items.filter((it) => it.marker === 'dash' && /^[^.;]{3,100}:/.test(f.text.slice(it.bodyStart, it.end)));
  const out: ParsedTask[] = [];
  agencies.forEach((a, n) => {
    const next = agencies[n + 1];
    const stop = Math.min(next ? next.start : section.end, tail);
    const hEnd = headingEnd(f, a);
    const agencyStart = a.bodyStart + (/^de nghi\s+/.exec(f.text.slice(a.bodyStart, hEnd))?.[0].length ?? 0);
    const agency = restore(originalText(f, agencyStart, hEnd), ocr).replace(/[:.]$/, '');
    const agencySpan = toOriginal(f, agencyStart, hEnd);
    const add = (start: number, end: number) => {
      let s = start;
      while (/[\s:.,;]/.test(f.text[s] ?? '') && s < end) s++;
      const text = originalText(f, s, end).replace(/\s*\.\/\.\s*$/, '.');
      if (text.length < 3) return;
      out.push({ agency, text, collaborators: collaborators(f, s, end, ocr), span: toOriginal(f, s, end), agencySpan });
    };
    if (hEnd < a.end) add(hEnd, a.end);
    const children = items.filter((it) => it.start > a.start && it.start < stop);
    let marked = false;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      const body = f.text.slice(c.bodyStart, c.end).trim();
      if (c.marker === 'none' && (marked || CLOSING.test(body))) break;
      if (c.marker !== 'none') marked = true;
      let end = c.end;
      if (/:$/.test(body)) {
        while (children[i + 1] && children[i + 1]!.level > c.level && children[i + 1]!.marker !== 'none') end = children[++i]!.end;
      }
      add(c.bodyStart, end);
    }
  });
  return out;
}

/** A plan numbered without Roman sections: "5. Tổ chức thực hiện" and the items below it. */
function nestedSection(f: Folded, st: Structure): { end: number; items: Item[] } | null {
  let at = -1;
  st.items.forEach((it, i) => {
    if (it.marker !== 'none' && it.marker !== 'dash' && SECTION.test(f.text.slice(it.bodyStart, headingEnd(f, it)))) at = i;
  });
  const head = st.items[at];
  if (!head) return null;
  const items: Item[] = [];
  for (const it of st.items.slice(at + 1)) {
    if (it.level <= head.level && it.marker !== 'none') break;
    items.push(it);
  }
  return { end: items.at(-1)?.end ?? head.end, items };
}

function collaborators(f: Folded, start: number, end: number, ocr: boolean): string[] {
  const text = f.text.slice(start, end).replace(/\n/g, ' ');
  const out: string[] = [];
  for (const m of text.matchAll(COLLAB)) {
    let name = m[1]!;
    const stop = COLLAB_STOP.exec(name);
    if (stop) name = name.slice(0, stop.index);
    name = name.trim().slice(0, 90).trim();
    if (name.length < 3 || !AGENCY.test(name)) continue;
    const at = start + m.index + m[0].length - m[1]!.length;
    out.push(restore(originalText(f, at, at + name.length), ocr));
  }
  return [...new Set(out)];
}
