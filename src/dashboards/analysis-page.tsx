import { Hono } from 'hono';
import { type Problem, UserError } from '../core/errors.ts';
import { formatNumber, sayIn, type Lang, type Messages } from '../core/i18n/index.ts';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { Analysis } from '../indicators/analytics.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import { indicatorName } from '../indicators/messages.ts';
import { comparesYears } from '../indicators/formula.ts';
import { dataYears } from '../statistics/years.ts';
import type { Unit } from '../network/units.ts';
import {
  analysisFor,
  DIMS,
  type AnalysisAsk,
  type Dim,
  type Pivot,
  pivot,
  findPlace,
  partYear,
  placeChoices,
  placeLabel,
  SCOPES,
  type Scope,
  unitsExpression,
} from './analysis.ts';
import { barChartSvg, lineChartSvg } from './charts.ts';
import { LightBadge } from './components.tsx';
import { analysisErrors, analysisText, mapText } from './messages.ts';

const DEFAULT_INDICATORS = ['LIB_LLL_COMMUNE', 'LIB_USERS_GROWTH', 'CC_CLUBS_COMMUNE'];
/** Places drawn on a line chart (the legend of more would not read). */
const CHART_SERIES = 8;
/** The form's fields by the API parameter a refusal names. */
const FIELD_OF: Record<string, string> = { units: 'don-vi', 'don-vi': 'don-vi', indicators: 'cs', years: 'nam' };

