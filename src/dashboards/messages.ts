import { texts } from '../core/i18n/index.ts';

/** What the dashboards say besides the shared words (core/i18n/messages.ts) and the plans' links. */
export const dashboardsText = texts({
  noMap: { vi: 'Chưa có dữ liệu đơn vị hành chính. Chạy: lifelong seed demo', en: 'No administrative units yet. Run: lifelong seed demo' },
  existedUntil: { vi: 'Đơn vị tồn tại đến ngày {date}', en: 'Existed until {date}' },
  draftToReview: { vi: ' · bản nháp, chờ duyệt', en: ' · draft, to review' },
  largestGaps: { vi: 'Khoảng cách lớn nhất', en: 'Largest gaps' },
});
