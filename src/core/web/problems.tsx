import type { Child } from 'hono/jsx';
import type { UserError, Said } from '../errors.ts';
import { sayIn, type Lang } from '../i18n/index.ts';
import { DateHint, DateInput } from './date-input.tsx';

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

export { ErrorSummary } from './error-summary.tsx';

interface FieldProps {
  problems: FormProblems;
  /** The field's name, also its id and the key of its problems. */
  name: string;
  label: string;
  /** A hint read with the field: under it, or between the label and the reason when `hintFirst`. */
  hint?: Child;
  hintFirst?: boolean;
  /** The id of a hint shown elsewhere on the form (one hint for several fields). */
  hintId?: string;
}

function hintParts(props: FieldProps): { id?: string; hint: Child } {
  const id = props.hint === undefined ? props.hintId : `${props.name}-hint`;
  const hint =
    props.hint === undefined ? null : (
      <p id={id} class="muted">
        {props.hint}
      </p>
    );
  return { id, hint };
}

/** A field's label, the reason beside it after a refusal, the control (the children), its hint. */
function Labelled(props: FieldProps & { hint: Child; children: Child }) {
  const { problems: p, name } = props;
  return (
    <>
      <label for={name}>{props.label}</label>
      {props.hintFirst ? props.hint : null}
      <p.Err field={name} />
      {props.children}
      {props.hintFirst ? null : props.hint}
    </>
  );
}

/**
 * One line of text in a form: its label, the reason beside it after a refusal, the input with what was typed
 * (`aria-invalid`, `aria-describedby`, focused when it is the first refused), its hint.
 */
export function TextField(
  props: FieldProps & { value: string; inputmode?: 'numeric' | 'decimal'; maxlength?: number; autocomplete?: string; list?: string; required?: boolean },
) {
  const { problems: p, name } = props;
  const { id, hint } = hintParts(props);
  return (
    <Labelled {...props} hint={hint}>
      <input
        id={name}
        name={name}
        inputmode={props.inputmode}
        list={props.list}
        autocomplete={props.autocomplete}
        value={props.value}
        maxlength={props.maxlength}
        required={props.required}
        {...p.aria(name, id)}
      />
    </Labelled>
  );
}

/** A choice among a few options in a form, laid out as `TextField`: label, reason beside it, the select, its hint. */
export function SelectField(props: FieldProps & { value: string; options: { value: string; label: string }[] }) {
  const { problems: p, name } = props;
  const { id, hint } = hintParts(props);
  return (
    <Labelled {...props} hint={hint}>
      <select id={name} name={name} {...p.aria(name, id)}>
        {props.options.map((o) => (
          <option value={o.value} selected={props.value === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
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
  return (
    <form method="post" action={props.action} aria-labelledby={props.labelledBy} class="rule-form">
      <input type="hidden" name="_csrf" value={props.csrf} />
      <TextField problems={props.problems} name={props.field} label={props.label} value={props.value} inputmode="numeric" hint={props.hint} />
      <p>
        <button class="primary" type="submit">
          {props.button}
        </button>
      </p>
    </form>
  );
}

/** A day typed dd/mm/yyyy, laid out as `TextField`: label, the hint "ngày/tháng/năm", reason beside it, the input. */
export function DateField(props: FieldProps & { lang: Lang; value: string | null | undefined; required?: boolean }) {
  const { problems: p, name } = props;
  return (
    <Labelled {...props} hint={<DateHint id={name} lang={props.lang} />} hintFirst>
      <DateInput
        id={name}
        value={props.value}
        required={props.required}
        errorId={p.has(name) ? `${name}-err` : undefined}
        autofocus={p.aria(name).autofocus === true}
      />
    </Labelled>
  );
}
