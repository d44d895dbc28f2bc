/**
 * Targets, read sentence by sentence on the grammar of the plans:
 * - years set by `đến năm 2025` apply to the values after them (`đạt 70% và đến năm 2030 đạt 100% X`);
 * - a share of institutions names its kinds after the value and its attribute once, at the end
 *   of the list (`100% thư viện tỉnh, 70% thư viện huyện … có cung cấp dịch vụ …`);
 * - a kind before the list with no value means all of them (`Thư viện huyện và 20% …` → 100%);
 * - `đạt 80%, 50% và 80% các chỉ tiêu tương ứng` gives, in order, new values to the previous sentence's targets;
 * - a growth names what grows before the value (`số lượt người sử dụng thư viện … tăng 10%`),
 *   and a sentence that only says `tăng 8 - 10% mỗi năm` continues the previous growth;
 * - undated targets hold for the plan's horizon (`đến năm 2030` in the title).
 */
import { oneLine, originalText, toOriginal, type Folded } from './normalise.ts';
import {
  attributeIn,
  countIndicator,
  growthIndicator,
  isGrowth,
  isPopulation,
  kindsIn,
  perCapitaIndicator,
  PLAUSIBLE,
  populationIndicator,
  shareIndicator,
  type Kinds,
} from './measures.ts';
import { sentences, type Item } from './structure.ts';
import type { ParsedResult, ParsedTarget, TargetKind } from './types.ts';
import { scanValues, scanYears, unitVi, type ValueToken, type YearToken } from './values.ts';

interface Ctx {
  f: Folded;
  ocr: boolean;
  horizon: number | null;
  warnings: string[];
}

export interface TargetOptions {
  /** The plan's last year: the year of a target that names none. */
  horizon: number | null;
  /** Every year the plan sets a milestone for (`đến năm 2025`, `giai đoạn 2023 - 2025`), ascending. */
  milestones: number[];
  /** The document's year: a value for an earlier year is a result, not a target. */
  dateYear: number | null;
}

const CONNECTOR =
  /^[\s,;:]*(?:va|hoac)?[\s,]*(?:(?:den|toi) nam \d{4},?)?\s*(?:phan dau|tien toi)?\s*(?:la|dat|dat duoc)?\s*(?:it nhat|toi thieu|tren|tu|khoang|hon)?[\s,]*$/;
const LEAD_WORDS = /\b(?:den|het|nam|\d{4}|phan dau|tien toi|dat|muc tieu|cu the|chi tieu|la|co|he thong|doi voi|toi thieu|it nhat|tren|duoi)\b|[,:;\-+]/g;

/** The end of a clause that goes on about the same subject with a new value: `… và tiến tới là`, `…, đến năm 2030 đạt`. */
const SAME_SUBJECT = /(?:\bva|\bhoac|,)\s*(?:(?:den|toi) nam \d{4},?\s*)?(?:tien toi|phan dau)?\s*(?:la|dat)?\s*(?:it nhat|toi thieu|tren)?\s*$/;

/**
 * The years that govern what follows them: "100% cán bộ … quán triệt … xây dựng xã hội học tập giai đoạn
 * 2021 – 2030; 70% gia đình …" — a period after a value names the span of that value's subject; it sets
 * no year for the values after it.
 */
const governing = (years: YearToken[], values: ValueToken[]) => years.filter((y) => !(y.period && values.some((v) => v.end <= y.start)));

/** A heading an item's values inherit their year from: `Mục tiêu chủ yếu đến năm 2025`, `a) Đến năm 2025:`. */
const isHeading = (text: string) => /:\s*$/.test(text) || (text.length <= 160 && !/[.;,]\s*$/.test(text));
/** An unmarked paragraph ranks just above the dashes under it, so a heading paragraph governs its list. */
const rank = (it: Item) => (it.marker === 'none' ? 4.5 : it.level);

