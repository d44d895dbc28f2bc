import { errors, texts } from '../core/i18n/index.ts';

/** What the commands print for the person at the terminal (in Vietnamese: `cliText('vi')`). */
export const cliText = texts({
  // units import
  until: { vi: 'đến {date}', en: 'until {date}' },
  since: { vi: 'từ {date}', en: 'from {date}' },
  unlimited: { vi: 'không giới hạn', en: 'no limit' },
  map3: { vi: '3 cấp', en: '3-level' },
  map2: { vi: '2 cấp', en: '2-level' },
  mapSummary: { vi: '{file}: bản đồ {levels} ({dates}): {counts}', en: '{file}: {levels} map ({dates}): {counts}' },
  mapCounts: {
    vi: '  tạo mới {created} · cập nhật {updated} · không đổi {unchanged} · đổi mã {recoded} · {closure} cặp bao hàm · {secs}',
    en: '  created {created} · updated {updated} · unchanged {unchanged} · recoded {recoded} · {closure} closure pairs · {secs}',
  },
  andMore: { vi: '    … và {n} mục khác', en: '    … and {n} more' },
  mergerSummary: {
    vi: '{file}: danh sách sáp nhập — {links} liên kết kế thừa ({partial} một phần) · {secs}',
    en: '{file}: merger list — {links} successor links ({partial} partial) · {secs}',
  },
  mergerCoverage: { vi: '  xã cũ có đơn vị kế thừa: {linked}/{old} ({percent} %)', en: '  old communes with a successor: {linked}/{old} ({percent} %)' },
  mergerAmbiguous: { vi: ' · {n} tên trùng chọn theo thứ tự', en: ' · {n} ambiguous names chosen in order' },
  orphanCommunes: { vi: 'xã cũ không tìm thấy đơn vị kế thừa', en: 'old communes without a successor' },
  unmatchedItems: { vi: 'tên trong văn bản không khớp đơn vị cũ nào', en: 'names in the text matching no old unit' },
  missingNew: { vi: 'đơn vị mới không có trong bản đồ 2 cấp', en: 'new units missing from the 2-level map' },
  // users, catalogue search, values
  userCreated: { vi: 'Đã tạo người dùng {username} ({role}).', en: 'Created user {username} ({role}).' },
  tokenExpires: { vi: 'Mã truy cập hết hạn ngày {date}.', en: 'The token expires on {date}.' },
  tokensRevoked: { vi: 'Đã thu hồi {n} mã truy cập của {username}.', en: 'Revoked {n} tokens of {username}.' },
  noSearchTerms: { vi: 'Từ khóa không có chữ hoặc số nào để tìm.', en: 'The query has no letters or digits to search for.' },
  hits: { vi: '{n} kết quả.', en: '{n} results.' },
  exported: { vi: 'Đã xuất {n} giá trị của {unit} năm {year} vào {file}.', en: 'Exported {n} values of {unit} for {year} to {file}.' },
  nothingSaved: { vi: 'Không lưu gì: {n} lỗi trong {rows} dòng.', en: 'Nothing saved: {n} problem(s).' },
  dryRun: { vi: 'Kiểm tra xong: {rows} dòng hợp lệ, chưa ghi gì (--dry-run).', en: 'Dry run: {rows} valid rows, nothing written.' },
  wrote: { vi: 'Đã ghi {n} giá trị.', en: 'Wrote {n} values.' },
  workersNeedPostgres: {
    vi: '--workers {n}: nhiều tiến trình chỉ dùng được với PostgreSQL (SQLite là một tiến trình); đặt DATABASE_URL=postgres://… hoặc bỏ --workers.',
    en: '--workers {n}: several processes need PostgreSQL (SQLite is one process); set DATABASE_URL=postgres://… or leave out --workers.',
  },
  badWorkers: { vi: '--workers phải là một số nguyên từ 1 đến 64, không phải "{value}".', en: '--workers must be a whole number from 1 to 64, not "{value}".' },
  emptyDatabase: { vi: 'Cơ sở dữ liệu trống: đang tạo dữ liệu mẫu…', en: 'Empty database: building demo data…' },
  row: { vi: 'dòng {row}', en: 'row {row}' },
  column: { vi: 'cột {column}', en: 'column {column}' },
  error: { vi: 'Lỗi: {message}', en: 'Error: {message}' },
  // plan parse and import
  planHeader: { vi: 'Số: {number}   Ngày: {date}   Nơi ban hành: {place}', en: 'No.: {number}   Date: {date}   Place: {place}' },
  planIssuer: { vi: 'Cơ quan ban hành: {issuer}', en: 'Issuer: {issuer}' },
  planTitle: { vi: 'Tiêu đề: {title}', en: 'Title: {title}' },
  planProgramme: { vi: 'Chương trình: {programme}', en: 'Programme: {programme}' },
  ocr: { vi: '   (bản quét OCR, đã đọc theo dạng chịu lỗi)', en: '   (OCR scan, read tolerantly)' },
  planBasis: { vi: 'Căn cứ: {basis}', en: 'Basis: {basis}' },
  planTargets: { vi: 'Chỉ tiêu ({n}):', en: 'Targets ({n}):' },
  noIndicator: { vi: '(chưa gán chỉ số)', en: '(no indicator)' },
  implied: { vi: '  (ngầm định)', en: '  (implied)' },
  planTasks: { vi: 'Nhiệm vụ ({n}) theo {agencies} cơ quan', en: 'Tasks ({n}) by {agencies} agencies' },
  planDeadline: { vi: 'Hạn báo cáo: {deadline}', en: 'Report deadline: {deadline}' },
  everyYear: { vi: ' hằng năm', en: ' every year' },
  planReviews: { vi: 'Sơ kết/tổng kết: {reviews}', en: 'Reviews: {reviews}' },
  preliminary: { vi: 'sơ kết', en: 'preliminary review' },
  final: { vi: 'tổng kết', en: 'final review' },
  planDays: { vi: 'Ngày kỷ niệm: {days}', en: 'Commemorative days: {days}' },
  planBudget: { vi: 'Nguồn kinh phí: {sources}', en: 'Funding: {sources}' },
  planWarning: { vi: 'Lưu ý: {warning}', en: 'Note: {warning}' },
  planKind: { vi: 'Loại văn bản: {kind}', en: 'Document: {kind}' },
  kindPlan: { vi: 'kế hoạch', en: 'plan' },
  kindDecision: { vi: 'quyết định', en: 'decision' },
  kindReport: { vi: 'báo cáo', en: 'report' },
  kindNews: { vi: 'tin bài', en: 'news item' },
  kindOther: { vi: 'văn bản khác', en: 'other' },
  planResults: { vi: 'Kết quả đã đạt ({n}), không phải chỉ tiêu:', en: 'Results reached ({n}), not targets:' },
  // report build and remind
  reportBuilt: {
    vi: '{file}: {unit} {year}, {format}, {bytes} byte, báo cáo {status}.',
    en: '{file}: {unit} {year}, {format}, {bytes} bytes, report {status}.',
  },
  remindersSent: {
    vi: (r: { due: number; reminded: number; skipped: number; sent: number }, smtp: boolean) =>
      `${r.due} lời nhắc đến hạn: ${r.reminded} đơn vị được nhắc (hiện trên trang của đơn vị), ${r.skipped} đơn vị đã được nhắc hôm nay nên không nhắc lại, đã gửi ${r.sent} thư${smtp ? '' : ' (chưa đặt LIFELONG_SMTP_URL: không gửi thư)'}.`,
    en: (r: { due: number; reminded: number; skipped: number; sent: number }, smtp: boolean) =>
      `${r.due} reminders due: ${r.reminded} units reminded (shown on their pages), ${r.skipped} already reminded today and not again, ${r.sent} e-mails sent${smtp ? '' : ' (LIFELONG_SMTP_URL not set: no e-mail)'}.`,
  },
  // backup
  backupDone: { vi: 'Đã sao lưu vào {file} ({size}).', en: 'Backed up to {file} ({size}).' },
  restoreDone: { vi: 'Đã phục hồi từ {file}.', en: 'Restored from {file}.' },
  backupUsage: { vi: 'Cách dùng: lifelong backup <tệp> | lifelong restore <tệp>', en: 'Usage: lifelong backup <file> | lifelong restore <file>' },
  // verify
  verifyClean: {
    vi: 'Khớp: {aggregates} tổng hợp số liệu và {counts} số đếm cơ sở đều bằng kết quả tính lại từ đầu.',
    en: 'Clean: {aggregates} value aggregates and {counts} registry counts all equal a rebuild.',
  },
  verifyFound: { vi: 'Lệch: {n} dòng khác với kết quả tính lại từ đầu.', en: 'Differences: {n} rows differ from a rebuild.' },
  verifyAggregate: {
    vi: '  {table} · {unit} · {element} · năm {year}{kind}: đang lưu {stored}, đúng là {expected}',
    en: '  {table} · {unit} · {element} · {year}{kind}: stored {stored}, should be {expected}',
  },
  verifyCount: {
    vi: '  agg_counts · {unit} · năm {year} · {kind}{attribute}: đang lưu {stored}, đúng là {expected}',
    en: '  agg_counts · {unit} · {year} · {kind}{attribute}: stored {stored}, should be {expected}',
  },
  verifyFixed: { vi: 'Đã tính lại toàn bộ tổng hợp và số đếm (--fix).', en: 'Rebuilt every aggregate and count (--fix).' },
  draftStored: {
    vi: 'Đã lưu bản nháp kế hoạch #{id}: {targets} chỉ tiêu, {tasks} nhiệm vụ. Duyệt tại /ke-hoach/{id}/duyet',
    en: 'Stored plan draft #{id}: {targets} targets, {tasks} tasks. Review at /ke-hoach/{id}/duyet',
  },
});

