import type { DB } from '../core/db/database.ts';
import { unitById, type Unit } from '../network/units.ts';
import { buildContent, type ReportContent } from './content.ts';
import type { Report } from './reports.ts';
import { localDate, todayLocal } from '../core/time.ts';

/** What the administrative form (Decree 30/2020/NĐ-CP) needs besides the numbers. */
export interface DocumentMeta {
  superior: string | null;
  issuer: string;
  number: string;
  place: string;
  /** "ngày 10 tháng 11 năm 2025" */
  dateText: string;
  subject: string;
  recipients: string[];
  signatureTitle: string[];
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PROGRAMME = 'Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”';

const LEVEL_VI: Record<string, string> = { nation: '', province: 'tỉnh', district: 'huyện', commune: 'xã' };
const upperName = (u: Unit) => (u.fullName ?? `${LEVEL_VI[u.level] ?? ''} ${u.name}`).trim().toLocaleUpperCase('vi');

/** Where the report goes, as the seeds say it: the unit above, through its culture office. */
function recipient(parent: Unit | undefined, root: boolean): string {
  if (root || !parent) return '- Thủ tướng Chính phủ (báo cáo);';
  if (parent.level === 'nation') return '- Bộ Văn hóa, Thể thao và Du lịch (báo cáo);';
  const via = parent.level === 'province' ? ' (qua Sở Văn hóa, Thể thao và Du lịch)' : parent.level === 'district' ? ' (qua Phòng Văn hóa - Thông tin)' : '';
  const name = parent.fullName ? parent.fullName.charAt(0).toLocaleLowerCase('vi') + parent.fullName.slice(1) : parent.name;
  return `- UBND ${name}${via} (báo cáo);`;
}

/** `ngày 01 tháng 12 năm 2024`, of a date or a stored instant (its day in Vietnam). */
export function dateText(iso: string): string {
  const [y, m, d] = localDate(iso).split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export async function documentMeta(db: DB, report: Pick<Report, 'unit' | 'year' | 'cycle' | 'number' | 'submittedAt'>, today: string = todayLocal()): Promise<DocumentMeta> {
  const { unit, year, cycle } = report;
  const parent = unit.parentId !== null ? await unitById(db, unit.parentId) : undefined;
  const root = unit.level === 'nation';
  const issuer = root ? 'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH' : `ỦY BAN NHÂN DÂN\n${upperName(unit)}`;
  const review = cycle.review === 'preliminary' ? ` và sơ kết giai đoạn ${cycle.periodFrom}–${year}` : cycle.review === 'final' ? ` và tổng kết giai đoạn ${cycle.periodFrom}–${year}` : '';
  return {
    superior: null,
    issuer,
    number: `Số: ${report.number?.trim() || '      '}/BC-${root ? 'BVHTTDL' : 'UBND'}`,
    place: unit.name,
    dateText: dateText(report.submittedAt ?? today),
    subject: `Kết quả thực hiện ${PROGRAMME} năm ${year}${review}`,
    recipients: [recipient(parent, root), '- Lưu: VT.'],
    signatureTitle: root ? ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  };
}

export interface FullReport {
  report: Report;
  content: ReportContent;
  meta: DocumentMeta;
}

export async function fullReport(db: DB, report: Report): Promise<FullReport> {
  const [content, meta] = await Promise.all([buildContent(db, report), documentMeta(db, report)]);
  return { report, content, meta };
}
