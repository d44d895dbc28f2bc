import { localDate, localDateTime } from '../time.ts';
import type { Lang } from './lang.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers the Vietnamese way (1.234,5) or the English way (1,234.5); '—' for none. */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits })));
  return f.format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A date as dd/mm/yyyy in both languages: a calendar date or a local date-time as it is, a stored instant (UTC) by
 * its date in Vietnam; '—' for none.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = ISO_DATE.exec(localDate(value));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** A month period key 'YYYY-MM' as mm/yyyy. */
export function formatMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[2]}/${m[1]}` : period;
}

/** A local date-time 'YYYY-MM-DDTHH:MM' (Vietnam time, as events are written) as 'HH:MM dd/mm/yyyy'. */
export function formatLocalDateTime(local: string): string {
  const [d, t] = local.split('T');
  return `${t ?? ''} ${formatDate(d)}`.trim();
}

/** A stored instant (UTC) as dd/mm/yyyy hh:mm in Vietnam time; '—' for none. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const local = localDateTime(value);
  return `${formatDate(local)} ${local.slice(11, 16)}`.trim();
}

/** A size in bytes as a person reads it: "64 KB", "50 MB", "1,5 GB" (binary units, the way file managers show them). */
export function formatBytes(lang: Lang, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${formatNumber(lang, v, v >= 10 || u === 0 ? 0 : 1)} ${units[u]}`;
}
