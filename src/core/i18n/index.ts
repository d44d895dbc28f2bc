import { coreText, type Messages } from './messages.ts';
import type { Lang } from './lang.ts';

export type { Lang } from './lang.ts';
export { pickLang } from './lang.ts';
export type { Messages } from './messages.ts';
export { parseNumber, type ParsedNumber } from './parse-number.ts';
export { parseDate } from './parse-date.ts';
export { formatNumber, formatBytes, formatDate, formatDateTime, formatMonth, formatLocalDateTime } from './format.ts';
export { texts, errors, names, sayIn, fill, type Said, type Catalogue } from './catalogue.ts';

/** The shared interface texts in one language. */
export function messages(lang: Lang): Messages {
  return coreText(lang);
}
