/** Local date-time in Vietnam (UTC+7), `YYYY-MM-DDTHH:MM`: events are written and compared in it. */
export function nowLocal(at = Date.now()): string {
  return new Date(at + 7 * 3600_000).toISOString().slice(0, 16);
}

export const todayLocal = (at = Date.now()): string => nowLocal(at).slice(0, 10);

/** `YYYY-MM-DD` plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
}

/** `2027-04-21T08:00` → `08:00 21/04/2027`. */
export function when(local: string): string {
  const [d, t] = local.split('T');
  const [y, m, day] = (d ?? '').split('-');
  return `${t ?? ''} ${day}/${m}/${y}`;
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const isLocalDateTime = (s: string) => LOCAL.test(s) && !Number.isNaN(Date.parse(`${s}:00Z`));
