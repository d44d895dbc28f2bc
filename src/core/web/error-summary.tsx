import type { UserError } from '../errors.ts';
import { sayIn, type Lang } from '../i18n/index.ts';

/**
 * A refused form's summary (the GOV.UK error summary pattern): its heading, what the refusal says, then each problem
 * as a link to its field (`#<field>`), named by the field's label when the page gives one. Nothing without an error.
 * `focus`: on a long page of several forms the summary takes the focus when the page loads, so the browser brings it
 * into view where the refused form is (no script); a page that focuses a field for the next keystroke (a desk, a
 * check-in) leaves it off, as the first element asking for the focus gets it.
 */
export function ErrorSummary(props: { lang: Lang; error: UserError | undefined; title: string; labels?: Record<string, string>; focus?: boolean }) {
  const { lang, error } = props;
  if (!error) return null;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h" tabindex={-1} autofocus={props.focus ? true : undefined}>
      <h2 id="error-summary-h">{props.title}</h2>
      <p>{sayIn(lang, error.said)}</p>
      {error.problems.length > 0 ? (
        <ul>
          {error.problems.map((p) => {
            const label = p.field ? props.labels?.[p.field] : undefined;
            const text = label ? `${label}: ${sayIn(lang, p.said)}` : sayIn(lang, p.said);
            return <li>{p.field ? <a href={`#${p.field}`}>{text}</a> : text}</li>;
          })}
        </ul>
      ) : null}
    </div>
  );
}
