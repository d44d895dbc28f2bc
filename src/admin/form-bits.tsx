import type { Child } from 'hono/jsx';
import type { Problem } from '../core/errors.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { adminText } from './messages.ts';

/** The problems of a refused form, each beside its field by id (the GOV.UK error summary, then the fields). */
export type FieldProblems = Map<string, string>;

export function problemsOf(lang: Lang, problems: Problem[], rename: Record<string, string> = {}): FieldProblems {
  const out: FieldProblems = new Map();
  for (const p of problems) {
    const field = rename[p.field ?? ''] ?? p.field ?? '';
    if (!out.has(field)) out.set(field, sayIn(lang, p.said));
  }
  return out;
}

export function ErrorSummary(props: { lang: Lang; problems: FieldProblems; said?: string }) {
  if (props.problems.size === 0 && !props.said) return null;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{adminText(props.lang).thereIsAProblem}</h2>
      {props.said ? <p>{props.said}</p> : null}
      <ul>
        {[...props.problems].map(([field, text]) => (
          <li>{field ? <a href={`#${field}`}>{text}</a> : text}</li>
        ))}
      </ul>
    </div>
  );
}

/** A labelled field: its hint and its problem are read with it (aria-describedby); the control is the child. */
export function Field(props: { id: string; label: string; hint?: string; problem?: string; children: (describedBy: string | undefined) => Child }) {
  const ids = [props.hint ? `${props.id}-hint` : '', props.problem ? `${props.id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <span id={`${props.id}-hint`} class="muted hint">
          {props.hint}
        </span>
      ) : null}
      {props.problem ? (
        <span id={`${props.id}-err`} class="field-error">
          {props.problem}
        </span>
      ) : null}
      {props.children(ids)}
    </div>
  );
}
