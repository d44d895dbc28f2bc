import type { Lang } from '../core/i18n/index.ts';
import { formatNumber } from '../core/i18n/format.ts';
import type { PastResult } from './drafts.ts';
import { plansText } from './messages.ts';
import { PARSE_WARNINGS } from './parse/warnings.ts';

/** What the reader said of the document it read, as stored with it (migration 049). */
export interface ReaderSaid {
  kind: string | null;
  warnings: string[];
  results: PastResult[];
}

export function readerSaid(doc: { kind: string | null; warnings: string | null; results: string | null } | undefined): ReaderSaid {
  return {
    kind: doc?.kind ?? null,
    warnings: doc?.warnings ? (JSON.parse(doc.warnings) as string[]) : [],
    results: doc?.results ? (JSON.parse(doc.results) as PastResult[]) : [],
  };
}

/**
 * The reader's notes above the review: what it took the document for (when not a plan), its warnings in words, and the
 * past results it read apart from the targets, each of which the person can turn into a target (the add-target form).
 */
export function ReaderNotes(props: { said: ReaderSaid; planId: number; csrf: string; lang: Lang }) {
  const { said, lang } = props;
  const pt = plansText(lang);
  const kinds: Record<string, string> = { decision: pt.kindDecision, report: pt.kindReport, news: pt.kindNews, other: pt.kindOther };
  // a document not shaped like a plan is said once: by the reader's own warning when it gave one
  const kind = said.kind && !(said.kind === 'other' && said.warnings.includes(PARSE_WARNINGS.notAPlan)) ? kinds[said.kind] : undefined;
  if (!kind && said.warnings.length === 0 && said.results.length === 0) return null;
  return (
    <section aria-labelledby="reader-notes-h" class="reader-notes">
      <h2 id="reader-notes-h">{pt.readerNotes}</h2>
      <ul>
        {kind ? <li>{pt.readAsKind({ kind })}</li> : null}
        {said.warnings.map((w) => (
          <li>{w}</li>
        ))}
      </ul>
      {said.results.length > 0 ? (
        <details>
          <summary>{pt.resultsRead({ count: formatNumber(lang, said.results.length, 0) })}</summary>
          <p class="muted">{pt.resultsHelp}</p>
          <ol class="results-read">
            {said.results.map((r) => (
              <li>
                <form method="post" action={`/ke-hoach/${props.planId}/chi-tieu`}>
                  <input type="hidden" name="_csrf" value={props.csrf} />
                  <input type="hidden" name="sentence" value={r.text} />
                  <strong>
                    {r.value !== null ? `${formatNumber(lang, r.value, 2)}${r.unit === '%' ? '' : ' '}${r.unit}` : r.unit}
                    {r.year !== null ? ` (${pt.resultYear({ year: String(r.year) })})` : ''}
                  </strong>{' '}
                  — {r.text} <button type="submit">{pt.resultIsTarget}</button>
                </form>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
