/** The years a plan speaks of: the year a text reviews, its horizon, the period it runs, its milestones. */
import type { Header } from './header.ts';
import type { ParsedTarget } from './types.ts';

/**
 * The year a text opens by reviewing: `tổ chức tổng kết phong trào … năm 2021 và triển khai nhiệm vụ năm 2022`,
 * `BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2010 …` (a review to be held, `sơ kết vào năm 2025`, is none). When the only year is
 * the one the meeting turns to (`tổng kết phong trào …, triển khai nhiệm vụ năm 2024`), it reviews the year before.
 */
export function reviewedYear(opening: string): number | null {
  const m = /\b(?:tong ket|so ket|bao cao ket qua|ket qua (?:hoat dong|thuc hien))\b([^.!?\n]{0,120}?)(?<!\bvao )\bnam\s+(20\d\d)\b/.exec(opening);
  if (!m) return null;
  return /\b(?:nhiem vu|phuong huong|ke hoach)\s*$/.test(m[1]!) ? Number(m[2]) - 1 : Number(m[2]);
}

/**
 * The year a text speaks in, what its `năm nay` (this year) names: the year of the tasks a meeting turns to (`tổng kết …
 * năm 2022, triển khai nhiệm vụ năm 2023`), else the document's own year.
 */
export function presentYear(opening: string, dateYear: number | null): number | null {
  const m = /\btrien khai\s+(?:thuc hien\s+)?(?:nhiem vu|phuong huong|ke hoach)\b[^.;\n]{0,40}?\bnam\s+(20\d\d)\b/.exec(opening);
  return m ? Number(m[1]) : dateYear;
}

