import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError } from '../core/errors.ts';
import { formatNumber, sayIn } from '../core/i18n/index.ts';
import { placeAdminText } from './messages.ts';
import type { PopulationPlan } from './population.ts';
import { managers } from './place-access.ts';
import { nameOf } from './place-name.ts';
import { IMPORT_PATH, PLACES_BASE, unitHref } from './place-paths.ts';

/** At most this many changes are listed after a check. */
const LISTED_CHANGES = 200;

const EXAMPLE = 'Mã đơn vị,Năm,Dân số\n19777,2026,"23.456"\nPhường Vỹ Dạ,2025,23.100';

/** The population file: the form, then the problems by row and column, or the changes a check found. */
export async function importPage(c: AppContext, result?: { error?: UserError; plan?: PopulationPlan; applied?: boolean; text?: string }) {
  managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const error = result?.error;
  const fileProblem = error?.problems.find((x) => x.field === 'file');
  const rows = error?.problems.filter((x) => x.field !== 'file') ?? [];
  const plan = result?.plan;
  return c.html(
    <Layout ctx={ctx} title={s.importTitle}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <h1>{s.importTitle}</h1>
      <p>{s.importIntro}</p>
      <details>
        <summary>{s.example}</summary>
        <pre>{EXAMPLE}</pre>
      </details>
      {error ? (
        <div class="error error-summary" role="alert" aria-labelledby="import-err-h">
          <h2 id="import-err-h">{s.thereIsAProblem}</h2>
          <p>{sayIn(lang, error.said)}</p>
          {fileProblem ? (
            <p>
              <a href="#file">
                {s.file}: {sayIn(lang, fileProblem.said)}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <table class="cards" id="problems">
          <caption>{s.problems}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colRow}</th>
              <th scope="col">{s.colColumn}</th>
              <th scope="col">{s.colProblem}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr>
                <td data-label={s.colRow}>{x.row ?? '—'}</td>
                <td data-label={s.colColumn}>{x.field ?? '—'}</td>
                <td data-label={s.colProblem}>{sayIn(lang, x.said)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan ? (
        <>
          <p class="ok" role="status">
            {result?.applied
              ? s.applied({ changes: plan.changes.length, unchanged: plan.unchanged })
              : s.checked({ rows: plan.rows, changes: plan.changes.length, unchanged: plan.unchanged })}
          </p>
          {plan.changes.length > 0 ? (
            <table class="cards" id="changes">
              <caption>{s.changesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colRow}</th>
                  <th scope="col">{s.colUnit}</th>
                  <th scope="col">{s.colYear}</th>
                  <th scope="col" class="num">
                    {s.colOld}
                  </th>
                  <th scope="col" class="num">
                    {s.colNew}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.changes.slice(0, LISTED_CHANGES).map((ch) => (
                  <tr>
                    <td data-label={s.colRow}>{ch.row}</td>
                    <td data-label={s.colUnit}>
                      <a href={unitHref(ch.unit.code)}>{nameOf(ch.unit)}</a>
                    </td>
                    <td data-label={s.colYear}>{ch.year}</td>
                    <td class="num" data-label={s.colOld}>
                      {formatNumber(lang, ch.old)}
                    </td>
                    <td class="num" data-label={s.colNew}>
                      {formatNumber(lang, ch.total)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {plan.changes.length > LISTED_CHANGES ? <p>{s.changesMore({ n: plan.changes.length - LISTED_CHANGES })}</p> : null}
          {!result?.applied && plan.changes.length > 0 && result?.text !== undefined ? (
            <form method="post" action={IMPORT_PATH}>
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <input type="hidden" name="noi-dung" value={Buffer.from(result.text, 'utf8').toString('base64')} />
              <button class="primary" type="submit" name="buoc" value="nap">
                {s.applyChecked}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="file">{s.file}</label>
        {fileProblem ? (
          <span id="file-err" class="field-error">
            {sayIn(lang, fileProblem.said)}
          </span>
        ) : null}
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileProblem ? 'true' : undefined}
          aria-describedby={fileProblem ? 'file-err' : undefined}
        />
        <p class="actions">
          <button class="primary" type="submit" name="buoc" value="kiem-tra">
            {s.check}
          </button>{' '}
          <button type="submit" name="buoc" value="nap">
            {s.apply}
          </button>
        </p>
      </form>
    </Layout>,
    error ? error.status : 200,
  );
}
