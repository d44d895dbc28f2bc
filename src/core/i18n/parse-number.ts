import type { Lang } from './lang.ts';

/** What a person typed into a number field, read: a number, none (the field left empty), or not a number. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

const NOT_A_NUMBER: ParsedNumber = { ok: false };

const DIGITS = /^\d{1,15}$/;

/**
 * A number as a person types it, the inverse of `formatNumber`: "25,5" → 25.5, "1.234,5" → 1234.5, "1.234" → 1234,
 * "1 234,5" (spaces, non-breaking or not) → 1234.5. The language's decimal mark (a comma in Vietnamese, a dot in
 * English) is always a decimal mark; the other one separates thousands when groups of exactly three digits follow it,
 * so "1234.5" → 1234.5 and "1,234" (in English) → 1234. When both marks appear, the last one is the decimal mark.
 * Anything else ("abc", "1,2,3", "12.34.5") is not a number: the caller refuses it beside its field.
 */
export function parseNumber(input: unknown, lang: Lang = 'vi'): ParsedNumber {
  // digits alone, what a file's cells mostly are: the same number in either language, read at once
  if (typeof input === 'string' && DIGITS.test(input)) return { ok: true, value: Number(input) };
  let s = String(input ?? '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (s === '') return { ok: true, value: null };
  let sign = 1;
  if (/^[-+\u2212]/.test(s)) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1).trimStart();
  }
  if (!/^\d[\d., ]*$/.test(s)) return NOT_A_NUMBER;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  if (comma >= 0 && dot >= 0) decimal = comma > dot ? ',' : '.';
  else if (comma >= 0 || dot >= 0) {
    const mark = comma >= 0 ? ',' : '.';
    const once = s.indexOf(mark) === s.lastIndexOf(mark);
    const tail = s.slice(s.lastIndexOf(mark) + 1);
    // a lone mark is decimal unless it is the other language's and exactly three digits follow (and no leading 0)
    if (once && (mark === (lang === 'vi' ? ',' : '.') || !/^\d{3}$/.test(tail) || /^0\D/.test(s))) decimal = mark;
  }
  const at = decimal ? s.lastIndexOf(decimal) : s.length;
  const whole = s.slice(0, at);
  const fraction = decimal ? s.slice(at + 1) : '';
  if (decimal && !/^\d+$/.test(fraction)) return NOT_A_NUMBER;
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size > 1 || (decimal !== null && separators.has(decimal))) return NOT_A_NUMBER;
  if (separators.size === 1) {
    const groups = whole.split([...separators][0]!);
    if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return NOT_A_NUMBER;
  }
  const value = sign * Number(`${whole.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { ok: true, value } : NOT_A_NUMBER;
}