/**
 * A value that states what was done, not what is to be done (a report, a plan's review of the past);
 * `Trong 5 năm (2015-2020), toàn tỉnh có …`, `trong 3 năm qua`: a span of years looked back on;
 * `Hiện toàn tỉnh có …` ("now", opening the sentence, before its subject): what there is;
 * `Theo số liệu thống kê, …`, `Qua thống kê, …`: figures a count has measured; `Đến thời điểm hiện tại, …` (up to now);
 * `… đạt so với kế hoạch đề ra`: a figure weighed against the plan.
 */
const PAST =
  /^\W*hien\s+(?:toan|ca|tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|tren)\b|\btrong\s+\d+\s+nam\s*(?:qua\b|\(\s*20\d\d\s*-\s*20\d\d\s*\))|\bqua\s+(?:\d+|hon\s+\d+|m\w+)\s+nam\b|\bsau\s+\d+\s+nam\s+(?:thuc hien|trien khai)|\bket qua(?:\s+dat duoc|\s+thuc hien|\s*[:,])|\b\d+\s+thang dau nam\b|\bda\s+(?:dat|co|duoc|thu hut|to chuc|xay dung|phuc vu|thuc hien|hoan thanh|trien khai|cap nhat|luan chuyen|bo sung|ho tro|dang ky|cong nhan)\b|\bso voi (?:ke hoach|chi tieu)\b|(?<!\bthuc )\b(?:tinh den|den nay|den thoi diem (?:hien tai|nay|bao cao)|hien nay|hien co|vua qua|nam qua|tinh den het|chiem|nang (?:ty le|so)\b[^.;%]{0,60}\blen)\b|\b(?:(?:theo|qua)\s+(?:so lieu\s+)?thong ke|so lieu thong ke)\b/;
/* ("thực hiện có kết quả" is a verb and its object, not "hiện có", "what there is now") */
const FUTURE = /\b(?:phan dau|muc tieu|tien toi|se|can dat|phai dat|du kien)\b/;
/** What makes a count of visits a target: a rate, a year to reach, a verb of aim. */
const TARGET_CUE = /\b(?:phan dau|muc tieu|chi tieu|tien toi|moi nam|hang nam|dat|tang|den nam|vao nam|toi thieu|it nhat)\b|\/\s*nam\b/;
/**
 * A paragraph that adds to the one before: `Ngoài ra, …`, `Bên cạnh đó, …`, `Đồng thời, …`, `Cùng với đó, …`;
 * `Trong giai đoạn này, …` (the phase the paragraph before set: `Giai đoạn 1, đến năm 2025, …`).
 */
const CONTINUES = /^\W*(?:ngoai ra|(?:ben )?canh do|dong thoi|cung voi do|them vao do|trong (?:giai doan|thoi gian|thoi ky) (?:nay|do|tren))\b/;
/**
 * A sentence that goes on from the one before: `Theo đó, …`, `Cạnh đó, …`, `Ngoài ra, …`, `Trong đó, …`.
 * Without a cue of aim of its own, it goes on in the same mood: after a report of results it reports.
 */
/** A cue of aim or a year to reach: what a sentence needs to set a target after a report in its paragraph. */
const AIM = /\b(?:phan dau|muc tieu|chi tieu|tien toi|se|can dat|phai dat|du kien|(?:den|vao|toi) (?:het )?nam)\b/;
const GOES_ON = /^\W*(?:theo do|(?:ben )?canh do|ngoai ra|dong thoi|cung voi do|them vao do|trong do|trong so do|cu the)\b/;
/**
 * A change told from one year to a later one, opening on the bare first year: `Năm 2016, đạt 70%, đến
 * giữa năm 2020 đạt 82%`. A plan sets its steps with `đến năm …` (`Đến năm 2025, đạt 70%; đến năm 2030, …`).
 */
const TREND = /^\W*nam\s+(20\d\d)\b[^.;]*?\d\s*%[^.;]*?\bden\s+(?:(?:giua|cuoi|het)\s+)?nam\s+(20\d\d)\b[^.;]*?\d\s*%/;
/** Headings of a report's past: `Kết quả thực hiện`, `Đánh giá tình hình`, `Thực trạng`. */
const PAST_HEADING = /^\W*(?:(?:danh gia|so ket|tong ket)\s+)?(?:ket qua|tinh hinh|thuc trang)\b/;

