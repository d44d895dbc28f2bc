import { Hono } from 'hono';
import { UserError } from '../core/errors.ts';
import { formatNumber, type Lang, type Messages } from '../core/i18n/index.ts';
import type { AppEnv } from '../core/web/env.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { AnalyticsRow } from '../indicators/analytics.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import type { Light } from '../indicators/evaluate.ts';
import { indicatorName } from '../indicators/messages.ts';
import { findUnit, type Unit } from '../network/units.ts';
import { dataYears } from '../statistics/years.ts';
import { LightBadge } from './components.tsx';
import { communeRanking, type MapCell, nameOf, provinceMap, type ProgrammeMap } from './map.ts';
import { analysisErrors, analysisText, mapText } from './messages.ts';

const DEFAULT_INDICATOR = 'LIB_LLL_COMMUNE';
/** Fill of each status; the legend and the table say the same in words. */
const FILL: Record<Light, string> = { met: '#2e7d32', near: '#e0a800', behind: '#c0392b', 'no-target': '#8fa9c4', 'no-data': '#e4e4de' };
const ORDER: Light[] = ['met', 'near', 'behind', 'no-target', 'no-data'];
/** The form's fields by the analytics parameter a refusal names. */
const FIELD_OF: Record<string, string> = { indicators: 'chi-so', years: 'nam', units: 'don-vi' };

const word = (t: Messages, light: Light) => ({ met: t.met, near: t.near, behind: t.behind, 'no-data': t.noData, 'no-target': t.noTarget })[light];

function Legend(props: { counts: Map<Light, number>; t: Messages; lang: Lang }) {
  const x = mapText(props.lang);
  return (
    <div class="map-legend">
      <h2>{x.legend}</h2>
      <ul>
        {ORDER.filter((l) => (props.counts.get(l) ?? 0) > 0).map((l) => (
          <li data-light={l}>
            <span class="swatch" style={`background:${FILL[l]}`} aria-hidden="true" /> {x.legendCount({ word: word(props.t, l), n: props.counts.get(l) ?? 0 })}
          </li>
        ))}
      </ul>
    </div>
  );
}

const valueText = (lang: Lang, row: AnalyticsRow | null) => formatNumber(lang, row?.value ?? null);

/** The choropleth: one `<path data-unit>` per area, its `<title>` naming the place, its figure and status. */
function MapSvg(props: { m: ProgrammeMap; indicatorLabel: string; t: Messages; lang: Lang }) {
  const { m, t, lang } = props;
  const x = mapText(lang);
  const drawn = m.drawn!;
  const label = x.mapLabel({ n: drawn.areas.length, indicator: props.indicatorLabel, year: m.year });
  return (
    <svg viewBox={`0 0 ${drawn.width} ${drawn.height}`} class="choropleth" role="img" aria-label={label} data-map={String(drawn.map)}>
      {m.cells
        .filter((c): c is MapCell & { area: NonNullable<MapCell['area']> } => c.area !== null)
        .map((c) => (
          <path d={c.area.d} fill={FILL[c.status]} data-unit={c.unit?.code ?? c.area.code} data-light={c.status}>
            <title>
              {x.areaTitle({
                name: nameOf(c),
                value: c.unit ? `${valueText(lang, c.row)}${c.row?.value !== null && c.row ? ` ${m.indicator.unit}` : ''}` : x.notInPlatform,
                status: word(t, c.status),
              })}
            </title>
          </path>
        ))}
      <text x={drawn.islands.hoangSa[0]} y={drawn.islands.hoangSa[1]} class="islands">
        {x.hoangSa}
      </text>
      <text x={drawn.islands.truongSa[0]} y={drawn.islands.truongSa[1]} class="islands end">
        {x.truongSa}
      </text>
    </svg>
  );
}

