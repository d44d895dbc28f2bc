import { formatDate } from '../i18n/format.ts';
import { messages, type Lang } from '../i18n/index.ts';

/**
 * A day typed dd/mm/yyyy in a text field (docs/decisions.md): the browser's own date field follows the browser's
 * language, so a Vietnamese reader whose Chrome is in English would see mm/dd/yyyy. Routes read it with `parseDate`.
 */

/** What a date field shows: a stored ISO day as dd/mm/yyyy; anything else (what was typed, refused) as it was typed. */
export const dateShown = (value: string | null | undefined): string => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : (value ?? ''));

/** The id of a date field's hint, for `aria-describedby`. */
export const dateHintId = (id: string): string => `${id}-hint`;

/** The hint read with a date field ("ngày/tháng/năm"), placed between its label and its input. */
export const DateHint = (p: { id: string; lang: Lang }) => (
  <span id={dateHintId(p.id)} class="muted hint">
    {messages(p.lang).dateHint}
  </span>
);

/**
 * The input of a day: text, numeric keyboard, dd/mm/yyyy shown; described by its hint and, after a refusal, by its
 * reason (`errorId`), the typed text kept (pass it as `value`).
 */
export function DateInput(p: { id: string; name?: string; value?: string | null; required?: boolean; errorId?: string; autofocus?: boolean; form?: string }) {
  return (
    <input
      id={p.id}
      name={p.name ?? p.id}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      placeholder="dd/mm/yyyy"
      value={dateShown(p.value)}
      required={p.required}
      form={p.form}
      autofocus={p.autofocus}
      aria-invalid={p.errorId ? 'true' : undefined}
      aria-describedby={[p.errorId ?? '', dateHintId(p.id)].filter(Boolean).join(' ')}
    />
  );
}