export function readTargets(
  f: Folded,
  items: Item[],
  from: number,
  to: number,
  ocr: boolean,
  opts: TargetOptions,
  warnings: string[],
): { targets: ParsedTarget[]; results: ParsedResult[] } {
  const { horizon, milestones, dateYear } = opts;
  const { flat: line, at } = oneLine(f);
  const ctx: Ctx = { f: line, ocr, horizon, warnings };
  const out: ParsedTarget[] = [];
  const results: ParsedResult[] = [];
  let leadYear: { year: number; level: number } | null = null;
  let previousShares: ParsedTarget[] = [];
  const headings: { level: number; past: boolean }[] = [];
  const flat = line.text;
  // Whether the last sentence with a value reported a result: a sentence that goes on from it keeps its mood.
  let pastBefore = false;
  // The paragraph of that result: its next sentences without a year or a cue of aim go on reporting.
  let pastItem = -1;
  for (const [i, it] of items.entries()) {
    if (it.end <= from || it.start >= to) continue;
    if (leadYear && rank(it) <= leadYear.level && !interjection(f, items, i)) leadYear = null;
    while (headings.length > 0 && headings.at(-1)!.level >= it.level) headings.pop();
    const underPast = headings.some((h) => h.past);
    headings.push({ level: it.level, past: PAST_HEADING.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 60))) });
    let itemYear: number | null = leadYear?.year ?? null;
    // "Ngoài ra, có 50% …", "Bên cạnh đó, …": a paragraph that adds to the one before keeps its year.
    if (itemYear === null && CONTINUES.test(f.text.slice(it.bodyStart, Math.min(it.end, it.bodyStart + 40)))) itemYear = out.at(-1)?.year ?? null;
    const seen: number[] = itemYear ? [itemYear] : [];
    let lastGrowth: ParsedTarget | null = null;
    for (const s of sentences(line, at[Math.max(it.bodyStart, from)]!, at[Math.min(it.end, to)]!).flatMap((x) => clauses(flat, x))) {
      const text = flat.slice(s.start, s.end);
      const years = scanYears(text);
      const values = scanValues(text);
      if (values.length === 0) {
        if (years.length > 0 && isHeading(text)) leadYear = { year: years.at(-1)!.year, level: rank(it) };
        if (isHeading(text)) pastBefore = false;
        if (years.length > 0) itemYear = years.at(-1)!.year;
        seen.push(...years.map((y) => y.year));
        continue;
      }
      // "Mỗi năm, …" states a standing target: it does not take the year of the sentence before.
      const inherited = /^\W*(?:moi|hang)\s+nam\b/.test(text) ? null : itemYear;
      const yearAt = (pos: number, end: number): number | null => {
        // "… đạt 90% vào năm 2030": a year after the value
        const post = /^[^%;]{0,25}?\bvao\s+(?:cuoi\s+)?nam\s+(20\d\d)\b/.exec(text.slice(end, end + 45));
        if (post) return Number(post[1]);
        // "… lộ trình là 60% đến năm 2030.": a year closing the clause of the value
        const closing = /^(?:(?!\bva\b|\bhoac\b)[^%;,]){0,25}?\b(?:den|toi)\s+(?:het\s+)?nam\s+(20\d\d)\b\s*(?:[.;)]|$)/.exec(text.slice(end, end + 45));
        if (closing) return Number(closing[1]);
        const before = governing(years, values)
          .filter((y) => y.end <= pos)
          .at(-1);
        if (before) return before.year;
        // "đạt 80% và đến năm 2030 đạt 100%", "60% … và tiến tới là 80% vào năm 2030": the value
        // before a later year is for the milestone before it, named earlier or among the plan's.
        const later = years.find((y) => y.start >= pos);
        // "Có 100% quận, huyện và 99,7% xã đạt chuẩn … giai đoạn 2013 - 2015." under "Mục tiêu đến năm
        // 2015": a period after the values frames them; it is no later milestone. They keep the year
        // that governs them, else (the period closing the sentence) the period's last year.
        if (later?.period) {
          if (inherited !== null) return inherited;
          if (/^[\s.;)]*$/.test(text.slice(later.end))) return later.year;
        }
        if (later) {
          const earlier = [...seen, ...(inherited ? [inherited] : []), ...milestones].filter((y) => y < later.year && (dateYear === null || y >= dateYear));
          return earlier.length > 0 ? Math.max(...earlier) : null;
        }
        return inherited ?? horizon;
      };
      const made = sentenceTargets(ctx, s.start, text, values, yearAt, previousShares, lastGrowth);
      const future = FUTURE.test(text);
      // A bare count of visits or people ("thu hút 61.300 lượt bạn đọc") is a target only with a cue of one; otherwise it reports.
      const told = made.filter((t) => (t.unit === 'lượt' || t.unit === 'người') && !TARGET_CUE.test(text));
      if (told.length > 0) {
        for (const t of told) results.push(resultOf(t, years.length > 0 ? t.year : null));
        made.splice(0, made.length, ...made.filter((t) => !told.includes(t)));
        if (made.length === 0) continue;
      }
      const pastYear = dateYear !== null && years.length > 0 && Math.max(...years.map((y) => y.year)) < dateYear;
      const trend = TREND.exec(text);
      const goesOn = pastBefore && (GOES_ON.test(text) || (pastItem === i && years.length === 0 && !AIM.test(text)));
      if (!future && (underPast || PAST.test(text) || pastYear || goesOn || (trend && Number(trend[1]) < Number(trend[2])))) {
        pastBefore = true;
        pastItem = i;
        for (const t of made) results.push(resultOf(t, years.length > 0 ? t.year : null));
        if (years.length > 0) itemYear = years.at(-1)!.year;
        continue;
      }
      pastBefore = false;
      out.push(...made);
      const shares = made.filter((t) => t.kind === 'percent' && t.measure.sector !== 'population');
      if (shares.length > 0) previousShares = shares;
      lastGrowth = made.filter((t) => t.kind === 'growth' && t.indicator).at(-1) ?? lastGrowth;
      const next = governing(years, values);
      if (next.length > 0) itemYear = next.at(-1)!.year;
      seen.push(...years.map((y) => y.year));
    }
  }
  return { targets: out, results };
}

