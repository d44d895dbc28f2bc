import { errors } from '../core/i18n/catalogue.ts';

/**
 * What the statistics refuse, with stable codes E3001…: a value's cells (E3001–E3019), a batch (E3020–E3022), a file's
 * cells named as a person names them (E3023–E3029), the data elements (E3030–), the feed (E3040–), locks (E3050–),
 * exports and templates (E3060–), files (E3070–), uploads and the file kept between check and confirm (E3090–).
 * Periods reach the reader as mm/yyyy when they are valid, as typed when they are not.
 */
export const statisticsErrors = errors({
  unknownInstitution: { code: 'E3001', vi: 'Không có cơ sở mã "{code}".', en: 'Unknown institution code "{code}".' },
  unknownElement: { code: 'E3002', vi: 'Không có chỉ tiêu thống kê mã "{code}".', en: 'Unknown data element "{code}".' },
  badPeriod: { code: 'E3003', vi: 'Kỳ "{period}" không hợp lệ: dùng YYYY hoặc YYYY-MM.', en: 'Period "{period}" must be YYYY or YYYY-MM.' },
  monthlyElement: {
    code: 'E3004',
    vi: 'Chỉ tiêu {element} nhập theo tháng (YYYY-MM), không theo kỳ "{period}".',
    en: '{element} is entered per month, not for "{period}".',
  },
  yearlyElement: {
    code: 'E3005',
    vi: 'Chỉ tiêu {element} nhập theo năm (YYYY), không theo kỳ "{period}".',
    en: '{element} is entered per year, not for "{period}".',
  },
  futurePeriod: { code: 'E3006', vi: 'Kỳ {period} chưa đến.', en: 'Period {period} is in the future.' },
  negative: { code: 'E3007', vi: 'Giá trị {value} âm: số liệu thống kê không được âm.', en: 'Value {value} is negative.' },
  fraction: { code: 'E3008', vi: 'Giá trị {value} phải là số nguyên.', en: 'Value {value} must be a whole number.' },
  notWholeNumber: { code: 'E3009', vi: 'Giá trị "{value}" không phải là số nguyên.', en: 'Value "{value}" is not a whole number.' },
  separator: {
    code: 'E3010',
    vi: 'Giá trị "{value}" có dấu phân cách: chỉ nhập số nguyên, không dấu chấm, dấu phẩy hay khoảng trắng (ví dụ 1234).',
    en: 'Value "{value}" has a separator: enter plain whole numbers only, without dots, commas or spaces (e.g. 1234).',
  },
  // the entry form's cells, read as the page writes numbers (core/i18n/parse-number.ts)
  notANumber: {
    code: 'E3019',
    vi: 'Giá trị "{value}" không phải là số: nhập chữ số, hàng nghìn có thể ngăn bằng dấu chấm (ví dụ 1.234 hoặc 1234).',
    en: 'Value "{value}" is not a number: type digits, thousands may be separated by commas (e.g. 1,234 or 1234).',
  },
  missingValue: { code: 'E3011', vi: 'Thiếu giá trị.', en: 'The value is missing.' },
  missingInstitution: { code: 'E3012', vi: 'Thiếu mã cơ sở.', en: 'The institution code is missing.' },
  missingElement: { code: 'E3013', vi: 'Thiếu mã chỉ tiêu thống kê.', en: 'The data element code is missing.' },
  missingPeriod: { code: 'E3014', vi: 'Thiếu kỳ (YYYY hoặc YYYY-MM).', en: 'The period (YYYY or YYYY-MM) is missing.' },
  repeated: {
    code: 'E3015',
    vi: 'Trùng với dòng {first}: cùng cơ sở, chỉ tiêu và kỳ chỉ được có một giá trị.',
    en: 'Same institution, data element and period as row {first}: give each value once.',
  },
  noUnit: {
    code: 'E3016',
    vi: 'Kỳ {period} nằm ngoài thời gian cơ sở "{institution}" thuộc một đơn vị hành chính.',
    en: "Period {period} is outside the institution's membership of any unit.",
  },
  outsideUnit: {
    code: 'E3017',
    vi: 'Kỳ {period} nằm ngoài thời gian hiệu lực của đơn vị "{unit}" ({from} – {to}).',
    en: 'Period {period} is outside the validity of unit "{unit}".',
  },
  notYours: {
    code: 'E3018',
    vi: 'Bạn không có quyền nhập số liệu cho cơ sở "{institution}" kỳ {period}.',
    en: 'You may not write data for "{institution}" for {period}.',
  },

  // a file's cells named as a person names them (value-names.ts)
  unknownInstitutionName: { code: 'E3023', vi: 'Không có cơ sở nào có tên hoặc mã "{name}".', en: 'No institution is named or coded "{name}".' },
  ambiguousInstitution: {
    code: 'E3024',
    vi: 'Có {n} cơ sở cùng tên "{name}": ghi thêm mã trong ngoặc, ví dụ "{example}".',
    en: '{n} institutions are named "{name}": add the code in brackets, e.g. "{example}".',
  },
  unknownElementName: { code: 'E3025', vi: 'Không có chỉ tiêu nào có tên hoặc mã "{name}".', en: 'No data element is named or coded "{name}".' },
  ambiguousElement: {
    code: 'E3026',
    vi: 'Có {n} chỉ tiêu cùng tên "{name}": ghi mã chỉ tiêu ({codes}).',
    en: '{n} data elements are named "{name}": give the code ({codes}).',
  },
  filePeriod: {
    code: 'E3027',
    vi: 'Kỳ "{period}" không hợp lệ: ghi tháng dạng 11/2026 (hoặc 2026-11), năm dạng 2026.',
    en: 'Period "{period}" is not valid: write a month as 11/2026 (or 2026-11), a year as 2026.',
  },
  commaDecimal: {
    code: 'E3028',
    vi: 'Giá trị "{value}" có dấu phẩy, là dấu thập phân khi viết số kiểu Việt Nam, nên không phải số nguyên. Nếu dấu phẩy ngăn hàng nghìn, hãy viết {dotted} hoặc {plain}.',
    en: 'Value "{value}" has a comma, the decimal mark in Vietnamese number format, so it is not a whole number. If it separates thousands, write {dotted} or {plain}.',
  },
  dataChanged: {
    code: 'E3029',
    vi: 'Số liệu đã thay đổi từ lúc kiểm tra ({n} ô không còn giá trị cũ như đã hiện): chưa lưu gì. Dưới đây là kết quả kiểm tra lại; xem lại rồi xác nhận.',
    en: 'The data changed since the check ({n} cells no longer hold the old value shown): nothing was saved. The file was checked again below; review it and confirm.',
  },

  outsideScope: {
    code: 'E3020',
    vi: 'Có cơ sở nằm ngoài phạm vi của bạn; không số liệu nào được lưu.',
    en: 'Some institutions are outside your scope; nothing was saved.',
  },
  invalidRows: { code: 'E3021', vi: 'Có dòng không hợp lệ; không số liệu nào được lưu.', en: 'Some rows are invalid; nothing was saved.' },
  invalidCells: { code: 'E3022', vi: 'Có ô không hợp lệ; không số liệu nào được lưu.', en: 'Some cells are invalid; nothing was saved.' },

  adminsOnly: { code: 'E3030', vi: 'Chỉ quản trị hệ thống được thêm chỉ tiêu thống kê.', en: 'Admins only.' },
  elementCodeTaken: { code: 'E3031', vi: 'Mã "{code}" đã có.', en: 'Code "{code}" is already taken.' },
  alreadyExists: { code: 'E3032', vi: 'Đã tồn tại', en: 'Already exists' },

  institutionWithoutUnit: {
    code: 'E3040',
    vi: 'Cơ sở #{id} không thuộc đơn vị hành chính nào vào ngày {date}.',
    en: 'Institution #{id} has no unit on {date}.',
  },
  notASnapshot: {
    code: 'E3041',
    vi: '{element} được đếm theo tháng, không phải số liệu thời điểm.',
    en: '{element} is counted per month, not as a figure at a point in time.',
  },

  locked: {
    code: 'E3050',
    vi: 'Số liệu năm {year} của {unit} đã bị khóa vì báo cáo năm đã được phê duyệt; cần cấp trên mở lại báo cáo trước khi sửa.',
    en: 'The {year} data of {unit} is locked: its report was approved. The parent unit must reopen the report before it can be changed.',
  },
  lockedCell: { code: 'E3051', vi: 'Đã khóa (báo cáo {unit} năm {year} đã phê duyệt)', en: 'Locked (report of {unit} for {year} approved)' },

  // numbers in each language's own format: {n} and {limit} in Vietnamese, {nEn} and {limitEn} in English
  exportTooLarge: {
    code: 'E3060',
    vi: 'Có {n} giá trị, nhiều hơn giới hạn {limit} dòng của một tệp: hãy xuất theo đơn vị cấp dưới.',
    en: '{nEn} values, more than the {limitEn} rows a file may hold: export the units below instead.',
  },

  templateTooLarge: {
    code: 'E3061',
    vi: 'Mẫu của {place} sẽ có {n} dòng, nhiều hơn giới hạn {limit}: hãy chọn một đơn vị cấp dưới hoặc một cơ sở.',
    en: 'The template of {place} would have {nEn} rows, more than the {limitEn} allowed: choose a unit below or an institution.',
  },
  nothingToTemplate: {
    code: 'E3062',
    vi: 'Bạn không được nhập số liệu năm {year} cho cơ sở nào của {place}: không có mẫu để tải.',
    en: 'You may not enter {year} data for any institution of {place}: there is no template to download.',
  },
  noSuchPlace: {
    code: 'E3063',
    vi: 'Không tìm thấy cơ sở hay đơn vị nào tên "{name}" trong phạm vi của bạn.',
    en: 'No institution or unit named "{name}" within your scope.',
  },
  placeMissing: { code: 'E3064', vi: 'Nhập tên cơ sở hoặc đơn vị.', en: 'Type the name of an institution or a unit.' },

  oldExcel: {
    code: 'E3070',
    vi: 'Tệp "{file}" là định dạng Excel cũ (.xls): hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.',
    en: '"{file}" is an old Excel (.xls) file: save it as .xlsx or CSV UTF-8.',
  },
  notXlsx: { code: 'E3071', vi: 'Tệp "{file}" không phải là tệp Excel .xlsx hợp lệ.', en: '"{file}" is not a valid .xlsx file.' },
  emptyFile: { code: 'E3072', vi: 'Tệp rỗng: không có dòng tiêu đề nào.', en: 'The file is empty: no header row.' },
  // {parts}: what is missing, unknown or repeated, listed in each language (statisticsText)
  badHeader: {
    code: 'E3073',
    vi: 'Dòng tiêu đề phải có đúng các cột {expectedVi} (hoặc {expected}): {parts}.',
    en: 'The header row must have exactly the columns {expected} (or {expectedVi}): {partsEn}.',
  },
  badHeaderSemicolon: {
    code: 'E3074',
    vi: 'Dòng tiêu đề phải có đúng các cột {expectedVi} (hoặc {expected}): {parts}. Dấu phân cách phải là dấu phẩy (,), không phải dấu chấm phẩy.',
    en: 'The header row must have exactly the columns {expected} (or {expectedVi}): {partsEn}. The separator must be a comma (,), not a semicolon.',
  },
  tooManyRows: {
    code: 'E3075',
    vi: 'Tệp có hơn {max} dòng số liệu, vượt quá giới hạn: hãy chia thành nhiều tệp.',
    en: 'The file has more than {maxEn} data rows, over the limit: split it into several files.',
  },
  // {detail}: what the CSV reader said (English)
  quoteNotClosed: { code: 'E3076', vi: 'Tệp CSV bị lỗi ở dòng {line}: dấu ngoặc kép (") mở mà không đóng.', en: 'Malformed CSV at line {line}: {detail}' },
  quoteMisplaced: { code: 'E3077', vi: 'Tệp CSV bị lỗi ở dòng {line}: dấu ngoặc kép (") đặt sai chỗ.', en: 'Malformed CSV at line {line}: {detail}' },
  notUtf8: {
    code: 'E3078',
    vi: 'Tệp CSV không ở mã UTF-8: trong Excel hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu.',
    en: 'The CSV file is not UTF-8: save it as "CSV UTF-8" in Excel.',
  },
  extraCells: { code: 'E3079', vi: 'Dòng có nhiều hơn {n} cột.', en: 'The row has more than {n} columns.' },
  rowsWithExtraCells: { code: 'E3080', vi: 'Có dòng thừa cột so với dòng tiêu đề.', en: 'Some rows have more columns than the header.' },
  xlsxTooBigToRead: {
    code: 'E3098',
    vi: 'Tệp XLSX quá lớn để đọc: cần hơn {mb} MB bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ hơn hoặc lưu thành CSV.',
    en: 'The XLSX file is too large to read: it needs more than {mb} MB of memory. Split it into smaller files or save it as CSV.',
  },
  unreadableXlsx: {
    code: 'E3081',
    vi: 'Không đọc được tệp Excel: tệp không phải .xlsx hợp lệ hoặc đã hỏng.',
    en: 'Cannot read the Excel file: it is not a valid .xlsx file or it is damaged.',
  },
  noSheet: { code: 'E3082', vi: 'Tệp Excel không có trang tính nào có dữ liệu.', en: 'The workbook has no sheet with data.' },
  headerNotInRow1: { code: 'E3083', vi: 'Dòng 1 của trang tính phải là dòng tiêu đề.', en: 'Row 1 of the sheet must be the header row.' },
  row1Columns: { code: 'E3084', vi: 'Dòng 1 phải có các cột {expected}.', en: 'Row 1 must have the columns {expected}.' },

  headerOnly: {
    code: 'E3085',
    vi: 'Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào: không có gì để nhập.',
    en: 'The file has only its header row, no data rows: nothing to import.',
  },
  unknownHeader: {
    code: 'E3086',
    vi: 'Tiêu đề "{name}" ở cột {column} không phải là cột nào của tệp nhập liệu.',
    en: 'The header "{name}" in column {column} is not a column of a value file.',
  },
  missingHeader: { code: 'E3087', vi: 'Thiếu cột {name}.', en: 'The column {name} is missing.' },
  repeatedHeader: {
    code: 'E3088',
    vi: 'Cột {column} ("{name}") lặp lại cột {name2} đã có.',
    en: 'Column {column} ("{name}") repeats the column {name2}.',
  },
  // validation rules (E3100–E3119)
  rulesAdminsOnly: {
    code: 'E3100',
    vi: 'Chỉ quản trị hệ thống được thêm hoặc xóa quy tắc kiểm tra.',
    en: 'Only system admins add or delete validation rules.',
  },
  ruleInvalid: { code: 'E3101', vi: 'Quy tắc chưa hợp lệ; chưa lưu.', en: 'The rule is not valid; nothing was saved.' },
  ruleNameMissing: { code: 'E3102', vi: 'Nhập tên quy tắc (được hiện khi số liệu vi phạm)', en: 'Give the rule a name (shown when data breaks it)' },
  ruleNameTooLong: { code: 'E3103', vi: 'Tên tối đa {max} ký tự', en: 'At most {max} characters' },
  ruleElementMissing: { code: 'E3104', vi: 'Chọn một chỉ tiêu thống kê', en: 'Choose a data element' },
  ruleElementUnknown: { code: 'E3105', vi: 'Không có chỉ tiêu nào tên "{name}"', en: 'No data element is called "{name}"' },
  ruleElementAmbiguous: {
    code: 'E3106',
    vi: 'Có nhiều chỉ tiêu khớp "{name}": {names}. Gõ đầy đủ tên',
    en: 'Several data elements match "{name}": {names}. Type the whole name',
  },
  ruleSameElement: { code: 'E3107', vi: 'Hai vế phải là hai chỉ tiêu khác nhau', en: 'The two sides must be different data elements' },
  rulePeriodTypes: {
    code: 'E3108',
    vi: 'Hai chỉ tiêu phải cùng kỳ nhập (cùng theo tháng hoặc cùng theo năm)',
    en: 'Both data elements must be entered for the same kind of period (both monthly or both yearly)',
  },
  ruleOperator: { code: 'E3109', vi: 'Chọn phép so sánh', en: 'Choose a comparison' },
  ruleFactor: { code: 'E3110', vi: 'Hệ số là một số lớn hơn 0 (ví dụ 1 hoặc 0,5)', en: 'The factor is a number above 0 (e.g. 1 or 0.5)' },
  ruleImportance: { code: 'E3111', vi: 'Chọn mức độ quan trọng', en: 'Choose an importance' },

  // the entry form's checks (E3120–E3139): warnings confirmed with a comment, blocking rules refused
  outlierHigh: {
    code: 'E3120',
    vi: 'Giá trị {value} cao bất thường: {points} tháng trước đó của cơ sở thường trong khoảng {low} – {high}.',
    en: "{valueEn} is unusually high: the institution's {points} previous months were usually within {lowEn} – {highEn}.",
  },
  outlierLow: {
    code: 'E3121',
    vi: 'Giá trị {value} thấp bất thường: {points} tháng trước đó của cơ sở thường trong khoảng {low} – {high}.',
    en: "{valueEn} is unusually low: the institution's {points} previous months were usually within {lowEn} – {highEn}.",
  },
  ruleBroken: {
    code: 'E3122',
    vi: '{rule}: {left} là {lv}, lẽ ra phải {op} {times}{right} ({rv}).',
    en: '{rule}: {leftEn} is {lvEn}; it should be {opEn} {timesEn}{rightEn} ({rvEn}).',
  },
  ruleBlocks: {
    code: 'E3123',
    vi: '{rule}: {left} là {lv}, phải {op} {times}{right} ({rv}). Sửa lại số liệu trước khi lưu.',
    en: '{rule}: {leftEn} is {lvEn}; it must be {opEn} {timesEn}{rightEn} ({rvEn}). Correct the figures to save.',
  },
  warningsFound: {
    code: 'E3124',
    vi: 'Có {n} ô có số liệu khác thường. Kiểm tra lại từng ô: nếu số liệu đúng, ghi lý do vào ô "Ghi chú" bên cạnh rồi bấm Lưu; nếu sai, sửa lại. Chưa có gì được lưu.',
    en: '{n} cell(s) look unusual. Check each: if the figure is right, give the reason in the "Comment" box beside it and save again; if not, correct it. Nothing was saved.',
  },
  commentNeeded: {
    code: 'E3125',
    vi: 'Chưa có ghi chú: nếu số liệu đúng, ghi lý do vào đây; nếu sai, sửa lại số liệu.',
    en: 'No comment given: if the figure is right, give the reason here; if not, correct the figure.',
  },
  // notes (E3140–)
  noteInvalid: { code: 'E3140', vi: 'Ghi chú chưa hợp lệ; chưa lưu.', en: 'The note is not valid; nothing was saved.' },
  commentTooLong: { code: 'E3141', vi: 'Ghi chú tối đa {max} ký tự', en: 'At most {max} characters' },

  fileTooLarge: { code: 'E3090', vi: 'Tệp quá lớn (tối đa 50 MB).', en: 'The file is too large (at most 50 MB).' },
  noFile: { code: 'E3091', vi: 'Chưa chọn tệp, hoặc tệp rỗng.', en: 'No file chosen, or the file is empty.' },
  chooseFile: { code: 'E3092', vi: 'Chọn một tệp CSV hoặc XLSX', en: 'Choose a CSV or XLSX file' },
  heldGone: {
    code: 'E3093',
    vi: 'Tệp đã kiểm tra không còn được giữ (quá {minutes} phút, hoặc đã lưu rồi): hãy chọn lại tệp và kiểm tra lại.',
    en: 'The checked file is no longer kept (over {minutes} minutes, or already saved): choose the file again and check it.',
  },
  heldNotYours: {
    code: 'E3094',
    vi: 'Lượt kiểm tra này là của người dùng khác: hãy chọn tệp của bạn và kiểm tra lại.',
    en: 'This check belongs to another user: choose your file and check it.',
  },
  heldDamaged: {
    code: 'E3095',
    vi: 'Tệp giữ lại không còn đúng với tệp đã kiểm tra: hãy chọn lại tệp và kiểm tra lại.',
    en: 'The kept file no longer matches the file checked: choose the file again and check it.',
  },
  // the administration of data elements (/quan-tri/du-lieu, element-admin.ts, issue 19): E3160…
  elementInvalid: { code: 'E3160', vi: 'Chỉ tiêu chưa hợp lệ; chưa có gì được lưu.', en: 'The data element is not valid; nothing was saved.' },
  elementCodeFormat: {
    code: 'E3161',
    vi: 'Mã gồm 2–41 chữ in hoa không dấu, số hoặc gạch dưới, bắt đầu bằng chữ, ví dụ LIB_NEW_SERVICE',
    en: '2–41 capital letters, digits or underscores, starting with a letter',
  },
  elementNameLength: { code: 'E3162', vi: 'Tên cần từ 3 đến 300 ký tự', en: 'The name needs 3 to 300 characters' },
  elementSector: { code: 'E3163', vi: 'Chọn loại cơ sở báo cáo chỉ tiêu này', en: 'Choose which institutions report it' },
  elementPeriodType: { code: 'E3164', vi: 'Chọn kỳ báo cáo: tháng hoặc năm', en: 'Choose month or year' },
  periodTypeHasValues: {
    code: 'E3165',
    vi: 'Chỉ tiêu đã có {n} số liệu theo kỳ cũ: không đổi được kỳ báo cáo (hãy tạo chỉ tiêu mới và ngừng chỉ tiêu này)',
    en: 'It has {n} values by its period: its period type cannot change (add a new element and retire this one)',
  },
  elementAlreadyRetired: { code: 'E3166', vi: 'Chỉ tiêu đã ngừng sử dụng từ ngày {date}', en: 'Retired on {date}' },
  elementRetireDate: { code: 'E3167', vi: 'Nhập ngày dạng ngày/tháng/năm', en: 'A date as dd/mm/yyyy' },
});
