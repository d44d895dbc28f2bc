/** The targets one sentence states: each value read with its kind, its subject, its bounds and its year. */
import { originalText, toOriginal, type Folded } from './normalise.ts';
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
import type { ParsedTarget, TargetKind } from './types.ts';
import { unitVi } from './unit-names.ts';
import type { ValueToken } from './value-token.ts';
import { scanYears } from './year-tokens.ts';

export interface Ctx {
  f: Folded;
  ocr: boolean;
  horizon: number | null;
  warnings: string[];
}

const CONNECTOR =
  /^[\s,;:]*(?:va|hoac)?[\s,]*(?:(?:den|toi) nam \d{4},?)?\s*(?:phan dau|tien toi)?\s*(?:la|dat|dat duoc)?\s*(?:it nhat|toi thieu|tren|tu|khoang|hon)?[\s,]*$/;
const LEAD_WORDS = /\b(?:den|het|nam|\d{4}|phan dau|tien toi|dat|muc tieu|cu the|chi tieu|la|co|he thong|doi voi|toi thieu|it nhat|tren|duoi)\b|[,:;\-+]/g;

/** Values that stand for the shares named before, in order: `… các chỉ tiêu tương ứng`, or a sentence closing on `các chỉ tiêu (trên)`. */
const RESPECTIVE = /tuong ung|^\s*(?:cac\s+)?chi tieu(?:\s+(?:tren|nay|neu tren|do))?\s*[.;]?\s*$/;

/** The end of a clause that goes on about the same subject with a new value: `… và tiến tới là`, `…, đến năm 2030 đạt`. */
const SAME_SUBJECT = /(?:\bva|\bhoac|,)\s*(?:(?:den|toi) nam \d{4},?\s*)?(?:tien toi|phan dau)?\s*(?:la|dat)?\s*(?:it nhat|toi thieu|tren)?\s*$/;

/** `ít nhất 80%`, `trên 20%`, `từ 25% trở lên`, `tối thiểu 03`: a floor; `dưới 5%`, `không quá`, `tối đa`: a ceiling. */
function bounds(v: ValueToken, text: string): { min: number | null; max: number | null } {
  if (v.value === null) return { min: v.min, max: v.max };
  const before = text.slice(Math.max(0, v.start - 14), v.start);
  const after = text.slice(v.end, v.end + 12);
  if (/\b(?:it nhat|toi thieu|tren|hon)\s*$/.test(before) || (/\btu\s*$/.test(before) && /^\s*tr[oe] len/.test(after))) return { min: v.value, max: null };
  if (/\b(?:duoi|khong qua|toi da)\s*$/.test(before)) return { min: null, max: v.value };
  return { min: null, max: null };
}

export function sentenceTargets(
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

  // "… đạt 80%, 50% và 80% các chỉ tiêu tương ứng", or closing on "các chỉ tiêu (trên)" (a scan may lose "tương ứng")
  const lastValue = values.at(-1)!;
  if (RESPECTIVE.test(text.slice(lastValue.end)) && previousShares.length > 0 && values.every((v) => v.type === 'percent')) {
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
      // "100% đơn vị hành chính cấp tỉnh có đủ 3 thiết chế văn hóa": the full set each unit of the share has, no target of its own.
      if (segs[i - 1]?.v.type === 'percent' && /\bco\s+(?:day\s+)?du\s*$/.test(s.before)) continue;
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
