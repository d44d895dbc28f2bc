import { texts } from '../core/i18n/catalogue.ts';

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

/** The refusals live in errors.ts; callers reach them here beside the texts. */
export { statisticsErrors } from './errors.ts';
