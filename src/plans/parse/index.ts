/**
 * parsePlan(text): a Kế hoạch (clean, or an OCR scan that lost its diacritics) → header, targets,
 * tasks, deadlines, commemorative days and budget sources, each with its span in `text`.
 * `toContract` gives the `lifelong plan parse --format json` shape.
 */
import { readBudget } from './budget.ts';
import { captionLines, isCaption } from './captions.ts';
import { DATELINE, relatedLinks } from './datelines.ts';
import { readDays } from './days.ts';
import { readDeadlines } from './deadlines.ts';
import { readHeader } from './header.ts';
import { PARSE_WARNINGS } from './warnings.ts';
import { foldOcr, foldPlain, type Folded, looksOcrDamaged, toOriginal } from './normalise.ts';
import { readStructure } from './structure.ts';
import { readTargets } from './targets.ts';
import { readTasks } from './tasks.ts';
import type { DocKind, ParsedPlanFull, ParsedTarget } from './types.ts';
import type { Header } from './header.ts';

export type * from './types.ts';
export { PROGRAMME } from './header.ts';

export function parsePlan(text: string): ParsedPlanFull {
  const ocr = looksOcrDamaged(text);
  const f = foldOcr(foldPlain(text));
  const st = readStructure(f);
  const header = readHeader(f, st, ocr);
  const warnings: string[] = [];
  const tail = tailStart(f.text);
  const head = header.title ? f.text.slice(0, header.bodyStart) : '';
  // A news headline's year may be the far aim ("Phấn đấu vào năm 2030, …") while the plan the body names runs
  // "đến năm 2025, định hướng đến năm 2030": an undated target is for the nearer of the two terms.
  const named = header.headline && /\bnam\s+20\d\d\b/.test(head) ? namedPlan(f.text, header.bodyStart) : null;
  const horizon = nearer(horizonOf(head, f.text, header.dateYear), named ? horizonOf(named, '', header.dateYear) : null);
  const milestones = milestonesOf(f.text, header.dateYear);
  const opts = { horizon, milestones, dateYear: header.dateYear, reviewed: reviewedYear(f.text.slice(0, 1200)) };
  // A news headline is read on its own: its sentence ends where the line does, and the body's first sentence starts after it.
  const inHeadline = header.headline ? readTargets(f, st.items, 0, header.bodyStart, ocr, opts, warnings) : { targets: [], results: [] };
  const inBody = readTargets(f, st.items, header.bodyStart, tail, ocr, opts, warnings);
  const read = { targets: [...inHeadline.targets, ...inBody.targets], results: inBody.results };
  // A headline repeating a result of the body ("năm 2017 phục vụ 30.250 lượt bạn đọc") says nothing new.
  const told = [...inHeadline.results.filter((h) => !inBody.results.some((r) => r.value === h.value)), ...inBody.results];
  // A headline's target ("Đến năm 2025, mỗi người dân đọc 4 cuốn sách/năm") counts once, if the body does not state it again.
  const headEnd = header.headline ? (header.spans.title?.end ?? 0) : 0;
  // (a headline with no year of its own repeats the body's target of the same value)
  const same = (a: ParsedTarget, b: ParsedTarget) =>
    a.kind === b.kind && a.value === b.value && (a.year === b.year || b.year === null) && a.min === b.min && a.max === b.max;
  // A news lead opening with the outlet's tag ("TTO - …", "(QNO) - …") sums up the body: its target counts once if the body states it again.
  // Without a tag, the lead is the headline's first paragraph of prose (a dateline or a caption is none).
  const lead = header.headline ? (leadOf(text, headEnd) ?? firstParagraph(f, headEnd)) : null;
  // A sub-heading of a news story ("Phổ cập mẫu giáo 100%" standing alone between paragraphs) sums up the paragraph under it.
  const subheads = header.headline ? subheadings(f, headEnd) : [];
  const inSubhead = (t: ParsedTarget) => subheads.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  // Related links under the headline ("- Thư viện số hóa 70% tài liệu cổ …") are the page's, not the story's.
  const linksEnd = header.headline ? relatedLinks(f.text, header.bodyStart) : header.bodyStart;
  const links = linksEnd > header.bodyStart ? toOriginal(f, header.bodyStart, linksEnd) : null;
  const inLinks = (at: number) => links !== null && at >= links.start && at < links.end;
  const results = told.filter((r) => !inLinks(r.valueSpan.start));
  // The headline again under it (a photo's caption that repeats it, "Đà Nẵng đặt mục tiêu 70% …"): read like the headline.
  const again = header.headline ? headlineAgain(f, header.bodyStart) : [];
  const inAgain = (t: ParsedTarget) => again.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  const captions = captionLines(f);
  const inCaption = (t: ParsedTarget) => captions.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  const targets = read.targets.filter((t) => {
    if (inLinks(t.valueSpan.start)) return false;
    if (inAgain(t)) return !read.targets.some((o) => !inAgain(o) && o.span.start >= headEnd && same(o, t));
    // A photo caption repeating the story's target ("Phấn đấu đến năm 2025, … 70% … Ảnh: Mộc Trà") says nothing new.
    if (inCaption(t) && read.targets.some((o) => !inCaption(o) && o.span.start >= headEnd && same(o, t))) return false;
    if (
      inSubhead(t) &&
      read.targets.some((o) => !inSubhead(o) && o.valueSpan.start > t.valueSpan.end && o.kind === t.kind && o.value === t.value && restates(t, o))
    )
      return false;
    if (t.span.start < headEnd)
      return !(read.targets.some((o) => o.span.start >= headEnd && same(o, t)) || results.some((r) => r.value === t.value) || fractionAgain(text, t, headEnd));
    // (its value, not its sentence, is in the lead: a byline above the lead joins its sentence)
    const at = t.valueSpan.start;
    if (lead && at >= lead.start && at < lead.end) return !read.targets.some((o) => o.valueSpan.start >= lead.end && same(o, t));
    return true;
  });
  const tasks = readTasks(f, st, tail, ocr);
  const { deadlines, reviews, report } = readDeadlines(f, header.bodyStart, tail);
  const dayDetails = readDays(f, header.bodyStart, tail);
  const budget = readBudget(f, st);
  const looksLikePlan = isPlanLike(
    f.text,
    header.title !== null && /k[eo] hoach|chuong trinh|quyet dinh/.test(f.text.slice(0, header.bodyStart)),
    targets.length,
    tasks.length,
  );
  const kind = kindOf(header, looksLikePlan, targets.length, st.sections.length > 0, reportsOn(text, f.text));
  const empty =
    !header.number &&
    !header.date &&
    !header.title &&
    !header.programme &&
    header.basis.length === 0 &&
    dayDetails.length === 0 &&
    targets.length === 0 &&
    results.length === 0 &&
    tasks.length === 0 &&
    deadlines.length === 0;
  const found = targets.some((t) => t.indicator !== null || t.year !== null || t.kind !== 'percent') || tasks.length > 0 || results.length > 0;
  if (!looksLikePlan && !empty) warnings.unshift(kind === 'plan' ? PARSE_WARNINGS.planWithoutSkeleton : PARSE_WARNINGS.notAPlan);
  const period = periodOf(header.title ? f.text.slice(0, header.bodyStart) : '', header, horizon, targets);
  return {
    kind,
    period,
    number: header.number,
    date: header.date,
    dateYear: header.dateYear,
    issuer: header.issuer,
    place: header.place,
    title: header.title,
    programme: header.programme,
    basis: header.basis,
    targets,
    results,
    tasks,
    reportDeadline: report ? { day: report.day, month: report.month, recurring: report.recurring, span: report.span } : null,
    deadlines,
    reviews,
    days: [...new Set(dayDetails.map((d) => d.code))],
    dayDetails,
    budget,
    horizon,
    milestones,
    ocr,
    looksLikePlan,
    empty:
      empty ||
      (!found &&
        !header.number &&
        !header.date &&
        !header.programme &&
        header.basis.length === 0 &&
        dayDetails.length === 0 &&
        !looksLikePlan &&
        deadlines.length === 0),
    warnings,
    spans: header.spans,
  };
}