/**
 * A line without a marker, a figure or a year between two bullets of one list ("Xem thêm: …", a
 * caption) interrupts the list without ending it: the heading above the list still governs what follows.
 */
function interjection(f: Folded, items: Item[], i: number): boolean {
  const it = items[i]!;
  const before = items[i - 1];
  const after = items[i + 1];
  if (it.marker !== 'none' || !before || !after || before.marker !== after.marker || (before.marker !== 'dash' && before.marker !== 'plus')) return false;
  const text = f.text.slice(it.bodyStart, it.end);
  return !/%|\b20\d\d\b/.test(text) && !/[:]\s*$/.test(text.trim());
}

function resultOf(t: ParsedTarget, year: number | null): ParsedResult {
  return { text: t.text, indicator: t.indicator, year, value: t.value, min: t.min, max: t.max, unit: t.unit, span: t.span, valueSpan: t.valueSpan };
}

/** `ít nhất 80%`, `trên 20%`, `từ 25% trở lên`, `tối thiểu 03`: a floor; `dưới 5%`, `không quá`, `tối đa`: a ceiling. */
function bounds(v: ValueToken, text: string): { min: number | null; max: number | null } {
  if (v.value === null) return { min: v.min, max: v.max };
  const before = text.slice(Math.max(0, v.start - 14), v.start);
  const after = text.slice(v.end, v.end + 12);
  if (/\b(?:it nhat|toi thieu|tren|hon)\s*$/.test(before) || (/\btu\s*$/.test(before) && /^\s*tr[oe] len/.test(after))) return { min: v.value, max: null };
  if (/\b(?:duoi|khong qua|toi da)\s*$/.test(before)) return { min: null, max: v.value };
  return { min: null, max: null };
}

