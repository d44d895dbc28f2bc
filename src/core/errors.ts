import { errors, type Said } from './i18n/catalogue.ts';

export type { Said } from './i18n/catalogue.ts';

/**
 * One thing wrong at one place (row, column or field) of what a person sent; what it says comes from a catalogue
 * (`errors(...)` of the module that found it), with its code and parameters.
 */
export interface Problem {
  said: Said;
  row?: number;
  field?: string;
}

export type Status = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

/**
 * An error the person caused and can fix: bad input, a forbidden action, something missing. It carries what it says
 * (a catalogue's `Said`: code, parameters, Vietnamese and English), an HTTP status and the problems found, each at
 * its place. Pages keep the person on their form with the problems beside the fields; the API answers them as JSON.
 */
export class UserError extends Error {
  constructor(
    readonly said: Said,
    readonly status: Status = 400,
    readonly problems: Problem[] = [],
  ) {
    super(said.vi);
    this.name = 'UserError';
  }

  get code(): string {
    return this.said.code;
  }
}

/** The errors every module may raise. */
export const coreErrors = errors({
  notFound: { code: 'E1001', vi: 'Không tìm thấy {what}.', en: '{whatEn} not found.' },
  forbidden: { code: 'E1002', vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  loginRequired: { code: 'E1003', vi: 'Cần đăng nhập.', en: 'Login required.' },
  invalidRequest: { code: 'E1004', vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'Invalid request.' },
  csrf: {
    code: 'E1005',
    vi: 'Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.',
    en: 'Missing or invalid CSRF token.',
  },
  noAccess: { code: 'E1007', vi: 'Bạn không có quyền truy cập nội dung này.', en: 'You are not allowed to see this.' },
  required: { code: 'E1010', vi: 'Không được để trống', en: 'Required' },
  tooLong: { code: 'E1011', vi: 'Tối đa {max} ký tự', en: 'At most {max} characters' },
  dateFormat: { code: 'E1012', vi: 'Ngày dạng YYYY-MM-DD', en: 'A date as YYYY-MM-DD' },
  noSuchDate: { code: 'E1013', vi: 'Ngày không tồn tại', en: 'No such date' },
  fieldInvalid: { code: 'E1014', vi: '{message}', en: '{message}' },
  invalidInput: { code: 'E1015', vi: '{what} chưa hợp lệ: {details}.', en: 'Invalid input: {detailsEn}.' },
  invalidApiToken: { code: 'E1006', vi: 'Mã truy cập API không hợp lệ.', en: 'Invalid API token.' },
  noRoute: { code: 'E1008', vi: 'Không tìm thấy.', en: 'Not found.' },
  bodyTooLarge: {
    code: 'E1016',
    vi: 'Tệp hoặc dữ liệu gửi lên quá lớn: tối đa {max}. Chưa có gì được lưu.',
    en: 'The upload is too large: at most {maxEn}. Nothing was saved.',
  },
  archiveTooLarge: {
    code: 'E1017',
    vi: 'Tệp {kind} giải nén quá lớn: {size} (tối đa {max}).',
    en: 'The {kind} file unpacks to too much: {sizeEn} (at most {maxEn}).',
  },
  archiveTooManyEntries: {
    code: 'E1018',
    vi: 'Tệp {kind} chứa quá nhiều tệp con: {count} (tối đa {max}).',
    en: 'The {kind} file holds too many parts: {countEn} (at most {maxEn}).',
  },
  archiveRatio: {
    code: 'E1019',
    vi: 'Tệp {kind} nén bất thường: phần “{entry}” giải nén gấp {ratio} lần (tối đa {max} lần).',
    en: 'The {kind} file is oddly compressed: its part “{entry}” unpacks {ratio} times larger (at most {max} times).',
  },
  archiveBroken: { code: 'E1020', vi: 'Tệp {kind} bị hỏng, không giải nén được.', en: 'The {kind} file is broken: {detail}.' },
  backupUnreadable: {
    code: 'E1021',
    vi: 'Tệp sao lưu {file} không đọc được (hỏng hoặc thiếu phần cuối): {detail}. Cơ sở dữ liệu hiện tại không bị thay đổi.',
    en: 'The backup {file} cannot be read (broken or cut short): {detail}. The current database was not changed.',
  },
  backupNewer: {
    code: 'E1022',
    vi: 'Tệp sao lưu {file} có cấu trúc mới hơn phiên bản phần mềm này (bước {migration}): hãy cập nhật phần mềm trước. Cơ sở dữ liệu hiện tại không bị thay đổi.',
    en: 'The backup {file} has a newer schema than this version (step {migration}): update the software first. The current database was not changed.',
  },
  backupMissing: { code: 'E1024', vi: 'Không có tệp sao lưu {file}.', en: 'There is no backup file {file}.' },
  backupToolMissing: {
    code: 'E1023',
    vi: 'Không tìm thấy chương trình {tool} của PostgreSQL (gói postgresql-client) trên máy này.',
    en: "PostgreSQL's {tool} was not found on this machine (package postgresql-client).",
  },
  // a small table read from CSV or XLSX (core/text/table-file.ts): institutions imported, …
  tableEmpty: { code: 'E1025', vi: 'Tệp rỗng: không có dòng tiêu đề nào.', en: 'The file is empty: no header row.' },
  tableOldExcel: {
    code: 'E1026',
    vi: 'Tệp "{file}" là định dạng Excel cũ (.xls): hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.',
    en: '"{file}" is an old Excel (.xls) file: save it as .xlsx or CSV UTF-8.',
  },
  tableNotXlsx: {
    code: 'E1027',
    vi: 'Không đọc được tệp Excel "{file}": tệp không phải .xlsx hợp lệ hoặc đã hỏng.',
    en: 'Cannot read the Excel file "{file}": not a valid .xlsx, or damaged.',
  },
  tableNotUtf8: {
    code: 'E1028',
    vi: 'Tệp CSV không ở mã UTF-8: trong Excel hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu.',
    en: 'The CSV file is not UTF-8: save it as "CSV UTF-8" in Excel.',
  },
  tableCsvBroken: {
    code: 'E1029',
    vi: 'Tệp CSV bị lỗi ở dòng {line}: dấu ngoặc kép (") đặt sai chỗ hoặc không đóng.',
    en: 'Malformed CSV at line {line}: {detail}',
  },
  // a day typed dd/mm/yyyy in a form (core/web/typed-days.ts)
  dayRefused: { code: 'E1040', vi: 'Chưa lưu: có ngày chưa đúng.', en: 'Not saved: a day is not right.' },
  notADay: { code: 'E1041', vi: 'Gõ ngày/tháng/năm, ví dụ {example}', en: 'Type day/month/year, for example {example}' },
  noSuchDay: { code: 'E1042', vi: 'Ngày {date} không có trên lịch', en: 'There is no {date} on the calendar' },
  dayAfter: { code: 'E1043', vi: 'Không được sau ngày {max}', en: 'Not after {max}' },
  dayBefore: { code: 'E1044', vi: 'Không được trước ngày {min}', en: 'Not before {min}' },
  tableTooManyRows: {
    code: 'E1030',
    vi: 'Tệp có hơn {max} dòng, vượt quá giới hạn: hãy chia thành nhiều tệp.',
    en: 'The file has more than {max} rows, over the limit: split it into several files.',
  },
  tableNoSheet: { code: 'E1031', vi: 'Tệp Excel không có trang tính nào có dữ liệu.', en: 'The workbook has no sheet with data.' },
  databaseUnavailable: {
    code: 'E1032',
    vi: 'Cơ sở dữ liệu tạm thời không trả lời (đang khởi động lại hoặc bảo trì). Những gì bạn đã lưu vẫn còn nguyên; hãy thử lại sau ít phút.',
    en: 'The database is not answering for the moment (restarting or under maintenance). What you saved is safe; try again in a few minutes.',
  },
  internal: {
    code: 'E1009',
    vi: 'Đã có lỗi hệ thống. Số liệu của bạn không bị thay đổi.',
    en: 'Something went wrong on the server. Your data was not changed.',
  },
});

export const notFound = (what: string, whatEn = what) => new UserError(coreErrors.notFound({ what, whatEn }), 404);
export const forbidden = (said: Said = coreErrors.forbidden()) => new UserError(said, 403);
/** 403 for a page or record the person may not see. */
export const noAccess = () => new UserError(coreErrors.noAccess(), 403);

/** A problem as the JSON API answers it: its place, its code, and what it says in both languages. */
export const problemJson = (p: Problem) => ({
  ...(p.row !== undefined ? { row: p.row } : {}),
  ...(p.field !== undefined ? { field: p.field } : {}),
  code: p.said.code,
  message: p.said.vi,
  messageEn: p.said.en,
});

/** A `UserError` as the JSON API answers it (`error` Vietnamese, `errorEn` English, as before codes). */
export const errorJson = (e: UserError) => ({
  code: e.code,
  error: e.said.vi,
  errorEn: e.said.en,
  ...(Object.keys(e.said.params).length > 0 ? { params: e.said.params } : {}),
  problems: e.problems.map(problemJson),
});
