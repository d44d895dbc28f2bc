/**
 * The skeleton of a plan, read from the folded text: lines → items (a heading `I.`, `1.`, `a)`,
 * a bullet `-`/`+`, or an unmarked paragraph, each running over its wrapped lines) → sections
 * (between Roman headings) and sentences. All offsets are in the folded text.
 */
import type { Folded } from './normalise.ts';

export type Marker = 'roman' | 'number' | 'letter' | 'dash' | 'plus' | 'none';

export interface Item {
  marker: Marker;
  /** `II`, `2.1`, `a` … ('' for bullets and paragraphs). */
  label: string;
  /** roman 1, number 2 (+1 per sub-level), letter 4, dash/paragraph 5, plus 6. */
  level: number;
  start: number;
  /** Where the text after the marker starts. */
  bodyStart: number;
  end: number;
}

export interface Section {
  label: string;
  /** Folded heading text, e.g. `to chuc thuc hien`. */
  title: string;
  start: number;
  end: number;
  /** Index range of the section's items (heading excluded). */
  items: Item[];
}

export interface Structure {
  items: Item[];
  sections: Section[];
}

const ROMAN = /^([ivx|]{1,5})\s*[.:]\s*(?=\S)/;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(?=\S)/;
const LETTER = /^([a-z]|¢)\)\S?\s*/;
const DASH = /^[-•]\s*/;
const PLUS = /^\+\s*/;

function marker(line: string): { marker: Marker; label: string; level: number; length: number } {
  let m = ROMAN.exec(line);
  if (m) return { marker: 'roman', label: m[1]!.replace(/\|/g, 'i').toUpperCase(), level: 1, length: m[0].length };
  m = NUMBER.exec(line);
  if (m) return { marker: 'number', label: m[1]!, level: 1 + m[1]!.split('.').length, length: m[0].length };
  m = LETTER.exec(line);
  if (m) return { marker: 'letter', label: m[1] === '¢' ? 'c' : m[1]!, level: 4, length: m[0].length };
  m = DASH.exec(line);
  if (m) return { marker: 'dash', label: '', level: 5, length: m[0].length };
  m = PLUS.exec(line);
  if (m) return { marker: 'plus', label: '', level: 6, length: m[0].length };
  return { marker: 'none', label: '', level: 5, length: 0 };
}

export function isUpperAt(f: Folded, i: number): boolean {
  const o = f.original[f.map[i] ?? -1] ?? '';
  return o !== o.toLowerCase();
}

