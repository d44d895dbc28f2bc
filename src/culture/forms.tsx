import type { UserError } from '../core/errors.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { cultureText } from './messages.ts';

/** A refused club form: which form, what was typed (and ticked), and what was wrong. */
export interface Again {
  form: 'member' | 'session' | 'link';
  values: Record<string, string>;
  present?: number[];
  error?: UserError;
}

/**
 * A labelled input with what was typed and its problem beside it (aria-invalid, described by the message); a day
 * typed dd/mm/yyyy with its hint when `date`.
 */
export function TextField(p: {
  id: string;
  label: string;
  lang: Lang;
  date?: boolean;
  required?: boolean;
  inputmode?: 'numeric' | 'text';
  autocomplete?: string;
  value?: string;
  again?: Again;
}) {
  const problem = p.again?.error?.problems.find((x) => x.field === p.id);
  const said = problem ? sayIn(p.lang, problem.said) : undefined;
  return (
    <>
      <label for={p.id}>{p.label}</label>
      {p.date ? <DateHint id={p.id} lang={p.lang} /> : null}
      {said ? (
        <span class="field-error" id={`${p.id}-err`}>
          {said}
        </span>
      ) : null}
      {p.date ? (
        <DateInput id={p.id} required={p.required} value={p.again?.values[p.id] ?? p.value} errorId={said ? `${p.id}-err` : undefined} />
      ) : (
        <input
          id={p.id}
          name={p.id}
          required={p.required}
          inputmode={p.inputmode}
          autocomplete={p.autocomplete}
          value={p.again?.values[p.id] ?? p.value}
          aria-invalid={said ? 'true' : undefined}
          aria-describedby={said ? `${p.id}-err` : undefined}
        />
      )}
    </>
  );
}

/** A member's name, year of birth and contact (the two last optional: a child, an elderly member without an account). */
export function MemberFields(p: { lang: Lang; again?: Again }) {
  const t = cultureText(p.lang);
  return (
    <>
      <TextField id="name" label={t.memberName} lang={p.lang} required autocomplete="off" again={p.again} />
      <TextField id="birthYear" label={t.birthYearOptional} lang={p.lang} inputmode="numeric" autocomplete="off" again={p.again} />
      <TextField id="contact" label={t.contactOptional} lang={p.lang} autocomplete="off" again={p.again} />
    </>
  );
}

/** Who was present: one box a member, those given ticked. */
export function PresentBoxes(p: { lang: Lang; members: { id: number; name: string; birth_year: number | null }[]; checked: number[] }) {
  const t = cultureText(p.lang);
  return (
    <fieldset id="present">
      <legend>{t.present}</legend>
      {p.members.map((m) => (
        <label>
          <input type="checkbox" name="present" value={String(m.id)} checked={p.checked.includes(m.id)} /> {m.name}
          {m.birth_year ? ` (${m.birth_year})` : ''}
        </label>
      ))}
    </fieldset>
  );
}
