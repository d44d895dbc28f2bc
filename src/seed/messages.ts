import { errors } from '../core/i18n/index.ts';

/** The seeds' errors (E905x, in the command line's range E90xx): `lifelong seed national` options. */
export const seedErrors = errors({
  positiveNumber: { code: 'E9051', vi: '{flag} cần một số nguyên dương.', en: '{flag} needs a positive whole number.' },
  bulk: { code: 'E9052', vi: '--bulk nhận rows hoặc unnest.', en: '--bulk takes rows or unnest.' },
  unknownOption: {
    code: 'E9053',
    vi: 'Tùy chọn không hợp lệ: {option}',
    en: 'Unknown option {option}. Usage: lifelong seed national [--institutions N] [--values N] [--force] [--bulk rows|unnest]',
  },
  notEmpty: {
    code: 'E9054',
    vi: 'Cơ sở dữ liệu đã có dữ liệu; dùng --force để xóa và tạo lại.',
    en: 'The database already has institutions or data values: use --force to replace them.',
  },
});
