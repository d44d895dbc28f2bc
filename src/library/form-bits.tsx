import type { Child } from 'hono/jsx';
import type { Lang } from '../core/i18n/index.ts';
import { sayIn } from '../core/i18n/index.ts';
import type { UserError } from '../core/errors.ts';
import { patronText } from './patron-messages.ts';

/**
 * Forms of the patron pages and the reader's page (issue 20): a refusal keeps the person on the form it came from,
 * what they typed kept, the reason beside the field and in a summary at the top (the GOV.UK error summary).
 */
export interface Refusal {
  /** Which form on the page was refused. */
  form: string;
  /** The reason as a whole, in the page's language. */
  said: string;
  /** Each field's problem, in words. */
  fields: Record<string, string>;
  /** What was typed, by field name. */
  typed: Record<string, string>;
}

/** A refusal of a form, from the service's error. */
export function refusal(lang: Lang, form: string, e: UserError, typed: Record<string, string>): Refusal {
  const fields: Record<string, string> = {};
  for (const p of e.problems) if (p.field) fields[p.field] ??= sayIn(lang, p.said);
  return { form, said: sayIn(lang, e.said), fields, typed };
}

export const Csrf = (props: { token: string }) => <input type="hidden" name="_csrf" value={props.token} />;

/** The summary at the top of the page, each problem linking to its field (ids `${form}-${field}`). */
export function ErrorSummary(props: { lang: Lang; r: Refusal | undefined }) {
  const { r } = props;
  if (!r) return null;
  const problems = Object.entries(r.fields);
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{patronText(props.lang).thereIsAProblem}</h2>
      <p>{r.said}</p>
      {problems.length ? (
        <ul>
          {problems.map(([field, said]) => (
            <li>
              <a href={`#${r.form}-${field}`}>{said}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A labelled field of a form: the value typed kept and the problem beside it when the form was refused. */
export function FormField(props: {
  form: string;
  name: string;
  label: string;
  r: Refusal | undefined;
  value?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'tel' | 'text' | 'numeric';
  children?: Child;
}) {
  const id = `${props.form}-${props.name}`;
  const mine = props.r?.form === props.form ? props.r : undefined;
  const problem = mine?.fields[props.name];
  const value = mine ? (mine.typed[props.name] ?? '') : (props.value ?? '');
  return (
    <p class="field">
      <label for={id}>{props.label}</label>
      {problem ? (
        <span id={`${id}-err`} class="field-error">
          {problem}
        </span>
      ) : null}
      {props.children ?? (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={value}
          required={props.required}
          autocomplete={props.autocomplete ?? 'off'}
          inputmode={props.inputmode}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${id}-err` : undefined}
          style="display:block;width:100%;max-width:24rem;box-sizing:border-box"
        />
      )}
    </p>
  );
}
