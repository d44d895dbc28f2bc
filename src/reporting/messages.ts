import { texts, type Lang } from '../core/i18n/index.ts';
import type { Section } from './narrative.ts';

/** What the reporting pages, the dashboard's reporting block and the reminder e-mails say. */
export const reportingText = texts({
  // statuses and actions (the database keeps the codes)
  statusDraft: { vi: 'Dự thảo', en: 'Draft' },
  statusSubmitted: { vi: 'Đã gửi', en: 'Submitted' },
  statusReturned: { vi: 'Bị trả lại', en: 'Returned' },
  statusApproved: { vi: 'Đã phê duyệt', en: 'Approved' },
  statusMissing: { vi: 'Chưa gửi', en: 'Not submitted' },
  stateDraft: { vi: 'dự thảo', en: 'draft' },
  stateSubmitted: { vi: 'đã gửi', en: 'submitted' },
  stateReturned: { vi: 'bị trả lại', en: 'returned' },
  stateApproved: { vi: 'đã phê duyệt', en: 'approved' },
  actionSubmit: { vi: 'gửi báo cáo', en: 'submitted' },
  actionReturn: { vi: 'trả lại', en: 'returned' },
  actionApprove: { vi: 'phê duyệt', en: 'approved' },
  actionReopen: { vi: 'mở lại', en: 'reopened' },
  // the sections a reporter writes
  sectionLibraries: { vi: 'Kết quả lĩnh vực thư viện', en: 'Results: libraries' },
  sectionMuseums: { vi: 'Kết quả lĩnh vực bảo tàng', en: 'Results: museums' },
  sectionCulture: { vi: 'Kết quả lĩnh vực trung tâm văn hóa', en: 'Results: cultural centres' },
  sectionDays: { vi: 'Hoạt động hưởng ứng các ngày kỷ niệm (Tuần lễ học tập suốt đời, 21/4, 18/5…)', en: 'Activities on the commemorative days' },
  sectionDifficulties: { vi: 'Khó khăn, vướng mắc và nguyên nhân', en: 'Difficulties and their causes' },
  sectionProposals: { vi: 'Đề xuất, kiến nghị và nhiệm vụ năm tới', en: 'Proposals and tasks for next year' },
  sectionBudgetNote: { vi: 'Thuyết minh dự toán kinh phí năm tới', en: 'Notes on next year’s budget estimate' },
  // the report page
  reportTitle: { vi: 'Báo cáo năm {year} — {unit}', en: 'Annual report {year} — {unit}' },
  status: { vi: 'Trạng thái', en: 'Status' },
  due: { vi: 'Hạn nộp', en: 'Due' },
  cycleClosedNote: { vi: ' (kỳ báo cáo đã khóa)', en: ' (cycle closed)' },
  submittedAt: { vi: 'Đã gửi lúc', en: 'Submitted' },
  onTime: { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'trễ hạn', en: 'late' },
  download: { vi: 'Tải về', en: 'Download' },
  printView: { vi: 'Bản in', en: 'Print view' },
  progressBelow: { vi: 'Tiến độ đơn vị trực thuộc', en: 'Progress of the units below' },
  history: { vi: 'Lịch sử xử lý', en: 'History' },
  commandLine: { vi: 'dòng lệnh', en: 'command line' },
  documentNumber: { vi: 'Số văn bản', en: 'Document number' },
  signerTitle: { vi: 'Chức vụ người ký', en: 'Signer’s title' },
  signerTitleHint: { vi: 'CHỦ TỊCH (hoặc KT. CHỦ TỊCH, xuống dòng, PHÓ CHỦ TỊCH)', en: 'CHAIRPERSON (or FOR THE CHAIRPERSON, new line, VICE-CHAIRPERSON)' },
  signerName: { vi: 'Họ và tên người ký', en: 'Signer’s full name' },
  budgetStateLabel: { vi: 'Dự toán năm {year}: ngân sách nhà nước (triệu đồng)', en: 'Estimate {year}: state budget (million VND)' },
  budgetSocialLabel: { vi: 'Dự toán năm {year}: nguồn xã hội hóa (triệu đồng)', en: 'Estimate {year}: social sources (million VND)' },
  saveReport: { vi: 'Lưu báo cáo', en: 'Save report' },
  narrative: { vi: 'Phần thuyết minh', en: 'Narrative' },
  empty: { vi: '(Chưa có nội dung.)', en: '(Empty.)' },
  budgetSummary: {
    vi: 'Dự toán năm {year} (triệu đồng): ngân sách nhà nước {state}, xã hội hóa {social}.',
    en: 'Estimate {year} (million VND): state budget {state}, social sources {social}.',
  },
  fillFromBelow: { vi: 'Điền phần còn trống từ báo cáo cấp dưới đã duyệt', en: 'Fill empty sections from approved reports below' },
  submit: { vi: 'Gửi báo cáo lên cấp trên', en: 'Submit the report' },
  review: { vi: 'Xem xét báo cáo', en: 'Review' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  returnComment: { vi: 'Ý kiến khi trả lại (bắt buộc): cần sửa, bổ sung gì', en: 'Comment for the return (required): what to correct or add' },
  reopenReason: { vi: 'Lý do mở lại báo cáo đã phê duyệt (bắt buộc)', en: 'Reason for reopening the approved report (required)' },
  returnedNotice: { vi: '{who} đã trả lại báo cáo lúc {at} với ý kiến:', en: '{who} returned the report on {at} with this comment:' },
  reopenedNotice: { vi: '{who} đã mở lại báo cáo đã phê duyệt lúc {at} với lý do:', en: '{who} reopened the approved report on {at} for this reason:' },
  returnedFix: { vi: 'Hãy sửa, bổ sung rồi gửi lại báo cáo.', en: 'Correct or complete the report, then submit it again.' },
  theLevelAbove: { vi: 'Cấp trên', en: 'The level above' },
  reopen: { vi: 'Mở lại báo cáo', en: 'Reopen the report' },
  return: { vi: 'Trả lại', en: 'Return' },
  content: { vi: 'Nội dung báo cáo', en: 'Report content' },
  submitted: { vi: 'Đã lưu và gửi báo cáo lên cấp trên.', en: 'Saved and submitted to the level above.' },
  approvedDone: { vi: 'Đã phê duyệt báo cáo.', en: 'The report is approved.' },
  returnedDone: { vi: 'Đã trả lại báo cáo cho đơn vị.', en: 'The report is returned to the unit.' },
  fixBelow: { vi: 'Chưa lưu: hãy sửa các ô được đánh dấu bên dưới.', en: 'Not saved: correct the fields marked below.' },
  savedNotSubmitted: { vi: 'Đã lưu nhưng chưa gửi được: {reason}', en: 'Saved but not submitted: {reason}' },
  // confirmations of the steps that cannot simply be undone
  confirmTitle: { vi: 'Xác nhận: {action}', en: 'Confirm: {action}' },
  areYouSure: { vi: 'Bạn có chắc muốn {action}?', en: 'Are you sure you want to {action}?' },
  confirmYes: { vi: 'Có, {action}', en: 'Yes, {action}' },
  confirmNo: { vi: 'Không, quay lại', en: 'No, go back' },
  doApprove: { vi: 'phê duyệt báo cáo', en: 'approve the report' },
  doReturn: { vi: 'trả lại báo cáo', en: 'return the report' },
  doReopen: { vi: 'mở lại báo cáo đã phê duyệt', en: 'reopen the approved report' },
  doCloseCycle: { vi: 'khóa kỳ báo cáo', en: 'close the reporting cycle' },
  doReopenCycle: { vi: 'mở lại kỳ báo cáo', en: 'reopen the reporting cycle' },
  approveEffect: {
    vi: 'Báo cáo năm {year} của {unit} được phê duyệt: đơn vị không sửa được báo cáo nữa và số liệu năm {year} của đơn vị bị khóa.',
    en: '{unit}’s {year} report is approved: the unit can no longer edit it and its {year} data is locked.',
  },
  returnEffect: {
    vi: 'Báo cáo năm {year} được trả lại cho {unit} với ý kiến dưới đây; đơn vị sửa và gửi lại.',
    en: 'The {year} report goes back to {unit} with the comment below, to be corrected and resubmitted.',
  },
  reopenEffect: {
    vi: 'Báo cáo đã phê duyệt năm {year} của {unit} được mở lại với ý kiến dưới đây; số liệu năm {year} của đơn vị được mở khóa.',
    en: '{unit}’s approved {year} report is reopened with the comment below; its {year} data is unlocked.',
  },
  closeCycleEffect: {
    vi: 'Kỳ báo cáo năm {year} của {unit} bị khóa: {missing} đơn vị trực thuộc chưa gửi sẽ không gửi được báo cáo cho đến khi kỳ được mở lại.',
    en: 'The {year} cycle of {unit} is closed: {missing} units below that have not submitted cannot submit until it is reopened.',
  },
  reopenCycleEffect: {
    vi: 'Kỳ báo cáo năm {year} của {unit} được mở lại: các đơn vị trực thuộc lại gửi được báo cáo.',
    en: 'The {year} cycle of {unit} is reopened: the units below can submit again.',
  },
  cycleClosedDone: { vi: 'Đã khóa kỳ báo cáo.', en: 'The cycle is closed.' },
  cycleReopenedDone: { vi: 'Đã mở lại kỳ báo cáo.', en: 'The cycle is reopened.' },
  // approving a report whose data changed after it was sent
  changesTitle: { vi: 'Số liệu đã thay đổi sau khi gửi báo cáo', en: 'The data changed after the report was submitted' },
  changesIntro: {
    vi: 'Báo cáo được gửi lúc {since}. Sau đó {count} giá trị số liệu năm {year} của {unit} đã được sửa: số liệu trong báo cáo không còn như khi đơn vị gửi.',
    en: 'The report was submitted on {since}. Since then {count} values of {unit}’s {year} data were edited: the report’s figures are no longer those the unit sent.',
  },
  changesLatest: { vi: '{n} thay đổi gần nhất', en: 'The latest {n} changes' },
  changesInstitution: { vi: 'Cơ sở', en: 'Institution' },
  changesElement: { vi: 'Số liệu', en: 'Data element' },
  changesPeriod: { vi: 'Kỳ', en: 'Period' },
  changesBefore: { vi: 'Khi gửi báo cáo', en: 'When submitted' },
  changesNow: { vi: 'Hiện nay', en: 'Now' },
  changesAt: { vi: 'Sửa lúc', en: 'Edited' },
  changesBy: { vi: 'Người sửa', en: 'Edited by' },
  beforeEmpty: { vi: '(trống)', en: '(empty)' },
  beforeUnknown: { vi: '(không rõ: nhập từ tệp)', en: '(unknown: imported)' },
  doApproveChanged: { vi: 'phê duyệt báo cáo với số liệu hiện tại', en: 'approve the report with the current data' },
  approveChangedEffect: {
    vi: 'Báo cáo năm {year} của {unit} được phê duyệt với số liệu hiện tại, gồm {count} giá trị đã sửa sau khi gửi; số liệu năm {year} của đơn vị bị khóa.',
    en: '{unit}’s {year} report is approved with the current data, {count} values edited since it was submitted included; its {year} data is locked.',
  },
  orReturn: { vi: 'Hoặc trả lại để đơn vị xem lại số liệu và gửi lại báo cáo', en: 'Or return it for the unit to check its data and resubmit' },
  changedReturnComment: {
    vi: 'Số liệu năm {year} đã thay đổi sau khi gửi báo cáo ({count} giá trị): đề nghị đơn vị kiểm tra lại và gửi lại báo cáo.',
    en: 'The {year} data changed after the report was submitted ({count} values): please check it and submit the report again.',
  },
  // the progress page
  progressTitle: { vi: 'Tiến độ báo cáo năm {year} — {unit}', en: 'Reporting progress {year} — {unit}' },
  reportOf: { vi: 'Báo cáo của {unit}', en: '{unit}’s report' },
  cycleClosed: { vi: ' · kỳ báo cáo đã khóa', en: ' · cycle closed' },
  progressSummary: {
    vi: '{submitted}/{total} đã gửi, {onTime} đúng hạn, {late} trễ hạn, {missing} chưa gửi',
    en: '{submitted}/{total} submitted, {onTime} on time, {late} late, {missing} missing',
  },
  unitsBelow: { vi: 'Các đơn vị trực thuộc', en: 'Units below' },
  sentAt: { vi: 'Gửi lúc', en: 'Submitted' },
  onTimeColumn: { vi: 'Đúng hạn', en: 'On time' },
  lateCell: { vi: 'Trễ hạn', en: 'Late' },
  childrenCaption: { vi: 'Báo cáo năm {year} của từng đơn vị trực thuộc (hạn {due})', en: 'Each unit’s {year} report (due {due})' },
  deadlineColumn: { vi: 'Hạn nộp', en: 'Due' },
  daysLateColumn: { vi: 'Số ngày trễ', en: 'Days late' },
  lateBy: { vi: 'Trễ {days} ngày', en: '{days} days late' },
  overdueBy: { vi: 'Quá hạn {days} ngày, chưa gửi', en: '{days} days overdue, not submitted' },
  dueToday: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  notDueYet: { vi: 'Chưa đến hạn (còn {days} ngày)', en: 'Not due yet ({days} days left)' },
  belowColumn: { vi: 'Cấp dưới của đơn vị', en: 'Its units below' },
  belowLine: {
    vi: 'Cấp {level}: {submitted}/{total} đã gửi, {approved} đã phê duyệt',
    en: 'Level {level}: {submitted}/{total} submitted, {approved} approved',
  },
  drillDown: { vi: 'Xem tiến độ của {unit}', en: 'Progress of {unit}' },
  progressUp: { vi: 'Tiến độ của {unit}', en: 'Progress of {unit}' },
  noReporters: { vi: 'Năm {year} không có đơn vị trực thuộc nào phải báo cáo cho {unit}.', en: 'No unit below reports to {unit} for {year}.' },
  ratesTitle: { vi: 'Tỷ lệ báo cáo của các cấp dưới', en: 'Reporting rates of the levels below' },
  ratesCaption: {
    vi: 'Tỷ lệ đơn vị đã gửi, gửi đúng hạn và được phê duyệt báo cáo năm {year}, theo cấp',
    en: 'Share of units that submitted, submitted on time and had their {year} report approved, by level',
  },
  levelColumn: { vi: 'Cấp', en: 'Level' },
  levelRow: { vi: 'Cấp {level}', en: 'Level: {level}' },
  expectedColumn: { vi: 'Số đơn vị phải báo cáo', en: 'Units expected to report' },
  sentColumn: { vi: 'Đã gửi', en: 'Submitted' },
  approvedColumn: { vi: 'Đã phê duyệt', en: 'Approved' },
  rateOf: { vi: '{part}/{total} ({percent} %)', en: '{part}/{total} ({percent}%)' },
  toneFull: { vi: 'Đủ', en: 'All' },
  tonePart: { vi: 'Còn thiếu', en: 'Some missing' },
  toneLow: { vi: 'Thấp', en: 'Low' },
  remindTitle: { vi: 'Nhắc hạn báo cáo', en: 'Reminders' },
  remindPending: {
    vi: '{n} đơn vị chưa gửi báo cáo (hoặc bị trả lại, chưa gửi lại) chưa được nhắc hôm nay. Nhắc nhở gửi thư điện tử đến địa chỉ đã đăng ký của đơn vị và hiện trên trang của đơn vị.',
    en: 'Units that have not submitted (or were returned and have not resubmitted) and have not been reminded today: {n}. A reminder is mailed to the unit’s registered addresses and shown on its page.',
  },
  remindAllToday: {
    vi: 'Các đơn vị chưa gửi đều đã được nhắc hôm nay; mỗi đơn vị chỉ được nhắc một lần mỗi ngày.',
    en: 'Every unit still to submit has been reminded today; a unit is reminded at most once a day.',
  },
  remindButton: { vi: 'Gửi nhắc nhở', en: 'Send reminders' },
  doRemind: { vi: 'gửi nhắc nhở', en: 'send the reminders' },
  remindEffect: {
    vi: 'Nhắc hạn báo cáo năm {year} (hạn {due}) được gửi đến {n} đơn vị dưới đây, mỗi đơn vị một lần trong ngày.',
    en: 'A reminder of the {year} report (due {due}) goes to the {n} units below, once a day each.',
  },
  remindRecipients: { vi: 'Đơn vị nhận nhắc nhở', en: 'Units reminded' },
  remindNoEmail: { vi: 'chưa đăng ký thư điện tử: chỉ thông báo trên trang của đơn vị', en: 'no address registered: shown on the unit’s page only' },
  remindNoSmtp: {
    vi: 'Máy chủ thư chưa được cấu hình: nhắc nhở chỉ hiện trên trang của từng đơn vị, không gửi thư điện tử.',
    en: 'No mail server is configured: the reminders are shown on each unit’s page, no e-mail is sent.',
  },
  remindSkipped: { vi: 'Đã được nhắc hôm nay, không nhắc lại: {units}.', en: 'Already reminded today, not again: {units}.' },
  remindedDone: { vi: 'Đã gửi nhắc nhở đến {n} đơn vị ({mails} thư điện tử).', en: 'Reminders sent to {n} units ({mails} e-mails).' },
  remindedNothing: {
    vi: 'Không gửi thêm nhắc nhở: các đơn vị chưa gửi đều đã được nhắc hôm nay.',
    en: 'No reminder sent: every unit still to submit has been reminded today.',
  },
  remindedOn: { vi: 'Cấp trên đã nhắc hạn báo cáo ngày {date}.', en: 'The level above sent a reminder on {date}.' },
  reopenCycle: { vi: 'Mở lại kỳ báo cáo', en: 'Reopen the cycle' },
  closeCycle: { vi: 'Khóa kỳ báo cáo (không nhận thêm báo cáo)', en: 'Close the cycle (no more submissions)' },
  // the dashboard's reporting block
  annualReport: { vi: 'Báo cáo năm {year}', en: 'Annual report {year}' },
  overdue: { vi: 'Đã quá hạn báo cáo {days} ngày (hạn {due}).', en: 'The report is {days} days overdue (due {due}).' },
  daysLeft: { vi: 'Còn {days} ngày đến hạn báo cáo ({due}).', en: '{days} days left until the report is due ({due}).' },
  ownReport: { vi: 'Báo cáo của đơn vị', en: 'This unit’s report' },
  dueLower: { vi: 'hạn', en: 'due' },
  progressOfBelow: { vi: 'Tiến độ báo cáo của đơn vị trực thuộc', en: 'Reporting progress of the units below' },
  blockSummary: {
    vi: '{submitted}/{total} đã gửi ({onTime} đúng hạn, {late} trễ hạn), {missing} chưa gửi',
    en: '{submitted}/{total} submitted ({onTime} on time, {late} late), {missing} missing',
  },
  // a unit not asked for a year's report
  successorReports: { vi: 'Số liệu năm {year} của đơn vị nằm trong báo cáo của:', en: 'Its {year} figures are in the report of:' },
  predecessorReports: { vi: 'Báo cáo năm {year} do các đơn vị trước đây lập:', en: 'The {year} reports were made by the units before it:' },
  // the reminder e-mail
  reminderSubject: { vi: 'Nhắc hạn báo cáo năm {year}: còn {days} ngày (hạn {due})', en: 'Report {year} due in {days} days ({due})' },
  reminderSubjectToday: { vi: 'Nhắc hạn báo cáo năm {year}: hôm nay là hạn cuối ({due})', en: 'Report {year} due today ({due})' },
  reminderSubjectOverdue: { vi: 'Báo cáo năm {year} đã quá hạn {days} ngày (hạn {due})', en: 'Report {year} is {days} days overdue (due {due})' },
  reminderBody: {
    vi: '{unit}: báo cáo kết quả thực hiện Chương trình học tập suốt đời năm {year} cần gửi trước ngày {due}.',
    en: '{unit}: the report on the lifelong-learning programme for {year} is due by {due}.',
  },
});

/**
 * The administrative document (Decree 30/2020/NĐ-CP): the DOCX, XLSX and print renderings. The decree's form is
 * Vietnamese, so the files use `documentText('vi')`; the English is there for readers of the code and the API.
 */
export const documentText = texts({
  nationalTitle: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  programme: {
    vi: 'Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”',
    en: 'the programme “Promoting lifelong-learning activities in libraries, museums and cultural centres to 2030”',
  },
  ministry: { vi: 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', en: 'MINISTRY OF CULTURE, SPORTS AND TOURISM' },
  peoplesCommittee: { vi: 'ỦY BAN NHÂN DÂN\n{unit}', en: 'PEOPLE’S COMMITTEE\n{unit}' },
  levelProvince: { vi: 'tỉnh', en: 'province' },
  levelDistrict: { vi: 'huyện', en: 'district' },
  levelCommune: { vi: 'xã', en: 'commune' },
  toPrimeMinister: { vi: '- Thủ tướng Chính phủ (báo cáo);', en: '- The Prime Minister (for report);' },
  toMinistry: { vi: '- Bộ Văn hóa, Thể thao và Du lịch (báo cáo);', en: '- Ministry of Culture, Sports and Tourism (for report);' },
  toCommittee: { vi: '- UBND {unit}{via} (báo cáo);', en: '- People’s Committee of {unit}{via} (for report);' },
  viaDepartment: { vi: ' (qua Sở Văn hóa, Thể thao và Du lịch)', en: ' (through the Department of Culture, Sports and Tourism)' },
  viaOffice: { vi: ' (qua Phòng Văn hóa - Thông tin)', en: ' (through the Culture and Information Office)' },
  archive: { vi: '- Lưu: VT.', en: '- Archived: Office.' },
  date: { vi: 'ngày {d} tháng {m} năm {y}', en: '{d}/{m}/{y}' },
  number: { vi: 'Số: {number}/BC-{issuer}', en: 'No.: {number}/BC-{issuer}' },
  numberWhole: { vi: 'Số: {number}', en: 'No.: {number}' },
  preliminaryReview: { vi: ' và sơ kết giai đoạn {from}–{to}', en: ' and the preliminary review of {from}–{to}' },
  finalReview: { vi: ' và tổng kết giai đoạn {from}–{to}', en: ' and the final review of {from}–{to}' },
  subject: { vi: 'Kết quả thực hiện {programme} năm {year}{review}', en: 'Results of {programme} in {year}{review}' },
  signMinistry1: { vi: 'KT. BỘ TRƯỞNG', en: 'FOR THE MINISTER' },
  signMinistry2: { vi: 'THỨ TRƯỞNG', en: 'DEPUTY MINISTER' },
  signCommittee1: { vi: 'TM. ỦY BAN NHÂN DÂN', en: 'ON BEHALF OF THE PEOPLE’S COMMITTEE' },
  signCommittee2: { vi: 'CHỦ TỊCH', en: 'CHAIRPERSON' },
  report: { vi: 'BÁO CÁO', en: 'REPORT' },
  recipients: { vi: 'Nơi nhận:', en: 'Recipients:' },
  signHere: { vi: '(Ký, ghi rõ họ tên, đóng dấu)', en: '(Signature, full name, seal)' },
  fileTitle: { vi: 'Báo cáo {unit} năm {year}', en: 'Report {unit} {year}' },
  // the outline
  results: { vi: 'I. KẾT QUẢ THỰC HIỆN', en: 'I. RESULTS' },
  targetsCaption: { vi: '1. Kết quả thực hiện các chỉ tiêu năm {year}', en: '1. Results against the targets in {year}' },
  no: { vi: 'TT', en: 'No.' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  unitOfMeasure: { vi: 'Đơn vị tính', en: 'Unit' },
  planTarget: { vi: 'Chỉ tiêu kế hoạch', en: 'Planned target' },
  resultOfYear: { vi: 'Kết quả năm {year}', en: 'Result {year}' },
  year: { vi: 'Năm {year}', en: 'Year {year}' },
  change: { vi: 'Tăng/giảm', en: 'Change' },
  assessment: { vi: 'Đánh giá', en: 'Assessment' },
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Chưa đạt', en: 'Not met' },
  sectorResults: { vi: '{n}. Kết quả lĩnh vực {sector}', en: '{n}. Results: {sector}' },
  sectorLibraries: { vi: 'Thư viện', en: 'Libraries' },
  sectorMuseums: { vi: 'Bảo tàng', en: 'Museums' },
  sectorCulture: { vi: 'Trung tâm văn hóa', en: 'Cultural centres' },
  sectorGeneral: { vi: 'Truyền thông, chung', en: 'Communication, general' },
  daysHeading: {
    vi: '5. Hoạt động hưởng ứng các ngày kỷ niệm, Tuần lễ hưởng ứng học tập suốt đời',
    en: '5. Activities on the commemorative days and in Lifelong Learning Week',
  },
  trendCaption: { vi: '6. Kết quả qua các năm {from}–{to} ({review})', en: '6. Results over the years {from}–{to} ({review})' },
  reviewFinal: { vi: 'tổng kết', en: 'final review' },
  reviewPreliminary: { vi: 'sơ kết', en: 'preliminary review' },
  childrenCaption: { vi: '{n}. Tình hình báo cáo và kết quả của các đơn vị trực thuộc', en: '{n}. Reports and results of the units below' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  reportColumn: { vi: 'Báo cáo', en: 'Report' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Trễ hạn', en: 'Late' },
  difficulties: { vi: 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN', en: 'II. DIFFICULTIES AND THEIR CAUSES' },
  proposals: { vi: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year}; ĐỀ XUẤT, KIẾN NGHỊ', en: 'III. DIRECTIONS AND TASKS FOR {year}; PROPOSALS' },
  budget: { vi: 'IV. DỰ TOÁN KINH PHÍ NĂM {year}', en: 'IV. BUDGET ESTIMATE FOR {year}' },
  millionVnd: { vi: 'Đơn vị tính: triệu đồng', en: 'Unit: million VND' },
  source: { vi: 'Nguồn', en: 'Source' },
  estimate: { vi: 'Dự toán', en: 'Estimate' },
  stateBudget: { vi: 'Ngân sách nhà nước', en: 'State budget' },
  socialSources: { vi: 'Nguồn xã hội hóa', en: 'Social sources' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  appendix: { vi: 'PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC (ĐÃ PHÊ DUYỆT)', en: 'APPENDIX: REPORTS OF THE UNITS BELOW (APPROVED)' },
  closing: { vi: 'Trên đây là báo cáo kết quả thực hiện Chương trình năm {year}./.', en: 'This concludes the report on the programme in {year}./.' },
  // the workbook
  sheetTargets: { vi: 'Chỉ tiêu', en: 'Targets' },
  sheetTrend: { vi: 'Qua các năm', en: 'Over the years' },
  sheetChildren: { vi: 'Đơn vị trực thuộc', en: 'Units below' },
  sheetBudget: { vi: 'Kinh phí', en: 'Budget' },
  targetsTitle: { vi: 'Kết quả thực hiện các chỉ tiêu năm {year} — {unit}', en: 'Results against the targets in {year} — {unit}' },
  code: { vi: 'Mã', en: 'Code' },
  resultShort: { vi: 'Kết quả {year}', en: 'Result {year}' },
  reportStatus: { vi: 'Trạng thái báo cáo', en: 'Report status' },
  whole: { vi: 'Toàn {unit}', en: 'All of {unit}' },
  submittedOfAll: { vi: 'Số đơn vị đã gửi / tổng số', en: 'Units that submitted / all' },
  budgetTitle: { vi: 'Dự toán kinh phí năm {year} (triệu đồng)', en: 'Budget estimate for {year} (million VND)' },
  // the print page
  printNav: { vi: 'Báo cáo', en: 'Report' },
  backToReport: { vi: '← Quay lại báo cáo', en: '← Back to the report' },
  printHint: { vi: 'In trang này (Ctrl+P) để có bản giấy.', en: 'Print this page (Ctrl+P) for a paper copy.' },
});

type Words = ReturnType<typeof reportingText>;
type Word = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];
const named =
  <C extends string>(names: Readonly<Record<C, Word>>) =>
  (lang: Lang, code: C): string =>
    reportingText(lang)[names[code]];

/** A report's status as the pages show it ('missing': no report sent yet). */
export const statusName = named({
  draft: 'statusDraft',
  submitted: 'statusSubmitted',
  returned: 'statusReturned',
  approved: 'statusApproved',
  missing: 'statusMissing',
});
/** A report's status inside a sentence ("current status: returned"). */
export const stateName = named({ draft: 'stateDraft', submitted: 'stateSubmitted', returned: 'stateReturned', approved: 'stateApproved' });
/** What happened to a report, as its history lists it; an unknown action as it is. */
export const actionName = (lang: Lang, action: string): string => {
  const names: Record<string, Word> = { submit: 'actionSubmit', return: 'actionReturn', approve: 'actionApprove', reopen: 'actionReopen' };
  const key = names[action];
  return key ? reportingText(lang)[key] : action;
};
/** The title of a section of the narrative. */
export const sectionTitle = named<Section>({
  libraries: 'sectionLibraries',
  museums: 'sectionMuseums',
  culture: 'sectionCulture',
  days: 'sectionDays',
  difficulties: 'sectionDifficulties',
  proposals: 'sectionProposals',
  budgetNote: 'sectionBudgetNote',
});

/** The refusals live in errors.ts; callers reach them here beside the texts. */
export { reportingErrors } from './errors.ts';
