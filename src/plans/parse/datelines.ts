/**
 * The furniture of a news page around its headline, read in the folded text: the dateline
 * (`Thứ Hai, 30/10/2017, 12:08 [GMT+7]`), the weekday that opens one, and a portal's section name
 * standing above the dateline and the headline.
 */
/** A page's menu or banner above its headline: short items set apart by bullets (`DÒNG SỰ KIỆN. * ĐẠI DỊCH COVID-19 * …`). */
export const isMenu = (line: string): boolean => /^(?:[^*•»·\n]{1,60}[*•»·]){2,}[^*•»·\n]{0,60}$/.test(line.trim());

/** A weekday: `, ngày …` after it is a web page's dateline (`Thứ 6, Ngày 05/08/2022`), not a document's date. */
export const WEEKDAY = /\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\s*$/;

/**
 * A news page's dateline on a line of its own: `16/03/2017 14:03 GMT+7`, `18:33, 09/10/2019`,
 * `Thứ Hai, 30/10/2017, 12:08 [GMT+7]`, `Thứ 6, Ngày 05/08/2022, 13:00`, `Thứ Bảy, ngày 23 tháng 11 năm 2024`,
 * `21/10/2021 - 11:53`, `16/09/2019 | 08:29 GMT+7`, `22:25 | 30/07/2021 GMT+7`, `26/10/2010, 10:28 (GMT+7)`, a weekday in another language with
 * its time, `Wednesday, 26/01/2022 - 14:47|`
 * (in words only after a weekday: a document's own `ngày … tháng … năm …` follows its place).
 */
export const DATELINE =
  /^[ \t]*(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat),?[ \t]*|[a-z]{5,12},[ \t]*(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[ \t]*[-–|,][ \t]*\d{1,2}:\d{2}))?(?:\d{1,2}:\d{2}(?:,|[ \t]+\|)?[ \t]*)?(?:ngay[ \t]+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?<=(?:thu|chu)\s+\S+,?[ \t]*ngay[ \t]+)\d{1,2}[ \t]+thang[ \t]+\d{1,2}[ \t]+nam[ \t]+\d{4})(?:,?[ \t]*(?:[-–|][ \t]*)?\d{1,2}:\d{2})?(?:[ \t]*[[(]?gmt[ \t]*\+[ \t]*\d{1,2}[\])]?)?[ \t]*\|?[ \t]*(?=\n|$)/;

/** A time, then the day with its month in words: `08:51, 21 Tháng Mười Hai 2021` (a document's date has no time before it). */
const DATELINE_WORDS =
  /^[ \t]*\d{1,2}:\d{2},?[ \t]*\d{1,2}[ \t]+thang[ \t]+(?:muoi[ \t]+(?:mot|hai)|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi|gieng|chap|\d{1,2})[ \t]+(?:nam[ \t]+)?\d{4}[ \t]*(?=\n|$)/;

/** Whether a line of the folded text is a news page's dateline. */
export const isDateline = (line: string): boolean => DATELINE.test(line) || DATELINE_WORDS.test(line);

/**
 * Where the headline starts when a short line without a figure or a stop (the page's section, `Tầm nhìn`) stands above
 * a line that a dateline follows: the start of that line, else 0.
 */
export function labelAbove(text: string): number {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const l of text.slice(0, 600).split('\n')) {
    if (l.trim() !== '') lines.push({ start: at + l.search(/\S/), text: l.trim() });
    at += l.length + 1;
    if (lines.length === 3) break;
  }
  const [label, head, date] = lines;
  if (!label || !head || !date) return 0;
  if (label.text.length > 40 || /[\d.;:,!?]/.test(label.text)) return 0;
  if (head.text.length > 200 || /[.;:,]$/.test(head.text)) return 0;
  return isDateline(date.text) ? head.start : 0;
}

/**
 * Where the headline starts when the page's section stands alone above it, without a dateline (`Văn hoá đời sống` / `Quận Hai
 * Bà Trưng: Gia đình học tập đạt tỷ lệ 83,07%` / the lead): a name of one to four words without a figure or a stop, a blank
 * line, a longer line without a closing stop, a blank line and the lead; else 0.
 */
export function nameAbove(text: string): number {
  const m = /^[ \t]*([a-z]+(?:[ \t]+[a-z]+){0,3})[ \t]*\n[ \t]*\n[ \t]*(\S[^\n]{19,199})\n[ \t]*\n[ \t]*\S/.exec(text);
  if (!m || m[1]!.length > 30 || /[.;:,!?…]$/.test(m[2]!.trim()) || m[2]!.trim().length < m[1]!.length + 15) return 0;
  return m.index + m[0].indexOf(m[2]!, m[1]!.length);
}

/** Where the headline starts when a short line (the page's section) and a dateline stand above it: the end of the dateline, else 0. */
export function sectionAbove(text: string): number {
  const nl = text.indexOf('\n');
  if (nl <= 0 || nl > 60 || /\d/.test(text.slice(0, nl))) return 0;
  let at = nl;
  while (text[at] === '\n') at++;
  const d = DATELINE.exec(text.slice(at));
  if (!d) return 0;
  let next = at + d[0].length;
  while (text[next] === '\n' || text[next] === ' ') next++;
  const end = text.indexOf('\n', next);
  const line = text.slice(next, end < 0 ? text.length : end).trim();
  return line.length > 0 && line.length <= 200 && !/[.;:,]$/.test(line) ? at + d[0].length : 0;
}

/** A related link under a headline: a dash item of one short line without a closing stop (`- Khai trương không gian đọc …`). */
const LINK = /^[ \t]*[-–—•*+][ \t]*[^\n]{3,160}?[^.;:,\n][ \t]*(?=\n|$)/;

/**
 * Where a list of related links ends when one stands at `at` (two such lines or more, blank lines between
 * allowed), else `at`: a news page may set it between its headline and its lead.
 */
export function relatedLinks(text: string, at: number): number {
  let end = at;
  let count = 0;
  let next = at;
  for (;;) {
    while (text[next] === '\n' || text[next] === ' ') next++;
    const m = LINK.exec(text.slice(next));
    if (!m) break;
    count++;
    next += m[0].length;
    end = next;
  }
  return count >= 2 ? end : at;
}
