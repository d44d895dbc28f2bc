/**
 * parsePlan(text): a Kế hoạch (clean, or an OCR scan that lost its diacritics) → header, targets,
 * tasks, deadlines, commemorative days and budget sources, each with its span in `text`.
 * `toContract` gives the `lifelong plan parse --format json` shape.
 */
import { readBudget } from './budget.ts';
import { captionLines } from './captions.ts';
import { relatedLinks } from './datelines.ts';
import { readDays } from './days.ts';
import { readDeadlines } from './deadlines.ts';
import { readHeader } from './header.ts';
import { PARSE_WARNINGS } from './warnings.ts';
import { foldOcr, foldPlain, looksOcrDamaged, toOriginal } from './normalise.ts';
import { readStructure } from './structure.ts';
import { readTargets } from './targets.ts';
import { readTasks } from './tasks.ts';
import { num } from './value-token.ts';
import type { ParsedPlanFull, ParsedResult, ParsedTarget } from './types.ts';
import { isPlanLike, kindOf, ownVoice, reportsOn } from './doc-kind.ts';
import { horizonOf, mendYears, milestonesOf, nearer, periodOf, presentYear, reviewedYear } from './plan-years.ts';
import { firstParagraph, fractionAgain, headlineAgain, leadOf, linesTwice, restates, sameSubject, subheadings } from './restatements.ts';

export type * from './types.ts';
export { PROGRAMME } from './header.ts';
export { type ContractPlan, toContract } from './contract.ts';
export { reviewedYear } from './plan-years.ts';

