import { texts } from '../core/i18n/index.ts';

/** What the dashboards say besides the shared words (core/i18n/messages.ts) and the plans' links. */
export const dashboardsText = texts({
  noMap: { vi: 'Chưa có dữ liệu đơn vị hành chính. Chạy: lifelong seed demo', en: 'No administrative units yet. Run: lifelong seed demo' },
  existedUntil: { vi: 'Đơn vị tồn tại đến ngày {date}', en: 'Existed until {date}' },
  endedMergedInto: { vi: 'Đơn vị này đã kết thúc ngày {date}, sáp nhập vào', en: 'This unit ended on {date} and merged into' },
  endedNoSuccessor: { vi: 'Đơn vị này đã kết thúc ngày {date}.', en: 'This unit ended on {date}.' },
  formedFrom: { vi: 'Đơn vị được thành lập từ ngày {date} trên cơ sở:', en: 'This unit was formed on {date} from:' },
  formedFromUndated: { vi: 'Đơn vị được thành lập trên cơ sở:', en: 'This unit was formed from:' },
  part: { vi: '(một phần)', en: '(part of it)' },
  yourUnitEnded: {
    vi: 'Tài khoản của bạn vẫn gắn với đơn vị đã kết thúc này. Quản trị hệ thống sẽ chuyển tài khoản sang đơn vị kế tiếp; trong lúc chờ, bạn xem được số liệu của đơn vị đến ngày {date}.',
    en: 'Your account still belongs to this ended unit. The administrator will move it to the successor; meanwhile you can read the unit’s data up to {date}.',
  },
  notInYear: {
    vi: 'Năm {year} đơn vị này không còn tồn tại nên không có số liệu: số liệu của địa bàn nằm ở đơn vị kế tiếp (liên kết ở trên).',
    en: 'The unit no longer existed in {year}, so it has no figures: the area’s figures are its successor’s (linked above).',
  },
  draftToReview: { vi: ' · bản nháp, chờ duyệt', en: ' · draft, to review' },
  largestGaps: { vi: 'Khoảng cách lớn nhất', en: 'Largest gaps' },
});