/** The command line's errors (E90xx; the seeds' are E905x): wrong or missing arguments, files that cannot be read. */
export const cliErrors = errors({
  unitsUsage: {
    code: 'E9001',
    vi: 'Dùng: lifelong units import <tệp.json>… | --builtin {builtins} [--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD] ("" = không giới hạn) · lifelong units handover [mã đơn vị…] [--user tên=mã] [--institution mã=mã] [--apply]',
    en: 'Usage: lifelong units import <file.json>… | --builtin {builtins} [--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD] · lifelong units handover [unit code…] [--user name=code] [--institution code=code] [--apply]',
  },
  unknownBuiltinMap: { code: 'E9021', vi: 'Không có bản đồ kèm theo "{names}": chọn {builtins}.', en: 'No built-in map "{names}": choose {builtins}.' },
  usersNeed: { code: 'E9002', vi: 'Cần --username, --password và --role ({roles}).', en: 'Need --username, --password and --role ({roles}).' },
  unknownUser: { code: 'E9003', vi: 'Không có người dùng "{username}".', en: 'Unknown user "{username}".' },
  usersUsage: {
    code: 'E9004',
    vi: 'Dùng: lifelong users add … | users token <username> [--name nhãn] [--days 90] | users revoke-tokens <username> [--name nhãn]',
    en: 'Usage: lifelong users add … | users token <username> [--name label] [--days 90] | users revoke-tokens <username> [--name label]',
  },
  tokenDays: { code: 'E9030', vi: '--days phải là số ngày từ 1 đến 366.', en: '--days must be a number of days from 1 to 366.' },
  catalogueNeeds: { code: 'E9005', vi: 'Cần một tệp và --library <mã>.\n{usage}', en: 'Give one file and --library <code>.' },
  onError: { code: 'E9006', vi: '--on-error nhận skip hoặc reject.', en: '--on-error takes skip or reject.' },
  cannotRead: { code: 'E9007', vi: 'Không đọc được tệp "{file}".', en: 'Cannot read "{file}".' },
  seedUsage: { code: 'E9008', vi: 'Dùng: lifelong seed demo|national', en: 'Usage: lifelong seed demo|national' },
  needUnitYear: { code: 'E9009', vi: 'Cần --unit <mã> và --year <năm>.', en: 'Need --unit <code> and --year <yyyy>.' },
  invalidYear: { code: 'E9010', vi: 'Năm "{year}" không hợp lệ.', en: 'Invalid year "{year}".' },
  reportUsage: {
    code: 'E9011',
    vi: 'Dùng: report build --unit <mã> --year <năm> --format docx|xlsx|html --out <tệp> · report remind',
    en: 'Usage: report build --unit <code> --year <yyyy> --format docx|xlsx|html --out <file> · report remind',
  },
  reportNeeds: { code: 'E9012', vi: 'Cần --unit <mã>, --year <năm> và --out <tệp>.', en: 'Need --unit <code>, --year <yyyy> and --out <file>.' },
  yearFormat: { code: 'E9013', vi: 'Năm "{year}" không hợp lệ: dùng YYYY.', en: 'Year "{year}" must be YYYY.' },
  valuesFormat: { code: 'E9014', vi: 'Định dạng "{format}" không hỗ trợ: dùng csv hoặc xlsx.', en: 'Format "{format}" is not supported: use csv or xlsx.' },
  xlsxNeedsOut: { code: 'E9015', vi: 'Xuất XLSX cần --out <tệp>.', en: 'XLSX export needs --out <file>.' },
  oneFile: { code: 'E9016', vi: 'Cần đúng một tệp.\n{usage}', en: 'Give exactly one file.' },
  planSubcommand: { code: 'E9017', vi: 'Lệnh con không hợp lệ. Dùng: {usage}', en: 'Unknown subcommand. Usage: {usage}' },
  missingFile: { code: 'E9018', vi: 'Thiếu tên tệp. Dùng: {usage}', en: 'Missing file. Usage: {usage}' },
  planFormat: { code: 'E9019', vi: '--format phải là json, full hoặc text.', en: '--format must be json, full or text.' },
  usage: { code: 'E9020', vi: 'Dùng: {usage}', en: 'Usage: {usage}' },
});
