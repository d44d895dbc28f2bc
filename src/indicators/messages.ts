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
  // the builder of /quan-tri/chi-so (issue 19): E3510…
  divideByZero: {
    code: 'E3510',
    vi: 'Mẫu số luôn bằng 0 (các thành phần triệt tiêu nhau): thêm thành phần khác hoặc bỏ mẫu số',
    en: 'The denominator is always zero (its terms cancel out): add another term or drop the denominator',
  },
  retiredElement: { code: 'E3511', vi: 'Chỉ tiêu "{element}" đã ngừng sử dụng', en: 'The data element "{element}" is retired' },
  factorInvalid: { code: 'E3512', vi: 'Hệ số là một số khác 0, ví dụ 100', en: 'The factor is a number other than 0, e.g. 100' },
  codeFormat: {
    code: 'E3513',
    vi: 'Mã gồm 2–41 chữ in hoa không dấu, số hoặc gạch dưới, bắt đầu bằng chữ, ví dụ LIB_NEW_SHARE',
    en: '2–41 capital letters, digits or underscores, starting with a letter',
  },
  nameLength: { code: 'E3514', vi: 'Tên cần từ 3 đến 300 ký tự', en: 'The name needs 3 to 300 characters' },
  numeratorEmpty: { code: 'E3515', vi: 'Tử số cần ít nhất một thành phần', en: 'The numerator needs at least one term' },
  countNeedsKinds: { code: 'E3516', vi: 'Chọn ít nhất một loại cơ sở để đếm', en: 'Choose at least one kind of institution to count' },
  noSuchIndicator: { code: 'E3517', vi: 'Không có chỉ số "{code}".', en: 'No indicator "{code}".' },
  alreadyRetired: { code: 'E3518', vi: 'Chỉ số đã ngừng sử dụng từ ngày {date}', en: 'Retired on {date}' },
  unitLabelLength: { code: 'E3519', vi: 'Đơn vị tính tối đa 20 ký tự', en: 'At most 20 characters' },
  previewNeedsPlace: { code: 'E3520', vi: 'Chọn đơn vị để xem trước', en: 'Choose a unit to preview' },
  dateNeeded: { code: 'E3521', vi: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 01/01/2027', en: 'A date as dd/mm/yyyy' },
  previewRefused: { code: 'E3522', vi: 'Chưa xem trước được: hãy sửa các chỗ dưới đây.', en: 'Cannot preview yet: fix the problems below.' },
});

