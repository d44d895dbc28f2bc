import { formatDateTime, formatMonth, formatNumber, type Lang } from '../core/i18n/index.ts';
import type { ChangesSince } from './changes.ts';
import { reportingText } from './messages.ts';
import type { Report } from './reports.ts';

/** What changed after the report was sent: how many values, and the latest of them with the value they replaced. */
export function ChangesTable(props: { lang: Lang; report: Report; changes: ChangesSince }) {
  const { lang, report, changes } = props;
  const t = reportingText(lang);
  const n = (v: number) => formatNumber(lang, v, 2);
  return (
    <section aria-labelledby="changes-h" class="changes" data-changes={changes.count}>
      <h2 id="changes-h">{t.changesTitle}</h2>
      <p>{t.changesIntro({ since: formatDateTime(changes.since), count: formatNumber(lang, changes.count, 0), year: report.year, unit: report.unit.name })}</p>
      <table class="cards">
        <caption>{t.changesLatest({ n: formatNumber(lang, changes.shown.length, 0) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.changesInstitution}</th>
            <th scope="col">{t.changesElement}</th>
            <th scope="col">{t.changesPeriod}</th>
            <th scope="col">{t.changesBefore}</th>
            <th scope="col">{t.changesNow}</th>
            <th scope="col">{t.changesAt}</th>
            <th scope="col">{t.changesBy}</th>
          </tr>
        </thead>
        <tbody>
          {changes.shown.map((ch) => (
            <tr>
              <th scope="row">{ch.institution}</th>
              <td data-label={t.changesElement}>{lang === 'vi' ? ch.elementVi : ch.elementEn}</td>
              <td data-label={t.changesPeriod}>{formatMonth(ch.period)}</td>
              <td data-label={t.changesBefore} class="num">
                {ch.before === undefined ? t.beforeUnknown : ch.before === null ? t.beforeEmpty : n(ch.before)}
              </td>
              <td data-label={t.changesNow} class="num">
                {n(ch.value)}
              </td>
              <td data-label={t.changesAt}>{formatDateTime(ch.at)}</td>
              <td data-label={t.changesBy}>{ch.by ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The other way out of an approval whose data changed: return the report, with a comment ready to edit. */
export function ReturnInstead(props: { lang: Lang; report: Report; changes: ChangesSince; action: string; csrf: string }) {
  const { lang, report } = props;
  const t = reportingText(lang);
  return (
    <form method="post" action={props.action} class="narrative">
      <h2 id="return-h">{t.orReturn}</h2>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <div class="field">
        <label for="f-comment">{t.returnComment}</label>
        <textarea id="f-comment" name="comment" rows={3}>
          {t.changedReturnComment({ year: report.year, count: formatNumber(lang, props.changes.count, 0) })}
        </textarea>
      </div>
      <button type="submit">{t.return}</button>
    </form>
  );
}
