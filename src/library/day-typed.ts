/**
 * A date typed on a desk form: dd/mm/yyyy (or d/m/yyyy, with dots or dashes) as the pages show dates, or the ISO
 * form a browser's date picker sends. Anything else is returned as typed, for the service to refuse beside the field.
 */
export function dayTyped(text: string): string {
  const t = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : t;
}

/** A month 'YYYY-MM' from the address, else the fallback. */
export const monthTyped = (text: string | undefined, fallback: string): string => (text && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : fallback);

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}
