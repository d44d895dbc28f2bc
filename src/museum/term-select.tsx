import type { Lang } from '../core/i18n/index.ts';
import { museumText, vocabularyName } from './messages.ts';
import { TERM_FIELD, termLabel, type Term, type Vocabulary } from './vocabularies.ts';

/** The object form's free-text field each vocabulary's list stands beside. */
export const TERM_BESIDE: Readonly<Record<string, Vocabulary>> = { type: 'type', format: 'material', dateText: 'period', ethnicGroup: 'ethnic' };

/** The form's term fields as the service takes them: an id, or null for "none" (what was typed kept as text for the page). */
export function termsFromForm(b: Record<string, unknown>): Record<(typeof TERM_FIELD)[Vocabulary], number | null> {
  const one = (f: string) => {
    const v = typeof b[f] === 'string' ? (b[f] as string).trim() : '';
    return v === '' ? null : Number(v);
  };
  return { typeTerm: one('typeTerm'), materialTerm: one('materialTerm'), periodTerm: one('periodTerm'), ethnicTerm: one('ethnicTerm') };
}

/**
 * A vocabulary's select on the object form (works without a script; typing the first letters of a name selects it),
 * "none" first; a retired term the object already has stays offered so a save keeps it.
 */
export function TermSelect(p: { vocabulary: Vocabulary; terms: Term[]; value: string; current?: Term; lang: Lang; problem?: string }) {
  const s = museumText(p.lang);
  const id = TERM_FIELD[p.vocabulary];
  const offered = p.current && !p.terms.some((t) => t.id === p.current!.id) ? [...p.terms, p.current] : p.terms;
  return (
    <>
      <label for={id}>{s.fromList({ label: vocabularyName(p.lang, p.vocabulary) })}</label>
      {p.problem ? (
        <span class="field-error" id={`${id}-err`}>
          {p.problem}
        </span>
      ) : null}
      <select id={id} name={id} aria-invalid={p.problem ? 'true' : undefined} aria-describedby={p.problem ? `${id}-err` : undefined}>
        <option value="">{s.notChosen}</option>
        {offered.map((t) => (
          <option value={String(t.id)} selected={p.value === String(t.id)}>
            {termLabel(t, p.lang)}
          </option>
        ))}
      </select>
    </>
  );
}
