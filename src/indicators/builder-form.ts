import type { AppContext } from '../core/web/env.ts';
import type { Problem } from '../core/errors.ts';
import { formatNumber, parseNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import type { DataElement } from '../statistics/elements.ts';
import { elementNamed } from '../statistics/rules.ts';
import { statisticsErrors } from '../statistics/messages.ts';
import type { Indicator } from './catalogue.ts';
import type { Formula, Operand, Term } from './formula.ts';

/** The builder's form: its fields read into a definition, a definition written back as its fields. */

/** Term rows shown per side (more when an indicator being edited has more). */
export const ROWS = 3;
export const SIDES = [
  { key: 'numerator', prefix: 'n' },
  { key: 'denominator', prefix: 'd' },
] as const;

export type Typed = Readonly<Record<string, string | string[]>>;
export const one = (t: Typed, k: string, d = ''): string => {
  const v = t[k];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? d) : d;
};
export const many = (t: Typed, k: string): string[] => {
  const v = t[k];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
};

/** An element's name in the reader's language, as the form shows and reads it. */
export const elementLabel = (lang: Lang, e: Pick<DataElement, 'nameVi' | 'nameEn'>) => sayIn(lang, { vi: e.nameVi, en: e.nameEn });

/** What a form typed means: the definition, the problems only the page sees (names of several elements), which row each term came from. */
export function definitionOf(t: Typed, lang: Lang, elements: DataElement[], code: string) {
  const pageProblems: Problem[] = [];
  const rowOf: Record<'numerator' | 'denominator', number[]> = { numerator: [], denominator: [] };
  const terms: Record<'numerator' | 'denominator', Term[]> = { numerator: [], denominator: [] };
  const unknown = statisticsErrors.ruleElementUnknown({ name: '' }).code;
  for (const { key, prefix } of SIDES) {
    const rows = Math.max(ROWS, Number(one(t, `${prefix}-rows`, String(ROWS))) || ROWS);
    for (let i = 0; i < rows; i++) {
      const f = `${prefix}${i}`;
      const type = one(t, `${f}-type`, 'none');
      const sign = one(t, `${f}-sign`) === '-1' ? -1 : 1;
      let operand: Operand | undefined;
      if (type === 'data') {
        const typed = one(t, `${f}-element`);
        const found = elementNamed(elements, typed);
        let element = typed.trim();
        if ('element' in found) element = found.element.code;
        else if (found.problem.code !== unknown) pageProblems.push({ field: f, said: found.problem });
        const kinds = many(t, `${f}-kinds`);
        const offset = one(t, `${f}-offset`) === '-1' ? -1 : 0;
        operand = { type: 'data', element, ...(kinds.length > 0 ? { kinds } : {}), ...(offset ? { yearOffset: offset } : {}) };
      } else if (type === 'count') {
        const attribute = one(t, `${f}-attribute`);
        operand = { type: 'count', kinds: many(t, `${f}-kinds`), ...(attribute ? { attribute } : {}) };
      } else if (type === 'population') {
        const field = one(t, `${f}-population`, 'total');
        operand = { type: 'population', field: field === 'rural' || field === 'disadvantaged' ? field : 'total' };
      }
      if (!operand) continue;
      rowOf[key].push(i);
      terms[key].push({ sign, operand });
    }
  }
  const factor = parseNumber(one(t, 'factor', '1'), lang);
  const formula: Formula = {
    numerator: terms.numerator,
    denominator: terms.denominator.length > 0 ? terms.denominator : null,
    factor: factor.ok && factor.value !== null ? factor.value : Number.NaN,
  };
  const indicator: Indicator = { code, nameVi: one(t, 'nameVi'), nameEn: one(t, 'nameEn'), unit: one(t, 'unit'), formula };
  return { indicator, pageProblems, rowOf };
}

/** The service's fields (`numerator-0`…) as the form's (`n2`: the row the term came from). */
export function onTheForm(problems: readonly Problem[], rowOf: Record<'numerator' | 'denominator', number[]>): Problem[] {
  return problems.map((p) => {
    const m = /^(numerator|denominator)-(\d+)$/.exec(p.field ?? '');
    if (!m) return p;
    const side = m[1] as 'numerator' | 'denominator';
    return { ...p, field: `${side === 'numerator' ? 'n' : 'd'}${rowOf[side][Number(m[2])] ?? 0}` };
  });
}

/** A stored definition as the form's fields. */
export function typedOf(lang: Lang, ind: Indicator, elements: DataElement[]): Record<string, string | string[]> {
  const t: Record<string, string | string[]> = {
    nameVi: ind.nameVi,
    nameEn: ind.nameEn,
    unit: ind.unit,
    factor: formatNumber(lang, ind.formula.factor, 0),
  };
  for (const { key, prefix } of SIDES) {
    const terms = key === 'numerator' ? ind.formula.numerator : (ind.formula.denominator ?? []);
    t[`${prefix}-rows`] = String(Math.max(ROWS, terms.length));
    terms.forEach(({ sign, operand: o }, i) => {
      const f = `${prefix}${i}`;
      t[`${f}-sign`] = String(sign);
      t[`${f}-type`] = o.type;
      if (o.type === 'data') {
        const e = elements.find((x) => x.code === o.element);
        t[`${f}-element`] = e ? elementLabel(lang, e) : o.element;
        t[`${f}-offset`] = String(o.yearOffset ?? 0);
      }
      if (o.type !== 'population') t[`${f}-kinds`] = o.kinds ?? [];
      if (o.type === 'count') t[`${f}-attribute`] = o.attribute ?? '';
      if (o.type === 'population') t[`${f}-population`] = o.field;
    });
  }
  return t;
}

/** The posted form, every field as typed (a multiple select as its list). */
export async function typedBody(c: AppContext): Promise<Record<string, string | string[]>> {
  const b = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(b)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}
