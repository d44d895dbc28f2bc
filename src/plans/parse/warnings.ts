/** What the reader says about a document it read but could not vouch for; shown in the review and by the CLI. */
export const PARSE_WARNINGS = {
  notAPlan:
    'Văn bản không giống một kế hoạch (không thấy tiêu đề "Kế hoạch" cùng các phần mục tiêu, nhiệm vụ, tổ chức thực hiện): những gì đọc được vẫn được đưa ra để duyệt.',
  planWithoutSkeleton: 'Kế hoạch thiếu phần mục tiêu hoặc tổ chức thực hiện: kiểm tra kỹ khi duyệt.',
  ocrRead: (pages: string) =>
    `Văn bản được đọc bằng nhận dạng chữ (OCR) từ ảnh của trang ${pages}: chữ có thể sai hoặc mất dấu, đối chiếu với bản gốc khi duyệt.`,
  rotated: (page: number, degrees: number) => `Trang ${page} bị xoay; đã xoay lại ${degrees}° trước khi nhận dạng chữ.`,
  unsure: (pages: string) => `Không đọc được (hoặc không xác định được chiều xoay của) trang ${pages}: hãy kiểm tra trang đó trong bản gốc.`,
} as const;
