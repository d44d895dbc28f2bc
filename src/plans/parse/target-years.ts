/** Which year a target's values inherit: the years that govern, the headings that set one, the clauses a new year opens. */
import type { Folded } from './normalise.ts';
import type { Item } from './structure.ts';
import type { ValueToken } from './value-token.ts';
import type { YearToken } from './year-tokens.ts';

/**
 * The years that govern what follows them: "100% cán bộ … quán triệt … xây dựng xã hội học tập giai đoạn
 * 2021 – 2030; 70% gia đình …" — a period after a value names the span of that value's subject; it sets
 * no year for the values after it.
 */
export const governing = (years: YearToken[], values: ValueToken[]) => years.filter((y) => !(y.period && values.some((v) => v.end <= y.start)));

/** A heading an item's values inherit their year from: `Mục tiêu chủ yếu đến năm 2025`, `a) Đến năm 2025:`. */
export const isHeading = (text: string) => /:\s*$/.test(text) || (text.length <= 160 && !/[.;,]\s*$/.test(text));
/** An unmarked paragraph ranks just above the dashes under it, so a heading paragraph governs its list. */
export const rank = (it: Item) => (it.marker === 'none' ? 4.5 : it.level);

/**
 * A line without a marker, a figure or a year between two bullets of one list ("Xem thêm: …", a
 * caption) interrupts the list without ending it: the heading above the list still governs what follows.
 */
export function interjection(f: Folded, items: Item[], i: number): boolean {
  const it = items[i]!;
  const before = items[i - 1];
  const after = items[i + 1];
  if (it.marker !== 'none' || !before || !after || before.marker !== after.marker || (before.marker !== 'dash' && before.marker !== 'plus')) return false;
  const text = f.text.slice(it.bodyStart, it.end);
  return !/%|\b20\d\d\b/.test(text) && !/[:]\s*$/.test(text.trim());
}

/** `…; đến năm 2030, đạt …`: a clause that sets a new year reads like a sentence of its own. */
export function clauses(text: string, s: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /;\s*(?=(?:va\s+)?(?:den|toi|het)\s+nam\s+20\d\d)/g;
  re.lastIndex = s.start;
  let start = s.start;
  for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out;
}