export function readStructure(f: Folded): Structure {
  const text = f.text;
  const lines: { start: number; end: number; blankBefore: boolean }[] = [];
  let blanks = 0;
  let pos = 0;
  let blankBefore = false;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (end > pos) lines.push({ start: pos, end, blankBefore });
    if (nl < 0) break;
    blankBefore = text[nl + 1] === '\n';
    if (blankBefore) blanks++;
    pos = nl + (blankBefore ? 2 : 1);
  }
  // A document with a blank line after most lines (a converted DOCX) says nothing with blank lines.
  const doubleSpaced = blanks > lines.length * 0.5;
  const items: Item[] = [];
  let current: Item | null = null;
  let prevEnd = '';
  for (const line of lines) {
    const s = text.slice(line.start, line.end);
    if (/^\d{1,3}\s*$/.test(s)) continue; // a page number
    let m = marker(s);
    // (a lettered heading with a stop, `a. Xóa mù chữ …:`: a lower-case letter, then a capital; `A. NHỮNG CĂN CỨ` stays a paragraph)
    const dotted = m.marker === 'none' ? /^([a-z])\.[ \t]+(?=\S)/.exec(s) : null;
    if (dotted && !isUpperAt(f, line.start) && isUpperAt(f, line.start + dotted[0].length))
      m = { marker: 'letter', label: dotted[1]!, level: 4, length: dotted[0].length };
    const upper = isUpperAt(f, line.start + m.length);
    // (in a double-spaced text, a short line before the blank still ends its paragraph: a wrapped line runs
    // the page's width; a caption or a heading under a photo does not)
    // (a line in lower case after a blank line and a closed sentence opens matter of its own too: a site's tag over a related
    // story, `… “Công dân học tập”.` / blank / `khuyến học` / `Phong trào học tập suốt đời …`; a sentence that runs on over a
    // blank line had no stop before it)
    const newParagraph =
      m.marker === 'none' &&
      ((upper && (/[.:!?]$/.test(prevEnd) || (line.blankBefore && (!doubleSpaced || prevEnd.length < 48)))) ||
        (line.blankBefore && /[.!?]["'”’)]*$/.test(prevEnd) && /^[a-z]/.test(s)));
    if (m.marker !== 'none' || newParagraph || !current) {
      if (current) items.push(current);
      current = { marker: m.marker, label: m.label, level: m.level, start: line.start, bodyStart: line.start + m.length, end: line.end };
    } else current.end = line.end;
    prevEnd = s.trimEnd();
  }
  if (current) items.push(current);
  return { items, sections: sectionsOf(text, items) };
}

function sectionsOf(text: string, items: Item[]): Section[] {
  const sections: Section[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.marker !== 'roman') continue;
    const last = sections.at(-1);
    if (last) last.end = it.start;
    sections.push({ label: it.label, title: text.slice(it.bodyStart, it.end).replace(/\s+/g, ' ').trim(), start: it.start, end: text.length, items: [] });
  }
  for (const s of sections) s.items = items.filter((it) => it.start > s.start && it.start < s.end);
  return sections;
}

/** The heading of an item: its first line plus lines that continue it in lower case, up to a colon. */
export function headingEnd(f: Folded, it: Item): number {
  const text = f.text;
  let end = text.indexOf('\n', it.bodyStart);
  if (end < 0 || end > it.end) end = it.end;
  const colon = text.indexOf(':', it.bodyStart);
  if (colon >= 0 && colon < end) return colon;
  while (end < it.end) {
    let next = end;
    while (text[next] === '\n') next++;
    if (isUpperAt(f, next) || !/[a-z]/.test(text[next] ?? '')) break;
    const nl = text.indexOf('\n', next);
    const lineEnd = nl < 0 || nl > it.end ? it.end : nl;
    const c = text.indexOf(':', next);
    if (c >= 0 && c < lineEnd) return c;
    end = lineEnd;
  }
  return end;
}

/**
 * A full stop a scan read as a comma or lost: `… cho người sử dụng thư viện, Đến năm 2030, đạt 60% …`, `… các chỉ tiêu tương
 * ứng Đến năm 2025, …` — after a word in lower case, a capitalised `Đến năm …` or `Phấn đấu`, words that open a plan's
 * sentence and are no name, opens one.
 */
const STOP_LOST = /^,? (?:den (?:het )?nam 20\d\d|phan dau\b)/;

/** Sentences of [start, end): split after `.`, `!`, `?` followed by a capital letter (and where a scan lost a stop). */
export function sentences(f: Folded, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = f.text;
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if ((c === ',' || c === ' ') && /[a-z]/.test(text[i - 1] ?? '') && STOP_LOST.test(text.slice(i, i + 24)) && isUpperAt(f, i + (c === ',' ? 2 : 1))) {
      out.push({ start: s, end: c === ',' ? i + 1 : i });
      s = c === ',' ? i + 2 : i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    if (text[j] !== ' ' && text[j] !== '\n') {
      // (a page's lost space, `… phát triển văn hóa.Đặt mục tiêu …`: a capitalised word glued to a full stop after a word in
      // lower case opens a sentence; an abbreviation, `TP.HCM`, `ThS.Nguyễn`, has a capital right before its stop)
      if (c === '.' && /[a-z]/.test(text[i - 1] ?? '') && !isUpperAt(f, i - 1) && isUpperAt(f, j) && /[a-z]/.test(text[j + 1] ?? '') && !isUpperAt(f, j + 1)) {
        out.push({ start: s, end: i + 1 });
        s = j;
      }
      continue;
    }
    while (text[j] === ' ' || text[j] === '\n' || text[j] === '"' || text[j] === '(') j++;
    // A new sentence opens with a capital, or with a figure (`… vào năm 2030. 60% cán bộ …`).
    if (j < end && (isUpperAt(f, j) || (/\d/.test(text[j]!) && /^\d+(?:,\d+)?\s*%/.test(text.slice(j, j + 8))))) {
      out.push({ start: s, end: i + 1 });
      s = j;
    }
  }
  if (s < end) out.push({ start: s, end });
  return out.flatMap((x) => (x.end - x.start > LONGEST_SENTENCE ? cutLong(text, x.start, x.end) : [x]));
}

/**
 * The longest a sentence is read as one (characters). Real sentences stay far below it, lists of clauses included; a text
 * without a stop in it (a table flattened by a converter, a scan read without punctuation) would otherwise be one sentence
 * that every rule looking back over its clause reads again from its start, a cost growing with the square of its length.
 */
export const LONGEST_SENTENCE = 4000;

/** A run of text longer than a sentence can be, cut at the last line break, `;` or space before each limit. */
function cutLong(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  while (end - s > LONGEST_SENTENCE) {
    const window = text.slice(s, s + LONGEST_SENTENCE);
    const at = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(';'), window.lastIndexOf(' '));
    const cut = at > 0 ? s + at + 1 : s + LONGEST_SENTENCE;
    out.push({ start: s, end: cut });
    s = cut;
  }
  out.push({ start: s, end });
  return out;
}
