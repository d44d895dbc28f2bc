import { errors, texts, type Lang } from '../core/i18n/index.ts';

/** What the plan pages say: the plan, its review, its tasks and its activity calendar. */
export const plansText = texts({
  // the plan
  numbered: { vi: 'Số {number}', en: 'No. {number}' },
  noNumber: { vi: 'Chưa có số', en: 'No number' },
  annualReportDue: { vi: 'báo cáo hằng năm trước ngày {day}/{month}', en: 'annual report due {day}/{month}' },
  implements: { vi: 'Thực hiện', en: 'Implements' },
  tasksByAgency: { vi: 'Nhiệm vụ theo cơ quan', en: 'Tasks by agency' },
  activityCalendar: { vi: 'Lịch hoạt động', en: 'Activity calendar' },
  againstParent: { vi: 'Đối chiếu với kế hoạch cấp trên {number}', en: 'Against the parent plan {number}' },
  parent: { vi: 'Cấp trên', en: 'Parent' },
  thisPlan: { vi: 'Kế hoạch này', en: 'This plan' },
  verdictMissing: { vi: 'chưa có', en: 'missing' },
  verdictWeaker: { vi: 'thấp hơn', en: 'weaker' },
  verdictEqual: { vi: 'bằng', en: 'same' },
  verdictStronger: { vi: 'cao hơn', en: 'stronger' },
  // upload and review
  uploadPlan: { vi: 'Tải lên kế hoạch', en: 'Upload a plan' },
  uploadHelp: {
    vi: 'Tệp Word (.docx), PDF (kể cả bản quét), ảnh chụp văn bản (.png, .jpg, .tif) hoặc tệp văn bản. Bản quét được nhận dạng chữ, khoảng 5 giây một trang, tối đa 60 trang. Kế hoạch được đọc và hiển thị để duyệt trước khi lưu.',
    en: 'A Word (.docx), PDF (scans too), photo of the document (.png, .jpg, .tif) or plain text file. Scans are read by OCR, some 5 seconds a page, up to 60 pages. The plan is read and shown for review before anything is saved as a plan.',
  },
  code: { vi: 'mã', en: 'code' },
  readingTitle: { vi: 'Đang đọc bản quét', en: 'Reading the scan' },
  readingWhat: {
    vi: 'Tệp «{filename}» là bản quét: máy chủ đang nhận dạng chữ từng trang, khoảng 5 giây một trang. Khi đọc xong, trang duyệt kế hoạch tự mở ra.',
    en: 'The file «{filename}» is a scan: the server is reading it page by page by OCR, some 5 seconds a page. The review opens by itself when it is done.',
  },
  readingPages: { vi: 'Đã đọc {done} / {total} trang', en: '{done} of {total} pages read' },
  readingStarting: { vi: 'Đang chuẩn bị các trang để đọc…', en: 'Preparing the pages…' },
  readingSince: { vi: 'Bắt đầu lúc {time}. Trang này tự cập nhật vài giây một lần.', en: 'Started at {time}. This page updates itself every few seconds.' },
  readingLeave: {
    vi: 'Có thể rời trang này: việc đọc vẫn tiếp tục, và địa chỉ trang này mở lại kết quả.',
    en: 'You may leave this page: the reading goes on, and this page’s address opens the result.',
  },
  readingRefresh: { vi: 'Cập nhật ngay', en: 'Update now' },
  planDocument: { vi: 'Văn bản kế hoạch', en: 'Plan document' },
  reviewTitle: { vi: 'Duyệt kế hoạch', en: 'Review the plan' },
  document: { vi: 'Văn bản', en: 'Document' },
  whatWasRead: { vi: 'Nội dung trích xuất', en: 'What was read' },
  duplicatePlan: {
    vi: 'Đã có kế hoạch cùng số, cơ quan ban hành và ngày ban hành trong hệ thống:',
    en: 'A plan with the same number, issuer and date is already in the system:',
  },
  readerNotes: { vi: 'Bộ đọc lưu ý', en: 'What the reader noticed' },
  readAsKind: { vi: 'Bộ đọc nhận văn bản này là {kind}.', en: 'The reader took this document for {kind}.' },
  kindDecision: { vi: 'một quyết định (kế hoạch kèm theo được đọc như kế hoạch)', en: 'a decision (its plan attached read as a plan)' },
  kindReport: {
    vi: 'một báo cáo: số liệu đã đạt được đọc riêng, không tính là chỉ tiêu',
    en: 'a report: the figures it reached are read apart, not as targets',
  },
  kindNews: { vi: 'một bài tin: kiểm tra kỹ các chỉ tiêu được đọc ra', en: 'a news item: check the targets read from it with care' },
  kindOther: {
    vi: 'một văn bản không có dạng kế hoạch: kiểm tra kỹ những gì được đọc ra',
    en: 'a document not shaped like a plan: check what was read with care',
  },
  resultsRead: {
    vi: '{count} kết quả đã đạt được đọc riêng (không tính là chỉ tiêu)',
    en: '{count} past results read apart (not counted as targets)',
  },
  resultsHelp: {
    vi: 'Nếu một dòng dưới đây thực ra là chỉ tiêu, bấm «Là chỉ tiêu»: nó được thêm vào danh sách để duyệt.',
    en: 'If a line below is in fact a target, press “Is a target”: it is added to the list to review.',
  },
  resultIsTarget: { vi: 'Là chỉ tiêu', en: 'Is a target' },
  resultYear: { vi: 'năm {year}', en: 'year {year}' },
  planHeader: { vi: 'Thông tin văn bản', en: 'Plan' },
  number: { vi: 'Số', en: 'Number' },
  issueDate: { vi: 'Ngày ban hành', en: 'Date' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuer' },
  title: { vi: 'Trích yếu', en: 'Title' },
  fromYear: { vi: 'Từ năm', en: 'From year' },
  toYear: { vi: 'Đến năm', en: 'To year' },
  savePlan: { vi: 'Lưu kế hoạch', en: 'Save the plan' },
  itemTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  itemTask: { vi: 'Nhiệm vụ', en: 'Task' },
  itemBasis: { vi: 'Văn bản căn cứ', en: 'Basis document' },
  itemDeadline: { vi: 'Hạn báo cáo', en: 'Report deadline' },
  itemDay: { vi: 'Ngày kỷ niệm', en: 'Commemorative day' },
  inTheText: { vi: 'xem trong văn bản', en: 'in the text' },
  accept: { vi: 'Chấp nhận', en: 'Accept' },
  drop: { vi: 'Bỏ', en: 'Drop' },
  chooseIndicator: { vi: '— chọn chỉ số —', en: '— choose —' },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  date: { vi: 'Ngày', en: 'Date' },
  day: { vi: 'Ngày', en: 'Day' },
  dayMonth: { vi: 'Ngày (ngày/tháng)', en: 'Day (d/m)' },
  unitByName: { vi: 'Đơn vị (tên hoặc mã, gõ không dấu cũng được)', en: 'Place (name or code, diacritics optional)' },
  institutionByName: {
    vi: 'Cơ sở (nếu là kế hoạch của một thư viện, bảo tàng, trung tâm văn hóa)',
    en: "Institution (for a library, museum or cultural centre's own plan)",
  },
  institutionHelp: {
    vi: 'Tên hoặc mã cơ sở; để trống nếu là kế hoạch của đơn vị hành chính.',
    en: 'Its name or code; leave empty for a plan of the administrative unit.',
  },
  chooseOne: { vi: 'Chọn một', en: 'Choose one' },
  parentPlan: { vi: 'Kế hoạch cấp trên', en: 'Parent plan' },
  parentHelp: {
    vi: 'Số hoặc tên kế hoạch cấp trên đã có trong hệ thống; để trống nếu chưa có.',
    en: 'The number or title of a stored parent plan; leave empty if it is not stored.',
  },
  addMissedTarget: { vi: 'Thêm chỉ tiêu bị sót', en: 'Add a missed target' },
  addTargetHelp: {
    vi: 'Bôi đen câu có chỉ tiêu trong văn bản bên cạnh (hoặc dán câu vào ô dưới đây), rồi bấm "Thêm chỉ tiêu". Câu được đọc như phần còn lại của văn bản.',
    en: 'Select the sentence that holds the target in the document (or paste it below), then press "Add target". It is read like the rest of the document.',
  },
  sentence: { vi: 'Câu có chỉ tiêu', en: 'Sentence with the target' },
  addTarget: { vi: 'Thêm chỉ tiêu', en: 'Add target' },
  addedByReviewer: { vi: 'thêm khi duyệt', en: 'added in review' },
  restoredMarks: { vi: 'Đã khôi phục dấu:', en: 'Diacritics restored:' },
  originalWas: { vi: 'Bản đọc được:', en: 'As read:' },
  keepOriginal: { vi: 'Giữ bản đọc được', en: 'Keep as read' },
  parentMissing: {
    vi: 'Kế hoạch cấp trên {number} chưa có trong hệ thống nên chưa đối chiếu được chỉ tiêu. Khi kế hoạch đó được tải lên và duyệt, hãy chọn nó làm kế hoạch cấp trên.',
    en: 'The parent plan {number} is not in the system, so the targets are not compared. Once it is uploaded and reviewed, choose it as the parent plan.',
  },
  parentUnknown: {
    vi: 'Chưa xác định kế hoạch cấp trên nên chưa đối chiếu được chỉ tiêu.',
    en: 'No parent plan is known, so the targets are not compared.',
  },
  // tasks
  taskStatus: { vi: 'Trạng thái', en: 'Status' },
  due: { vi: 'Hạn', en: 'Due' },
  todo: { vi: 'Chưa thực hiện', en: 'Not started' },
  doing: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  activitiesForTask: { vi: 'Hoạt động đã ghi nhận cho nhiệm vụ', en: 'Activities recorded for this task' },
  evidencePlanned: { vi: 'sắp diễn ra', en: 'planned' },
  evidenceHeld: { vi: 'đã tổ chức', en: 'held' },
  evidenceCancelled: { vi: 'đã hủy', en: 'cancelled' },
  // calendar
  calendarTitle: { vi: 'Lịch hoạt động năm {year}', en: 'Activity calendar {year}' },
  occasion: { vi: 'Dịp', en: 'Occasion' },
});

type Words = ReturnType<typeof plansText>;
type Word = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];
/** A code the database keeps, in the reader's words; a code without a name is shown as it is. */
const named =
  (names: Readonly<Record<string, Word>>) =>
  (lang: Lang, code: string): string => {
    const key = names[code];
    return key ? plansText(lang)[key] : code;
  };

