import { errors } from '../core/i18n/index.ts';

/** The reporting errors (E45xx): who may act on a report, in which status, and what a report may hold. */
export const reportingErrors = errors({
  onlyReporterEdits: {
    code: 'E4501',
    vi: 'Chỉ cán bộ của đơn vị báo cáo mới sửa được báo cáo.',
    en: 'Only officials of the reporting unit can edit the report.',
  },
  reportNotFound: { code: 'E4502', vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' },
  onlyReporterSubmits: { code: 'E4503', vi: 'Chỉ cán bộ của {unit} mới gửi được báo cáo này.', en: 'Only officials of {unit} can submit this report.' },
  onlyAboveReviews: {
    code: 'E4504',
    vi: 'Chỉ cán bộ quản lý cấp trên mới phê duyệt hoặc trả lại báo cáo.',
    en: 'Only officials of a unit above can approve or return a report.',
  },
  notOwnReport: {
    code: 'E4505',
    vi: 'Không thể tự phê duyệt hoặc trả lại báo cáo của chính đơn vị mình.',
    en: 'You cannot approve or return your own unit’s report.',
  },
  outsideArea: {
    code: 'E4506',
    vi: '{unit} không thuộc địa bàn quản lý của bạn: không thể phê duyệt hoặc trả lại báo cáo này.',
    en: '{unit} is outside your area: you cannot approve or return its report.',
  },
  submitWhen: {
    code: 'E4507',
    vi: 'Chỉ gửi được báo cáo dự thảo hoặc bị trả lại (trạng thái hiện tại: {statusVi}).',
    en: 'Only a draft or returned report can be submitted (current status: {statusEn}).',
  },
  approveWhen: {
    code: 'E4508',
    vi: 'Chỉ phê duyệt được báo cáo đã gửi (trạng thái hiện tại: {statusVi}).',
    en: 'Only a submitted report can be approved (current status: {statusEn}).',
  },
  returnWhen: {
    code: 'E4509',
    vi: 'Chỉ trả lại được báo cáo đã gửi hoặc đã phê duyệt (trạng thái hiện tại: {statusVi}).',
    en: 'Only a submitted or approved report can be returned (current status: {statusEn}).',
  },
  cycleClosed: {
    code: 'E4510',
    vi: 'Cấp trên đã khóa kỳ báo cáo năm {year} (hạn {due}); không thể gửi báo cáo. Hãy liên hệ cấp trên để mở lại kỳ báo cáo.',
    en: 'The parent has closed the {year} reporting cycle (due {due}); the report can no longer be submitted.',
  },
  returnNeedsComment: {
    code: 'E4511',
    vi: 'Khi trả lại báo cáo phải ghi ý kiến: nêu rõ cần sửa, bổ sung gì.',
    en: 'A returned report needs a comment saying what to correct or add.',
  },
  onlyReceiverCloses: {
    code: 'E4512',
    vi: 'Chỉ cán bộ của đơn vị nhận báo cáo mới khóa hoặc mở kỳ báo cáo.',
    en: 'Only officials of the receiving unit can close or reopen the cycle.',
  },
  reportLocked: {
    code: 'E4513',
    vi: 'Báo cáo đã gửi hoặc đã phê duyệt nên không sửa được; cần cấp trên trả lại trước.',
    en: 'The report has been submitted or approved and cannot be edited until the parent returns it.',
  },
  currentStatus: { code: 'E4514', vi: 'Trạng thái hiện tại: {statusVi}', en: 'Current status: {statusEn}' },
  onlyReceiverReminds: {
    code: 'E4521',
    vi: 'Chỉ cán bộ của đơn vị nhận báo cáo (hoặc cấp trên) mới gửi nhắc nhở cho các đơn vị trực thuộc.',
    en: 'Only officials of the receiving unit (or above) can remind the units below.',
  },
  remindClosedCycle: {
    code: 'E4522',
    vi: 'Kỳ báo cáo năm {year} đã khóa: các đơn vị không gửi được báo cáo nên không gửi nhắc nhở. Hãy mở lại kỳ báo cáo trước.',
    en: 'The {year} cycle is closed: the units cannot submit, so no reminder is sent. Reopen the cycle first.',
  },
  changedSinceSubmission: {
    code: 'E4523',
    vi: 'Số liệu năm {year} của {unit} đã thay đổi sau khi đơn vị gửi báo cáo (lúc {since}): {count} giá trị được sửa. Hãy xem các thay đổi, rồi xác nhận phê duyệt với số liệu hiện tại hoặc trả lại báo cáo.',
    en: '{unit}’s {year} data changed after the report was submitted ({since}): {count} values were edited. Look at the changes, then confirm the approval with the current data or return the report.',
  },
  invalidAmount: {
    code: 'E4515',
    vi: '“{value}” không phải số tiền hợp lệ: ghi số triệu đồng, dấu phẩy trước phần thập phân, ví dụ 25,5 hoặc 1.234,5.',
    en: '“{value}” is not a valid amount: write millions of VND, e.g. 25.5 or 1,234.5.',
  },
  negativeAmount: { code: 'E4520', vi: 'Số tiền không được âm.', en: 'The amount cannot be negative.' },
  invalidContent: { code: 'E4516', vi: 'Nội dung báo cáo không hợp lệ.', en: 'Invalid report content.' },
  invalidSection: { code: 'E4517', vi: 'Nội dung không hợp lệ (quá dài hoặc sai kiểu).', en: 'Invalid content (too long or of the wrong type).' },
  unsupportedFormat: {
    code: 'E4518',
    vi: 'Định dạng "{format}" không hỗ trợ: dùng docx, xlsx hoặc html.',
    en: 'Unsupported format "{format}": use docx, xlsx or html.',
  },
  formats: { code: 'E4519', vi: 'Dùng docx, xlsx hoặc html', en: 'Use docx, xlsx or html' },
  notAskedEnded: {
    code: 'E4541',
    vi: '{unit} đã kết thúc ngày {date} nên không phải gửi báo cáo năm {year} (hạn {due}).',
    en: '{unit} ended on {date}: no {year} report (due {due}) is asked of it.',
  },
  notAskedNotYet: {
    code: 'E4542',
    vi: '{unit} được thành lập từ ngày {date} nên không phải gửi báo cáo năm {year} (hạn {due}).',
    en: '{unit} exists from {date}: no {year} report (due {due}) is asked of it.',
  },
});