/** `…; đến năm 2030, đạt …`: a clause that sets a new year reads like a sentence of its own. */
function clauses(text: string, s: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /;\s*(?=(?:va\s+)?(?:den|toi|het)\s+nam\s+20\d\d)/g;
  re.lastIndex = s.start;
  let start = s.start;
  for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  out.push({ start, end: s.end });
  return out;
}

function sentenceTargets(
  ctx: Ctx,
  offset: number,
  text: string,
  values: ValueToken[],
  yearAt: (pos: number, end: number) => number | null,
  previousShares: ParsedTarget[],
  lastGrowth: ParsedTarget | null,
): ParsedTarget[] {
  const { f } = ctx;
  const span = toOriginal(f, offset, offset + text.length);
  const sentence = originalText(f, offset, offset + text.length);
  const base = (v: ValueToken, kind: TargetKind, indicator: string | null, measure: ParsedTarget['measure'], unit: string): ParsedTarget => ({
    text: sentence,
    indicator,
    kind,
    year: yearAt(v.start, v.end),
    value: v.value,
    ...bounds(v, text),
    unit,
    measure,
    perYear: kind === 'growth' || (kind === 'count' && v.of === undefined),
    implied: false,
    span,
    valueSpan: toOriginal(f, offset + v.start, offset + v.end),
  });

  // "… đạt 80%, 50% và 80% các chỉ tiêu tương ứng"
  const lastValue = values.at(-1)!;
  if (/tuong ung/.test(text.slice(lastValue.end)) && previousShares.length > 0 && values.every((v) => v.type === 'percent')) {
    return values.flatMap((v, i) => {
      const refs = values.length === 1 ? previousShares : previousShares[i] ? [previousShares[i]] : [];
      if (refs.length === 0) return [base(v, 'percent', null, noMeasure(), '%')];
      return refs.map((r) => ({ ...base(v, 'percent', r.indicator, r.measure, '%') }));
    });
  }

  const out: ParsedTarget[] = [];
  const segs = values.map((v, i) => {
    const next = values[i + 1];
    const after = text.slice(v.end, next ? next.start : text.length);
    const prevEnd = values[i - 1]?.end ?? 0;
    const semi = text.lastIndexOf(';', v.start);
    const before = text.slice(Math.max(prevEnd, semi + 1), v.start);
    return { v, after, before, kinds: kindsIn(after), attr: attributeIn(after) };
  });

  // A kind named before the first value, with none of its own: all of them (100%).
  const first = segs[0]!;
  if (first.v.type === 'percent' && !isGrowth(first.before, first.after) && /(?:,|\bva)\s*$/.test(text.slice(0, first.v.start))) {
    const yearEnd =
      scanYears(text)
        .filter((y) => y.end <= first.v.start)
        .at(-1)?.end ?? 0;
    const prefix = text.slice(yearEnd, first.v.start);
    const k = kindsIn(prefix);
    if (k.sector && prefix.replace(LEAD_WORDS, ' ').trim().split(/\s+/).length <= 8) {
      const attr = segs.find((s) => s.attr)?.attr ?? null;
      const implied: ParsedTarget = {
        ...base(first.v, 'percent', shareIndicator(k, attr), measureOf(k, attr), '%'),
        value: 100,
        min: null,
        max: null,
        implied: true,
      };
      const lead = /^[\s,:]*/.exec(prefix)![0].length;
      const trail = /(?:[\s,]|\bva)*$/.exec(prefix)![0].length;
      implied.valueSpan = toOriginal(f, offset + yearEnd + lead, offset + first.v.start - trail);
      out.push(implied);
    }
  }

  let fronted: { kinds: Kinds; attr: string | null } | null = null;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const { v } = s;
    if (v.type === 'count') {
      const indicator = countIndicator(text.slice(v.end - v.unit.length));
      out.push(base(v, 'count', indicator, { ...noMeasure(), sector: indicator?.startsWith('MUS') ? 'museum' : indicator ? 'library' : null }, unitVi(v.unit)));
      continue;
    }
    if (v.type === 'per_capita') {
      const indicator = perCapitaIndicator(v.unit, s.before + text.slice(0, v.start));
      out.push(plausible(ctx, base(v, 'per_capita', indicator, { ...noMeasure(), sector: 'population' }, unitVi(v.unit)), v));
      continue;
    }
    if (isGrowth(s.before, s.after)) {
      let indicator = growthIndicator(s.before);
      let measure = { ...noMeasure(), sector: sectorOfGrowth(indicator) };
      if (!indicator && lastGrowth) ({ indicator, measure } = lastGrowth);
      out.push(base(v, 'growth', indicator, measure, '%/năm'));
      continue;
    }
    if (isPopulation(s.before, s.after)) {
      out.push(base(v, 'percent', populationIndicator(s.after) ?? populationIndicator(s.before), { ...noMeasure(), sector: 'population' }, '%'));
      continue;
    }
    let kinds = s.kinds;
    let own = s.attr;
    if (!kinds.sector && CONNECTOR.test(s.after)) kinds = segs.slice(i + 1).find((x) => x.kinds.sector)?.kinds ?? kinds;
    if (!kinds.sector && /\bty l\w?\b/.test(s.before)) {
      // "Tỷ lệ thư viện cấp huyện ứng dụng công nghệ thông tin đạt 90%": the subject comes first.
      kinds = kindsIn(s.before);
      own ??= attributeIn(s.before);
    } else if (
      !kinds.sector &&
      fronted &&
      /^[\s,]*(?:vao\s+(?:cuoi\s+)?nam\s+\d{4})?[\s,]*(?:va|hoac)?[\s,]*(?:(?:den|toi)\s+nam\s+\d{4})?[\s,]*(?:tien toi)?\s*(?:la|dat)?\s*(?:it nhat|toi thieu|tren)?\s*$/.test(
        s.before,
      )
    ) {
      // "… đạt 80% vào năm 2025 và 100% vào năm 2030": the same subject again.
      ({ kinds } = fronted);
      own ??= fronted.attr;
    }
    const prev = segs[i - 1];
    if (!kinds.sector && prev?.kinds.sector && SAME_SUBJECT.test(s.before) && !kindsIn(s.after).sector) {
      // "60% thư viện cấp xã có … và tiến tới là 80% vào năm 2030": the same subject, a later value.
      ({ kinds } = prev);
      own ??= prev.attr ?? attributeIn(s.before);
    }
    if (/\bty l\w?\b/.test(s.before)) fronted = { kinds, attr: own };
    const attr =
      own ??
      segs
        .slice(0, i)
        .reverse()
        .find((x) => x.attr)?.attr ??
      segs.slice(i + 1).find((x) => x.attr)?.attr ??
      null;
    out.push(base(v, 'percent', shareIndicator(kinds, attr), measureOf(kinds, attr), '%'));
  }
  return out;
}

