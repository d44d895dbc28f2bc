import type { Problem } from '../core/errors.ts';
import { formatNumber, parseNumber, type Lang } from '../core/i18n/index.ts';
import { reportingErrors } from './messages.ts';
import { NarrativeSchema, SECTIONS, SIGNER, type Narrative } from './narrative.ts';
import type { Report } from './reports.ts';

/** The fields of the report form, as the person typed them. */
export const FORM_FIELDS = [...SECTIONS, 'number', 'budgetState', 'budgetSocial', ...SIGNER] as const;
export type FormValues = Partial<Record<(typeof FORM_FIELDS)[number], string>>;
type Amount = 'budgetState' | 'budgetSocial';

/** What the form shows for a figure: the way it is read back (parseNumber), with all its decimals. */
export const amountInput = (lang: Lang, v: number | null) => (v === null ? '' : formatNumber(lang, v, 6));

/**
 * The report form read: the narrative to save, or the problems beside their fields with what was typed. A field the
 * form did not send keeps what is stored, so nothing is lost to a form that shows fewer fields.
 */
export function readForm(
  body: Record<string, unknown>,
  report: Report,
  lang: Lang,
): { ok: true; narrative: Narrative; number: string | null } | { ok: false; values: FormValues; problems: Problem[] } {
  const sent = (k: string) => typeof body[k] === 'string';
  const raw: Record<string, unknown> = Object.fromEntries([...SECTIONS, ...SIGNER].map((s) => [s, sent(s) ? String(body[s]) : report.narrative[s]]));
  const problems: Problem[] = [];
  for (const k of ['budgetState', 'budgetSocial'] as const satisfies readonly Amount[]) {
    if (!sent(k)) {
      raw[k] = report.narrative[k];
      continue;
    }
    const read = parseNumber(body[k], lang);
    if (!read.ok) problems.push({ said: reportingErrors.invalidAmount({ value: String(body[k]).trim() }), field: k });
    else if (read.value !== null && read.value < 0) problems.push({ said: reportingErrors.negativeAmount(), field: k });
    else raw[k] = read.value;
  }
  const parsed = NarrativeSchema.safeParse(raw);
  if (!parsed.success)
    for (const i of parsed.error.issues)
      if (!problems.some((x) => x.field === i.path.join('.'))) problems.push({ said: reportingErrors.invalidSection(), field: i.path.join('.') });
  if (problems.length > 0 || !parsed.success) {
    const values: FormValues = {};
    for (const k of FORM_FIELDS) if (sent(k)) values[k] = String(body[k]);
    return { ok: false, values, problems };
  }
  const number = sent('number') ? String(body.number).trim() || null : report.number;
  return { ok: true, narrative: parsed.data, number };
}

/** Whether the posted body carries any field of the report form. */
export const hasFormFields = (body: Record<string, unknown>) => FORM_FIELDS.some((k) => typeof body[k] === 'string');
