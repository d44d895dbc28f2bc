/**
 * One clock for the platform. Instants (when a row was created, a loan made, a report sent) are
 * stored as UTC ISO strings, `2026-01-01T17:30:00.000Z`. Calendar dates and the periods they fall
 * in — the month a loan counts in, a due date, "today" — are Vietnam's: Asia/Ho_Chi_Minh is UTC+7
 * all year (no daylight saving), so a fixed offset. Every function takes the moment as a parameter
 * defaulting to now; modules pass it on (`now`, `today`, `at` parameters), so tests set the time.
 */

export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** A moment: epoch milliseconds or a Date. */
export type Moment = number | Date;
const msOf = (at: Moment) => (typeof at === 'number' ? at : at.getTime());

/** The instant as stored: UTC ISO `YYYY-MM-DDTHH:MM:SS.sssZ`. */
export const nowIso = (at: Moment = Date.now()): string => new Date(msOf(at)).toISOString();

/** Local date-time in Vietnam, `YYYY-MM-DDTHH:MM`: events are written and compared in it. */
export const nowLocal = (at: Moment = Date.now()): string => new Date(msOf(at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);

/** Today in Vietnam, `YYYY-MM-DD`. */
export const todayLocal = (at: Moment = Date.now()): string => nowLocal(at).slice(0, 10);

/** This month in Vietnam, `YYYY-MM` (a monthly period's key). */
export const thisMonth = (at: Moment = Date.now()): string => nowLocal(at).slice(0, 7);

/** This year in Vietnam. */
export const thisYear = (at: Moment = Date.now()): number => Number(nowLocal(at).slice(0, 4));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /T.*(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The Vietnam date-time `YYYY-MM-DDTHH:MM` of a stored time: an instant with its zone (`…Z`, `…+07:00`)
 * is moved to Vietnam time; a time without a zone is already Vietnam's; a plain date stays a date.
 */
export function localDateTime(time: string): string {
  if (DATE.test(time) || !ZONED.test(time)) return time.slice(0, 16);
  const t = Date.parse(time);
  return Number.isNaN(t) ? time.slice(0, 16) : nowLocal(t);
}

/** The Vietnam calendar date `YYYY-MM-DD` of a stored time (see localDateTime): a loan at 2025-12-31T17:30Z is on 2026-01-01. */
export const localDate = (time: string): string => localDateTime(time).slice(0, 10);

/** The Vietnam month `YYYY-MM` of a stored time. */
export const localMonth = (time: string): string => localDate(time).slice(0, 7);

/** The Vietnam year of a stored time. */
export const localYear = (time: string): number => Number(localDate(time).slice(0, 4));

/** The stored instant at which a Vietnam day begins: `2026-01-01` → `2025-12-31T17:00:00.000Z` (to compare stored instants with dates). */
export const startOfLocalDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS).toISOString();

/** `YYYY-MM-DD` plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
}

/** Whole days from one date to another (`YYYY-MM-DD`), negative when `to` comes first. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const isLocalDateTime = (s: string) => LOCAL.test(s) && !Number.isNaN(Date.parse(`${s}:00Z`));
