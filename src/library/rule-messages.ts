import { texts } from '../core/i18n/catalogue.ts';
import type { Lang } from '../core/i18n/lang.ts';

/** The loan rules page's words, and the names of a rule's fields and sources (Vietnamese first, English). */
export const ruleText = texts({
  // the loan rules page
  rulesCaption: {
    vi: 'Quy định đang áp dụng theo loại bạn đọc (quy định riêng của thư viện được ưu tiên, rồi của mạng lưới, rồi mặc định)',
    en: "Rules in force per patron category (the library's own first, then the network's, then the default)",
  },
  rulePatronCategory: { vi: 'Loại bạn đọc', en: 'Patron category' },
  finesFree: { vi: 'Miễn phạt quá hạn', en: 'Fines-free' },
  ruleOf: { vi: 'Theo quy định của', en: 'Rule of' },
  removeOwnRule: { vi: 'Bỏ quy định riêng', en: 'Remove own rule' },
  setOwnRule: { vi: 'Đặt quy định riêng của thư viện', en: "Set this library's rule" },
  finesFreeFor: { vi: 'Miễn phạt quá hạn cho loại bạn đọc này', en: 'No overdue fines for this category' },
  saveRule: { vi: 'Lưu quy định', en: 'Save the rule' },
  ruleSaved: { vi: 'Đã lưu quy định mượn.', en: 'Loan rule saved.' },
  ruleRemoved: { vi: 'Đã bỏ quy định riêng; quy định kế tiếp được áp dụng.', en: 'Rule removed; the next rule applies.' },
  noOwnRule: { vi: 'Không có quy định riêng để bỏ.', en: 'There was no own rule.' },
  field_loanDays: { vi: 'Số ngày mượn', en: 'Loan period (days)' },
  field_maxLoans: { vi: 'Số bản mượn tối đa', en: 'Maximum loans' },
  field_maxRenewals: { vi: 'Số lần gia hạn', en: 'Renewals' },
  field_holdDays: { vi: 'Số ngày giữ sách đặt trước', en: 'Hold pickup period (days)' },
  field_finesFree: { vi: 'Miễn phạt quá hạn', en: 'Fines-free' },
  field_category: { vi: 'Loại bạn đọc', en: 'Patron category' },
  source_library: { vi: 'Thư viện này', en: 'This library' },
  source_network: { vi: 'Mạng lưới', en: 'Network' },
  source_default: { vi: 'Mặc định', en: 'Built-in default' },
  everyCategory: { vi: 'Mọi loại bạn đọc', en: 'Every category' },
});

/** A rule's field or source by its name, else the code itself. */
export function ruleWord(lang: Lang, prefix: 'source_' | 'field_', code: string): string {
  const t: Readonly<Record<string, unknown>> = ruleText(lang);
  const v = t[`${prefix}${code}`];
  return typeof v === 'string' ? v : code;
}
