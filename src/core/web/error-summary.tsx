import type { UserError } from '../errors.ts';
import { sayIn, type Lang } from '../i18n/index.ts';

/**
 * A refused form's summary (the GOV.UK error summary pattern): its heading, what the refusal says, then each problem
 * as a link to its field (`#<field>`), named by the field's label when the page gives one.
 */
export function ErrorSummary(props: { lang: Lang; error: UserError; title: string; labels?: Record<string, string> }) {
  const { lang, error } = props;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h" tabindex={-1}>
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
