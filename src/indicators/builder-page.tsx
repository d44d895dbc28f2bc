import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { formatDate, formatNumber, parseNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { DatedActionForm, ErrorSummary, formProblems } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { ATTRIBUTES, KINDS } from '../network/catalogue.ts';
import { readDay } from '../network/institution-edits.ts';
import { findUnitChoices, unitChoices, UNITS_LISTED, type UnitChoice } from '../network/unit-picker.ts';
import { listElements, type DataElement } from '../statistics/elements.ts';
import { elementNamed } from '../statistics/rules.ts';
import { statisticsErrors } from '../statistics/messages.ts';
import { dataYears } from '../statistics/years.ts';
import { listIndicators, type Indicator } from './catalogue.ts';
import { defineIndicator, definitionProblems, redefineIndicator, retireIndicator } from './definitions.ts';
import { dashboardFor } from './evaluate.ts';
import type { Formula, Operand, Term } from './formula.ts';
import { builderText, indicatorName, indicatorsErrors as E } from './messages.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * `/quan-tri/chi-so`: the indicator builder (issue 19). An admin composes numerator and denominator from terms —
 * a data element (this year or the year before, for a growth), a registry count (kinds, an attribute), population —
 * and a factor; "Xem trước" evaluates the formula for a unit and a year chosen by name and shows the page again with
 * everything typed; "Lưu" defines it (indicators/definitions.ts checks, stores and audits). Indicators are changed
 * and retired from their own page. Works without JavaScript.
 */
export const INDICATORS_BASE = '/quan-tri/chi-so';

/** Term rows shown per side (more when an indicator being edited has more). */
const ROWS = 3;
const SIDES = [
  { key: 'numerator', prefix: 'n' },
  { key: 'denominator', prefix: 'd' },
] as const;

type Typed = Readonly<Record<string, string | string[]>>;
const one = (t: Typed, k: string, d = ''): string => {
  const v = t[k];
  return typeof v === 'string' ? v : Array.isArray(v) ? (v[0] ?? d) : d;
};
const many = (t: Typed, k: string): string[] => {
  const v = t[k];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
};

function adminOnly(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  return who;
}

const elementLabel = (lang: Lang, e: Pick<DataElement, 'nameVi' | 'nameEn'>) => sayIn(lang, { vi: e.nameVi, en: e.nameEn });

/** What a form typed means: the definition, the problems only the page sees (names of several elements), which row each term came from. */
function definitionOf(t: Typed, lang: Lang, elements: DataElement[], code: string) {
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
function onTheForm(problems: readonly Problem[], rowOf: Record<'numerator' | 'denominator', number[]>): Problem[] {
  return problems.map((p) => {
    const m = /^(numerator|denominator)-(\d+)$/.exec(p.field ?? '');
    if (!m) return p;
    const side = m[1] as 'numerator' | 'denominator';
    return { ...p, field: `${side === 'numerator' ? 'n' : 'd'}${rowOf[side][Number(m[2])] ?? 0}` };
  });
}

/** A stored definition as the form's fields. */
function typedOf(lang: Lang, ind: Indicator, elements: DataElement[]): Record<string, string | string[]> {
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

interface Preview {
  unit: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

interface State {
  typed: Typed;
  error?: UserError;
  preview?: Preview;
}

function TermRow(props: { lang: Lang; side: 'numerator' | 'denominator'; prefix: string; i: number; typed: Typed; p: ReturnType<typeof formProblems> }) {
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

/** The builder: the list of indicators (on the new one's page), the form, the preview asked for. */
async function builderPage(c: AppContext, state: State, editing?: Indicator) {
  adminOnly(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = builderText(lang);
  const { db } = c.var.store;
  const [elements, all, { years, latest }, places] = await Promise.all([
    listElements(db),
    editing ? Promise.resolve([]) : listIndicators(db),
    dataYears(db),
    unitChoices(db, signedIn(c), lang),
  ]);
  const { typed, error, preview } = state;
  const p = formProblems(lang, error);
  const v = (k: string, d = '') => one(typed, k, d);
  const labels: Record<string, string> = { code: s.code, nameVi: s.nameVi, nameEn: s.nameEn, unit: s.unit, factor: s.factor, denominator: s.denominator };
  labels.place = s.previewPlace;
  for (const { key, prefix } of SIDES)
    for (let i = 0; i < 10; i++) labels[`${prefix}${i}`] = `${key === 'numerator' ? s.numerator : s.denominator} — ${s.term({ n: i + 1 })}`;
  const done = c.req.query('xong');
  const notice = error || preview ? undefined : done === 'luu' ? s.saved : done === 'ngung' ? s.retired : undefined;
  const title = editing ? s.editOf({ name: indicatorName(lang, editing) }) : s.title;
  const action = editing ? `${INDICATORS_BASE}/${editing.code}` : INDICATORS_BASE;
  const rows = (prefix: string) => Math.max(ROWS, Number(v(`${prefix}-rows`, String(ROWS))) || ROWS);
  const placeList: UnitChoice[] = places.length <= UNITS_LISTED ? places : findUnitChoices(places, v('place')).matches;
  return c.html(
    <Layout ctx={ctx} title={title}>
      {editing ? (
        <p>
          <a href={INDICATORS_BASE}>← {s.back}</a>
        </p>
      ) : null}
      <h1>{title}</h1>
      <p>{s.intro}</p>
      <StatusNote said={notice} />
      <ErrorSummary lang={lang} error={error} title={s.thereIsAProblem} labels={labels} />
      {preview ? (
        <div class="notice" role="status" id="preview">
          <h2>{s.previewTitle}</h2>
          <p>
            <strong>
              {s.previewResult({
                unit: preview.unit,
                year: preview.year,
                value: preview.value === null ? s.noValue : `${formatNumber(lang, preview.value, 2)} ${v('unit')}`.trim(),
              })}
            </strong>
          </p>
          <p>
            {s.previewParts({
              numerator: preview.numerator === null ? s.noValue : formatNumber(lang, preview.numerator, 2),
              denominator: preview.denominator === null ? '—' : formatNumber(lang, preview.denominator, 2),
            })}
          </p>
        </div>
      ) : null}
      {editing ? null : (
        <>
          <h2 id="list-h">{s.listTitle}</h2>
          <details>
            <summary>{s.listTitle}</summary>
            <table class="cards" aria-labelledby="list-h">
              <thead>
                <tr>
                  <th scope="col">{s.colName}</th>
                  <th scope="col">{s.colUnit}</th>
                  <th scope="col">{s.colState}</th>
                </tr>
              </thead>
              <tbody>
                {all.map((i) => (
                  <tr>
                    <td data-label={s.colName}>
                      <a href={`${INDICATORS_BASE}/${i.code}`}>{indicatorName(lang, i)}</a>
                    </td>
                    <td data-label={s.colUnit}>{i.unit}</td>
                    <td data-label={s.colState}>{i.retiredOn ? s.retiredFrom({ date: formatDate(i.retiredOn) }) : i.builtin ? s.builtIn : s.inUse}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <h2 id="new-h">{s.newTitle}</h2>
        </>
      )}
      <form method="post" action={action} class="rule-form" aria-label={editing ? title : s.newTitle}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <datalist id="element-names">
          {elements
            .filter((e) => !e.retiredOn)
            .map((e) => (
              <option value={elementLabel(lang, e)} />
            ))}
        </datalist>
        <datalist id="place-names">
          {placeList.map((u) => (
            <option value={u.label} />
          ))}
        </datalist>
        {editing ? null : (
          <>
            <label for="code">{s.code}</label>
            <p.Err field="code" />
            <input id="code" name="code" value={v('code')} maxlength={41} autocomplete="off" {...p.aria('code', 'code-hint')} />
            <p id="code-hint" class="muted">
              {s.codeHint}
            </p>
          </>
        )}
        <label for="nameVi">{s.nameVi}</label>
        <p.Err field="nameVi" />
        <input id="nameVi" name="nameVi" value={v('nameVi')} maxlength={300} {...p.aria('nameVi')} />
        <label for="nameEn">{s.nameEn}</label>
        <p.Err field="nameEn" />
        <input id="nameEn" name="nameEn" value={v('nameEn')} maxlength={300} {...p.aria('nameEn')} />
        <label for="unit">{s.unit}</label>
        <p.Err field="unit" />
        <input id="unit" name="unit" value={v('unit')} maxlength={20} {...p.aria('unit', 'unit-hint')} />
        <p id="unit-hint" class="muted">
          {s.unitHint}
        </p>
        <p id="element-hint" class="muted">
          {s.elementHint}
        </p>
        <p id="kinds-hint" class="muted">
          {s.kindsHint}
        </p>
        <p class="muted">{s.growthHint}</p>
        {editing ? <h2>{s.formula}</h2> : null}
        {SIDES.map(({ key, prefix }) => (
          <section aria-labelledby={`${prefix}-h`}>
            <h3 id={`${prefix}-h`}>{key === 'numerator' ? s.numerator : s.denominator}</h3>
            {key === 'denominator' ? (
              <>
                <p class="muted">{s.denominatorHint}</p>
                <p.Err field="denominator" />
              </>
            ) : null}
            <input type="hidden" name={`${prefix}-rows`} value={String(rows(prefix))} />
            {Array.from({ length: rows(prefix) }, (_, i) => (
              <TermRow lang={lang} side={key} prefix={prefix} i={i} typed={typed} p={p} />
            ))}
          </section>
        ))}
        <label for="factor">{s.factor}</label>
        <p.Err field="factor" />
        <input id="factor" name="factor" inputmode="decimal" value={v('factor', '100')} {...p.aria('factor', 'factor-hint')} />
        <p id="factor-hint" class="muted">
          {s.factorHint}
        </p>
        <h3>{s.previewTitle}</h3>
        <label for="place">{s.previewPlace}</label>
        <p id="place-hint" class="muted">
          {s.previewPlaceHint}
        </p>
        <p.Err field="place" />
        <input id="place" name="place" list="place-names" autocomplete="off" value={v('place')} {...p.aria('place', 'place-hint')} />
        <label for="year">{s.previewYear}</label>
        <select id="year" name="year">
          {years.map((y) => (
            <option value={String(y)} selected={v('year', String(latest)) === String(y)}>
              {y}
            </option>
          ))}
        </select>
        <p class="actions">
          <button type="submit" name="action" value="preview">
            {s.preview}
          </button>
          <button class="primary" type="submit" name="action" value="save">
            {s.save}
          </button>
        </p>
      </form>
      {editing && !editing.retiredOn ? (
        <>
          <h2 id="retire-h">{s.retire}</h2>
          <p>{s.retireIntro}</p>
          <DatedActionForm
            action={`${INDICATORS_BASE}/${editing.code}/ngung`}
            csrf={ctx.csrf}
            labelledBy="retire-h"
            field="retiredOn"
            label={s.retireOn}
            value={v('retiredOn', formatDate(todayLocal()))}
            hint={s.dateHint}
            button={s.retireButton}
            problems={p}
          />
        </>
      ) : null}
    </Layout>,
    error?.status ?? 200,
  );
}

async function typedBody(c: AppContext): Promise<Record<string, string | string[]>> {
  const b = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(b)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** A preview or a save of the builder's form (a new indicator, or `editing`). */
async function submit(c: AppContext, editing?: Indicator) {
  const who = adminOnly(c);
  const { db } = c.var.store;
  const lang = c.var.lang;
  const typed = await typedBody(c);
  const elements = await listElements(db);
  const code = editing?.code ?? one(typed, 'code').trim();
  const { indicator, pageProblems, rowOf } = definitionOf(typed, lang, elements, code);
  const refused = (said: UserError['said'], problems: Problem[]) => builderPage(c, { typed, error: new UserError(said, 422, problems) }, editing);
  if (one(typed, 'action') === 'preview') {
    const problems = [...pageProblems, ...onTheForm(await definitionProblems(db, indicator, true), rowOf)];
    const place = findUnitChoices(await unitChoices(db, who, lang), one(typed, 'place')).exact;
    if (!place) problems.push({ field: 'place', said: E.previewNeedsPlace() });
    if (problems.length > 0 || !place) return refused(E.previewRefused(), problems);
    const year = Number(one(typed, 'year')) || (await dataYears(db)).latest;
    const [row] = await dashboardFor(db, { id: place.id, code: place.code }, year, lang, { catalogue: [indicator], targets: new Map() });
    return builderPage(
      c,
      {
        typed,
        preview: { unit: place.label, year, value: row?.value ?? null, numerator: row?.numerator ?? null, denominator: row?.denominator ?? null },
      },
      editing,
    );
  }
  try {
    if (pageProblems.length > 0) {
      const rest = onTheForm(await definitionProblems(db, indicator, editing !== undefined), rowOf);
      return refused(E.invalidDefinition(), [...pageProblems, ...rest.filter((p) => !pageProblems.some((x) => x.field === p.field))]);
    }
    if (editing) await redefineIndicator(db, who, editing.code, indicator);
    else await defineIndicator(db, who, indicator);
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return refused(e.said, onTheForm(e.problems, rowOf));
    throw e;
  }
  return c.redirect(`${INDICATORS_BASE}/${code}?xong=luu`, 303);
}

async function indicatorOf(c: AppContext): Promise<Indicator> {
  const found = (await listIndicators(c.var.store.db)).find((i) => i.code === c.req.param('code'));
  if (!found) throw notFound('chỉ số', 'Indicator');
  return found;
}

export const builderPages = new Hono<AppEnv>()
  .use(INDICATORS_BASE, requireLogin())
  .use(`${INDICATORS_BASE}/*`, requireLogin())
  .get(INDICATORS_BASE, (c) => builderPage(c, { typed: {} }))
  .post(INDICATORS_BASE, (c) => submit(c))
  .get(`${INDICATORS_BASE}/:code`, async (c) => {
    const ind = await indicatorOf(c);
    return builderPage(c, { typed: typedOf(c.var.lang, ind, await listElements(c.var.store.db)) }, ind);
  })
  .post(`${INDICATORS_BASE}/:code`, async (c) => submit(c, await indicatorOf(c)))
  .post(`${INDICATORS_BASE}/:code/ngung`, async (c) => {
    const who = adminOnly(c);
    const ind = await indicatorOf(c);
    const typed = await typedBody(c);
    const on = readDay(one(typed, 'retiredOn'));
    try {
      if (!on) throw new UserError(E.invalidDefinition(), 422, [{ field: 'retiredOn', said: E.dateNeeded() }]);
      await retireIndicator(c.var.store.db, who, ind.code, on);
    } catch (e) {
      if (e instanceof UserError && e.status === 422)
        return builderPage(c, { typed: { ...typedOf(c.var.lang, ind, await listElements(c.var.store.db)), ...typed }, error: e }, ind);
      throw e;
    }
    return c.redirect(`${INDICATORS_BASE}/${ind.code}?xong=ngung`, 303);
  });
