/** What the reader says about a document it read but could not vouch for; shown in the review and by the CLI. */
export const PARSE_WARNINGS = {
  notAPlan:
    'Văn bản không giống một kế hoạch (không thấy tiêu đề "Kế hoạch" cùng các phần mục tiêu, nhiệm vụ, tổ chức thực hiện): những gì đọc được vẫn được đưa ra để duyệt.',
  planWithoutSkeleton: 'Kế hoạch thiếu phần mục tiêu hoặc tổ chức thực hiện: kiểm tra kỹ khi duyệt.',
} as const;
