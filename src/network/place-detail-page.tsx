import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError } from '../core/errors.ts';
import { formatDate, formatNumber, type Lang } from '../core/i18n/index.ts';
import { ErrorSummary, formProblems, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import type { LineageLink } from './lineage.ts';
import { levelName, placeAdminText } from './messages.ts';
import { placeRecord } from './place-admin.ts';
import { managers } from './place-access.ts';
import { Crumbs } from './place-crumbs.tsx';
import { nameOf } from './place-name.ts';
import { PLACES_BASE, treeHref, unitHref } from './place-paths.ts';
import type { Unit } from './units.ts';

function dates(lang: Lang, u: Pick<Unit, 'validFrom' | 'validTo'>): string {
  const s = placeAdminText(lang);
  if (u.validFrom && u.validTo) return s.validFromTo({ from: formatDate(u.validFrom), to: formatDate(u.validTo) });
  if (u.validFrom) return s.validFrom({ from: formatDate(u.validFrom) });
  if (u.validTo) return s.validTo({ to: formatDate(u.validTo) });
  return s.validAlways;
}

function Links(props: { lang: Lang; links: LineageLink[] }) {
  const s = placeAdminText(props.lang);
  return (
    <ul>
      {props.links.map((l) => (
        <li>
          <a href={unitHref(l.unit.code)}>{nameOf(l.unit)}</a> {l.partial ? `${s.part} ` : ''}
          <span class="muted">
            ({levelName(props.lang, l.unit.level)}, {dates(props.lang, l.unit)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One unit: its facts, lineage and population, and the form setting a year's population. */
export async function unitPage(c: AppContext, again?: { error: UserError; typed: Record<string, string> }) {
  const who = managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const r = await placeRecord(c.var.store.db, who, c.req.param('code') ?? '');
  const { unit } = r;
  const p = formProblems(lang, again?.error);
  const saved = again ? undefined : c.req.query('da-luu');
  const typed = (f: string, d = '') => again?.typed[f] ?? d;
  const today = todayLocal();
  const defaultYear = String(unit.validTo && unit.validTo < today ? Number(unit.validTo.slice(0, 4)) : Number(today.slice(0, 4)));
  return c.html(
    <Layout ctx={ctx} title={nameOf(unit)}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <Crumbs lang={lang} path={r.path} day={unit.validTo && unit.validTo < today ? unit.validTo : today} />
      <h1>{nameOf(unit)}</h1>
      {saved ? (
        <p class="ok" role="status">
          {s.saved({ year: saved })}
        </p>
      ) : null}
      <ErrorSummary focus lang={lang} error={again?.error} title={s.thereIsAProblem} labels={{ year: s.year, total: s.total }} />
      <dl class="facts">
        <dt>{s.level}</dt>
        <dd>{levelName(lang, unit.level)}</dd>
        <dt>{s.validity}</dt>
        <dd>{dates(lang, unit)}</dd>
        <dt>{s.parent}</dt>
        <dd>{r.parent ? <a href={unitHref(r.parent.code)}>{nameOf(r.parent)}</a> : s.noParent}</dd>
        <dt>{s.code}</dt>
        <dd>
          <small>
            <code>{unit.code}</code>
          </small>
        </dd>
      </dl>
      <p>
        <a href={treeHref(unit.code, unit.validTo && unit.validTo < today ? unit.validTo : today)}>{s.below}</a> ·{' '}
        <a href={`/don-vi/${encodeURIComponent(unit.code)}`}>{s.dashboard}</a>
      </p>
      <h2 id="lineage-h">{s.lineage}</h2>
      {r.predecessors.length === 0 && r.successors.length === 0 ? <p>{s.noLineage}</p> : null}
      {r.predecessors.length > 0 ? (
        <section aria-labelledby="formed-h" data-lineage="formed">
          <h3 id="formed-h">{s.formedFrom}</h3>
          <Links lang={lang} links={r.predecessors} />
        </section>
      ) : null}
      {r.successors.length > 0 ? (
        <section aria-labelledby="passed-h" data-lineage="passed">
          <h3 id="passed-h">{s.passedInto}</h3>
          <Links lang={lang} links={r.successors} />
        </section>
      ) : null}
      <h2 id="population-h">{s.population}</h2>
      <p class="muted">{s.populationIntro}</p>
      {r.population.length === 0 ? (
        <p>{s.noPopulation}</p>
      ) : (
        <table class="cards" aria-labelledby="population-h" id="population">
          <thead>
            <tr>
              <th scope="col">{s.colYear}</th>
              <th scope="col" class="num">
                {s.colOwn}
              </th>
              <th scope="col" class="num">
                {s.colBelowSum}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.population.map((row) => (
              <tr>
                <th scope="row" data-label={s.colYear}>
                  {row.year}
                </th>
                <td class="num" data-label={s.colOwn}>
                  {formatNumber(lang, row.own)}
                </td>
                <td class="num" data-label={s.colBelowSum}>
                  {formatNumber(lang, row.below)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="set-h">{s.setPopulation}</h3>
      <form method="post" action={`${unitHref(unit.code)}/dan-so`} aria-labelledby="set-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <TextField problems={p} name="year" label={s.year} value={typed('year', defaultYear)} inputmode="numeric" />
        <TextField problems={p} name="total" label={s.total} value={typed('total')} inputmode="numeric" hint={s.totalHint} />
        <p>
          <button class="primary" type="submit">
            {s.save}
          </button>
        </p>
      </form>
    </Layout>,
    again?.error.status ?? 200,
  );
}
