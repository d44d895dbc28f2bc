/** The commemorative days the plans tie activities to (DOMAIN.md), by `d/m`. */
export const COMMEMORATIVE_DAYS: Record<string, { vi: string; en: string; day: number; month: number }> = {
  '19/4': { vi: 'Ngày Văn hóa các dân tộc Việt Nam', en: 'Vietnamese Ethnic Cultures Day', day: 19, month: 4 },
  '21/4': { vi: 'Ngày Sách và Văn hóa đọc Việt Nam', en: 'Vietnam Book and Reading Culture Day', day: 21, month: 4 },
  '23/4': { vi: 'Ngày Sách và Bản quyền thế giới', en: 'World Book and Copyright Day', day: 23, month: 4 },
  '18/5': { vi: 'Ngày Quốc tế Bảo tàng', en: 'International Museum Day', day: 18, month: 5 },
  '10/10': { vi: 'Ngày Chuyển đổi số quốc gia', en: 'National Digital Transformation Day', day: 10, month: 10 },
  '23/11': { vi: 'Ngày Di sản văn hóa Việt Nam', en: 'Vietnam Cultural Heritage Day', day: 23, month: 11 },
};

/** Lifelong Learning Week is held early in October; the calendar marks its first day. */
export const LEARNING_WEEK = { vi: 'Tuần lễ hưởng ứng học tập suốt đời', en: 'Lifelong Learning Week', day: 1, month: 10 };

/** `21/4` → the day; anything naming the Learning Week → the week; otherwise undefined. */
export function dayOf(text: string): { day: number; month: number; label: string } | undefined {
  const known = COMMEMORATIVE_DAYS[text.trim()];
  if (known) return { day: known.day, month: known.month, label: known.vi };
  if (/tu[aâầ]n|week/i.test(text)) return { day: LEARNING_WEEK.day, month: LEARNING_WEEK.month, label: LEARNING_WEEK.vi };
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  if (m) return { day: Number(m[1]), month: Number(m[2]), label: text.trim() };
  return undefined;
}
