import { formatNumber } from '../../core/i18n/format.ts';

const n = (x: number) => formatNumber('vi', x, 0);

/** What the reader says about a document it read but could not vouch for; shown in the review and by the CLI. */
export const PARSE_WARNINGS = {
  notAPlan:
    'Văn bản không giống một kế hoạch (không thấy tiêu đề "Kế hoạch" cùng các phần mục tiêu, nhiệm vụ, tổ chức thực hiện): những gì đọc được vẫn được đưa ra để duyệt.',
  planWithoutSkeleton: 'Kế hoạch thiếu phần mục tiêu hoặc tổ chức thực hiện: kiểm tra kỹ khi duyệt.',
  ocrRead: (pages: string) =>
    `Văn bản được đọc bằng nhận dạng chữ (OCR) từ ảnh của trang ${pages}: chữ có thể sai hoặc mất dấu, đối chiếu với bản gốc khi duyệt.`,
  rotated: (page: number, degrees: number) => `Trang ${page} bị xoay; đã xoay lại ${degrees}° trước khi nhận dạng chữ.`,
  unsure: (pages: string) => `Không đọc được (hoặc không xác định được chiều xoay của) trang ${pages}: hãy kiểm tra trang đó trong bản gốc.`,
  trackedChanges: (r: { inserted: number; deleted: number; moved: number }) =>
    `Văn bản Word còn những thay đổi được theo dõi chưa chấp nhận hay từ chối (${[
      r.inserted > 0 ? `${n(r.inserted)} chỗ thêm` : '',
      r.deleted > 0 ? `${n(r.deleted)} chỗ xóa` : '',
      r.moved > 0 ? `${n(r.moved)} chỗ chuyển` : '',
    ]
      .filter(Boolean)
      .join(', ')}): đã đọc như thể mọi thay đổi đều được chấp nhận, chữ bị xóa không được đọc. Đối chiếu với bản cuối cùng khi duyệt.`,
} as const;
