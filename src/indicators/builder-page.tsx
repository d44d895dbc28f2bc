import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError } from '../core/errors.ts';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { DatedActionForm, ErrorSummary, formProblems } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { findUnitChoices, unitChoices, UNITS_LISTED, type UnitChoice } from '../network/unit-picker.ts';
import { listElements } from '../statistics/elements.ts';
import { dataYears } from '../statistics/years.ts';
import { listIndicators, type Indicator } from './catalogue.ts';
import { builderText, indicatorName } from './messages.ts';
import { INDICATORS_BASE } from './builder-address.ts';
import { adminOnly } from './builder-access.ts';
import { elementLabel, one, ROWS, SIDES, type Typed } from './builder-form.ts';
import { TermRow } from './builder-term-row.tsx';
import { StatusNote } from '../core/web/status-note.tsx';

interface Preview {
  unit: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** What the builder shows: the form as typed, what was refused, the preview asked for. */
export interface BuilderState {
  typed: Typed;
  error?: UserError;
  preview?: Preview;
}

/** The builder: the list of indicators (on the new one's page), the form, the preview asked for. */
export async function builderPage(c: AppContext, state: BuilderState, editing?: Indicator) {
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
