/**
 * A day as a person types it, the inverse of `formatDate`: dd/mm/yyyy or d/m/yyyy with `/`, `.` or `-` between the
 * parts ("2/3/2026", "02.03.2026", "02-03-2026" → "2026-03-02"), or yyyy-mm-dd as API callers and old bookmarks send
 * it. Day first always: "02/03/2026" is the 2nd of March whatever the browser's language.
 * Returns the ISO day; undefined when nothing was typed; null when it is no calendar day ("31/02/2026", "abc").
 */
export function parseDate(input: unknown): string | undefined | null {
  const t = String(input ?? '').trim();
  if (t === '') return undefined;
  const [y, m, d] = dayParts(t) ?? [];
  if (!y || !m || !d) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const day = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso ? null : iso;
}

const DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month and day of text written as a day (calendar or not), else undefined. */
function dayParts(t: string): [string, string, string] | undefined {
  const dmy = DMY.exec(t);
  if (dmy) return [dmy[4]!, dmy[3]!, dmy[1]!];
  const ymd = YMD.exec(t);
  return ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : undefined;
}

/** Whether text is written as a day, in either form `parseDate` reads, whether or not the calendar has it ("31/02/2026" is). */
export const writtenAsDay = (text: string): boolean => dayParts(text.trim()) !== undefined;
