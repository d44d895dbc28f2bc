import type { Lang } from '../core/i18n/index.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';

/**
 * A labelled input of the management forms, its problem (if any) beside it and tied to it for screen readers; a day
 * typed dd/mm/yyyy with its hint when `date` gives the page's language.
 */
export const Field = (p: { id: string; label: string; type?: string; date?: Lang; required?: boolean; value?: string; problem?: string }) => (
  <>
    <label for={p.id}>{p.label}</label>
    {p.date ? <DateHint id={p.id} lang={p.date} /> : null}
    {p.problem ? (
      <span class="field-error" id={`${p.id}-err`}>
        {p.problem}
      </span>
    ) : null}
    {p.date ? (
      <DateInput id={p.id} value={p.value} required={p.required} errorId={p.problem ? `${p.id}-err` : undefined} />
    ) : (
      <input
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        required={p.required}
        value={p.value}
        aria-invalid={p.problem ? 'true' : undefined}
        aria-describedby={p.problem ? `${p.id}-err` : undefined}
      />
    )}
  </>
);
