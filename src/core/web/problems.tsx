import type { Child } from 'hono/jsx';
import type { UserError, Said } from '../errors.ts';
import { sayIn, type Lang } from '../i18n/index.ts';

/**
 * A refused form's problems as the GOV.UK pattern shows them (as on the entry form and the validation rules'
 * page): a summary at the top linking each problem to its field, the reason beside the field, `aria-invalid` and
 * `aria-describedby` on it, the first bad field focused.
 */
export interface FormProblems {
  /** The reason beside a field (nothing when it is fine). */
  Err: (p: { field: string }) => Child;
  /** The attributes of a field's input: invalid, described by its reason (and a hint), focused when first. */
  aria: (field: string, hint?: string) => Record<string, string | boolean | undefined>;
  has: (field: string) => boolean;
}

export function formProblems(lang: Lang, error: UserError | undefined): FormProblems {
  const bad = new Map<string, Said>();
  for (const p of error?.problems ?? []) if (p.field && !bad.has(p.field)) bad.set(p.field, p.said);
  const firstBad = bad.keys().next().value;
  return {
    Err: (p) => {
      const said = bad.get(p.field);
      return said ? (
        <span id={`${p.field}-err`} class="field-error">
          {sayIn(lang, said)}
        </span>
      ) : null;
    },
    aria: (field, hint) => ({
      'aria-invalid': bad.has(field) ? 'true' : undefined,
      'aria-describedby': [bad.has(field) ? `${field}-err` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
      autofocus: firstBad === field,
    }),
    has: (field) => bad.has(field),
  };
}

/** The summary at the top of a refused form: what was refused, and each problem linked to its field. */
export function ErrorSummary(props: { lang: Lang; error: UserError | undefined; title: string; labels: Record<string, string> }) {
  const { lang, error, labels } = props;
  if (!error) return null;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{props.title}</h2>
      <p>{sayIn(lang, error.said)}</p>
      <ul>
        {error.problems.map((p) => (
          <li>
            {p.field && labels[p.field] ? (
              <a href={`#${p.field}`}>
                {labels[p.field]}: {sayIn(lang, p.said)}
              </a>
            ) : (
              sayIn(lang, p.said)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A form that does one thing from a date (close an institution, retire an element or an indicator): the date typed
 * dd/mm/yyyy (today offered), its reason beside it after a refusal, one button.
 */
export function DatedActionForm(props: {
  action: string;
  csrf: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  field: string;
  label: string;
  value: string;
  hint: string;
  button: string;
  problems: FormProblems;
}) {
  const { field, problems: p } = props;
  const hint = `${field}-hint`;
  return (
    <form method="post" action={props.action} aria-labelledby={props.labelledBy} class="rule-form">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <label for={field}>{props.label}</label>
      <p.Err field={field} />
      <input id={field} name={field} inputmode="numeric" value={props.value} {...p.aria(field, hint)} />
      <p id={hint} class="muted">
        {props.hint}
      </p>
      <p>
        <button class="primary" type="submit">
          {props.button}
        </button>
      </p>
    </form>
  );
}