export function parsePlan(text: string): ParsedPlanFull {
  const ocr = looksOcrDamaged(text);
  const f = mendYears(foldOcr(foldPlain(text)));
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
  const opts = {
    horizon,
    milestones,
    dateYear: header.dateYear,
    reviewed: reviewedYear(f.text.slice(0, 1200)),
    present: presentYear(f.text.slice(0, 1200), header.dateYear),
    page: pageYear(f.text),
  };
  // A news headline is read on its own: its sentence ends where the line does, and the body's first sentence starts after it.
  const inHeadline = header.headline ? readTargets(f, st.items, 0, header.bodyStart, ocr, { ...opts, headline: true }, warnings) : { targets: [], results: [] };
  const inBody = readTargets(f, st.items, header.bodyStart, tail, ocr, opts, warnings);
  const read = { targets: [...inHeadline.targets, ...inBody.targets], results: inBody.results };
  // A headline repeating a result of the body ("năm 2017 phục vụ 30.250 lượt bạn đọc") says nothing new.
  // (nor one giving the body's figure rounded, "đón hơn 52 nghìn lượt khách" above "đón khoảng 52.569 lượt khách")
  // (or rounding a figure of the body, "chiếm gần 28% số dân" for its 27,8%, "trên 270 nghìn gia đình" for its 274.793 gia
  // đình: within the headline's last figure)
  const bodyFigures = header.headline ? figuresOf(f.text.slice(header.bodyStart)) : [];
  const rounds = (h: ParsedResult) =>
    h.value !== null &&
    Number.isInteger(h.value) &&
    ABOUT.test(foldPlain(text.slice(Math.max(0, h.valueSpan.start - 12), h.valueSpan.start)).text) &&
    bodyFigures.some((n) => n.percent === h.unit.startsWith('%') && Math.abs(n.value - h.value!) < precision(h.value!));
  // (and a headline's share rounding a result of the body, "Trên 99% thôn … có Nhà văn hóa" above "99,2% thôn … có Nhà văn
  // hóa": the body's figure told about, no aim of its own)
  const roundsResult = (t: ParsedTarget, r: ParsedResult) =>
    t.value !== null &&
    r.value !== null &&
    Number.isInteger(t.value) &&
    !Number.isInteger(r.value) &&
    t.unit.startsWith('%') === r.unit.startsWith('%') &&
    ABOUT.test(foldPlain(text.slice(Math.max(0, t.valueSpan.start - 12), t.valueSpan.start)).text) &&
    Math.abs(r.value - t.value) < precision(t.value);
  const told = [...inHeadline.results.filter((h) => !inBody.results.some((r) => r.value === h.value || roundedTo(r, h)) && !rounds(h)), ...inBody.results];
  // A headline's target ("Đến năm 2025, mỗi người dân đọc 4 cuốn sách/năm") counts once, if the body does not state it again.
  const headEnd = header.headline ? (header.spans.title?.end ?? 0) : 0;
  const undatedHead = header.headline && !/\b(?:19|20)\d\d\b/.test(text.slice(header.spans.title?.start ?? 0, headEnd));
  // (a headline with no year of its own repeats the body's target of the same value)
  const same = (a: ParsedTarget, b: ParsedTarget) =>
    a.kind === b.kind && a.value === b.value && (a.year === b.year || b.year === null) && a.min === b.min && a.max === b.max;
  // A news lead opening with the outlet's tag ("TTO - …", "(QNO) - …") sums up the body: its target counts once if the body states it again.
  // Without a tag, the lead is the headline's first paragraph of prose (a dateline or a caption is none).
  const lead = header.headline ? (leadOf(text, headEnd) ?? firstParagraph(f, headEnd)) : null;
  // A sub-heading of a news story ("Phổ cập mẫu giáo 100%" standing alone between paragraphs) sums up the paragraph under it.
  const subheads = header.headline ? subheadings(f, headEnd) : [];
  const inSubhead = (t: ParsedTarget) => subheads.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  // (the paragraph right under a sub-heading is the one it sums up: the same figure there is its, though the page cut the
  // paragraph before the sub-heading's words, `Phổ cập mẫu giáo 100%` / `Đề án đặt mục tiêu … 90% …; 100% các tỉnh hoàn th`)
  const underSubhead = (t: ParsedTarget, o: ParsedTarget) =>
    subheads.some((c) => {
      if (t.valueSpan.start < c.start || t.valueSpan.start >= c.end) return false;
      const from = c.end + (/^\s*/.exec(text.slice(c.end))?.[0].length ?? 0);
      const stop = text.indexOf('\n', from);
      return o.valueSpan.start >= from && (stop < 0 || o.valueSpan.start < stop);
    });
  // Related links under the headline ("- Thư viện số hóa 70% tài liệu cổ …") are the page's, not the story's.
  const linksEnd = header.headline ? relatedLinks(f.text, header.bodyStart) : header.bodyStart;
  const links = linksEnd > header.bodyStart ? toOriginal(f, header.bodyStart, linksEnd) : null;
  const inLinks = (at: number) => links !== null && at >= links.start && at < links.end;
  // A line of its own without a stop (a headline under a page's broken title, `Hơn 1.600 đoàn khách đến tham quan …`) whose
  // figure a later sentence gives again, with its unit, says nothing new.
  const results = told.filter(
    (r) =>
      !inLinks(r.valueSpan.start) &&
      !(standingLine(text, r.valueSpan.start) && told.some((o) => o.valueSpan.start > r.valueSpan.end && o.value === r.value && o.unit === r.unit)),
  );
  // The headline again under it (a photo's caption that repeats it, "Đà Nẵng đặt mục tiêu 70% …"): read like the headline.
  const again = header.headline ? headlineAgain(f, header.bodyStart) : [];
  const inAgain = (t: ParsedTarget) => again.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  const captions = captionLines(f);
  const inCaption = (t: ParsedTarget) => captions.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  // A line printed twice, right under itself (a tag page's headline over its repeat): the repeat says nothing new.
  const twice = linesTwice(f);
  const inTwice = (t: ParsedTarget) => twice.some((c) => t.valueSpan.start >= c.start && t.valueSpan.start < c.end);
  const targets = read.targets.filter((t) => {
    if (inLinks(t.valueSpan.start)) return false;
    if (inTwice(t) && read.targets.some((o) => !inTwice(o) && o.valueSpan.start < t.valueSpan.start && same(o, t))) return false;
    if (inAgain(t)) return !read.targets.some((o) => !inAgain(o) && o.span.start >= headEnd && same(o, t));
    // A photo caption repeating the story's target ("Phấn đấu đến năm 2025, … 70% … Ảnh: Mộc Trà") says nothing new.
    if (inCaption(t) && read.targets.some((o) => !inCaption(o) && o.span.start >= headEnd && same(o, t))) return false;
    if (
      inSubhead(t) &&
      read.targets.some(
        (o) => !inSubhead(o) && o.valueSpan.start > t.valueSpan.end && o.kind === t.kind && o.value === t.value && (restates(t, o) || underSubhead(t, o)),
      )
    )
      return false;
    // (the body's target of the same value restates the headline's when it is about the same subject; a headline that
    // names no year took the plan's horizon only by default, so the body's year for it stands)
    if (t.span.start < headEnd)
      return !(
        read.targets.some((o) => o.span.start >= headEnd && (same(o, t) || (undatedHead && same(o, { ...t, year: null }))) && sameSubject(text, t, o)) ||
        results.some((r) => r.value === t.value || roundsResult(t, r)) ||
        fractionAgain(text, t, headEnd)
      );
    // (its value, not its sentence, is in the lead: a byline above the lead joins its sentence)
    const at = t.valueSpan.start;
    // (nor its sentence, given again word for word in the body and read there as a result: `Hội … có 19 tổ chức …. 100% tổ dân
    // phố có Chi hội Khuyến học, …` under the headline and again after `Đến nay, …`)
    if (lead && at >= lead.start && at < lead.end)
      return (
        !read.targets.some((o) => o.valueSpan.start >= lead.end && same(o, t)) &&
        !results.some((r) => r.valueSpan.start >= lead.end && r.value === t.value && sameWords(r.text, t.text))
      );
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
  const kind = kindOf(header, looksLikePlan, targets.length, st.sections.length > 0, reportsOn(text, f.text), ownVoice(f.text, st.sections));
  // A news page's place and date above its headline ("Hải Phòng, ngày 15 tháng 12 năm 2019", the day it was printed or
  // posted), without a number or a type line, is the page's, not a document's: the story has no date of its own.
  const date = kind === 'news' && !header.number && !header.docType ? null : header.date;
  // A story of the sector's work (the learning society, lifelong learning, libraries, museums, reading) is read for what it
  // tells, though it gives no figure: only a text outside the sector with nothing to read is refused.
  const sectorStory = kind === 'news' && SECTOR.test(f.text);
  const empty =
    !sectorStory &&
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
    date,
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
      (!sectorStory &&
        !found &&
        !header.number &&
        !header.date &&
        !header.programme &&
        header.basis.length === 0 &&
        dayDetails.length === 0 &&
        !looksLikePlan &&
        deadlines.length === 0),
    warnings,
    spans: date === header.date ? header.spans : { ...header.spans, date: null },
  };
}

/** The sector the platform serves, named in a text: `xã hội học tập`, `học tập suốt đời`, `khuyến học`, `thư viện`, `bảo tàng`. */
// (universal education and adult literacy too, `phổ cập giáo dục`, `xóa mù chữ`: the learning society's first aims)
// (and culture and education at large, as a resolution or a programme on them names them: `phát triển văn hóa`, `công nghiệp
// văn hóa`, `di sản văn hóa`, `thiết chế văn hóa`, `giáo dục và đào tạo`, `giáo dục mầm non`)
const SECTOR =
  /\b(?:xa hoi hoc tap|hoc tap suot doi|khuyen hoc|van hoa doc|thu vien|bao tang|trung tam van hoa|pho cap giao duc|xoa mu chu|(?:phat trien|cong nghiep|di san|thiet che)\s+van hoa|giao duc\s+(?:va dao tao|mam non|thuong xuyen))\b/;

/**
 * Whether two sentences are the same words, the one maybe closing on an ellipsis where the other stops (a lead cut with `…`
 * gives the body's sentence), and a scan maybe misreading a few of their letters differently (nine in ten alike, in place).
 */
function sameWords(a: string, b: string): boolean {
  const x = foldPlain(a).text.replace(/[\s.…]+$/, '');
  const y = foldPlain(b).text.replace(/[\s.…]+$/, '');
  if (Math.abs(x.length - y.length) > 2 || Math.min(x.length, y.length) < 40) return false;
  let alike = 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] === y[i]) alike++;
  return alike >= 0.9 * Math.max(x.length, y.length);
}