function noMeasure(): ParsedTarget['measure'] {
  return { sector: null, kinds: [], level: null, attribute: null };
}

function measureOf(k: Kinds, attribute: string | null): ParsedTarget['measure'] {
  return { sector: k.sector, kinds: k.kinds, level: k.level, attribute };
}

function sectorOfGrowth(indicator: string | null): ParsedTarget['measure']['sector'] {
  return indicator?.startsWith('MUS') ? 'museum' : indicator ? 'library' : null;
}

/** `05 bản/người` in a scan that dropped commas: 5 books per person is implausible, 0,5 is meant. */
function plausible(ctx: Ctx, t: ParsedTarget, v: ValueToken): ParsedTarget {
  const range = t.indicator ? PLAUSIBLE[t.indicator] : undefined;
  if (!range || t.value === null || (t.value >= range[0] && t.value <= range[1])) return t;
  if (ctx.ocr && /^0\d$/.test(v.raw)) {
    const value = Number(`0.${v.raw[1]}`);
    ctx.warnings.push(`"${v.raw}" (${t.unit}) đọc là ${String(value).replace('.', ',')}: bản quét có thể đã mất dấu phẩy.`);
    return { ...t, value };
  }
  ctx.warnings.push(`Giá trị ${t.value} ${t.unit} có vẻ không hợp lý, cần kiểm tra.`);
  return t;
}
