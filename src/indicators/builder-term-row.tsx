import { sayIn, type Lang } from '../core/i18n/index.ts';
import type { formProblems } from '../core/web/problems.tsx';
import { ATTRIBUTES, KINDS } from '../network/catalogue.ts';
import { many, one, type Typed } from './builder-form.ts';
import { builderText } from './messages.ts';

/** One term of a side of the formula: its sign, type, element and year, kinds, attribute, population. */
export function TermRow(props: { lang: Lang; side: 'numerator' | 'denominator'; prefix: string; i: number; typed: Typed; p: ReturnType<typeof formProblems> }) {
  const { lang, prefix, i, typed, p } = props;
  const s = builderText(lang);
  const f = `${prefix}${i}`;
  const v = (k: string, d = '') => one(typed, `${f}-${k}`, d);
  const kinds = many(typed, `${f}-kinds`);
  return (
    <fieldset class="attr" id={f} {...(p.has(f) ? { 'aria-describedby': `${f}-err` } : {})}>
      <legend>
        {props.side === 'numerator' ? s.numerator : s.denominator} — {s.term({ n: i + 1 })}
      </legend>
      <p.Err field={f} />
      <div class="attr-fields">
        <div>
          <label for={`${f}-sign`}>{s.sign}</label>
          <select id={`${f}-sign`} name={`${f}-sign`}>
            <option value="1" selected={v('sign', '1') !== '-1'}>
              {s.plus}
            </option>
            <option value="-1" selected={v('sign') === '-1'}>
              {s.minus}
            </option>
          </select>
        </div>
        <div>
          <label for={`${f}-type`}>{s.type}</label>
          <select id={`${f}-type`} name={`${f}-type`} {...p.aria(f)}>
            {(
              [
                ['none', s.typeNone],
                ['data', s.typeData],
                ['count', s.typeCount],
                ['population', s.typePopulation],
              ] as const
            ).map(([value, label]) => (
              <option value={value} selected={v('type', 'none') === value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${f}-element`}>{s.element}</label>
          <input id={`${f}-element`} name={`${f}-element`} list="element-names" autocomplete="off" value={v('element')} aria-describedby="element-hint" />
        </div>
        <div>
          <label for={`${f}-offset`}>{s.year}</label>
          <select id={`${f}-offset`} name={`${f}-offset`}>
            <option value="0" selected={v('offset', '0') !== '-1'}>
              {s.thisYear}
            </option>
            <option value="-1" selected={v('offset') === '-1'}>
              {s.lastYear}
            </option>
          </select>
        </div>
        <div>
          <label for={`${f}-kinds`}>{s.kinds}</label>
          <select id={`${f}-kinds`} name={`${f}-kinds`} multiple size={4} aria-describedby="kinds-hint">
            {KINDS.map((k) => (
              <option value={k.code} selected={kinds.includes(k.code)}>
                {sayIn(lang, { vi: k.vi, en: k.en })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${f}-attribute`}>{s.attribute}</label>
          <select id={`${f}-attribute`} name={`${f}-attribute`}>
            <option value="">{s.anyAttribute}</option>
            {ATTRIBUTES.map((a) => (
              <option value={a.code} selected={v('attribute') === a.code}>
                {sayIn(lang, { vi: a.vi, en: a.en })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${f}-population`}>{s.population}</label>
          <select id={`${f}-population`} name={`${f}-population`}>
            {(
              [
                ['total', s.popTotal],
                ['rural', s.popRural],
                ['disadvantaged', s.popDisadvantaged],
              ] as const
            ).map(([value, label]) => (
              <option value={value} selected={v('population', 'total') === value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