/** The indicator builder (`/quan-tri/chi-so`, indicators/builder-routes.tsx). */
export const builderText = texts({
  title: { vi: 'Chỉ số', en: 'Indicators' },
  intro: {
    vi: 'Chỉ số = tử số ÷ mẫu số × hệ số. Mỗi vế là tổng (cộng hoặc trừ) các thành phần: số liệu của một chỉ tiêu, số cơ sở trong danh mục (có thể theo thuộc tính), hoặc dân số.',
    en: 'An indicator is numerator ÷ denominator × factor; each side a signed sum of data values, registry counts or population.',
  },
  listTitle: { vi: 'Các chỉ số', en: 'All indicators' },
  colName: { vi: 'Tên chỉ số', en: 'Name' },
  colUnit: { vi: 'Đơn vị tính', en: 'Unit' },
  colState: { vi: 'Tình trạng', en: 'State' },
  inUse: { vi: 'Đang dùng', en: 'In use' },
  builtIn: { vi: 'Có sẵn', en: 'Built in' },
  retiredFrom: { vi: 'Ngừng từ {date}', en: 'Retired from {date}' },
  newTitle: { vi: 'Xây dựng chỉ số mới', en: 'Build a new indicator' },
  editTitle: { vi: 'Sửa chỉ số {name}', en: 'Edit {name}' },
  code: { vi: 'Mã chỉ số', en: 'Code' },
  codeHint: { vi: 'Chữ in hoa không dấu, số và gạch dưới, ví dụ LIB_TRAINEES_PER_COURSE.', en: 'Capitals, digits and underscores.' },
  nameVi: { vi: 'Tên tiếng Việt', en: 'Name in Vietnamese' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'Name in English' },
  unit: { vi: 'Đơn vị tính', en: 'Unit label' },
  unitHint: { vi: 'Hiện sau giá trị, ví dụ %, lượt, người/lớp.', en: 'Shown after the value, e.g. %.' },
  formula: { vi: 'Công thức', en: 'Formula' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  denominatorHint: { vi: 'Để mọi dòng là "Không dùng" nếu chỉ số chỉ là tổng của tử số.', en: 'Leave every row unused for a plain total.' },
  term: { vi: 'Thành phần {n}', en: 'Term {n}' },
  sign: { vi: 'Dấu', en: 'Sign' },
  plus: { vi: 'cộng (+)', en: 'plus (+)' },
  minus: { vi: 'trừ (−)', en: 'minus (−)' },
  type: { vi: 'Loại', en: 'Type' },
  typeNone: { vi: 'Không dùng', en: 'Unused' },
  typeData: { vi: 'Số liệu của chỉ tiêu', en: 'Data element' },
  typeCount: { vi: 'Số cơ sở trong danh mục', en: 'Registry count' },
  typePopulation: { vi: 'Dân số', en: 'Population' },
  element: { vi: 'Chỉ tiêu (với số liệu)', en: 'Data element' },
  elementHint: { vi: 'Gõ tên chỉ tiêu, không dấu cũng được.', en: 'Type the element name.' },
  kinds: { vi: 'Loại cơ sở', en: 'Kinds of institution' },
  kindsHint: { vi: 'Với số liệu: để trống là mọi loại. Với số cơ sở: chọn ít nhất một (giữ Ctrl để chọn nhiều).', en: 'Hold Ctrl to pick several.' },
  attribute: { vi: 'Chỉ đếm cơ sở có thuộc tính', en: 'Only those with the attribute' },
  anyAttribute: { vi: 'Mọi cơ sở', en: 'Every institution' },
  population: { vi: 'Dân số', en: 'Population' },
  popTotal: { vi: 'Toàn bộ dân số', en: 'Total' },
  popRural: { vi: 'Dân số nông thôn', en: 'Rural' },
  popDisadvantaged: { vi: 'Dân số vùng khó khăn', en: 'Disadvantaged areas' },
  year: { vi: 'Năm của số liệu', en: 'Year of the data' },
  thisYear: { vi: 'Năm đang xem', en: 'The year shown' },
  lastYear: { vi: 'Năm trước (để tính tăng trưởng)', en: 'The year before (growth)' },
  factor: { vi: 'Hệ số', en: 'Factor' },
  factorHint: { vi: '100 cho tỷ lệ phần trăm, 1 cho một số đếm.', en: '100 for a percentage.' },
  growthHint: {
    vi: 'Tăng trưởng (%/năm): tử số = chỉ tiêu năm đang xem trừ chỉ tiêu năm trước; mẫu số = chỉ tiêu năm trước; hệ số 100.',
    en: 'Growth: numerator = this year − last year; denominator = last year; factor 100.',
  },
  previewTitle: { vi: 'Xem trước giá trị', en: 'Preview' },
  previewPlace: { vi: 'Đơn vị hành chính', en: 'Unit' },
  previewPlaceHint: { vi: 'Gõ tên đơn vị (không dấu cũng được) rồi chọn trong danh sách.', en: 'Type the unit name.' },
  previewYear: { vi: 'Năm', en: 'Year' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  previewResult: { vi: 'Giá trị của {unit} năm {year}: {value}', en: '{unit} in {year}: {value}' },
  previewParts: { vi: 'Tử số {numerator}; mẫu số {denominator}.', en: 'Numerator {numerator}; denominator {denominator}.' },
  noValue: { vi: 'chưa có số liệu', en: 'no data' },
  save: { vi: 'Lưu chỉ số', en: 'Save the indicator' },
  saved: { vi: 'Đã lưu chỉ số. Chỉ số mới hiện trên bảng điều khiển.', en: 'Saved; it is on the dashboards now.' },
  retire: { vi: 'Ngừng sử dụng chỉ số', en: 'Retire the indicator' },
  retireIntro: {
    vi: 'Từ năm của ngày này, chỉ số không còn hiện trên bảng điều khiển; các năm trước và chỉ tiêu kế hoạch vẫn được giữ.',
    en: 'From that year it leaves the dashboards; earlier years and targets stay.',
  },
  retireOn: { vi: 'Ngừng từ ngày', en: 'Retired from' },
  retireButton: { vi: 'Ngừng sử dụng', en: 'Retire' },
  retired: { vi: 'Đã ngừng sử dụng chỉ số.', en: 'Retired.' },
  dateHint: { vi: 'Ngày/tháng/năm, ví dụ 01/01/2027.', en: 'dd/mm/yyyy, e.g. 01/01/2027.' },
  thereIsAProblem: { vi: 'Có vấn đề cần sửa', en: 'There is a problem' },
  back: { vi: 'Tất cả chỉ số', en: 'All indicators' },
  edit: { vi: 'Sửa', en: 'Edit' },
  editOf: { vi: 'Sửa {name}', en: 'Edit {name}' },
});

/** The analytics API's refusals (E353x): each names the parameter it is about. */
export const analyticsErrors = errors({
  badParameter: { code: 'E3530', vi: 'Tham số "{param}" không hợp lệ: {vi}', en: 'Parameter "{param}" is invalid: {en}' },
  unknownIndicators: { code: 'E3531', vi: 'Tham số "indicators": không có chỉ số {codes}.', en: 'Parameter "indicators": no indicator {codes}.' },
  unknownUnits: { code: 'E3532', vi: 'Tham số "units": không có đơn vị {codes}.', en: 'Parameter "units": no unit {codes}.' },
  badUnitsExpression: {
    code: 'E3533',
    vi: 'Tham số "units": "{expr}" không đúng dạng; dùng <mã>, children:<mã> hoặc level:<cấp>:<mã> (cấp: province, district, commune).',
    en: 'Parameter "units": "{expr}" is malformed; use <code>, children:<code> or level:<level>:<code> (level: province, district, commune).',
  },
  yearsOutside: {
    code: 'E3534',
    vi: 'Tham số "years": năm {years} nằm ngoài số liệu (từ {from} đến {to}).',
    en: 'Parameter "years": {years} is outside the data ({from} to {to}).',
  },
  tooManyUnits: {
    code: 'E3535',
    vi: 'Tham số "units": {count} đơn vị, tối đa {max} đơn vị một lần; hãy chọn một tỉnh hoặc một cấp trong một tỉnh.',
    en: 'Parameter "units": {count} units, at most {max} at a time; choose a province or a level within one.',
  },
  tooManyCells: {
    code: 'E3536',
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
