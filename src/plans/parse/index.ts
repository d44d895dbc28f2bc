/**
 * parsePlan(text): a Kế hoạch (clean, or an OCR scan that lost its diacritics) → header, targets,
 * tasks, deadlines, commemorative days and budget sources, each with its span in `text`.
 * `toContract` gives the `lifelong plan parse --format json` shape.
 */
import { readBudget } from './budget.ts';
import { readDays } from './days.ts';
import { readDeadlines } from './deadlines.ts';
import { readHeader } from './header.ts';
import { foldOcr, foldPlain, looksOcrDamaged } from './normalise.ts';
import { readStructure } from './structure.ts';
import { readTargets } from './targets.ts';
import { readTasks } from './tasks.ts';
import type { ParsedPlanFull } from './types.ts';

export type * from './types.ts';
export { PROGRAMME } from './header.ts';

export function parsePlan(text: string): ParsedPlanFull {
  const ocr = looksOcrDamaged(text);
  const f = foldOcr(foldPlain(text));
  const st = readStructure(f);
  const header = readHeader(f, st, ocr);
  const warnings: string[] = [];
  const tail = tailStart(f.text);
  const horizon = horizonOf(header.title ? f.text.slice(0, header.bodyStart) : '', f.text, header.dateYear);
  const targets = readTargets(f, st.items, header.bodyStart, tail, ocr, horizon, warnings);
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
  return {
    number: header.number,
    date: header.date,
    dateYear: header.dateYear,
    issuer: header.issuer,
    place: header.place,
    title: header.title,
    programme: header.programme,
    basis: header.basis,
    targets,
    tasks,
    reportDeadline: report ? { day: report.day, month: report.month, recurring: report.recurring, span: report.span } : null,
    deadlines,
    reviews,
    days: [...new Set(dayDetails.map((d) => d.code))],
    dayDetails,
    budget,
    horizon,
    ocr,
    looksLikePlan,
    warnings,
    spans: header.spans,
  };
}

/** `Nơi nhận:` and the signature block: nothing after it is plan content. */
function tailStart(text: string): number {
  const m = /\n\s*n[oô]i nh\w{1,2}n\s*:/.exec(text);
  return m ? m.index : text.length;
}

/** The last year the plan covers: `đến năm 2030` or `năm 2025` in the title, else in the text. */
function horizonOf(head: string, text: string, dateYear: number | null): number | null {
  const inTitle = [...head.matchAll(/\bnam\s+(20\d\d)\b/g)].map((m) => Number(m[1]));
  if (inTitle.length > 0) return Math.max(...inTitle);
  const inText = [...text.matchAll(/\bden\s+nam\s+(20\d\d)\b/g)].map((m) => Number(m[1]));
  if (inText.length > 0) return Math.max(...inText);
  return dateYear;
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
  };
}
