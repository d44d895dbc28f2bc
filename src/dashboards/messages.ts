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
  partialYear: {
    vi: 'Năm {year} chưa kết thúc: số liệu mới đến tháng {month}/{year}. Các chỉ số tăng trưởng chỉ tính khi đủ năm (so {month} tháng với cả năm trước sẽ sai lệch); năm gần nhất đã đủ số liệu là {complete}.',
    en: '{year} is not over: figures run to month {month}. Growth indicators are given for whole years only (comparing {month} months with a whole year would mislead); the last complete year is {complete}.',
  },
  partialYearNoMonth: {
    vi: 'Năm {year} chưa có tháng nào kết thúc; năm gần nhất đã đủ số liệu là {complete}.',
    en: 'No month of {year} is over yet; the last complete year is {complete}.',
  },
  partialGrowth: { vi: 'chưa đủ năm', en: 'year not over' },
  toMonth: { vi: 'đến tháng {month}', en: 'to month {month}' },
  levelGroup: { vi: 'Cấp {level} ({n})', en: '{level} level ({n})' },
  sortHint: { vi: 'Bấm tiêu đề cột để sắp xếp.', en: 'Select a column heading to sort.' },
  sortedAsc: { vi: 'tăng dần', en: 'ascending' },
  sortedDesc: { vi: 'giảm dần', en: 'descending' },
  sortBy: { vi: 'Sắp xếp theo {column}', en: 'Sort by {column}' },
  targetOf: { vi: 'chỉ tiêu {value}', en: 'target {value}' },
  targetFrom: { vi: 'theo {plan}', en: 'from {plan}' },
  misplaced: {
    vi: 'Lỗi dữ liệu: các đơn vị sau nằm trực tiếp dưới cả nước nhưng không phải cấp tỉnh (chưa có vị trí trên bản đồ hành chính), nên không được tính là tỉnh:',
    en: 'Data problem: these units hang directly under the nation but are not provinces (the map has no place for them), so they are not shown as provinces:',
  },
  targetsSet: { vi: 'Số chỉ tiêu kế hoạch đặt ra', en: 'Targets the plans set' },
  shareMet: { vi: 'Tỷ lệ chỉ tiêu đạt', en: 'Share of targets met' },
  noTargetsSet: { vi: 'chưa đặt chỉ tiêu', en: 'no target set' },
  overviewRanking: {
    vi: 'Xếp theo tỷ lệ chỉ tiêu đạt, từ thấp đến cao (nơi kế hoạch đặt nhiều chỉ tiêu hơn không bị xếp thấp hơn vì thế).',
    en: 'Ranked by the share of targets met, lowest first (a place whose plans set more targets is not ranked lower for it).',
  },
  analyseLink: { vi: 'Phân tích, so sánh và tải số liệu', en: 'Analyse, compare and download the figures' },
});
