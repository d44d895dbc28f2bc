import { fmt, SECTOR_TITLES, type ReportContent, type Sector } from './content.ts';
import type { Narrative } from './narrative.ts';

/**
 * The report's outline, shared by the DOCX and HTML renderings: headings, paragraphs and
 * tables (header row + body rows of text), in the order of the usual annual report.
 */
export type Block = { type: 'heading'; text: string } | { type: 'para'; text: string } | { type: 'table'; caption: string; head: string[]; rows: string[][]; widths: number[] };

const STATUS_TEXT = { submitted: 'Đã gửi', returned: 'Bị trả lại', approved: 'Đã phê duyệt', missing: 'Chưa gửi', draft: 'Chưa gửi' } as const;
const paras = (text: string, empty = '(Chưa có nội dung.)'): Block[] => {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (lines.length ? lines : [empty]).map((t) => ({ type: 'para', text: t }));
};
const metText = (m: boolean | null) => (m === null ? '—' : m ? 'Đạt' : 'Chưa đạt');

export function outline(c: ReportContent, n: Narrative): Block[] {
  const y = c.year;
  const out: Block[] = [{ type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' }];
  out.push({
    type: 'table',
    caption: `1. Kết quả thực hiện các chỉ tiêu năm ${y}`,
    head: ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', `Kết quả năm ${y}`, `Năm ${y - 1}`, 'Tăng/giảm', 'Đánh giá'],
    rows: c.lines.map((l, i) => [String(i + 1), l.name, l.unitLabel, fmt(l.target), fmt(l.result), fmt(l.previous), fmt(l.change), metText(l.met)]),
    widths: [7, 33, 10, 10, 10, 10, 10, 10],
  });
  const sectors: [Sector, keyof Narrative][] = [['libraries', 'libraries'], ['museums', 'museums'], ['culture', 'culture']];
  sectors.forEach(([s, key], i) => {
    out.push({ type: 'heading', text: `${i + 2}. Kết quả lĩnh vực ${SECTOR_TITLES[s].vi.toLocaleLowerCase('vi')}` });
    out.push(...paras(String(n[key] ?? '')));
  });
  out.push({ type: 'heading', text: '5. Hoạt động hưởng ứng các ngày kỷ niệm, Tuần lễ hưởng ứng học tập suốt đời' }, ...paras(n.days));
  if (c.trend) {
    out.push({
      type: 'table',
      caption: `6. Kết quả qua các năm ${c.trend.years[0]}–${y} (${c.review === 'final' ? 'tổng kết' : 'sơ kết'})`,
      head: ['Chỉ tiêu', ...c.trend.years.map(String), 'Chỉ tiêu kế hoạch'],
      rows: c.trend.lines.map((l) => [l.name, ...l.values.map((v) => fmt(v)), fmt(l.target)]),
      widths: [40, ...c.trend.years.map(() => 50 / c.trend!.years.length), 10],
    });
  }
  if (c.children.lines.length > 0) {
    const shown = c.children.indicators.slice(0, 5);
    out.push({
      type: 'table',
      caption: `${c.trend ? 7 : 6}. Tình hình báo cáo và kết quả của các đơn vị trực thuộc`,
      head: ['Đơn vị', 'Báo cáo', 'Đúng hạn', ...shown.map((l) => `${l.name} (${l.unitLabel})`)],
      rows: c.children.lines.map((ch) => [ch.unit.name, STATUS_TEXT[ch.status], ch.onTime === null ? '—' : ch.onTime ? 'Đúng hạn' : 'Trễ hạn', ...ch.values.slice(0, shown.length).map((v) => fmt(v))]),
      widths: [22, 13, 11, ...shown.map(() => 54 / Math.max(shown.length, 1))],
    });
  }
  out.push({ type: 'heading', text: 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN' }, ...paras(n.difficulties));
  out.push({ type: 'heading', text: `III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${y + 1}; ĐỀ XUẤT, KIẾN NGHỊ` }, ...paras(n.proposals));
  out.push({ type: 'heading', text: `IV. DỰ TOÁN KINH PHÍ NĂM ${y + 1}` });
  const total = n.budgetState === null && n.budgetSocial === null ? null : (n.budgetState ?? 0) + (n.budgetSocial ?? 0);
  out.push({ type: 'table', caption: 'Đơn vị tính: triệu đồng', head: ['Nguồn', 'Dự toán'], rows: [['Ngân sách nhà nước', fmt(n.budgetState)], ['Nguồn xã hội hóa', fmt(n.budgetSocial)], ['Tổng cộng', fmt(total)]], widths: [60, 40] });
  if (n.budgetNote.trim()) out.push(...paras(n.budgetNote));
  if (c.childNarratives.length > 0) {
    out.push({ type: 'heading', text: 'PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC (ĐÃ PHÊ DUYỆT)' });
    for (const ch of c.childNarratives) {
      out.push({ type: 'para', text: `${ch.unit.name}:` });
      for (const key of ['libraries', 'museums', 'culture', 'days', 'difficulties', 'proposals'] as const) if (ch.narrative[key].trim()) out.push({ type: 'para', text: `- ${ch.narrative[key].trim()}` });
    }
  }
  out.push({ type: 'para', text: `Trên đây là báo cáo kết quả thực hiện Chương trình năm ${y}./.` });
  return out;
}
