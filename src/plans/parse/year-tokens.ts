/** The years of a sentence, read from the folded text: `đến năm 2025`, `năm 2024`, `giai đoạn 2021 - 2025`. */

export interface YearToken {
  year: number;
  start: number;
  end: number;
  /** Read from a period (`giai đoạn 2013 - 2015`): the frame of the values, not a later milestone. */
  period?: true;
}

/** A year named (`đến năm 2025`, `năm 2024`); after `so với`, `của`, `từ` it is a baseline, not a target year. */
const YEAR = /\b(?:(so voi|cua|tu)\s+)?(?:nam|den)\s+(20\d\d)\b(?!\s*[-/]\s*\d)/g;

/** A term, then an orientation beyond it, right before a year: `giai đoạn 2021 - 2025, định hướng đến `. */
const BEYOND_TERM = /(?:\bgiai doan\s+20\d\d\s*-\s*20\d\d|\bnam\s+20\d\d)\s*,?\s*(?:dinh huong|tam nhin)(?:\s+den)?\s*$/;
/**
 * A period, `giai đoạn 2013 - 2015` (it holds until its last year), or an association's or council's term, `nhiệm kỳ
 * 2018 – 2023` (its aims are for the term), or a plan's roadmap, `lộ trình 2022 - 2025` (what it schedules is done by its end).
 */
const PERIOD = /\b(?:giai doan|nhiem ky|lo trinh)\s+(?:20\d\d)\s*-\s*(20\d\d)\b/g;

/**
 * A school year, `năm học 2017 - 2018`: it ends in its second year, so an aim set for it (`phấn đấu đến hết năm học 2017- 2018,
 * … 202 trường đạt chuẩn`) is for that year, as one set `đến năm 2018`.
 */
const SCHOOL_YEAR = /\bnam hoc\s+(20\d\d)\s*-\s*(20\d\d)\b/g;

/** The years a sentence sets its values for: `đến năm 2025`, `hết năm 2025`, a period's last year. */
export function scanYears(text: string): YearToken[] {
  const out: YearToken[] = [];
  for (const m of text.matchAll(PERIOD)) out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length, period: true });
  for (const m of text.matchAll(SCHOOL_YEAR)) {
    if (Number(m[2]) === Number(m[1]) + 1) out.push({ year: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR)) {
    if (m[1]) continue; // "so với năm 2020", "của năm", "từ năm": a baseline, not a target year
    // (an orientation right after the term it goes beyond, "giai đoạn 2021 - 2025, định hướng đến 2030", "đến năm 2025, tầm
    // nhìn đến năm 2030": the term is what the plan sets its aims for, the orientation is a direction)
    if (BEYOND_TERM.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ year: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