export const TASK_STATUSES = ['todo', 'doing', 'done'] as const;
export const taskStatusName = named({ todo: 'todo', doing: 'doing', done: 'done' });
/** The status words of task evidence (an event's: published, held, cancelled). */
export const evidenceStatusName = named({ published: 'evidencePlanned', held: 'evidenceHeld', cancelled: 'evidenceCancelled' });
/** How a plan's target compares with its parent plan's (compliance.ts). */
export const verdictName = named({ missing: 'verdictMissing', weaker: 'verdictWeaker', equal: 'verdictEqual', stronger: 'verdictStronger' });
/** The kinds of item the parser extracts. */
export const itemTypeName = named({ target: 'itemTarget', task: 'itemTask', basis: 'itemBasis', deadline: 'itemDeadline', day: 'itemDay' });

/** The plans' errors (E40xx): plans, their review and tasks, and reading an uploaded plan. */
export const plansErrors = errors({
  planNotFound: { code: 'E4001', vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' },
  taskNotFound: { code: 'E4002', vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' },
  planNeedsOwner: { code: 'E4003', vi: 'Kế hoạch phải thuộc một đơn vị hoặc một cơ sở.', en: 'A plan belongs to a unit or an institution.' },
  required: { code: 'E4004', vi: 'Bắt buộc', en: 'Required' },
  yearsReversed: { code: 'E4005', vi: 'Năm kết thúc trước năm bắt đầu.', en: 'The end year is before the start year.' },
  invalid: { code: 'E4006', vi: 'Không hợp lệ', en: 'Invalid' },
  unknownIndicators: { code: 'E4007', vi: 'Chỉ số không có trong danh mục: {codes}.', en: 'Indicators not in the catalogue: {codes}.' },
  alreadyReviewed: { code: 'E4008', vi: 'Kế hoạch này đã được duyệt xong.', en: 'This plan was already reviewed.' },
  cannotSave: { code: 'E4009', vi: 'Chưa thể lưu kế hoạch; không có thay đổi nào được lưu.', en: 'The plan cannot be saved yet; nothing was changed.' },
  itemNotInPlan: { code: 'E4010', vi: 'Mục không thuộc kế hoạch này.', en: 'The item is not part of this plan.' },
  targetNoIndicator: {
    code: 'E4011',
    vi: 'Chỉ tiêu "{label}…" chưa gắn với chỉ số nào: chọn chỉ số hoặc bỏ chỉ tiêu.',
    en: 'Target "{label}…" has no indicator: choose one or drop the target.',
  },
  targetNoYear: { code: 'E4012', vi: 'Chỉ tiêu "{label}…" thiếu năm.', en: 'Target "{label}…" has no year.' },
  targetNoValue: { code: 'E4013', vi: 'Chỉ tiêu "{label}…" thiếu giá trị.', en: 'Target "{label}…" has no value.' },
  targetPercentRange: {
    code: 'E4037',
    vi: 'Chỉ tiêu "{label}…" là tỷ lệ phần trăm: giá trị phải từ 0 đến 100.',
    en: 'Target "{label}…" is a percentage: its value must be between 0 and 100.',
  },
  targetGrowthRange: {
    code: 'E4038',
    vi: 'Chỉ tiêu "{label}…" là mức tăng mỗi năm: giá trị phải từ -50% đến 100%.',
    en: 'Target "{label}…" is a yearly growth: its value must be between -50% and 100%.',
  },
  targetYearOutside: {
    code: 'E4039',
    vi: 'Chỉ tiêu "{label}…" đặt cho năm {year}, ngoài thời gian của kế hoạch ({from}–{to}).',
    en: 'Target "{label}…" is set for {year}, outside the plan\'s years ({from}–{to}).',
  },
  itemsPending: { code: 'E4014', vi: 'Còn {n} mục chưa được chấp nhận hoặc bỏ.', en: '{n} items are neither accepted nor dropped.' },
  invalidTaskStatus: { code: 'E4015', vi: 'Trạng thái không hợp lệ.', en: 'Invalid status.' },
  taskStatuses: { code: 'E4016', vi: 'Chọn Chưa thực hiện, Đang thực hiện hoặc Hoàn thành', en: 'Choose Not started, In progress or Done' },
  noFile: { code: 'E4018', vi: 'Chưa chọn tệp.', en: 'No file chosen.' },
  fileTooLarge: { code: 'E4019', vi: 'Tệp quá lớn; tối đa 50 MB.', en: 'File too large; the limit is 50 MB.' },
  fileSizeTooLarge: { code: 'E4020', vi: 'Tệp quá lớn ({mb} MB); tối đa 50 MB.', en: 'File too large ({mb} MB); the limit is 50 MB.' },
  cannotOpen: { code: 'E4021', vi: 'Không mở được tệp "{path}".', en: 'Cannot open "{path}".' },
  emptyFile: { code: 'E4022', vi: 'Tệp rỗng.', en: 'The file is empty.' },
  oldWord: {
    code: 'E4023',
    vi: 'Tệp Word cũ (.doc) chưa được hỗ trợ; hãy lưu thành .docx hoặc .pdf.',
    en: 'Old Word files (.doc) are not supported; save as .docx or .pdf.',
  },
  unknownFormat: {
    code: 'E4024',
    vi: 'Không nhận ra định dạng tệp (cần .txt, .docx, .pdf hoặc ảnh chụp .png, .jpg, .tif).',
    en: 'Unknown file format (need .txt, .docx, .pdf or a photo: .png, .jpg, .tif).',
  },
  noText: { code: 'E4025', vi: 'Tệp không có nội dung văn bản.', en: 'The file has no text.' },
  pdfPassword: { code: 'E4026', vi: 'Tệp PDF có mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.', en: 'The PDF is password-protected.' },
  pdfUnreadable: { code: 'E4027', vi: 'Không đọc được tệp PDF (tệp hỏng hoặc không phải PDF).', en: 'Cannot read the PDF: {detail}' },
  pdfNoTextLayer: {
    code: 'E4028',
    vi: 'Tệp PDF không có lớp văn bản (chỉ có hình ảnh), cần OCR trước khi tải lên.',
    en: 'The PDF has no text layer (images only); it needs OCR first.',
  },
  notDocx: { code: 'E4029', vi: 'Tệp nén không phải văn bản Word (.docx).', en: 'The archive is not a Word document (.docx).' },
  docxUnreadable: { code: 'E4030', vi: 'Không đọc được tệp .docx (tệp hỏng).', en: 'Cannot read the .docx: {detail}' },
  ocrMissing: {
    code: 'E4040',
    vi: 'Tài liệu là bản quét (chỉ có hình ảnh) nhưng máy chủ chưa cài phần mềm nhận dạng chữ Tesseract (gói tesseract-ocr và tesseract-ocr-vie). Hãy nhờ quản trị viên cài đặt, hoặc tải lên bản Word hay PDF có lớp văn bản.',
    en: 'The document is a scan (images only) but the server has no Tesseract OCR (packages tesseract-ocr and tesseract-ocr-vie). Ask the administrator to install it, or upload a Word file or a PDF with text.',
  },
  ocrNoVietnamese: {
    code: 'E4041',
    vi: 'Máy chủ có Tesseract nhưng thiếu mô hình tiếng Việt (gói tesseract-ocr-vie) để đọc bản quét.',
    en: 'Tesseract is installed without its Vietnamese model (package tesseract-ocr-vie), needed to read a scan.',
  },
  ocrTooManyPages: {
    code: 'E4042',
    vi: 'Bản quét có {pages} trang cần nhận dạng chữ; tối đa {max} trang một lần. Hãy tách phần kế hoạch (thường là vài trang đầu) thành tệp riêng rồi tải lên.',
    en: 'The scan has {pages} pages to read by OCR; the limit is {max} at a time. Split the plan itself (usually the first pages) into its own file.',
  },
  imageUnreadable: { code: 'E4043', vi: 'Không đọc được tệp ảnh (tệp hỏng).', en: 'Cannot read the image (the file is broken).' },
  sentenceMissing: { code: 'E4044', vi: 'Chọn hoặc dán câu có chỉ tiêu.', en: 'Select or paste the sentence that holds the target.' },
  noTargetInSentence: {
    code: 'E4045',
    vi: 'Không đọc được chỉ tiêu nào trong câu này (cần một giá trị như "70%" hoặc "2 bản sách/người/năm").',
    en: 'No target could be read from this sentence (it needs a value such as "70%" or "2 books per person a year").',
  },
  parentNotFound: {
    code: 'E4046',
    vi: 'Không có kế hoạch nào trong hệ thống có số hoặc tên "{typed}".',
    en: 'No stored plan has the number or title "{typed}".',
  },
  parentSeveral: { code: 'E4047', vi: 'Có {n} kế hoạch khớp với "{typed}": chọn một.', en: '{n} plans match "{typed}": choose one.' },
  institutionNotFound: { code: 'E4048', vi: 'Không tìm thấy cơ sở "{typed}".', en: 'No institution "{typed}".' },
  institutionSeveral: { code: 'E4049', vi: 'Có {n} cơ sở khớp với "{typed}": chọn một.', en: '{n} institutions match "{typed}": choose one.' },
  readingNotFound: { code: 'E4051', vi: 'Không có lượt đọc tài liệu này.', en: 'No such reading.' },
  readingStopped: {
    code: 'E4052',
    vi: 'Việc đọc tệp «{filename}» đã dừng giữa chừng (máy chủ khởi động lại). Hãy chọn tệp và tải lên lại.',
    en: 'Reading «{filename}» stopped halfway (the server restarted). Choose the file and upload it again.',
  },
  readingFailed: {
    code: 'E4053',
    vi: 'Không đọc được tệp «{filename}» vì lỗi của máy chủ (mã yêu cầu trong nhật ký). Hãy tải lên lại; nếu vẫn lỗi, báo quản trị viên.',
    en: 'Reading «{filename}» failed on a server error (logged). Upload it again; if it fails again, tell the administrator.',
  },
  textTooLongToRead: {
    code: 'E4054',
    vi: 'Tài liệu dài quá mức đọc được ({chars} ký tự; đã đọc {seconds} giây chưa xong). Hãy tách tài liệu thành các phần ngắn hơn rồi tải lên từng phần.',
    en: 'The document is too long to read ({chars} characters; not done after {seconds} s). Split it into shorter parts and upload each.',
  },
  placeSeveral: { code: 'E4050', vi: 'Có {n} đơn vị khớp với "{typed}": chọn một.', en: '{n} places match "{typed}": choose one.' },
  // E4031–E4035 (a DOCX that unpacks to too much, a broken zip) are core's archive errors now: E1017–E1020
  notAPlan: {
    code: 'E4036',
    vi: 'Không đọc được gì của một kế hoạch từ tài liệu này: không có số, ngày, tiêu đề, căn cứ, chỉ tiêu, kết quả, nhiệm vụ hay thời hạn nào.',
    en: 'Nothing of a plan could be read from this document: no number, date, title, basis, target, result, task or deadline.',
  },
});
