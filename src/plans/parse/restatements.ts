/**
 * What a news page says twice: a headline's share given again in the body, lines repeating the headline, the lead,
 * sub-headings restating a sentence — found so its figures are counted once (`parsePlan`).
 */
import { DATELINE } from './datelines.ts';
import { isCaption } from './captions.ts';
import { foldPlain, type Folded, toOriginal } from './normalise.ts';
import type { ParsedTarget } from './types.ts';

/**
 * A headline's share written as a fraction (`Quảng Trạch có 12/18 xã đạt tiêu chí văn hóa`) that the body gives
 * again (`12/18 xã …, chiếm tỷ lệ gần 67%`, read there as its percentage) says nothing new.
 */
export function fractionAgain(text: string, t: ParsedTarget, headEnd: number): boolean {
  const m = /^\s*(\d[\d.]*)\s*\/\s*(\d[\d.]*)/.exec(text.slice(t.valueSpan.start, t.valueSpan.end));
  if (!m) return false;
  const lit = (n: string) => n.replace(/\./g, '\\.');
  return new RegExp(String.raw`(?<![\d.])${lit(m[1]!)}\s*\/\s*${lit(m[2]!)}(?![\d.])`).test(text.slice(headEnd));
}

/**
 * The lines under the headline that repeat it (a caption, the page's own repeat), as spans of the original: the
 * same letters but for a few a scan misread.
 */
export function headlineAgain(f: Folded, headEnd: number): { start: number; end: number }[] {
  const head = f.text.slice(f.text.lastIndexOf('\n', headEnd - 1) + 1, headEnd).trim();
  const out: { start: number; end: number }[] = [];
  if (head.length < 20) return out;
  let at = headEnd;
  for (const line of f.text.slice(headEnd).split('\n')) {
    const t = line.trim();
    if (Math.abs(t.length - head.length) <= 2 && [...head].filter((c, i) => t[i] === c).length >= 0.85 * head.length)
      out.push(toOriginal(f, at, at + line.length));
    at += line.length + 1;
  }
  return out;
}

/**
 * A line printed twice, the second right under the first (a tag page's headline over itself, a caption and its repeat), as
 * spans of the original: the repeat, whose figures the first line gave.
 */
export function linesTwice(f: Folded): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let prev = '';
  let at = 0;
  for (const line of f.text.split('\n')) {
    const t = line.trim();
    if (t !== '') {
      if (t === prev && t.length >= 20 && /\d/.test(t)) out.push(toOriginal(f, at, at + line.length));
      prev = t;
    }
    at += line.length + 1;
  }
  return out;
}

/** The lead of a news item: the first paragraph after the headline that opens with the outlet's tag, `TTO - `, `(NTO) `, `(Baoquangngai.vn)- `. */
export function leadOf(text: string, headEnd: number): { start: number; end: number } | null {
  const m = /\n[ \t]*(?:\([^()\n]{2,30}\)[ \t]*[-–—]?|[A-ZĐ]{2,6}[ \t]*[-–—])[ \t]*[^\n]*/u.exec(text.slice(headEnd, headEnd + 600));
  return m ? { start: headEnd + m.index, end: headEnd + m.index + m[0].length } : null;
}

/** The first paragraph of prose under a headline (not the dateline, a caption or a one-line label): a news item's lead. */
export function firstParagraph(f: Folded, headEnd: number): { start: number; end: number } | null {
  let at = headEnd;
  for (const line of f.text.slice(headEnd, headEnd + 1500).split('\n')) {
    const start = at;
    at += line.length + 1;
    const t = line.trim();
    // (a byline, "Chia sẻ", "Rate this post": a short label)
    if (t === '' || DATELINE.test(t) || isCaption(t) || (t.length <= 40 && !/[.!?…]$/.test(t))) continue;
    // (a list's opening, "… như sau:", or its first item is no lead)
    if (!/[.!?…]$|[.!?]\s/.test(t) || /^[-–—+•*]|^\d{1,2}[.)]\s/.test(t)) return null;
    const o = toOriginal(f, start, start + line.length);
    return { start: o.start, end: o.end };
  }
  return null;
}

/**
 * A sub-heading restates a sentence when its words (not its figures, nor a word a scan misread as one, `c3́p`)
 * are nearly all the sentence's.
 */
export function restates(head: ParsedTarget, body: ParsedTarget): boolean {
  const words = (s: string) =>
    foldPlain(s)
      .text.split(/\s+/)
      .flatMap((w) => (/\d/.test(w) ? [] : (w.match(/[a-z]+/g) ?? [])));
  const own = new Set(words(body.text));
  const said = [...new Set(words(head.text))];
  return said.length > 0 && said.filter((w) => own.has(w)).length >= 0.8 * said.length;
}

/**
 * The sub-headings of a news story: a short line standing alone between blank lines, without a closing stop
 * (`Phổ cập mẫu giáo 100%`, `90% các trường đại học triển khai đại học số`), as spans of the original.
 */
export function subheadings(f: Folded, headEnd: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lines = f.text.slice(headEnd).split('\n');
  let at = headEnd;
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
    // (or between lines of a page that breaks its paragraphs by a single line, after a paragraph's stop or a related link, its
    // words and the next paragraph's opening on a capital: `…người lầm lỗi` / `Số hóa 70% tài liệu cổ, quý hiếm tại các thư
    // viện` / `Theo mục tiêu chương trình đặt ra, đến năm 2025, 70% …`)
    const prev = (lines[i - 1] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    const span = toOriginal(f, at, at + line.length);
    const tight =
      !alone &&
      next !== '' &&
      (prev === '' || /[.!?…]$/.test(prev) || /^[-–•]\s/.test(prev)) &&
      /^\p{Lu}/u.test(f.original.slice(span.start, span.end).trim()) &&
      /^\s*\p{Lu}/u.test(f.original.slice(span.end + 1, span.end + 40));
    if ((alone || tight) && t.length > 0 && t.length <= 100 && !/[.;:,!?…]$/.test(t) && /\d/.test(t)) out.push(span);
    at += line.length + 1;
  }
  return out;
}

/**
 * Words that name no subject of their own after a figure (`100% các …`, `… số …`, `được`, `có`), nor do those of the year it is
 * set for (`… và 42% vào năm 2030`, `38% năm 2025`).
 */
const NO_SUBJECT = new Set(['cac', 'nhung', 'so', 'tong', 'co', 'duoc', 'dat', 'la', 'o', 'cua', 'va', 'tren', 'tai', 'trong', 'he', 'thong', 'vao', 'nam']);

/** The first two words after a target's figure in the original text, folded, of those that name a subject. */
function subjectOf(original: string, t: ParsedTarget): string[] {
  const after = original.slice(t.valueSpan.end, t.valueSpan.end + 40);
  return foldPlain(after.split(/[,;.:()\n]/)[0] ?? '')
    .text.split(/\s+/)
    .filter((w) => /^[a-z]+$/.test(w) && !NO_SUBJECT.has(w))
    .slice(0, 2);
}

/**
 * Whether two targets of one value are about one subject: the words after their figures share one (`100% hệ thống
 * thư viện công cộng` and `100% thư viện công cộng` do; `100% hệ thống thư viện …` and `100% cơ sở giáo dục …` do not).
 * A figure with no words after it (`Phổ cập mẫu giáo 100%`) may be about anything.
 */
export function sameSubject(original: string, a: ParsedTarget, b: ParsedTarget): boolean {
  const x = subjectOf(original, a);
  const y = new Set(subjectOf(original, b));
  return x.length < 2 || y.size < 2 || x.some((w) => y.has(w));
}
