import { errors } from '../core/i18n/index.ts';

/** The seeds' errors (E905x, in the command line's range E90xx): `lifelong seed national` options. */
export const seedErrors = errors({
  positiveNumber: { code: 'E9051', vi: '{flag} cần một số nguyên dương.', en: '{flag} needs a positive whole number.' },
  bulk: { code: 'E9052', vi: '--bulk nhận rows hoặc unnest.', en: '--bulk takes rows or unnest.' },
  unknownOption: {
    code: 'E9053',
    vi: 'Tùy chọn không hợp lệ: {option}',
    en: 'Unknown option {option}. Usage: lifelong seed national [--institutions N] [--years 2022-2030] [--form profile|full] [--values N] [--force] [--bulk rows|unnest]',
  },
  notEmpty: {
    code: 'E9054',
    vi: 'Cơ sở dữ liệu đã có dữ liệu; dùng --force để xóa và tạo lại.',
    en: 'The database already has institutions or data values: use --force to replace them.',
  },
  form: { code: 'E9056', vi: '--form nhận profile hoặc full.', en: '--form takes profile or full.' },
  years: {
    code: 'E9055',
    vi: '--years cần hai năm dạng 2022-2030 (năm đầu không sau năm cuối, trong khoảng 2000–2100); đã nhận "{said}".',
    en: '--years needs two years as 2022-2030 (the first not after the last, within 2000–2100); got "{said}".',
  },
});
