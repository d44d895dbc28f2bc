import { errors, sayIn, type Lang } from '../core/i18n/index.ts';

/** An indicator's name in the reader's language. */
export const indicatorName = (lang: Lang, i: { readonly nameVi: string; readonly nameEn: string }): string => sayIn(lang, { vi: i.nameVi, en: i.nameEn });

/** The indicators' errors (E35xx, shared with targets): the public figures and the definitions admins add. */
export const indicatorsErrors = errors({
  adminsOnly: { code: 'E3501', vi: 'Chỉ quản trị hệ thống được định nghĩa chỉ số.', en: 'Admins only.' },
  invalidDefinition: { code: 'E3502', vi: 'Định nghĩa chỉ số không hợp lệ.', en: 'Invalid indicator definition.' },
  unknownElement: { code: 'E3503', vi: 'Không có chỉ tiêu thống kê "{element}"', en: 'No data element "{element}"' },
  unknownKind: { code: 'E3504', vi: 'Không có loại cơ sở "{kind}"', en: 'No institution kind "{kind}"' },
  unknownAttribute: { code: 'E3505', vi: 'Không có thuộc tính "{attribute}"', en: 'No attribute "{attribute}"' },
  codeTaken: { code: 'E3506', vi: 'Mã đã tồn tại', en: 'Code already exists' },
});
