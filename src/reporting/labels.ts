export { formatDateTime as dateTime } from '../core/i18n/format.ts';

export const reportPath = (code: string, year: number) => `/bao-cao/${encodeURIComponent(code)}/${year}`;
