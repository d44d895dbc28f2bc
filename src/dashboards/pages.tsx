import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { ReportingBlock } from '../reporting/dashboard-block.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { formatDate, formatNumber, sayIn } from '../core/i18n/index.ts';
import { UserError } from '../core/errors.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit } from '../network/access.ts';
import { dashboardFor } from '../indicators/evaluate.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import { targetsInForceYears } from '../targets/in-force.ts';
import { findUnit, rootUnits, unitPath } from '../network/units.ts';
import { institutionsIn, kindNames } from '../network/institutions.ts';
import { Breadcrumbs, IndicatorTable } from './components.tsx';
import { Lineage } from './lineage.tsx';
import { endedNotes } from '../network/lineage.ts';
import { YearForm } from '../core/web/year-form.tsx';
import { childrenByLevel, standings, trendFor, type ChildSort } from './queries.ts';
import { ChildrenTables } from './children-table.tsx';
import { appliesAt } from '../indicators/levels.ts';
import { levelName } from '../network/messages.ts';
import { trendChartSvg } from './trend-chart.ts';
import { plansOfUnit } from '../plans/queries.ts';
import { plansText } from '../plans/messages.ts';
import { dashboardsText, mapText } from './messages.ts';
import { dataYears, monthsSoFar, yearParam } from '../statistics/years.ts';

/** Indicators shown for each unit in the drill-down table. */
const HEADLINE = ['LIB_LLL_PUBLIC', 'LIB_USERS_GROWTH', 'CC_CLUBS_COMMUNE', 'MUS_EDUCATION'];

/** `?sap-xep=<indicator code>|name&chieu=tang|giam`: how the drill-down is sorted (by name, A to Z, unless asked). */
function sortParam(by: string | undefined, dir: string | undefined): ChildSort {
  const key = by && (by === 'name' || HEADLINE.includes(by)) ? by : 'name';
  return { by: key, desc: dir === 'giam' };
}