/** The figures of a text, and whether each is a share: `274.793`, `27,8%`. */
function figuresOf(text: string): { value: number; percent: boolean }[] {
  return [...text.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*%)?/g)].map((m) => ({ value: num(m[1]!), percent: m[2] !== undefined }));
}

/** The step of a round figure's last digit: 1 for 28, 10.000 for 270.000. */
function precision(n: number): number {
  let p = 1;
  while (n !== 0 && n % (p * 10) === 0) p *= 10;
  return p;
}

/** A figure given about: `gần 28%`, `khoảng 3.000`, `hơn 90%`. */
const ABOUT = /\b(?:gan|khoang|hon|tren|xap xi|chung)\s*$/;

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
 * Whether a headline's figure is the body's rounded to its last significant place (`hơn 52 nghìn` for `52.569`, `gần 27.000`
 * for `26.874`), of the same unit.
 */
function roundedTo(body: { value: number | null; unit: string }, head: { value: number | null; unit: string }): boolean {
  if (body.value === null || head.value === null || body.unit !== head.unit || head.value < 1000 || body.value === head.value) return false;
  const place = 10 ** (String(head.value).length - String(head.value).replace(/0+$/, '').length);
  return place >= 100 && Math.abs(body.value - head.value) < place;
}

/**
 * The year of the page a news item was kept from, on the index's date line opening it (` date 2025-09-08 …`): the year
 * its story is told in.
 */
function pageYear(folded: string): number | null {
  const m = /^\s*date\s+(20\d\d)-\d\d\b/.exec(folded);
  return m ? Number(m[1]) : null;
}

/** Whether the position lies on a line of its own, short and without a sentence's stop (a headline, a sub-heading). */
function standingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl).trim();
  return line.length > 0 && line.length <= 160 && !/[.;:!?…]/.test(line.replace(/\d[.,]\d/g, ''));
}