/**
 * A headline's share written as a fraction (`Quảng Trạch có 12/18 xã đạt tiêu chí văn hóa`) that the body gives
 * again (`12/18 xã …, chiếm tỷ lệ gần 67%`, read there as its percentage) says nothing new.
 */
function fractionAgain(text: string, t: ParsedTarget, headEnd: number): boolean {
  const m = /^\s*(\d[\d.]*)\s*\/\s*(\d[\d.]*)/.exec(text.slice(t.valueSpan.start, t.valueSpan.end));
  if (!m) return false;
  const lit = (n: string) => n.replace(/\./g, '\\.');
  return new RegExp(String.raw`(?<![\d.])${lit(m[1]!)}\s*\/\s*${lit(m[2]!)}(?![\d.])`).test(text.slice(headEnd));
}

/**
 * The lines under the headline that repeat it (a caption, the page's own repeat), as spans of the original: the
 * same letters but for a few a scan misread.
 */
function headlineAgain(f: Folded, headEnd: number): { start: number; end: number }[] {
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

/** `Nơi nhận:` and the signature block: nothing after it is plan content. */
function tailStart(text: string): number {
  const m = /\n\s*n[oô]i nh\w{1,2}n\s*:/.exec(text);
  return m ? m.index : text.length;
}

/** The body's first sentence naming a plan, programme or project with its term: `… Kế hoạch số 62/KH-UBND … đến năm 2025, định hướng đến năm 2030.` */
function namedPlan(text: string, bodyStart: number): string | null {
  const body = text.slice(bodyStart, bodyStart + 1500);
  for (const s of body.split(/(?<=[.!?])\s+|\n\s*\n/)) if (/\b(?:ke hoach|chuong trinh|de an)\b/.test(s) && /\bnam\s+20\d\d\b/.test(s)) return s;
  return null;
}

/**
 * The year a text opens by reviewing: `tổ chức tổng kết phong trào … năm 2021 và triển khai nhiệm vụ năm 2022`,
 * `BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2010 …` (a review to be held, `sơ kết vào năm 2025`, is none).
 */
export function reviewedYear(opening: string): number | null {
  const m = /\b(?:tong ket|so ket|bao cao ket qua|ket qua (?:hoat dong|thuc hien))\b[^.!?\n]{0,120}?(?<!\bvao )\bnam\s+(20\d\d)\b/.exec(opening);
  return m ? Number(m[1]) : null;
}

function nearer(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** The last year the plan covers: `đến năm 2030` or `năm 2025` in the title, else in the text. */
/** The lead of a news item: the first paragraph after the headline that opens with the outlet's tag, `TTO - `, `(NTO) `, `(Baoquangngai.vn)- `. */
function leadOf(text: string, headEnd: number): { start: number; end: number } | null {
  const m = /\n[ \t]*(?:\([^()\n]{2,30}\)[ \t]*[-–—]?|[A-ZĐ]{2,6}[ \t]*[-–—])[ \t]*[^\n]*/u.exec(text.slice(headEnd, headEnd + 600));
  return m ? { start: headEnd + m.index, end: headEnd + m.index + m[0].length } : null;
}

/** The first paragraph of prose under a headline (not the dateline, a caption or a one-line label): a news item's lead. */
function firstParagraph(f: Folded, headEnd: number): { start: number; end: number } | null {
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
function restates(head: ParsedTarget, body: ParsedTarget): boolean {
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
function subheadings(f: Folded, headEnd: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lines = f.text.slice(headEnd).split('\n');
  let at = headEnd;
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
    if (alone && t.length > 0 && t.length <= 100 && !/[.;:,!?…]$/.test(t) && /\d/.test(t)) out.push(toOriginal(f, at, at + line.length));
    at += line.length + 1;
  }
  return out;
}

function horizonOf(head: string, text: string, dateYear: number | null): number | null {
  // "… đến năm 2025, định hướng đến năm 2030" (or "tầm nhìn"): the plan is for 2025, 2030 is an orientation.
  // The document's own date ("ngày 14 tháng 4 năm 2023") is not a year the plan runs to.
  const plain = head.replace(/\b(?:dinh huong|tam nhin)\b[^.;\n]*?\bnam\s+20\d\d\b/g, ' ').replace(/\bngay\s*\d{0,2}\s*thang\s*\d{0,2}\s*nam\s+20\d\d\b/g, ' ');
  const inTitle = [...plain.matchAll(/\bnam\s+(20\d\d)\b|\bgiai doan\s+20\d\d\s*-\s*(20\d\d)\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (inTitle.length > 0) return Math.max(...inTitle);
  // (the term of a document whose spirit the text follows, "theo tinh thần Nghị quyết … và Chiến lược … đến năm 2030", is that document's)
  const inText = [...text.matchAll(/\bden\s+nam\s+(20\d\d)\b|\bgiai doan\s+20\d\d\s*-\s*(20\d\d)\b/g)]
    .filter((m) => !/\btheo tinh than\b[^.;\n]*$/.test(text.slice(Math.max(0, m.index - 300), m.index)))
    .map((m) => Number(m[1] ?? m[2]));
  if (inText.length > 0) return Math.max(...inText);
  return dateYear;
}

/**
 * The years the plan runs: from the period in its title (`giai đoạn 2023 - 2025`), else its own
 * year, else the year of the latest document it is based on; to its horizon or its last target.
 */
function periodOf(head: string, header: Header, horizon: number | null, targets: ParsedTarget[]): { from: number; to: number } | null {
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

/** Every year the plan sets a milestone for: `đến năm 2025`, `giai đoạn 2023 - 2025`, `năm 2025` in a heading, from the document's year on. */
function milestonesOf(text: string, dateYear: number | null): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(?:den|toi|het|cuoi)\s+nam\s+(20\d\d)\b/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(/\bgiai doan\s+(20\d\d)\s*-\s*(20\d\d)\b/g)) {
    years.add(Number(m[1]));
    years.add(Number(m[2]));
  }
  return [...years].filter((y) => dateYear === null || y >= dateYear).sort((a, b) => a - b);
}

const KIND_OF_TYPE: Record<string, DocKind> = {
  'ke hoach': 'plan',
  'chuong trinh': 'plan',
  'de an': 'plan',
  'huong dan': 'plan',
  'quyet dinh': 'decision',
  'chi thi': 'decision',
  'bao cao': 'report',
};

/** What the document is, from its type line, else its number's code, else its form. */
/**
 * A text that opens as a news item without a headline: with the outlet's tag (`(kontumtv.vn) – …`,
 * `TTO - …`) or a photo's caption, telling that an authority has just issued a document (`UBND tỉnh vừa ban hành kế hoạch …`)
 * or an event by its day (`Ngày 18/6, Bộ … tổ chức hội nghị …`).
 */
function reportsOn(text: string, folded: string): boolean {
  if (/^\s*(?:\([^()\n]{2,30}\)|[A-ZĐ]{2,6})[ \t]*[-–—]/u.test(text)) return true;
  // (a page opening on its dateline, "25/12/2020 17:00": a document opens on its issuer)
  // (or on a portal's toolbar and then its dateline, "PublishingPortal - Block_BanTin_Toolbar" / "28/02/2023")
  if (
    folded
      .trimStart()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 3)
      .some((l) => DATELINE.test(l))
  )
    return true;
  // (a page with a photo's caption, "… Trong ảnh: … – Ảnh: Minh Luận", opening it or among its lines: plans carry no photos)
  if (
    folded
      .slice(0, 3000)
      .split('\n')
      .some((l) => isCaption(l))
  )
    return true;
  const first = /^[^.!?]*/.exec(folded.trimStart())![0];
  // (an event told: "Tại Hội thảo, các đại biểu …", "Tại buổi làm việc, …")
  if (/^\W*tai\s+(?:buoi\s+)?(?:hoi nghi|hoi thao|le|buoi lam viec|toa dam|dien dan)\b/.test(first)) return true;
  // (and by whom: "… đề án “Xóa mù chữ đến năm 2020” vừa được Chủ tịch UBND tỉnh Vĩnh Long phê duyệt")
  if (/\bvua\s+(?:duoc\s+[^.;]{0,60}?)?(?:ban hanh|phe duyet|ky|co quyet dinh|trien khai)\b/.test(first)) return true;
  // (what a document sets, told of it: "Chương trình đưa ra mục tiêu phấn đấu …", "Chương trình đặt mục tiêu …")
  if (/\b(?:ke hoach|chuong trinh|de an|quyet dinh)\s+(?:dua ra|dat ra|de ra|dat)\s+(?:muc tieu|chi tieu)\b/.test(folded.slice(0, 2500))) return true;
  const opening = folded.slice(0, 800).split(/(?<=[.!?])\s+|\n+/);
  // (an event told by its day, "Ngày 07/4/2023, Bộ … đã có báo cáo …", "Ngày 18/6, Bộ … tổ chức Hội nghị …")
  if (opening.some((s) => /^\W*ngay\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s*,\s*[a-z]/.test(s))) return true;
  // A text that names a document by its number in a sentence of its own, not in a preamble
  // ("Đó là tinh thần nêu trong Kế hoạch số 290/KH-UBND …", "… được phê duyệt tại Quyết định số 692/QĐ-TTg"), talks about it.
  return opening.some((s) => CITED.test(s) && !PREAMBLE.test(s));
}

const CITED = /\b(?:ke hoach|quyet dinh|de an|chuong trinh|chi thi)\s+(?:so\s+)?\d{1,5}(?:\s*\/\s*\d{4})?\s*[/-]\s*[a-z]/;
/** The clauses a document opens on to cite what it carries out: `Căn cứ …`, `Thực hiện …`, `Xét đề nghị …`. */
const PREAMBLE = /^\W*(?:can cu|thuc hien|trien khai|theo de nghi|xet)\b/;

function kindOf(header: Header, looksLikePlan: boolean, targets: number, sectioned: boolean, news: boolean): DocKind {
  if (header.docType) return KIND_OF_TYPE[header.docType] ?? 'other';
  const code = header.number ? foldPlain(header.number).text.replace(/^[\d/]+|^\d+-/, '') : '';
  if (/^kh\b|^ctr\b/.test(code)) return 'plan';
  if (/^(?:qd|ct)\b/.test(code)) return 'decision';
  if (/^bc\b/.test(code)) return 'report';
  // A plan published as a web page keeps its own title ("Kế hoạch thực hiện …") and its Roman sections
  // ("I. MỤC TIÊU"); a news item about a plan has a headline of its own and runs as prose.
  if (!header.number && header.title && sectioned && /^k[eo] hoach\b/.test(foldPlain(header.title).text.trim())) return 'plan';
  if (!header.number && (header.title || news)) return 'news';
  return looksLikePlan && targets > 0 ? 'plan' : 'other';
}

function isPlanLike(text: string, titled: boolean, targets: number, tasks: number): boolean {
  const lll = /hoc tap suot doi|thu vien|bao tang|van hoa/.test(text);
  const skeleton = [/muc tieu/, /nhiem vu|giai phap|noi dung/, /to chuc thuc hien/, /kinh phi/].filter((re) => re.test(text)).length;
  return (titled && (skeleton >= 2 || targets > 0)) || (lll && targets > 0) || (skeleton >= 3 && tasks > 0);
}

export interface ContractPlan {
  number: string | null;
  date: string | null;
  issuer: string | null;
  place: string | null;
  title: string | null;
  programme: string | null;
  basis: { number: string | null; date: string | null; issuer: string | null }[];
  targets: {
    text: string;
    indicator: string | null;
    kind: string;
    year: number | null;
    value: number | null;
    min: number | null;
    max: number | null;
    unit: string;
  }[];
  tasks: { agency: string; text: string }[];
  reportDeadline: { day: number; month: number; recurring: boolean } | null;
  days: string[];
  /** Added by issue 22: what the document is, the results it reports (never targets), what the reader could not vouch for. */
  kind: DocKind;
  results: { text: string; indicator: string | null; year: number | null; value: number | null; min: number | null; max: number | null; unit: string }[];
  warnings: string[];
}

/** Exactly the fields of `lifelong plan parse --format json`. */
export function toContract(p: ParsedPlanFull): ContractPlan {
  return {
    number: p.number,
    date: p.date,
    issuer: p.issuer,
    place: p.place,
    title: p.title,
    programme: p.programme,
    basis: p.basis.map((b) => ({ number: b.number, date: b.date, issuer: b.issuer })),
    targets: p.targets.map((t) => ({ text: t.text, indicator: t.indicator, kind: t.kind, year: t.year, value: t.value, min: t.min, max: t.max, unit: t.unit })),
    tasks: p.tasks.map((t) => ({ agency: t.agency, text: t.text })),
    reportDeadline: p.reportDeadline ? { day: p.reportDeadline.day, month: p.reportDeadline.month, recurring: p.reportDeadline.recurring } : null,
    days: p.days,
    kind: p.kind,
    results: p.results.map((r) => ({ text: r.text, indicator: r.indicator, year: r.year, value: r.value, min: r.min, max: r.max, unit: r.unit })),
    warnings: p.warnings,
  };
}