export const dashboardPages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const roots = await rootUnits(c.var.store.db);
    const home = roots.find((u) => u.code === 'VN') ?? roots[0];
    if (!home) return c.text(dashboardsText(c.var.lang).noMap, 503);
    return c.redirect(`/don-vi/${encodeURIComponent(home.code)}`, 302);
  })
  .get('/don-vi/:code', async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const { t, lang } = ctx;
    const dt = dashboardsText(lang);
    const pt = plansText(lang);
    const unit = await findUnit(db, c.req.param('code'));
    if (!unit) throw new UserError(networkErrors.unitNotFound(), 404);
    const { years, complete } = await dataYears(db);
    const year = yearParam(c.req.query('nam'), complete);
    const months = monthsSoFar(year);
    const partial = months < 12 ? dt.partialGrowth : null;
    const sort = sortParam(c.req.query('sap-xep'), c.req.query('chieu'));
    // the catalogue and the targets in force (this year and the trend's) are read once for the whole page
    const catalogue = await listIndicators(db);
    const trendYears = years.filter((y) => y <= year).slice(-6);
    const targets = await targetsInForceYears(db, unit.id, [...trendYears, year]);
    const byCode = new Map(catalogue.map((i) => [i.code, i]));
    // an indicator that counts only institutions of a level above (provincial libraries in a commune) is not listed
    const rows = (await dashboardFor(db, unit, year, lang, { catalogue, targets: targets.get(year) })).filter(
      (r) => r.value !== null || appliesAt(byCode.get(r.indicator)!, unit.level),
    );
    const { groups, misplaced } = await childrenByLevel(db, unit, year, HEADLINE, { catalogue, sort });
    const children = groups.flatMap((g) => g.rows);
    const indicatorNames = new Map(rows.map((r) => [r.indicator, r]));
    const isAdmin = c.var.principal?.role === 'admin';
    const chosen = rows.find((r) => r.indicator === c.req.query('chi-so')) ?? rows.find((r) => r.indicator === 'LIB_USERS_GROWTH') ?? rows[0];
    const trend = chosen ? await trendFor(db, unit, chosen.indicator, trendYears, { catalogue, targets }) : [];
    const partialIn = (y: number) => (monthsSoFar(y) < 12 ? dt.partialGrowth : undefined);
    // a growth of a unit that did not last a year (a commune merged on 01/07/2025) reads "đã sáp nhập vào …", never −100 %
    const gone = await endedNotes(db, [unit, ...children.map((ch) => ch.unit)], year, lang);
    const goneIn = new Map(
      await Promise.all(trend.map(async (p) => [p.year, (await endedNotes(db, [unit], p.year, lang)).get(unit.id) ?? partialIn(p.year)] as const)),
    );
    const growth = new Set(rows.filter((r) => r.comparesYears).map((r) => r.indicator));
    const chosenGrowth = chosen ? growth.has(chosen.indicator) : false;
    const canSeeInstitutions = await canReadUnit(db, c.var.principal, unit.id);
    const asOf = unit.validTo !== null && unit.validTo < `${year}-12-31` ? unit.validTo : `${year}-12-31`;
    const institutions = canSeeInstitutions && children.length === 0 ? await institutionsIn(db, unit.id, { limit: 200, asOf }) : [];
    const kinds = institutions.length > 0 ? await kindNames(db) : new Map<string, { vi: string; en: string }>();
    const kindName = (code: string) => sayIn(lang, kinds.get(code) ?? { vi: code, en: code });
    const path = await unitPath(db, unit);
    const plans = await plansOfUnit(db, unit.id, { drafts: canSeeInstitutions });
    return c.html(
      <Layout ctx={ctx} title={unit.name}>
        <Breadcrumbs path={path} year={year} label={t.unit} />
        <h1>
          {unit.fullName ?? unit.name} — {year}
        </h1>
        {await Lineage({ db, unit, year, principal: c.var.principal, lang })}
        <YearForm action={`/don-vi/${encodeURIComponent(unit.code)}`} year={year} years={years} t={t} />
        {months < 12 ? (
          <p class="notice" data-partial-year={String(months)}>
            {months > 0 ? dt.partialYear({ year, month: months, complete }) : dt.partialYearNoMonth({ year, complete })}
          </p>
        ) : null}
        <p class="no-print">
          <a href={`/phan-tich?don-vi=${encodeURIComponent(unit.code)}&nam=${year}`}>{dt.analyseLink}</a> ·{' '}
          <a href={`/ban-do?nam=${year}${unit.level === 'province' ? `&don-vi=${encodeURIComponent(unit.code)}` : ''}`}>{mapText(lang).title}</a>
        </p>
        {!c.var.principal ? <p class="muted">{t.publicNote}</p> : null}
        {unit.validTo !== null && unit.validTo < `${year}-01-01` ? (
          <p class="notice">{dt.notInYear({ year })}</p>
        ) : (
          <IndicatorTable
            rows={rows}
            lang={lang}
            t={t}
            caption={months < 12 ? `${unit.name}, ${year} (${dt.toMonth({ month: months })})` : `${unit.name}, ${year}`}
            gone={gone.get(unit.id) ?? partial}
          />
        )}
        {canSeeInstitutions ? await ReportingBlock({ db, unit, year, principal: c.var.principal, lang }) : null}
        {plans.length > 0 || (canSeeInstitutions && c.var.principal?.role !== 'viewer') ? (
          <section aria-labelledby="plans-h">
            <h2 id="plans-h">{t.plans}</h2>
            {canSeeInstitutions && c.var.principal?.role !== 'viewer' ? (
              <p>
                <a href={`/ke-hoach/moi?don-vi=${encodeURIComponent(unit.code)}`}>{pt.uploadPlan}</a> ·{' '}
                <a href={`/don-vi/${encodeURIComponent(unit.code)}/lich?nam=${year}`}>{pt.activityCalendar}</a>
              </p>
            ) : null}
            <ul>
              {plans.map((p) => (
                <li>
                  <a href={`/ke-hoach/${p.id}`}>{p.number ?? p.title}</a>
                  {p.date ? ` (${formatDate(p.date)})` : ''} — {p.yearFrom}–{p.yearTo}
                  {p.status === 'draft' ? dt.draftToReview : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {children.length > 0 ? (
          <section aria-labelledby="children-h">
            <h2 id="children-h">{t.subunits}</h2>
            <ChildrenTables
              groups={groups}
              columns={HEADLINE.map((code) => ({ code, name: indicatorNames.get(code)?.name ?? byCode.get(code)?.nameVi ?? code }))}
              growth={growth}
              gone={gone}
              partial={partial}
              sort={sort}
              href={(by, desc) =>
                `/don-vi/${encodeURIComponent(unit.code)}?nam=${year}&sap-xep=${encodeURIComponent(by)}&chieu=${desc ? 'giam' : 'tang'}#children-h`
              }
              unitHref={(code) => `/don-vi/${encodeURIComponent(code)}?nam=${year}`}
              lang={lang}
              t={t}
            />
          </section>
        ) : null}
        {isAdmin && misplaced.length > 0 ? (
          <div class="notice" data-misplaced="">
            <p>{dt.misplaced}</p>
            <ul>
              {misplaced.map((u) => (
                <li>
                  <a href={`/don-vi/${encodeURIComponent(u.code)}?nam=${year}`}>{u.name}</a> ({levelName(lang, u.level)})
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        {institutions.length > 0 ? (
          <section aria-labelledby="inst-h">
            <h2 id="inst-h">{t.institutions}</h2>
            <ul>
              {institutions.map((i) => (
                <li>
                  <a href={`/co-so/${encodeURIComponent(i.code)}?nam=${year}`}>{i.name}</a> <span class="muted">({kindName(i.kind)})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {chosen ? (
          <section aria-labelledby="trend-h">
            <h2 id="trend-h">
              {t.trend}: {chosen.name}
            </h2>
            <form method="get" action={`/don-vi/${encodeURIComponent(unit.code)}`} class="inline">
              <input type="hidden" name="nam" value={String(year)} />
              <div>
                <label for="chi-so">{t.indicator}</label>
                <select id="chi-so" name="chi-so">
                  {rows.map((r) => (
                    <option value={r.indicator} selected={r.indicator === chosen.indicator}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit">{t.show}</button>
            </form>
            {/* drawn twice, for a wide screen and for a phone (where the wide one, scaled to fit, had figures too small to read) */}
            <div class="chart">
              {([640, 360] as const).map((width) => (
                <div
                  class={width === 640 ? 'chart-wide' : 'chart-narrow'}
                  dangerouslySetInnerHTML={{
                    __html: trendChartSvg(
                      trend.map((p) => String(p.year)),
                      [
                        { name: t.value, values: trend.map((p) => (chosenGrowth && goneIn.get(p.year) ? null : p.value)) },
                        { name: t.target, values: trend.map((p) => p.target), dashed: true },
                      ],
                      { unit: chosen.unitLabel, lang, width, height: width === 640 ? 260 : 240 },
                    ),
                  }}
                />
              ))}
            </div>
            <table>
              <caption class="muted" style="text-align:left">
                {t.dataTable}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.year}</th>
                  <th scope="col">{t.value}</th>
                  <th scope="col">{t.target}</th>
                </tr>
              </thead>
              <tbody>
                {trend.map((p) => (
                  <tr>
                    <th scope="row">
                      {p.year}
                      {monthsSoFar(p.year) < 12 ? <span class="muted"> ({dt.toMonth({ month: monthsSoFar(p.year) })})</span> : null}
                    </th>
                    {chosenGrowth && goneIn.get(p.year) ? <td class="gone">{goneIn.get(p.year)}</td> : <td class="num">{formatNumber(lang, p.value)}</td>}
                    <td class="num">{formatNumber(lang, p.target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </Layout>,
    );
  })
  .get('/tong-quan', async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const { t, lang } = ctx;
    const dt = dashboardsText(lang);
    const { years, complete } = await dataYears(db);
    const year = yearParam(c.req.query('nam'), complete);
    const asked = c.req.query('don-vi');
    const parent = asked ? await findUnit(db, asked) : ((await findUnit(db, 'VN')) ?? (await rootUnits(db))[0]);
    if (!parent) throw new UserError(networkErrors.unitNotFound(), 404);
    const list = await standings(db, parent, year, lang);
    return c.html(
      <Layout ctx={ctx} title={t.navOverview}>
        <h1>
          {t.furthestBehind} — {parent.name}, {year}
        </h1>
        <YearForm action="/tong-quan" year={year} years={years} t={t} extra={{ 'don-vi': parent.code }} />
        <p class="muted">{dt.overviewRanking}</p>
        <div class="scroll" role="region" tabindex={0} aria-label={t.furthestBehind}>
          {/* on a phone each place is a card, its cells labelled */}
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">{t.unit}</th>
                <th scope="col">{dt.shareMet}</th>
                <th scope="col">{t.met}</th>
                <th scope="col">{t.behind}</th>
                <th scope="col">{dt.targetsSet}</th>
                <th scope="col">{dt.largestGaps}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={`/don-vi/${encodeURIComponent(s.unit.code)}?nam=${year}`}>{s.unit.name}</a>
                  </th>
                  <td class="num" data-share-met={s.shareMet ?? ''} data-label={dt.shareMet}>
                    {s.shareMet === null ? dt.noTargetsSet : `${formatNumber(lang, s.shareMet * 100, 0)} %`}
                  </td>
                  <td class="num" data-label={t.met}>
                    {s.met}
                  </td>
                  <td class="num" data-label={t.behind}>
                    {s.behind}
                  </td>
                  <td class="num" data-label={dt.targetsSet}>
                    {s.withTarget}
                  </td>
                  <td data-label={dt.largestGaps}>
                    <ul>
                      {s.worst.map((w) => (
                        <li>
                          {w.name}: {formatNumber(lang, w.value)} / {formatNumber(lang, w.target)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Layout>,
    );
  });