function ErrorSummary(props: { error: UserError; lang: Lang }) {
  const x = analysisText(props.lang);
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{x.thereIsAProblem}</h2>
      <ul>
        {(props.error.problems.length > 0 ? props.error.problems : [{ said: props.error.said, field: undefined }]).map((p) => (
          <li>{p.field ? <a href={`#${FIELD_OF[p.field] ?? p.field}`}>{sayIn(props.lang, p.said)}</a> : sayIn(props.lang, p.said)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The choice as the URL says it (`?don-vi=…&pham-vi=…&cs=…&cs=…&nam=…&hang=…&cot=…&sap-xep=…&chieu=…`). */
function askFrom(q: (k: string) => string | undefined, all: (k: string) => string[], complete: number): AnalysisAsk & { given: boolean } {
  const given = q('don-vi') !== undefined;
  const scope = (SCOPES as readonly string[]).includes(q('pham-vi') ?? '') ? (q('pham-vi') as Scope) : 'children';
  const dim = (v: string | undefined, d: Dim): Dim => ((DIMS as readonly string[]).includes(v ?? '') ? (v as Dim) : d);
  const years = all('nam')
    .map(Number)
    .filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2100);
  const column = Number(q('sap-xep'));
  return {
    given,
    place: q('don-vi') ?? 'VN',
    scope,
    indicators: given ? all('cs') : DEFAULT_INDICATORS,
    years: given ? years : [complete - 2, complete - 1, complete],
    rows: dim(q('hang'), 'unit'),
    columns: dim(q('cot'), 'year'),
    sort: q('sap-xep') !== undefined && Number.isInteger(column) ? { column, desc: q('chieu') !== 'tang' } : null,
  };
}

/** The same choice as a query string, with changes (the sort links, the form's own URL). */
function queryOf(ask: AnalysisAsk, placeText: string, change: Partial<Record<string, string>> = {}): string {
  const p = new URLSearchParams();
  p.set('don-vi', placeText);
  p.set('pham-vi', ask.scope);
  for (const c of ask.indicators) p.append('cs', c);
  for (const y of ask.years) p.append('nam', String(y));
  p.set('hang', ask.rows);
  p.set('cot', ask.columns);
  for (const [k, v] of Object.entries(change)) if (v !== undefined) p.set(k, v);
  return p.toString();
}

function PivotTable(props: {
  p: Pivot;
  caption: string;
  ask: AnalysisAsk;
  placeText: string;
  growth: Set<string>;
  partYear: (unit: string, year: number) => boolean;
  lang: Lang;
  t: Messages;
}) {
  const { p, ask, lang, t } = props;
  const x = analysisText(lang);
  const dimName = { unit: x.dimUnit, indicator: x.dimIndicator, year: x.dimYear };
  return (
    <div class="scroll" role="region" tabindex={0} aria-label={x.table}>
      <table class="pivot" data-rows={p.rows.length}>
        <caption class="drill-caption">{props.caption}</caption>
        <thead>
          <tr>
            {p.rowDims.map((d) => (
              <th scope="col">{dimName[d]}</th>
            ))}
            {p.columns.map((c, i) => {
              const active = ask.sort?.column === i;
              const desc = active ? !ask.sort!.desc : true;
              return (
                <th scope="col" data-column={c.key} aria-sort={active ? (ask.sort!.desc ? 'descending' : 'ascending') : undefined}>
                  <a href={`/phan-tich?${queryOf(ask, props.placeText, { 'sap-xep': String(i), chieu: desc ? 'giam' : 'tang' })}#ket-qua`}>{c.label}</a>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr data-unit={r.unit}>
              {r.labels.map((label, i) =>
                i === 0 ? (
                  <th scope="row">{r.unit && p.rowDims[0] === 'unit' ? <a href={`/don-vi/${encodeURIComponent(r.unit)}`}>{label}</a> : label}</th>
                ) : (
                  <td>{label}</td>
                ),
              )}
              {r.cells.map((c) =>
                c && props.growth.has(c.indicator) && props.partYear(c.unit, c.year) ? (
                  <td class="gone" data-value="">
                    {x.partYear}
                  </td>
                ) : (
                  <td class="num" data-value={c?.value ?? ''}>
                    {formatNumber(lang, c?.value ?? null)}
                    {c && c.target !== null ? (
                      <span class="below-line">
                        <LightBadge light={c.status} t={t} />
                      </span>
                    ) : null}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart of the view: the first indicator, a line over the years (up to 8 places) or bars across the places. */
function Chart(props: { a: Analysis; lang: Lang }) {
  const { a, lang } = props;
  const x = analysisText(lang);
  const ind = a.indicators[0];
  if (!ind || a.units.length === 0) return null;
  const name = indicatorName(lang, ind);
  const value = (unit: string, year: number) => a.rows.find((r) => r.unit === unit && r.year === year && r.indicator === ind.code)?.value ?? null;
  const more = a.indicators.length > 1 || (a.years.length > 1 && a.units.length > CHART_SERIES);
  if (a.years.length > 1) {
    const units = a.units.slice(0, CHART_SERIES);
    const svg = lineChartSvg(
      a.years.map(String),
      units.map((u) => ({ name: u.name, values: a.years.map((y) => value(u.code, y)) })),
      { unit: ind.unit, lang, height: 300 },
    );
    return (
      <figure class="chart-figure">
        <figcaption>{x.chartLine({ indicator: name })}</figcaption>
        <div class="chart" dangerouslySetInnerHTML={{ __html: svg }} />
        <p class="muted">
          {x.chartNote} {more ? x.chartFirst({ more: a.units.length > CHART_SERIES ? x.chartMore({ n: CHART_SERIES }) : '' }) : ''}
        </p>
      </figure>
    );
  }
  const year = a.years[0]!;
  const svg = barChartSvg(
    a.units.map((u) => u.name),
    a.units.map((u) => value(u.code, year)),
    { unit: ind.unit, lang },
  );
  return (
    <figure class="chart-figure">
      <figcaption>{x.chartBars({ indicator: name, year })}</figcaption>
      <div class="chart" dangerouslySetInnerHTML={{ __html: svg }} />
      <p class="muted">
        {x.chartNote} {more ? x.chartFirst({ more: '' }) : ''}
      </p>
    </figure>
  );
}

/** `/phan-tich`: pivot and compare, from the analytics API's computation; a GET form, so it works without JavaScript. */
export const analysisPage = new Hono<AppEnv>().get('/phan-tich', async (c) => {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const x = analysisText(lang);
  const { years, complete } = await dataYears(db);
  const ask = askFrom(
    (k) => c.req.query(k),
    (k) => c.req.queries(k) ?? [],
    complete,
  );
  const catalogue = await listIndicators(db);
  const choices = await placeChoices(db);
  let error: UserError | null = null;
  let result: { a: Analysis; place: Unit; placeText: string; caption: string; pivot: Pivot } | null = null;
  try {
    // every problem of the form at once, each beside its field
    const problems: Problem[] = [];
    if (ask.indicators.length === 0) problems.push({ said: analysisErrors.noIndicator(), field: 'cs' });
    if (ask.years.length === 0) problems.push({ said: analysisErrors.noYear(), field: 'nam' });
    const found = await findPlace(db, ask.place, lang);
    if ('said' in found) problems.push({ said: found.said, field: 'don-vi' });
    if (problems.length > 0 || 'said' in found) throw new UserError(problems[0]!.said, 400, problems);
    const place = found;
    const a = await analysisFor(db, place, ask);
    const scopeName = { children: x.scopeChildren, self: x.scopeSelf, communes: x.scopeCommunes }[ask.scope];
    const placeText = placeLabel(place, lang);
    result = {
      a,
      place,
      placeText,
      caption: x.tableCaption({ place: place.name, scope: scopeName, years: a.years.join(', ') }),
      pivot: pivot(a, ask, lang),
    };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error = e;
  }
  const problem = (field: string) => error?.problems.find((p) => (FIELD_OF[p.field ?? ''] ?? p.field) === field);
  const fieldError = (field: string) => {
    const p = problem(field);
    return p ? (
      <span id={`${field}-err`} class="field-error">
        {sayIn(lang, p.said)}
      </span>
    ) : null;
  };
  const placeValue = result?.placeText ?? ask.place;
  const api = result
    ? `/api/v1/analytics?${new URLSearchParams({ units: unitsExpression(result.place, ask.scope), indicators: ask.indicators.join(','), years: result.a.years.join(',') })}`
    : null;
  return c.html(
    <Layout ctx={ctx} title={x.title}>
      <h1>{x.title}</h1>
      <p class="no-print">
        {x.intro} <a href="/ban-do">{mapText(lang).title}</a>
      </p>
      {error ? <ErrorSummary error={error} lang={lang} /> : null}
      <form method="get" action="/phan-tich" class="analysis-form no-print">
        <div class="field">
          <label for="don-vi">{x.place}</label>
          <span id="don-vi-hint" class="muted hint">
            {x.placeHint}
          </span>
          {fieldError('don-vi')}
          <input
            id="don-vi"
            name="don-vi"
            value={placeValue}
            list="places"
            autocomplete="off"
            aria-describedby={problem('don-vi') ? 'don-vi-hint don-vi-err' : 'don-vi-hint'}
            aria-invalid={problem('don-vi') ? 'true' : undefined}
          />
          <datalist id="places">
            {choices.map((u) => (
              <option value={placeLabel(u, lang)} />
            ))}
          </datalist>
        </div>
        <fieldset class="formats">
          <legend>{x.scope}</legend>
          {SCOPES.map((s) => (
            <label>
              <input type="radio" name="pham-vi" value={s} checked={ask.scope === s} />{' '}
              {{ children: x.scopeChildren, self: x.scopeSelf, communes: x.scopeCommunes }[s]}
            </label>
          ))}
        </fieldset>
        <fieldset class="checks" id="cs" aria-describedby={problem('cs') ? 'cs-err' : undefined}>
          <legend>{x.indicators}</legend>
          {fieldError('cs')}
          {catalogue.map((i) => (
            <label>
              <input type="checkbox" name="cs" value={i.code} checked={ask.indicators.includes(i.code)} /> {indicatorName(lang, i)}
            </label>
          ))}
        </fieldset>
        <fieldset class="formats" id="nam" aria-describedby={problem('nam') ? 'nam-err' : undefined}>
          <legend>{x.years}</legend>
          {fieldError('nam')}
          {years.map((y) => (
            <label>
              <input type="checkbox" name="nam" value={String(y)} checked={ask.years.includes(y)} /> {y}
            </label>
          ))}
        </fieldset>
        <div class="inline">
          <div>
            <label for="hang">{x.rows}</label>
            <select id="hang" name="hang">
              {DIMS.map((d) => (
                <option value={d} selected={ask.rows === d}>
                  {{ unit: x.dimUnit, indicator: x.dimIndicator, year: x.dimYear }[d]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="cot">{x.columns}</label>
            <select id="cot" name="cot">
              {DIMS.map((d) => (
                <option value={d} selected={ask.columns === d}>
                  {{ unit: x.dimUnit, indicator: x.dimIndicator, year: x.dimYear }[d]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{x.show}</button>
        </div>
      </form>
      {result ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">{result.caption}</h2>
          {result.a.units.length === 0 ? (
            <p>{x.noRows}</p>
          ) : (
            <>
              <p class="no-print">
                {x.download}: <a href={`${api}&format=csv`}>{x.downloadCsv}</a> · <a href={`${api}&format=xlsx`}>{x.downloadXlsx}</a>
                <span class="muted"> · {x.printHint}</span>
              </p>
              <p class="muted no-print">{x.sortHint}</p>
              <PivotTable
                p={result.pivot}
                caption={result.caption}
                ask={ask}
                placeText={result.placeText}
                growth={new Set(catalogue.filter((i) => comparesYears(i.formula)).map((i) => i.code))}
                partYear={(code, year) => {
                  const u = result!.a.units.find((v) => v.code === code);
                  return u ? partYear(u, year) : false;
                }}
                lang={lang}
                t={t}
              />
              <Chart a={result.a} lang={lang} />
            </>
          )}
        </section>
      ) : null}
    </Layout>,
  );
});
