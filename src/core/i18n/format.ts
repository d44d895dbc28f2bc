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

/** A calendar date (or the date part of an ISO timestamp already in Vietnam time) as dd/mm/yyyy in both languages. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** A month period key 'YYYY-MM' as mm/yyyy. */
export function formatMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[2]}/${m[1]}` : period;
}
