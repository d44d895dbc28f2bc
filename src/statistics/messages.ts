import { errors, texts } from '../core/i18n/catalogue.ts';

/** The statistics pages' own texts (the shared words are in core/i18n/messages.ts). */
export const statisticsText = texts({
  importProblems: { vi: 'Có {n} lỗi; không số liệu nào được lưu.', en: '{n} problem(s); nothing was saved.' },
  importProblemsShown: {
    vi: 'Dưới đây là {shown} lỗi đầu tiên; sửa chúng rồi kiểm tra lại tệp để xem các lỗi còn lại.',
    en: 'The first {shown} are listed below; fix them and check the file again to see the rest.',
  },
  // the parts of a bad header row, listed in the error
  missingColumns: { vi: 'thiếu {list}', en: 'missing {list}' },
  unknownColumns: { vi: 'không rõ {list}', en: 'unknown {list}' },
  repeatedColumns: { vi: 'lặp {list}', en: 'repeated {list}' },
  emptyColumn: { vi: '(cột {n} trống)', en: '(column {n} empty)' },
  // the entry form's checks: warnings beside the cells, confirmed with a comment
  checkThese: { vi: 'Cần kiểm tra lại số liệu', en: 'Please check these figures' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  toConfirm: { vi: 'Số liệu khác thường cần xác nhận:', en: 'Unusual figures to confirm:' },
  commentWhy: { vi: 'Ghi chú (vì sao số liệu đúng)', en: 'Comment (why the figure is right)' },
  // the cells' notes in the grid, and the notes of a row
  notes: { vi: 'Ghi chú', en: 'Notes' },
  noteOfCell: { vi: 'Ghi chú, theo dõi: {cell}', en: 'Notes and follow-up: {cell}' },
  hasComment: { vi: 'Có ghi chú: {comment}', en: 'Comment: {comment}' },
  markedFollowUp: { vi: 'Cần theo dõi.', en: 'Marked for follow-up.' },
  monthShort: { vi: 'T{m}', en: 'M{m}' },
  notesHelp: {
    vi: 'Mỗi dòng có mục "Ghi chú" để ghi chú hoặc đánh dấu cần theo dõi từng ô; ô có ghi chú có dấu ✎, ô cần theo dõi có dấu ⚑.',
    en: 'Each row has a "Notes" item to comment on a cell or mark it for follow-up; a cell with a comment shows ✎, one marked for follow-up ⚑.',
  },
  followUpsLink: { vi: 'Danh sách số liệu cần theo dõi', en: 'Values marked for follow-up' },
  // completeness of the period
  filledRow: { vi: 'Đã nhập', en: 'Filled' },
  completeness: {
    vi: 'Đã nhập {filled} trên {expected} ô của các tháng đã qua ({rate}\u00a0%).',
    en: '{filled} of the {expected} cells of the months gone by are filled ({rate}\u00a0%).',
  },
  yearCompleteness: { vi: 'Chỉ tiêu năm: đã nhập {filled} trên {expected}.', en: 'Yearly elements: {filled} of {expected} filled.' },
  notExpected: { vi: 'chưa hết kỳ', en: 'not over' },
  // evidence files of the status attributes
  evidenceText: { vi: 'Minh chứng (mô tả, số văn bản)', en: 'Evidence (description, document number)' },
  evidenceFile: { vi: 'Tệp minh chứng (PDF, JPEG hoặc PNG, tối đa 5 MB)', en: 'Evidence file (PDF, JPEG or PNG, at most 5 MB)' },
  evidenceStored: { vi: 'Tệp đã lưu:', en: 'Stored file:' },
  evidenceReplace: { vi: 'Chọn tệp mới sẽ thay tệp đã lưu.', en: 'A new file replaces the stored one.' },
  uploadedBy: { vi: '{by}, {at}', en: '{by}, {at}' },
  // a cell's page: its value, comment, follow-up flag and history
  cellMonth: { vi: '{element}, tháng {month}', en: '{element}, {month}' },
  cellYear: { vi: '{element}, năm {year}', en: '{element}, {year}' },
  backToForm: { vi: 'Về biểu mẫu nhập số liệu năm {year}', en: 'Back to the {year} entry form' },
  storedValue: { vi: 'Giá trị', en: 'Value' },
  noValue: { vi: 'Chưa có số liệu', en: 'No value yet' },
  changedBy: { vi: 'Cập nhật lần cuối: {by}, {at}', en: 'Last changed by {by}, {at}' },
  comment: { vi: 'Ghi chú', en: 'Comment' },
  followUp: {
    vi: 'Đánh dấu cần theo dõi (cấp trên sẽ thấy trong danh sách số liệu cần theo dõi)',
    en: 'Mark for follow-up (the units above see it in their follow-up list)',
  },
  noteBy: { vi: 'Ghi chú do {by} cập nhật lúc {at}.', en: 'Note set by {by} at {at}.' },
  confirmedOutlier: {
    vi: 'Ghi chú này xác nhận một giá trị khác thường so với các tháng trước.',
    en: 'This comment confirmed a value unusual for the months before.',
  },
  confirmedRule: { vi: 'Ghi chú này xác nhận một số liệu trái với quy tắc kiểm tra.', en: 'This comment confirmed figures breaking a validation rule.' },
  noNote: { vi: 'Chưa có ghi chú.', en: 'No comment.' },
  history: { vi: 'Lịch sử thay đổi', en: 'Changes' },
  when: { vi: 'Thời gian', en: 'When' },
  who: { vi: 'Người sửa', en: 'Who' },
  oldValue: { vi: 'Giá trị cũ', en: 'Old value' },
  newValue: { vi: 'Giá trị mới', en: 'New value' },
  noHistory: { vi: 'Chưa có thay đổi nào được ghi lại.', en: 'No change recorded.' },
  unknownUser: { vi: 'không rõ', en: 'unknown' },
  // the follow-up list
  followUps: { vi: 'Số liệu cần theo dõi', en: 'Values marked for follow-up' },
  followUpsIntro: {
    vi: 'Các số liệu được đánh dấu cần theo dõi ở những cơ sở bạn phụ trách, mới nhất trước.',
    en: 'Values marked for follow-up at the institutions in your charge, newest first.',
  },
  noFollowUps: { vi: 'Không có số liệu nào đang cần theo dõi.', en: 'No value is marked for follow-up.' },
  markedBy: { vi: 'Người đánh dấu', en: 'Marked by' },
  // the admins' page of validation rules
  rulesTitle: { vi: 'Quy tắc kiểm tra số liệu', en: 'Validation rules' },
  rulesIntro: {
    vi: 'Mỗi quy tắc so sánh hai chỉ tiêu của cùng một cơ sở trong cùng một kỳ. Khi cơ sở lưu biểu mẫu nhập số liệu, số liệu trái quy tắc được cảnh báo ngay bên cạnh ô và người nhập phải ghi chú xác nhận; quy tắc chặn thì không cho lưu cho đến khi sửa.',
    en: 'Each rule compares two data elements of one institution in the same period. When the entry form is saved, figures breaking a rule are warned beside the cell and must be confirmed with a comment; a blocking rule refuses the save until they are corrected.',
  },
  noRules: { vi: 'Chưa có quy tắc nào.', en: 'No rules yet.' },
  ruleName: { vi: 'Tên quy tắc (hiện khi số liệu vi phạm)', en: 'Rule name (shown when figures break it)' },
  ruleNameShort: { vi: 'Tên', en: 'Name' },
  ruleCondition: { vi: 'Điều kiện', en: 'Condition' },
  ruleLeft: { vi: 'Vế trái: chỉ tiêu', en: 'Left side: data element' },
  ruleRight: { vi: 'Vế phải: chỉ tiêu', en: 'Right side: data element' },
  ruleElementHint: {
    vi: 'Gõ tên chỉ tiêu, có thể không dấu (ví dụ: luot khach tham quan) và chọn trong danh sách.',
    en: 'Type the data element’s name, diacritics optional, and pick it from the list.',
  },
  ruleOperatorLabel: { vi: 'Phép so sánh', en: 'Comparison' },
  ruleFactorLabel: { vi: 'Hệ số của vế phải', en: 'Factor of the right side' },
  ruleFactorHint: {
    vi: 'Vế phải được nhân với hệ số: 1 là so sánh trực tiếp; 0,5 nghĩa là "một nửa".',
    en: 'The right side is multiplied by it: 1 compares directly; 0.5 means "half".',
  },
  importanceLabel: { vi: 'Mức độ quan trọng', en: 'Importance' },
  importanceHigh: { vi: 'Cao', en: 'High' },
  importanceMedium: { vi: 'Trung bình', en: 'Medium' },
  importanceLow: { vi: 'Thấp', en: 'Low' },
  ruleBlockingLabel: {
    vi: 'Chặn: không cho lưu khi vi phạm (thay vì cảnh báo cần ghi chú)',
    en: 'Blocking: refuse the save (instead of a warning confirmed with a comment)',
  },
  onBreak: { vi: 'Khi vi phạm', en: 'When broken' },
  onBreakWarn: { vi: 'Cảnh báo, cần ghi chú', en: 'Warning, needs a comment' },
  onBreakBlock: { vi: 'Chặn, không cho lưu', en: 'Refused' },
  addRule: { vi: 'Thêm quy tắc', en: 'Add a rule' },
  ruleAdded: { vi: 'Đã thêm quy tắc.', en: 'Rule added.' },
  ruleDeleted: { vi: 'Đã xóa quy tắc.', en: 'Rule deleted.' },
  deleteRule: { vi: 'Xóa', en: 'Delete' },
  deleteRuleOf: { vi: 'Xóa quy tắc "{name}"', en: 'Delete the rule "{name}"' },
  deleteRuleQuestion: {
    vi: 'Xóa quy tắc này? Các lần lưu sau sẽ không kiểm tra nó nữa; ghi chú đã xác nhận trước đây vẫn được giữ.',
    en: 'Delete this rule? Later saves will no longer check it; comments that confirmed it are kept.',
  },
  confirmDelete: { vi: 'Xóa quy tắc', en: 'Delete the rule' },
  cancel: { vi: 'Không xóa, quay lại', en: 'Keep it, go back' },
  monthlyElement: { vi: 'theo tháng', en: 'monthly' },
  yearlyElement: { vi: 'theo năm', en: 'yearly' },
  // the comparisons of validation rules, in words
  opLe: { vi: 'không lớn hơn', en: 'at most' },
  opLt: { vi: 'nhỏ hơn', en: 'less than' },
  opEq: { vi: 'bằng', en: 'equal to' },
  opGe: { vi: 'không nhỏ hơn', en: 'at least' },
  opGt: { vi: 'lớn hơn', en: 'more than' },
  times: { vi: '{factor} lần ', en: '{factor} × ' },
  // the entry form's error summary (GOV.UK pattern): its heading, above the reason and the links to the cells
  thereIsAProblem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  // the columns of a value file as a person names them (the template's header row, the problems' column)
  colInstitution: { vi: 'Cơ sở', en: 'Institution' },
  colElement: { vi: 'Chỉ tiêu', en: 'Data element' },
  colPeriod: { vi: 'Kỳ', en: 'Period' },
  colValue: { vi: 'Giá trị', en: 'Value' },

  // the template (value-template.ts): its sheets, and how to fill it in (one line a row of the second sheet)
  templateSheet: { vi: 'Số liệu', en: 'Số liệu' },
  templateHelpSheet: { vi: 'Hướng dẫn', en: 'Hướng dẫn' },
  templateTitle: { vi: 'Mẫu nhập số liệu: {place}, năm {year}', en: 'Data template: {place}, {year}' },
  templateHelp: {
    vi: [
      'Sửa hoặc điền cột Giá trị của trang "Số liệu"; không đổi tên các cột.',
      'Số viết kiểu Việt Nam (1.234) hoặc không có dấu phân cách (1234); chỉ nhập số nguyên, không âm.',
      'Ô Giá trị để trống: số liệu đang có được giữ nguyên.',
      'Có thể thêm dòng: Cơ sở và Chỉ tiêu ghi bằng tên hoặc mã, Kỳ ghi tháng dạng 11/2026 hoặc năm dạng 2026.',
      'Lưu tệp (Excel .xlsx hoặc CSV UTF-8), rồi tải lên ở trang "Nhập số liệu": trang cho xem giá trị cũ và mới của từng ô trước khi lưu.',
      'Nếu có ô nào sai, không số liệu nào được lưu; trang chỉ ra dòng, cột và giá trị sai.',
    ].join('\n'),
    en: [
      'Edit or fill in the Giá trị (value) column of the "Số liệu" sheet; do not rename the columns.',
      'Numbers the Vietnamese way (1.234) or without separators (1234); whole numbers, not negative.',
      'An empty value leaves the stored value as it is.',
      'Rows may be added: institution and element by name or code, the period as 11/2026 (month) or 2026 (year).',
      'Save the file (Excel .xlsx or CSV UTF-8) and upload it on the "Import data" page: it shows old and new values before saving.',
      'If any cell is wrong, nothing is saved; the page names the row, the column and the value.',
    ].join('\n'),
  },

  // the import page (import-page.tsx)
  importIntro: {
    vi: 'Tải mẫu, sửa cột Giá trị bằng Excel rồi tải tệp lên: trang cho xem giá trị cũ và mới của từng ô trước khi lưu.',
    en: 'Download a template, edit its value column in a spreadsheet and upload it: the page shows each cell’s old and new value before saving.',
  },
  importRules: {
    vi: 'Tệp có bốn cột Cơ sở, Chỉ tiêu, Kỳ, Giá trị (hoặc institution, dataElement, period, value). Cơ sở và chỉ tiêu ghi bằng tên hoặc mã; kỳ dạng 11/2026 (tháng) hoặc 2026 (năm); số viết như 1.234 hoặc 1234. Ô giá trị để trống thì giữ nguyên. Nếu có ô nào sai, không số liệu nào được lưu.',
    en: 'Four columns: Cơ sở, Chỉ tiêu, Kỳ, Giá trị (or institution, dataElement, period, value). Institutions and elements by name or code; periods as 11/2026 (month) or 2026 (year); numbers as 1.234 or 1234. An empty value is left as it is. If any cell is wrong, nothing is saved.',
  },
  stepTemplate: { vi: 'Bước 1: Tải mẫu', en: 'Step 1: Download a template' },
  stepUpload: { vi: 'Bước 2: Tải tệp lên để kiểm tra', en: 'Step 2: Upload the file to check it' },
  placeLabel: { vi: 'Cơ sở hoặc đơn vị', en: 'Institution or unit' },
  placeHint: {
    vi: 'Gõ tên, có dấu hay không dấu đều được (ví dụ: thu vien xa dak ha).',
    en: 'Type the name, with or without diacritics (e.g. thu vien xa dak ha).',
  },
  formatLabel: { vi: 'Định dạng', en: 'Format' },
  formatXlsx: { vi: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  formatCsv: { vi: 'CSV (UTF-8)', en: 'CSV (UTF-8)' },
  downloadTemplate: { vi: 'Tải mẫu', en: 'Download the template' },
  templateOf: { vi: 'Mẫu nhập liệu của {place}, năm {year}:', en: 'Data template of {place}, {year}:' },
  choosePlace: { vi: 'Có nhiều nơi khớp với "{name}": chọn một.', en: 'Several places match "{name}": choose one.' },
  checkFile: { vi: 'Kiểm tra tệp', en: 'Check the file' },
  saveNow: { vi: 'Lưu ngay, không xem trước', en: 'Save at once, without a preview' },
  checkedSummary: {
    vi: 'Đã kiểm tra tệp {file}: {rows} dòng số liệu, không có lỗi. Sẽ thay đổi {changed} ô; {unchanged} ô giữ nguyên giá trị (không liệt kê).',
    en: 'Checked {file}: {rows} data rows, no problems. {changed} cells will change; {unchanged} keep their value (not listed).',
  },
  blankRows: { vi: '{n} dòng để trống giá trị: không thay đổi.', en: '{n} rows have no value: they change nothing.' },
  nothingChanges: {
    vi: 'Tệp {file} không có lỗi, nhưng không làm thay đổi số liệu nào: không có gì để lưu.',
    en: '{file} has no problems, but changes no value: there is nothing to save.',
  },
  changesHeading: { vi: 'Các thay đổi sẽ được lưu', en: 'The changes to be saved' },
  changesShown: { vi: 'Dưới đây là {shown} thay đổi đầu tiên trong {n} thay đổi.', en: 'The first {shown} of {n} changes are listed.' },
  colOld: { vi: 'Giá trị cũ', en: 'Old value' },
  colNew: { vi: 'Giá trị mới', en: 'New value' },
  noOldValue: { vi: 'chưa có', en: 'none' },
  yearPeriod: { vi: 'Năm {year}', en: 'Year {year}' },
  confirmSave: { vi: 'Lưu {n} thay đổi', en: 'Save {n} changes' },
  keptFor: {
    vi: 'Tệp được giữ trên máy chủ trong {minutes} phút để bạn xác nhận, không cần chọn lại tệp.',
    en: 'The file is kept on the server for {minutes} minutes for you to confirm, without choosing it again.',
  },
  importSavedFrom: { vi: 'Đã lưu {n} số liệu từ tệp {file}.', en: '{n} values saved from {file}.' },
  templateLinksLabel: { vi: 'Mẫu nhập liệu năm {year}', en: 'Data template {year}' },
  importFromFile: { vi: 'Nhập từ tệp', en: 'Import from a file' },
  unitUntil: { vi: 'đến {date}', en: 'until {date}' },
  unitSince: { vi: 'từ {date}', en: 'since {date}' },
  // the institution's own work pages, linked from its statistics page (issue 20)
  workPages: { vi: 'Việc của cơ sở', en: 'Work pages' },
  circulationDesk: { vi: 'Quầy mượn trả', en: 'Circulation desk' },
  libraryWork: { vi: 'Biên mục, thẻ bạn đọc, luân chuyển', en: 'Cataloguing, cards, rotation' },
  museumWork: { vi: 'Quản lý bảo tàng: hiện vật, trưng bày, đặt lịch', en: 'Museum: objects, exhibitions, bookings' },
  cultureWork: { vi: 'Quản lý câu lạc bộ, hoạt động văn hóa', en: 'Clubs and cultural activities' },
});

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
});
