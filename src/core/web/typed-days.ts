import { coreErrors as E, UserError, type Problem } from '../errors.ts';
import { formatDate } from '../i18n/format.ts';
import { parseDate, writtenAsDay } from '../i18n/parse-date.ts';
import { todayLocal } from '../time.ts';

/** What a form's day must be: given, and within bounds (ISO days; what a browser's date field's min/max were). */
export interface DayRule {
  required?: boolean;
  min?: string;
  max?: string;
}

/** The problem of one typed day (undefined when it is fine), said beside its field. */
export function dayProblem(field: string, typed: unknown, rule: DayRule = {}): Problem | undefined {
  const text = String(typed ?? '').trim();
  const day = parseDate(text);
  if (day === undefined) return rule.required ? { field, said: E.required() } : undefined;
  if (day === null) {
    return { field, said: writtenAsDay(text) ? E.noSuchDay({ date: text }) : E.notADay({ example: formatDate(todayLocal()) }) };
  }
  if (rule.max && day > rule.max) return { field, said: E.dayAfter({ max: formatDate(rule.max) }) };
  if (rule.min && day < rule.min) return { field, said: E.dayBefore({ min: formatDate(rule.min) }) };
  return undefined;
}

/**
 * A form's days as typed (dd/mm/yyyy, or yyyy-mm-dd), read at the route boundary as ISO days (undefined when left
 * empty); a wrong one is refused with a 422 whose problems sit beside their fields, for the page to show its form again.
 */
export function typedDays<K extends string>(typed: Partial<Record<string, unknown>>, rules: Record<K, DayRule>): Record<K, string | undefined> {
  const problems: Problem[] = [];
  const out = {} as Record<K, string | undefined>;
  for (const field of Object.keys(rules) as K[]) {
    const problem = dayProblem(field, typed[field], rules[field]);
    if (problem) problems.push(problem);
    else out[field] = parseDate(typed[field]) ?? undefined;
  }
  if (problems.length > 0) throw new UserError(E.dayRefused(), 422, problems);
  return out;
}

/** One required day of a form (see `typedDays`). */
export const typedDay = (field: string, typed: unknown, rule: Omit<DayRule, 'required'> = {}): string =>
  typedDays({ [field]: typed }, { [field]: { ...rule, required: true } })[field] as string;
