import type { PeriodType } from './elements.ts';

export interface Period {
  text: string;
  type: PeriodType;
  year: number;
  /** First and last day, ISO. */
  start: string;
  end: string;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses `YYYY` or `YYYY-MM`; undefined when it is neither. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    return { text: t, type: 'year', year: y, start: `${y}-01-01`, end: `${y}-12-31` };
  }
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const mm = String(mo).padStart(2, '0');
    return { text: t, type: 'month', year: y, start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(lastDay(y, mo)).padStart(2, '0')}` };
  }
  return undefined;
}

/** The period of the given type that contains the date (`2025-03-14` → `2025-03` or `2025`). */
export function periodOf(date: string, type: PeriodType): string {
  return type === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
