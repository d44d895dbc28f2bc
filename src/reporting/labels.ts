import type { Status } from './reports.ts';

/** UI strings of the reporting pages, Vietnamese first. */
export const L = (lang: 'vi' | 'en', vi: string, en: string) => (lang === 'en' ? en : vi);

export const statusLabel = (s: Status | 'missing', lang: 'vi' | 'en') =>
  (lang === 'en'
    ? { draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved', missing: 'Not submitted' }
    : { draft: 'Dự thảo', submitted: 'Đã gửi', returned: 'Bị trả lại', approved: 'Đã phê duyệt', missing: 'Chưa gửi' })[s];

export const actionLabel = (a: string, lang: 'vi' | 'en') =>
  (lang === 'en' ? { submit: 'submitted', return: 'returned', approve: 'approved', reopen: 'reopened' } : { submit: 'gửi báo cáo', return: 'trả lại', approve: 'phê duyệt', reopen: 'mở lại' })[a as 'submit'] ?? a;

export const reportPath = (code: string, year: number) => `/bao-cao/${encodeURIComponent(code)}/${year}`;
