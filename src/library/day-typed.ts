import { parseDate } from '../core/i18n/parse-date.ts';

/**
 * A date typed on a desk form, dd/mm/yyyy (`parseDate`), as ISO; anything else is returned as typed, for the service
 * to refuse beside the field.
 */
export const dayTyped = (text: string): string => parseDate(text) ?? text.trim();

/** A month 'YYYY-MM' from the address, else the fallback. */
export const monthTyped = (text: string | undefined, fallback: string): string => (text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : fallback);

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}