/** The earlier of two years, either of which may be unknown. */
export function nearer(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/**
 * A plan carried on, named with its term: `tiếp tục triển khai Kế hoạch thực hiện Đề án … đến năm 2030`, `tiếp tục xây dựng
 * nhiệm vụ, giải pháp và triển khai Kế hoạch …` (the term is the named plan's, not the text's).
 */
const CONTINUED = /\btiep tuc\b[^.;\n]{0,80}?\b(?:trien khai|thuc hien)\s+(?:(?:cac|cong tac)\s+)?(?:ke hoach|de an|chuong trinh|chien luoc)\b[^.;\n]*$/;

/** `…, định hướng đến năm 2030`, `tầm nhìn đến năm 2045`: an orientation beyond the plan's term, right before its year. */
const ORIENTED = /\b(?:dinh huong|tam nhin)\s*(?:den\s*)?$/;

/** Whether a position of the folded text lies inside a quoted title on its line (`Đề án "… giai đoạn 2021 - 2030"`). */
function quotedAt(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const after = text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  return (line.match(/"/g)?.length ?? 0) % 2 === 1 && after.includes('"');
}

/** The last year the plan covers: `đến năm 2030` or `năm 2025` in the title, else in the text. */
/** A title a person holds for a term, right before it: `Đại sứ Văn hóa đọc TPHCM nhiệm kỳ 2023-2024`. */
const HELD_TITLE = /\bdai su\b[^.;,\n]{0,50}$/;

export function horizonOf(head: string, text: string, dateYear: number | null): number | null {
  // "… đến năm 2025, định hướng đến năm 2030" (or "tầm nhìn"): the plan is for 2025, 2030 is an orientation.
  // The document's own date ("ngày 14 tháng 4 năm 2023") is not a year the plan runs to.
  const plain = head.replace(/\b(?:dinh huong|tam nhin)\b[^.;\n]*?\bnam\s+20\d\d\b/g, ' ').replace(/\bngay\s*\d{0,2}\s*thang\s*\d{0,2}\s*nam\s+20\d\d\b/g, ' ');
  // (a year inside a quoted title is the project's the plan carries out, "thực hiện Đề án “… giai đoạn 2021 - 2030” năm
  // 2025": the plan's own year, outside the quotes, is its horizon)
  const titleYears = [...plain.matchAll(/\bnam\s+(20\d\d)\b|\bgiai doan\s+20\d\d\s*-\s*(20\d\d)\b/g)].map((m) => ({
    year: Number(m[1] ?? m[2]),
    quoted: quotedAt(plain, m.index),
  }));
  const ownInTitle = titleYears.filter((y) => !y.quoted);
  if (titleYears.length > 0) return Math.max(...(ownInTitle.length > 0 ? ownInTitle : titleYears).map((y) => y.year));
  // (the term of a document whose spirit the text follows, "theo tinh thần Nghị quyết … và Chiến lược … đến năm 2030", is that document's)
  // (a term, `nhiệm kỳ 2017-2022`, runs like a period: its aims are for its last year)
  const named = [...text.matchAll(/\bden\s+nam\s+(20\d\d)\b|\b(?:giai doan|nhiem ky)\s+20\d\d\s*-\s*(20\d\d)\b/g)]
    .filter((m) => !/\btheo tinh than\b[^.;\n]*$/.test(text.slice(Math.max(0, m.index - 300), m.index)))
    // (nor the term of a title a person holds, "Đại sứ Văn hóa đọc TPHCM nhiệm kỳ 2023-2024": the person's, not the text's)
    .filter((m) => !HELD_TITLE.test(text.slice(Math.max(0, m.index - 60), m.index)))
    .map((m) => ({
      year: Number(m[1] ?? m[2]),
      oriented: ORIENTED.test(text.slice(Math.max(0, m.index - 40), m.index)),
      quoted: quotedAt(text, m.index),
      continued: CONTINUED.test(text.slice(Math.max(0, m.index - 200), m.index)),
    }));
  // (the term of a plan the text says is being carried on, "Ban chỉ đạo … yêu cầu các cấp, các ngành tiếp tục … triển khai
  // Kế hoạch thực hiện Đề án … đến năm 2030", is that plan's: the aims the text then sets for now take none from it)
  const inText = named.filter((y) => !y.continued);
  if (named.length > 0 && inText.length === 0) {
    const oneYear = planOfYear(text);
    return oneYear !== null && !named.some((y) => y.year === oneYear) ? oneYear : dateYear;
  }
  // (a plan the text names with its term, "Đề án … đến năm 2025, định hướng đến năm 2030": the orientation is no default
  // year for what it sets without one, as in a title; the term is, when the text names one)
  const terms = inText.filter((y) => !y.oriented);
  // (a plan for one year, "Kế hoạch … thực hiện Đề án “… giai đoạn 2021 - 2030” năm 2025", when every term the text names
  // is inside a quoted title: the one year is the plan's)
  const oneYear = planOfYear(text);
  if (oneYear !== null && inText.length > 0 && inText.every((y) => y.quoted)) return oneYear;
  if (inText.length > 0) return Math.max(...(terms.length > 0 ? terms : inText).map((y) => y.year));
  return oneYear ?? dateYear;
}

/**
 * A plan for one year, named in the text: `ban hành Kế hoạch số 182/KH-UBND thực hiện Đề án … năm 2024`, `Sở … vừa
 * có kế hoạch thực hiện công tác phổ cập giáo dục, xóa mù chữ năm 2019` (not its own date, `ngày 05 tháng 01 năm
 * 2022`, nor a span, `5 năm 2021 - 2025`).
 */
export function planOfYear(text: string): number | null {
  const plain = text.replace(/\b(?:ngay\s*)?\d{0,2}\s*thang\s*\d{1,2}\s*nam\s+20\d\d\b/g, ' ');
  const m = /\bke hoach\b[^.;!?\n]{0,160}?\bnam\s+(20\d\d)\b(?!\s*[-–]\s*20\d\d)/.exec(plain);
  if (m) return Number(m[1]);
  // (a plan drawn up at the start of its year, told by the quarter or month it was made in: `Trong quý I/2024, Hội … đã chủ
  // động xây dựng kế hoạch hoạt động …`, `Đầu năm 2024, …`: the year's plan)
  const early = EARLY_PLAN.exec(plain);
  return early ? Number(early[1]) : null;
}

/** The start of a year, then the plan drawn up in it: `trong quý I/2024, … xây dựng kế hoạch`, `tháng 1/2024, … ban hành kế hoạch`. */
const EARLY_PLAN =
  /\b(?:(?:quy\s+(?:i|1)|thang\s+0?[1-3])\s*(?:[/-]|\bnam\b)\s*|dau\s+nam\s+)(20\d\d)\b[^.;!?\n]{0,120}?\b(?:xay dung|ban hanh|de ra|lap)\s+(?:ke hoach|chuong trinh)\b/;

/**
 * The years the plan runs: from the period in its title (`giai đoạn 2023 - 2025`), else its own
 * year, else the year of the latest document it is based on; to its horizon or its last target.
 */
export function periodOf(head: string, header: Header, horizon: number | null, targets: ParsedTarget[]): { from: number; to: number } | null {
  const title = head.replace(/\bngay\s*\d{0,2}\s*thang[^\n]*/g, ' ');
  const titled = /\bgiai doan\s+(20\d\d)\s*-\s*20\d\d\b/.exec(title);
  // The orientation ("định hướng đến năm 2030") is within the plan's years, though not its targets' default.
  const oriented = [...title.matchAll(/\bnam\s+(20\d\d)\b/g)].map((m) => Number(m[1]));
  const basisYears = header.basis.map((b) => (b.date ? Number(b.date.slice(0, 4)) : 0)).filter((y) => y > 0);
  const from = titled ? Number(titled[1]) : (header.dateYear ?? (basisYears.length > 0 ? Math.max(...basisYears) : null));
  const years = targets.map((t) => t.year).filter((y): y is number => y !== null);
  const to = Math.max(horizon ?? 0, ...oriented, ...years, from ?? 0);
  if (from === null || to === 0) return null;
  return { from, to };
}

/** Every year the plan sets a milestone for: `đến năm 2025`, `giai đoạn 2023 - 2025` (or a term, `nhiệm kỳ 2018 - 2023`), `năm 2025` in a heading, from the document's year on. */
export function milestonesOf(text: string, dateYear: number | null): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(?:den|toi|het|cuoi)\s+nam\s+(20\d\d)\b/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(/\b(?:giai doan|nhiem ky)\s+(20\d\d)\s*-\s*(20\d\d)\b/g)) {
    years.add(Number(m[1]));
    years.add(Number(m[2]));
  }
  return [...years].filter((y) => dateYear === null || y >= dateYear).sort((a, b) => a - b);
}

/**
 * A milestone year misprinted in its first digit (`Đến năm 3030, …` in a plan `… giai đoạn 2020- 2025; định hướng đến năm 2030`):
 * the year the text names elsewhere with the same last three digits. Mended in place, the text keeps its length.
 */
export function mendYears<T extends { text: string }>(f: T): T {
  const named = new Set([...f.text.matchAll(/\b(20\d\d)\b/g)].map((m) => m[1]!));
  const text = f.text.replace(/\b((?:den|toi|vao)\s+(?:het\s+)?nam\s+)([13-9]\d\d\d)\b/g, (all: string, pre: string, y: string) => {
    const fixed = `2${y.slice(1)}`;
    return named.has(fixed) ? pre + fixed : all;
  });
  return text === f.text ? f : { ...f, text };
}
