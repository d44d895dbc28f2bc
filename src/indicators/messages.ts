import { errors, names, sayIn, texts, type Lang } from '../core/i18n/index.ts';

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

/** The analytics API's refusals (E351x): each names the parameter it is about. */
export const analyticsErrors = errors({
  badParameter: { code: 'E3510', vi: 'Tham số "{param}" không hợp lệ: {vi}', en: 'Parameter "{param}" is invalid: {en}' },
  unknownIndicators: { code: 'E3511', vi: 'Tham số "indicators": không có chỉ số {codes}.', en: 'Parameter "indicators": no indicator {codes}.' },
  unknownUnits: { code: 'E3512', vi: 'Tham số "units": không có đơn vị {codes}.', en: 'Parameter "units": no unit {codes}.' },
  badUnitsExpression: {
    code: 'E3513',
    vi: 'Tham số "units": "{expr}" không đúng dạng; dùng <mã>, children:<mã> hoặc level:<cấp>:<mã> (cấp: province, district, commune).',
    en: 'Parameter "units": "{expr}" is malformed; use <code>, children:<code> or level:<level>:<code> (level: province, district, commune).',
  },
  yearsOutside: {
    code: 'E3514',
    vi: 'Tham số "years": năm {years} nằm ngoài số liệu (từ {from} đến {to}).',
    en: 'Parameter "years": {years} is outside the data ({from} to {to}).',
  },
  tooManyUnits: {
    code: 'E3515',
    vi: 'Tham số "units": {count} đơn vị, tối đa {max} đơn vị một lần; hãy chọn một tỉnh hoặc một cấp trong một tỉnh.',
    en: 'Parameter "units": {count} units, at most {max} at a time; choose a province or a level within one.',
  },
  tooManyCells: {
    code: 'E3516',
    vi: 'Yêu cầu có {count} ô số liệu, tối đa {max}; hãy bớt chỉ số, đơn vị hoặc năm.',
    en: 'The request has {count} cells, at most {max}; ask for fewer indicators, units or years.',
  },
});

/** What the analysis exports say (the workbook's header). */
export const analyticsText = texts({
  sheet: { vi: 'Số liệu', en: 'Figures' },
  unitCode: { vi: 'Mã đơn vị', en: 'Unit code' },
  unitName: { vi: 'Đơn vị', en: 'Unit' },
  level: { vi: 'Cấp', en: 'Level' },
  indicatorCode: { vi: 'Mã chỉ số', en: 'Indicator code' },
  indicatorName: { vi: 'Chỉ số', en: 'Indicator' },
  unitOfMeasure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  year: { vi: 'Năm', en: 'Year' },
  value: { vi: 'Giá trị', en: 'Value' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  status: { vi: 'Đánh giá', en: 'Status' },
});

/** A status in words. */
export const statusName = names({
  met: { vi: 'Đạt', en: 'Met' },
  near: { vi: 'Gần đạt', en: 'Nearly met' },
  behind: { vi: 'Chưa đạt', en: 'Behind' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
  'no-target': { vi: 'Không có chỉ tiêu', en: 'No target set' },
});
