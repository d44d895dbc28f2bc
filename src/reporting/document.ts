import type { DB } from '../core/db/database.ts';
import { unitById, type Unit } from '../network/units.ts';
import { buildContent, type ReportContent } from './content.ts';
import type { Report } from './reports.ts';
import { localDate, todayLocal } from '../core/time.ts';
import { documentText } from './messages.ts';

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
  /** The signer's full name, when the report gives it: the document then prints it instead of the form's instruction. */
  signerName: string | null;
}

/** The decree's form is Vietnamese, whoever prints it. */
const D = documentText('vi');

const LEVEL: Record<string, string> = { nation: '', province: D.levelProvince, district: D.levelDistrict, commune: D.levelCommune };
const upperName = (u: Unit) => (u.fullName ?? `${LEVEL[u.level] ?? ''} ${u.name}`).trim().toLocaleUpperCase('vi');

/** Where the report goes, as the seeds say it: the unit above, through its culture office. */
function recipient(parent: Unit | undefined, root: boolean): string {
  if (root || !parent) return D.toPrimeMinister;
  if (parent.level === 'nation') return D.toMinistry;
  const via = parent.level === 'province' ? D.viaDepartment : parent.level === 'district' ? D.viaOffice : '';
  const name = parent.fullName ? parent.fullName.charAt(0).toLocaleLowerCase('vi') + parent.fullName.slice(1) : parent.name;
  return D.toCommittee({ unit: name, via });
}

/** `ngày 01 tháng 12 năm 2024`, of a date or a stored instant (its day in Vietnam). */
export function dateText(iso: string): string {
  const [y = '', m = '', d = ''] = localDate(iso).split('-');
  return D.date({ d, m, y });
}

/**
 * "Số: 12/BC-UBND". A number typed with its own symbol ("120/BC-SVHTTDL", the office that drafted it) is the
 * whole number: the form prints it as typed, without a second suffix.
 */
export function documentNumber(typed: string | null, issuer: string): string {
  const n = typed?.trim().replace(/^(số|so|no\.?)\s*:?\s*/i, '') ?? '';
  if (n.includes('/')) return D.numberWhole({ number: n });
  return D.number({ number: n || '      ', issuer });
}

export async function documentMeta(
  db: DB,
  report: Pick<Report, 'unit' | 'year' | 'cycle' | 'number' | 'submittedAt'> & { narrative?: Pick<Report['narrative'], 'signerTitle' | 'signerName'> },
  today: string = todayLocal(),
): Promise<DocumentMeta> {
  const { unit, year, cycle } = report;
  const parent = unit.parentId !== null ? await unitById(db, unit.parentId) : undefined;
  const root = unit.level === 'nation';
  const issuer = root ? D.ministry : D.peoplesCommittee({ unit: upperName(unit) });
  const period = { from: cycle.periodFrom, to: year };
  const titleLines = (report.narrative?.signerTitle ?? '')
    .split(/\r?\n|\s*\/\s*/)
    .map((l) => l.trim().toLocaleUpperCase('vi'))
    .filter(Boolean);
  const review = cycle.review === 'preliminary' ? D.preliminaryReview(period) : cycle.review === 'final' ? D.finalReview(period) : '';
  return {
    superior: null,
    issuer,
    number: documentNumber(report.number, root ? 'BVHTTDL' : 'UBND'),
    place: unit.name,
    dateText: dateText(report.submittedAt ?? today),
    subject: D.subject({ programme: D.programme, year, review }),
    recipients: [recipient(parent, root), D.archive],
    signatureTitle: [root ? D.signMinistry1 : D.signCommittee1, ...(titleLines.length ? titleLines : [root ? D.signMinistry2 : D.signCommittee2])],
    signerName: report.narrative?.signerName.trim() || null,
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
