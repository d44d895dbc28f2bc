import { formatDate } from '../core/i18n/index.ts';

export const reportPath = (code: string, year: number) => `/bao-cao/${encodeURIComponent(code)}/${year}`;

/** A stored moment (ISO timestamp) as dd/mm/yyyy hh:mm; '—' for none. */
export const dateTime = (iso: string | null | undefined): string => (iso ? `${formatDate(iso)} ${iso.slice(11, 16)}`.trim() : '—');
