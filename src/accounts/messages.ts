import { errors } from '../core/i18n/index.ts';

/** The accounts' errors (E25xx): who an account belongs to and its password. */
export const accountsErrors = errors({
  officialNeedsUnit: { code: 'E2501', vi: 'Cán bộ và người xem phải gắn với một đơn vị.', en: 'Officials and viewers belong to a unit.' },
  citizenNoInstitution: { code: 'E2502', vi: 'Tài khoản công dân không gắn với cơ sở.', en: 'A citizen account belongs to no institution.' },
  staffNeedsInstitution: { code: 'E2503', vi: 'Nhân viên phải gắn với một cơ sở.', en: 'Staff belong to an institution.' },
  passwordTooShort: { code: 'E2504', vi: 'Mật khẩu cần ít nhất 8 ký tự.', en: 'The password needs at least 8 characters.' },
  required: { code: 'E2505', vi: 'Bắt buộc', en: 'Required' },
  notUsed: { code: 'E2506', vi: 'Không dùng', en: 'Not used' },
  tooShort: { code: 'E2507', vi: 'Quá ngắn', en: 'Too short' },
});
