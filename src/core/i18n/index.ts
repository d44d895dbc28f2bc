import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { Messages };

const dictionaries: Record<Lang, Messages> = { vi, en };

/** Vietnamese first; English when asked for. */
export function messages(lang: Lang): Messages {
  return dictionaries[lang];
}

export function pickLang(query: string | undefined, cookie: string | undefined): Lang {
  const v = query ?? cookie;
  return v === 'en' ? 'en' : 'vi';
}

/** Numbers the Vietnamese way (1.234,5) or the English way (1,234.5). */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}
