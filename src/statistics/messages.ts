import { errors, texts } from '../core/i18n/catalogue.ts';

/** The statistics pages' own texts (the shared words are in core/i18n/messages.ts). */
export const statisticsText = texts({
  importProblems: { vi: 'Có {n} lỗi; không số liệu nào được lưu.', en: '{n} problem(s); nothing was saved.' },
  importProblemsShown: {
    vi: 'Dưới đây là {shown} lỗi đầu tiên; sửa chúng rồi kiểm tra lại tệp để xem các lỗi còn lại.',
    en: 'The first {shown} are listed below; fix them and check the file again to see the rest.',
  },
  importChecked: { vi: 'Đã kiểm tra {rows} dòng, không có lỗi. Chưa lưu.', en: '{rows} rows checked, no problems. Nothing saved yet.' },
  importSaved: { vi: 'Đã lưu {n} số liệu.', en: '{n} values saved.' },
  // the parts of a bad header row, listed in the error
  missingColumns: { vi: 'thiếu {list}', en: 'missing {list}' },
  unknownColumns: { vi: 'không rõ {list}', en: 'unknown {list}' },
  repeatedColumns: { vi: 'lặp {list}', en: 'repeated {list}' },
  emptyColumn: { vi: '(cột {n} trống)', en: '(column {n} empty)' },
  // the entry form's error summary (GOV.UK pattern): its heading, above the reason and the links to the cells
  thereIsAProblem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  // the institution's own work pages, linked from its statistics page (issue 20)
  workPages: { vi: 'Việc của cơ sở', en: 'Work pages' },
  circulationDesk: { vi: 'Quầy mượn trả', en: 'Circulation desk' },
  libraryWork: { vi: 'Biên mục, thẻ bạn đọc, luân chuyển', en: 'Cataloguing, cards, rotation' },
  museumWork: { vi: 'Quản lý bảo tàng: hiện vật, trưng bày, đặt lịch', en: 'Museum: objects, exhibitions, bookings' },
  cultureWork: { vi: 'Quản lý câu lạc bộ, hoạt động văn hóa', en: 'Clubs and cultural activities' },
});

/**
 * What the statistics refuse, with stable codes E3001…: a value's cells (E3001–E3019), a batch (E3020–E3029),
 * the data elements (E3030–), the feed (E3040–), locks (E3050–), exports (E3060–), files (E3070–), uploads (E3090–).
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
    vi: 'Dòng tiêu đề phải có đúng các cột {expected} ({parts}).',
    en: 'The header row must have exactly the columns {expected} ({partsEn}).',
  },
  badHeaderSemicolon: {
    code: 'E3074',
    vi: 'Dòng tiêu đề phải có đúng các cột {expected} ({parts}). Dấu phân cách phải là dấu phẩy (,), không phải dấu chấm phẩy.',
    en: 'The header row must have exactly the columns {expected} ({partsEn}). The separator must be a comma (,), not a semicolon.',
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

  fileTooLarge: { code: 'E3090', vi: 'Tệp quá lớn (tối đa 50 MB).', en: 'The file is too large (at most 50 MB).' },
  noFile: { code: 'E3091', vi: 'Chưa chọn tệp, hoặc tệp rỗng.', en: 'No file chosen, or the file is empty.' },
  chooseFile: { code: 'E3092', vi: 'Chọn một tệp CSV hoặc XLSX', en: 'Choose a CSV or XLSX file' },
});
