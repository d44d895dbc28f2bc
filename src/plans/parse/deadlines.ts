/**
 * Deadlines: `trước ngày 10/11 hàng năm` (recurring), `(trước ngày 05/10/2025)` (one-off),
 * `trước ngày 15 tháng 12`; the report deadline is the one a sentence about reporting sets
 * (the closing sentence, usually). Reviews: `sơ kết vào năm 2025`, `tổng kết … năm 2030`.
 */
import { toOriginal, type Folded } from './normalise.ts';
import type { Deadline, Review } from './types.ts';

const DEADLINE = /\btruoc\s+ngay\s+(\d{1,2})\s*(?:\/|-|thang)\s*(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?/g;
const RECURRING_AFTER = /^\s*\)?\s*,?\s*(?:cua\s+)?(?:hang|moi)\s+nam\b/;
const RECURRING_BEFORE = /(?:dinh ky|hang nam|moi nam)[^.]{0,160}$/;
const REPORT = /bao\s+cao/;

export function readDeadlines(f: Folded, from: number, to: number): { deadlines: Deadline[]; reviews: Review[]; report: Deadline | null } {
  const text = f.text.slice(0, to).replace(/\n/g, ' ');
  const deadlines: Deadline[] = [];
  DEADLINE.lastIndex = from;
  for (const m of text.matchAll(DEADLINE)) {
    if (m.index < from) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const year = m[3] ? Number(m[3]) : null;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 30);
    const sentenceStart = Math.max(text.lastIndexOf('. ', m.index), text.lastIndexOf(';', m.index), from);
    const before = text.slice(sentenceStart, m.index);
    const recurring = year === null && (RECURRING_AFTER.test(after) || RECURRING_BEFORE.test(before));
    const nextStop = text.indexOf('.', end);
    const sentence = text.slice(sentenceStart, nextStop < 0 ? text.length : nextStop);
    const recurringEnd = RECURRING_AFTER.exec(after);
    deadlines.push({
      day,
      month,
      year,
      recurring,
      purpose: REPORT.test(sentence) ? 'report' : 'other',
      span: toOriginal(f, m.index, end + (recurringEnd ? recurringEnd[0].length : 0)),
    });
  }
  const reviews: Review[] = [];
  const body = text.slice(from);
  for (const [type, re] of [
    ['preliminary', /\bso\s+ket\b[^.;]{0,80}?\bnam\s+(20\d\d)/g],
    ['final', /\bt[oe]ng\s+ket\b[^.;]{0,160}?\bnam\s+(20\d\d)/g],
  ] as const) {
    for (const m of body.matchAll(re)) {
      if (reviews.some((r) => r.type === type)) break;
      reviews.push({ type, year: Number(m[1]), span: toOriginal(f, from + m.index, from + m.index + m[0].length) });
    }
  }
  const reports = deadlines.filter((d) => d.purpose === 'report');
  const report = reports.find((d) => d.recurring) ?? reports.at(-1) ?? null;
  return { deadlines, reviews, report };
}