function ProvinceTable(props: { m: ProgrammeMap; t: Messages; lang: Lang; query: (unit: string) => string }) {
  const { m, t, lang } = props;
  const x = mapText(lang);
  return (
    <div class="scroll" role="region" tabindex={0} aria-label={x.table}>
      <table class="map-table">
        <caption class="drill-caption">{x.caption({ indicator: indicatorName(lang, m.indicator), year: m.year, n: m.cells.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{x.area}</th>
            <th scope="col">{x.value({ unit: m.indicator.unit })}</th>
            <th scope="col">{x.target}</th>
            <th scope="col">{x.status}</th>
          </tr>
        </thead>
        <tbody>
          {m.cells.map((c) => (
            <tr data-unit={c.unit?.code ?? c.area?.code}>
              <th scope="row">
                {c.unit ? <a href={`/ban-do?${props.query(c.unit.code)}`}>{nameOf(c)}</a> : nameOf(c)}
                {!c.unit ? <span class="muted"> ({x.notInPlatform})</span> : null}
                {c.unit && !c.area && m.drawn ? <span class="muted"> ({x.noBoundary})</span> : null}
              </th>
              <td class="num" data-value={c.row?.value ?? ''}>
                {valueText(lang, c.row)}
              </td>
              <td class="num">{formatNumber(lang, c.row?.target ?? null)}</td>
              <td>
                <LightBadge light={c.status} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The commune level: a ranked bar chart that is its own table (each bar's figure written beside it). */
function CommuneBars(props: { rows: AnalyticsRow[]; caption: string; unit: string; t: Messages; lang: Lang }) {
  const { rows, t, lang } = props;
  const x = mapText(lang);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <div class="scroll" role="region" tabindex={0} aria-label={props.caption}>
      <table class="map-table ranked">
        <caption class="drill-caption">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{x.commune}</th>
            <th scope="col">{x.value({ unit: props.unit })}</th>
            <th scope="col">{x.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr data-unit={r.unit}>
              <td class="num">{r.value === null ? '' : i + 1}</td>
              <th scope="row">
                <a href={`/don-vi/${encodeURIComponent(r.unit)}?nam=${r.year}`}>{r.unitName}</a>
              </th>
              <td class="num" data-value={r.value ?? ''}>
                <span class="rank-bar" aria-hidden="true">
                  <span style={`width:${max > 0 && r.value !== null ? Math.max(0, (100 * r.value) / max).toFixed(1) : 0}%;background:${FILL[r.status]}`} />
                </span>{' '}
                {formatNumber(lang, r.value)}
              </td>
              <td>
                <LightBadge light={r.status} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * `/ban-do?chi-so=<indicator>&nam=<year>[&don-vi=<code>]`: the choropleth of an indicator by province on the map in
 * force that year, rendered on the server as SVG beside its table; a province's communes as a ranked bar chart.
 * A GET form, so it works without JavaScript.
 */
export const mapPage = new Hono<AppEnv>().get('/ban-do', async (c) => {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const x = mapText(lang);
  const { years, complete } = await dataYears(db);
  const catalogue = await listIndicators(db);
  const indicator = c.req.query('chi-so') ?? (catalogue.some((i) => i.code === DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : (catalogue[0]?.code ?? ''));
  const yearText = c.req.query('nam') ?? String(complete);
  const placeCode = c.req.query('don-vi');
  const query = (unit?: string) => new URLSearchParams({ 'chi-so': indicator, nam: yearText, ...(unit ? { 'don-vi': unit } : {}) }).toString();

  let error: UserError | null = null;
  let provinces: ProgrammeMap | null = null;
  let communes: { rows: AnalyticsRow[]; caption: string; unit: string } | null = null;
  let place: Unit | undefined;
  try {
    if (placeCode !== undefined && placeCode !== '' && placeCode !== 'VN') {
      place = await findUnit(db, placeCode);
      if (!place)
        throw new UserError(analysisErrors.noPlace({ text: placeCode }), 400, [{ said: analysisErrors.noPlace({ text: placeCode }), field: 'units' }]);
      const r = await communeRanking(db, place, indicator, Number(yearText));
      communes = {
        rows: r.rows,
        unit: r.indicator.unit,
        caption: x.communeCaption({ indicator: indicatorName(lang, r.indicator), year: r.year, place: place.fullName ?? place.name }),
      };
    } else {
      provinces = await provinceMap(db, indicator, Number.isInteger(Number(yearText)) ? Number(yearText) : Number.NaN);
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error = new UserError(
      e.said,
      e.status,
      e.problems.map((p) => ({ ...p, field: FIELD_OF[p.field ?? ''] ?? p.field })),
    );
  }
  if (error) c.status(400);
  const counts = new Map<Light, number>();
  for (const cell of provinces?.cells.filter((m) => m.area !== null) ?? []) counts.set(cell.status, (counts.get(cell.status) ?? 0) + 1);
  const indLabel = provinces ? `${indicatorName(lang, provinces.indicator)} (${provinces.indicator.unit})` : '';
  return c.html(
    <Layout ctx={ctx} title={place ? `${x.title} — ${place.name}` : x.title}>
      <h1>{place ? `${x.title} — ${place.fullName ?? place.name}` : x.title}</h1>
      <p class="no-print">{x.intro}</p>
      {error ? <ErrorSummary lang={lang} error={error} title={analysisText(lang).thereIsAProblem} labels={{ 'chi-so': x.indicator, nam: x.year }} /> : null}
      <form method="get" action="/ban-do" class="inline no-print map-form">
        <div>
          <label for="chi-so">{x.indicator}</label>
          <select id="chi-so" name="chi-so">
            {catalogue.map((i) => (
              <option value={i.code} selected={i.code === indicator}>
                {indicatorName(lang, i)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="nam">{x.year}</label>
          <select id="nam" name="nam">
            {years.map((y) => (
              <option value={String(y)} selected={String(y) === yearText}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {place ? <input type="hidden" name="don-vi" value={place.code} /> : null}
        <button type="submit">{x.show}</button>
      </form>
      {provinces ? (
        <div class="map-layout">
          {provinces.drawn ? (
            <figure class="map">
              <MapSvg m={provinces} indicatorLabel={indLabel} t={t} lang={lang} />
              <Legend counts={counts} t={t} lang={lang} />
              <figcaption class="muted">{x.source}</figcaption>
            </figure>
          ) : (
            <p class="notice">{x.noBoundaries}</p>
          )}
          <ProvinceTable m={provinces} t={t} lang={lang} query={query} />
        </div>
      ) : null}
      {communes && place ? (
        <>
          <p class="notice">{x.noCommuneBoundaries}</p>
          <p class="no-print">
            <a href={`/ban-do?${query()}`}>{x.backToCountry}</a>
          </p>
          <CommuneBars rows={communes.rows} caption={communes.caption} unit={communes.unit} t={t} lang={lang} />
        </>
      ) : null}
    </Layout>,
  );
});
