import type { Problem } from '../core/errors.ts';
import { formatMonth, formatNumber, sayIn, type Lang, type Messages } from '../core/i18n/index.ts';
import { heldUploads } from './held-uploads.ts';
import { statisticsText } from './messages.ts';
import type { ImportCheck } from './value-import.ts';

/*
 * What the import page (import-page.tsx) shows of a file it checked: its problems in words, or each cell it changes.
 */

/** Problems listed on the page: a file wrong on every one of a million rows makes a page a person can still read. */
const PROBLEMS_SHOWN = 1000;

const columnWord = (lang: Lang, field: string | undefined) => {
  const s = statisticsText(lang);
  const words: Record<string, string> = { institution: s.colInstitution, dataElement: s.colElement, period: s.colPeriod, value: s.colValue };
  return field === undefined ? '' : (words[field] ?? field);
};

/** The problems of a file: how many, nothing saved, then each by row and column, in words. */
export function Problems(props: { lang: Lang; t: Messages; check: ImportCheck }) {
  const { lang, check, t } = props;
  const s = statisticsText(lang);
  const n = (x: number) => formatNumber(lang, x, 0);
  return (
    <div class="error error-summary" role="alert" aria-labelledby="problems-h">
      <h2 id="problems-h">{s.thereIsAProblem}</h2>
      <p>{s.importProblems({ n: n(check.problems.length) })}</p>
      {check.problems.length > PROBLEMS_SHOWN ? <p>{s.importProblemsShown({ shown: n(PROBLEMS_SHOWN) })}</p> : null}
      <ProblemTable lang={lang} t={t} problems={check.problems.slice(0, PROBLEMS_SHOWN)} />
    </div>
  );
}

function ProblemTable(props: { lang: Lang; t: Messages; problems: Problem[] }) {
  const { lang, t } = props;
  return (
    <div class="scroll" role="region" aria-labelledby="problems-h" tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.row}</th>
            <th scope="col">{t.column}</th>
            <th scope="col">{t.problem}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p) => (
            <tr>
              <td class="num">{p.row ?? ''}</td>
              <td>{columnWord(lang, p.field)}</td>
              <td>{sayIn(lang, p.said)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A clean check: what it found, each changed cell old → new, and the button that saves the same file. */
export function Changes(props: { lang: Lang; csrf: string; check: ImportCheck; token?: string }) {
  const { lang, check } = props;
  const s = statisticsText(lang);
  const n = (x: number) => formatNumber(lang, x, 0);
  const value = (v: number | null) => (v === null ? <span class="muted">{s.noOldValue}</span> : formatNumber(lang, v, 0));
  const period = (p: string) => (p.length === 4 ? s.yearPeriod({ year: p }) : formatMonth(p));
  const file = check.name;
  return (
    <section>
      <div class="ok" role="status">
        <p class="flush">
          {check.changed > 0
            ? s.checkedSummary({ file, rows: n(check.rows), changed: n(check.changed), unchanged: n(check.unchanged) })
            : s.nothingChanges({ file })}
        </p>
        {check.blank > 0 ? <p class="flush">{s.blankRows({ n: n(check.blank) })}</p> : null}
      </div>
      {check.changed > 0 ? (
        <>
          <h2 id="changes-h">{s.changesHeading}</h2>
          {check.changed > check.changes.length ? <p>{s.changesShown({ shown: n(check.changes.length), n: n(check.changed) })}</p> : null}
          <div class="scroll" role="region" aria-labelledby="changes-h" tabindex={0}>
            <table class="changes">
              <thead>
                <tr>
                  <th scope="col">{s.colInstitution}</th>
                  <th scope="col">{s.colElement}</th>
                  <th scope="col">{s.colPeriod}</th>
                  <th scope="col" class="num">
                    {s.colOld}
                  </th>
                  <th scope="col" class="num">
                    {s.colNew}
                  </th>
                </tr>
              </thead>
              <tbody>
                {check.changes.map((c) => (
                  <tr>
                    <td>{c.institution}</td>
                    <td>{sayIn(lang, c.element)}</td>
                    <td>{period(c.period)}</td>
                    <td class="num">{value(c.old)}</td>
                    <td class="num">{formatNumber(lang, c.value, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {props.token ? (
            <form method="post" action="/nhap-lieu/xac-nhan">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <input type="hidden" name="token" value={props.token} />
              <p>
                <button class="primary" type="submit">
                  {s.confirmSave({ n: n(check.changed) })}
                </button>
              </p>
              <p class="muted">{s.keptFor({ minutes: heldUploads().minutes })}</p>
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
