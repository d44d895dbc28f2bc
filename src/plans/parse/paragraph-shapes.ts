/**
 * What the shape of a sentence or a paragraph tells of its figures: what there is (`Có …`, `toàn tỉnh có …`, `… có 10 hội`),
 * a review looking back (`Sau 10 năm thực hiện …`, `Đến năm 2023, …`, a figure weighed against the year before) or turning
 * ahead (`thời gian tới`), a field turned to, a period named before (`trong giai đoạn này`), and a page's repeats and
 * captions. Read by targets.ts.
 */
import type { Item } from './structure.ts';
import { scanYears } from './year-tokens.ts';

/** A sentence opening on `Có` and a count (`Có hơn 275.000 hộ gia đình …`, not a share): what there is. */
export const OPENS_ON_WHAT_IS = /^\W*co\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?\d[\d.]*\s+[a-z]/;

/** The whole place, then `có` and a figure, anywhere in the sentence: `…, năm 2025, toàn tỉnh có 88,2% gia đình …`. */
export const WHOLE_HAS = /\btoan\s+(?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)\s+(?:hien\s+)?co\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?\d/;
/** A paragraph opening on the field it turns to: `Đối với giáo dục phổ thông, …`, `Về giáo dục đại học, …`. */
export const TURNS_TO_FIELD = /^\W*(?:doi voi|ve)\s+(?!co ban\b)[^,:.;\n]{3,60}[,:]/;
/** A paragraph opening on a share, as an item of a list goes on: `Trên 90% cấp huyện …; 100% xã …`. */
export const OPENS_ON_SHARE = /^\W*(?:(?:tren|tu|hon|gan|khoang|co|dat)\s+)?\d{1,3}(?:[.,]\d+)?\s*%/;

/**
 * A figure weighed against the year before, or the same part of the year before (`tăng 19% so với năm 2023` in a sentence of
 * 2024, or after it; `so với cùng kỳ`, `so với năm trước`, `so với quý trước`), or against ordinary days (`tăng khoảng 40% so
 * với ngày thường`, a holiday's crowd): a measure of what was, as reports give it. A plan weighs its aims
 * against the base year of its period (`đến năm 2025 tăng 20% so với năm 2020`), not the year before, and a dated plan's
 * own year or a later one is its aim's.
 */
// (or against the start of the term or of the year, `645 hội viên tăng 340% so với đầu nhiệm kỳ`: a term's review)
const YEAR_ON_YEAR = /\bso voi\s+(?:cung ky\b|(?:nam|ky|quy|thang) truoc\b|nam ngoai\b|ngay thuong\b|dau (?:nhiem ky|nam)\b|nam\s+(20\d\d)\b)/;
export function yearOnYear(text: string, years: { year: number }[], carried: number | null, dateYear: number | null): boolean {
  const m = YEAR_ON_YEAR.exec(text);
  if (!m) return false;
  const own = years.map((y) => y.year).filter((y) => y !== Number(m[1]));
  const year = own.length > 0 ? Math.max(...own) : carried;
  if (dateYear !== null && year !== null && year >= dateYear) return false;
  return m[1] === undefined || year === Number(m[1]) + 1;
}
/** A span of years looked back on, opening a sentence: `Sau 10 năm thực hiện …`, `Qua hơn 5 năm triển khai …`. */
export const SPAN_BACK = /^\W*(?:sau|qua)\s+(?:hon\s+)?\d+\s+nam\s+(?:thuc hien|trien khai)\b/;
/**
 * A point reached, opening a sentence of a review: `Đến năm 2023, toàn tỉnh có …` (after a photo's caption the sentence
 * may run on from, `… phát biểu tại hội nghị. | Đến năm 2023, …`).
 */
// (a field may stand before it, `Về nâng cao năng lực người dân, đến hết năm 2024, có 84,47% …`)
export const REACHED = /(?:^|[.!?]\s)\W*(?:(?:ve|doi voi)\s+[^,.;:]{3,60},\s*)?den\s+(?:het\s+)?nam\s+20\d\d\s*,/;
/** What lies ahead: `thời gian tới`, `giai đoạn tới`, `những năm tới` (the review turns to its aims). */
export const AHEAD = /\b(?:thoi gian|giai doan|nhung nam|nam)\s+toi\b/;

/** A subject, then what it has: `Hội Khuyến học quận Bình Tân có 10 hội …`, `toàn huyện có 45 chi hội …`. */
export const HAS = /^\W*[^.;:\d%]{0,80}?\bco\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?\d/;

/** `trong giai đoạn này` before a paragraph's first figure: the last year of the period named last before it, if any. */
export function thisPeriod(text: string, start: number, end: number): number | null {
  const head = text.slice(start, end);
  const at = /\btrong (?:giai doan|thoi ky) nay\b/.exec(head);
  if (!at || /\d/.test(head.slice(0, at.index))) return null;
  return (
    scanYears(text.slice(0, start))
      .filter((y) => y.period)
      .sort((a, b) => a.start - b.start)
      .at(-1)?.year ?? null
  );
}

/** A paragraph of prose that the paragraph above ends with, word for word (at least 40 letters): a page's repeat. */
export function repeatsAbove(text: string, items: Item[], i: number): boolean {
  const it = items[i]!;
  if (i === 0 || it.marker !== 'none') return false;
  const body = text.slice(it.bodyStart, it.end).trim();
  const above = items[i - 1]!;
  return body.length >= 40 && text.slice(above.bodyStart, above.end).trim().endsWith(body);
}

/**
 * A paragraph of prose (at least 60 letters after an opening year, `Năm 2024, …`) that another paragraph holds word for
 * word: a page's lead above the agency's tag, given again in the body. The one that holds more is read.
 */
export function givenAgain(text: string, items: Item[], i: number): boolean {
  const it = items[i]!;
  if (it.marker !== 'none') return false;
  const body = text.slice(it.bodyStart, it.end).trim();
  // (a lead cut with an ellipsis, `… ở cơ quan UBND phường và Công an phường…`, is given again whole)
  const core = body.replace(/^(?:(?:den|vao|trong)\s+)?nam\s+20\d\d\s*,\s*/, '').replace(/\s*(?:…|\.{2,})$/, '');
  if (core.length < 60) return false;
  return items.some((o, j) => {
    if (j === i || o.marker !== 'none') return false;
    const other = text.slice(o.bodyStart, o.end).trim();
    return other.includes(core) && (other.length > body.length || j < i);
  });
}

/** An item opening on a line of its own (blank lines around it) without a stop, a colon, a year or a share: a caption, not a heading. */
export function standsAlone(text: string, it: Item): boolean {
  const nl = text.indexOf('\n', it.bodyStart);
  if (nl < 0 || nl >= it.end || text[nl + 1] !== '\n') return false;
  const first = text.slice(it.bodyStart, nl).trim();
  return (
    first.length >= 20 &&
    first.length <= 120 &&
    !/[.;:,!?…]$/.test(first) &&
    !/%|\b(?:19|20)\d\d\b/.test(first) &&
    /^\n/.test(text.slice(it.start - 1, it.start))
  );
}

/** A time before a year opening a clause (`…, trước năm 2025, …`): what stood then, not a deadline (`hoàn thành trước năm 2025`). */
export const BEFORE_YEAR = /(?:^|[,;:(]\s*)\W*truoc\s+nam\s+20\d\d\s*,/;
