import type { AppContext } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { MIN_LENGTH } from '../accounts/password-policy.ts';
import { roleNames } from '../accounts/messages.ts';
import type { Person } from '../accounts/people-read.ts';
import type { Place } from '../statistics/template-places.ts';
import { Field, type FieldProblems } from './form-bits.tsx';
import { adminText } from './messages.ts';
import type { Typed } from './person-form-values.ts';

/** Where an account belongs, by name: its institution, else its unit. */
export const placeLabel = (p: Person) => (p.institution ? p.institution.name : p.unit ? p.unit.name : '');

/** An account's form (new or existing): name, username and password when new, e-mail, role, place by name. */
export function PersonForm(props: {
  c: AppContext;
  action: string;
  typed: Typed;
  problems: FieldProblems;
  places: Place[];
  choose?: Place[];
  roles: string[];
  isNew: boolean;
}) {
  const { c, typed, problems } = props;
  const ctx = pageContext(c);
  const lang = ctx.lang;
  const a = adminText(lang);
  const input = (id: keyof Typed | 'password') => ({ id, 'aria-invalid': problems.has(id) ? ('true' as const) : undefined });
  return (
    <form method="post" action={props.action} class="rule-form" novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrf} />
      <Field id="name" label={a.fieldName} problem={problems.get('name')}>
        {(d) => <input {...input('name')} name="name" value={typed.name} autocomplete="off" aria-describedby={d} />}
      </Field>
      {props.isNew ? (
        <>
          <Field id="username" label={a.fieldUsername} hint={a.usernameHint} problem={problems.get('username')}>
            {(d) => <input {...input('username')} name="username" value={typed.username} autocomplete="off" autocapitalize="none" aria-describedby={d} />}
          </Field>
          <Field id="password" label={a.fieldPassword({ min: MIN_LENGTH })} hint={a.passwordHint} problem={problems.get('password')}>
            {(d) => <input {...input('password')} name="password" type="password" autocomplete="new-password" aria-describedby={d} />}
          </Field>
        </>
      ) : null}
      <Field id="email" label={a.fieldEmail} hint={a.emailHint} problem={problems.get('email')}>
        {(d) => <input {...input('email')} name="email" type="email" value={typed.email} autocomplete="off" autocapitalize="none" aria-describedby={d} />}
      </Field>
      <Field id="role" label={a.fieldRole} problem={problems.get('role')}>
        {(d) => (
          <select {...input('role')} name="role" aria-describedby={d}>
            {props.roles.map((r) => (
              <option value={r} selected={r === typed.role}>
                {roleNames(lang, r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="place" label={a.fieldPlace} hint={a.placeHint} problem={problems.get('place')}>
        {(d) => (
          <>
            <input
              {...input('place')}
              name="noi"
              value={typed.place}
              list={props.places.length <= 1000 ? 'places' : undefined}
              autocomplete="off"
              aria-describedby={d}
            />
            {props.places.length <= 1000 ? (
              <datalist id="places">
                {props.places.map((p) => (
                  <option value={p.label} />
                ))}
              </datalist>
            ) : null}
          </>
        )}
      </Field>
      {props.choose && props.choose.length > 0 ? (
        <fieldset class="choices">
          <legend>{a.choosePlace}</legend>
          {props.choose.map((p, i) => (
            <label>
              <input type="radio" name="noi-ma" value={`${p.kind}:${p.code}`} checked={i === 0} /> {p.label}
              {p.within ? <span class="muted"> ({a.withinUnit({ unit: p.within })})</span> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p>
        <button class="primary" type="submit">
          {props.isNew ? a.create : a.save}
        </button>
      </p>
    </form>
  );
}
