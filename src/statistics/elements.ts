import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import type { Sector } from '../network/catalogue.ts';
import { statisticsErrors as E } from './messages.ts';

export type PeriodType = 'month' | 'year';

export interface ElementDef {
  code: string;
  vi: string;
  en: string;
  sector: Sector | 'common';
  /** Flows (visits, loans) are counted per month; stocks (holdings, clubs) once a year. */
  periodType: PeriodType;
}

/** Every count the plans name. Admins may add more (`data_elements.builtin = 0`). */
export const BUILTIN_ELEMENTS: readonly ElementDef[] = [
  { code: 'LIB_VISITS', vi: 'Lượt người sử dụng thư viện', en: 'Library user visits', sector: 'library', periodType: 'month' },
  { code: 'LIB_REGISTERED_USERS', vi: 'Số người dân đăng ký sử dụng thư viện', en: 'Registered library users', sector: 'library', periodType: 'year' },
  {
    code: 'LIB_USERS_RURAL',
    vi: 'Người dân nông thôn được tiếp cận dịch vụ thư viện',
    en: 'Rural residents reached by library services',
    sector: 'library',
    periodType: 'year',
  },
  {
    code: 'LIB_USERS_DISADVANTAGED',
    vi: 'Người dân vùng khó khăn được tiếp cận dịch vụ thư viện',
    en: 'Disadvantaged-area residents reached',
    sector: 'library',
    periodType: 'year',
  },
  { code: 'LIB_LOANS', vi: 'Lượt sách báo phục vụ bạn đọc', en: 'Loans (items served to readers)', sector: 'library', periodType: 'month' },
  { code: 'LIB_NEW_ACQUISITIONS', vi: 'Bản sách, báo, tạp chí bổ sung mới', en: 'New acquisitions', sector: 'library', periodType: 'month' },
  { code: 'LIB_HOLDINGS', vi: 'Vốn tài liệu (bản)', en: 'Holdings (copies)', sector: 'library', periodType: 'year' },
  { code: 'LIB_ROTATIONS', vi: 'Lượt luân chuyển sách báo về cơ sở', en: 'Book rotations to the grassroots', sector: 'library', periodType: 'month' },
  { code: 'LIB_MOBILE_TRIPS', vi: 'Chuyến thư viện lưu động', en: 'Mobile-library trips', sector: 'library', periodType: 'month' },
  { code: 'LIB_DIGITAL_RESOURCES', vi: 'Tài nguyên số, học liệu mở', en: 'Digital and open learning resources', sector: 'library', periodType: 'year' },
  {
    code: 'LIB_DIGITAL_COLLECTIONS',
    vi: 'Bộ sưu tập sản phẩm, dịch vụ trên nền tảng số',
    en: 'Digital collections of products and services',
    sector: 'library',
    periodType: 'year',
  },
  {
    code: 'LIB_BOOK_EXHIBITIONS',
    vi: 'Cuộc trưng bày, triển lãm sách trong cộng đồng',
    en: 'Book exhibitions in the community',
    sector: 'library',
    periodType: 'month',
  },
  { code: 'LIB_COOPERATIONS', vi: 'Cuộc phối hợp với thư viện lớn', en: 'Cooperations with large libraries', sector: 'library', periodType: 'year' },
  { code: 'MUS_VISITORS', vi: 'Lượt khách tham quan bảo tàng', en: 'Museum visitors', sector: 'museum', periodType: 'month' },
  { code: 'MUS_STUDENT_VISITORS', vi: 'Lượt khách là học sinh, sinh viên', en: 'Student visitors', sector: 'museum', periodType: 'month' },
  {
    code: 'MUS_STUDY_VISITORS',
    vi: 'Lượt khách chọn bảo tàng để nghiên cứu, học tập',
    en: 'Visitors coming to study or research',
    sector: 'museum',
    periodType: 'month',
  },
  { code: 'MUS_EXH_TRAVELLING', vi: 'Cuộc triển lãm lưu động', en: 'Travelling exhibitions', sector: 'museum', periodType: 'month' },
  { code: 'MUS_EXH_THEMATIC', vi: 'Cuộc triển lãm chuyên đề', en: 'Thematic exhibitions', sector: 'museum', periodType: 'month' },
  { code: 'MUS_EXH_VIRTUAL', vi: 'Triển lãm ảo, trưng bày trên không gian số', en: 'Virtual exhibitions', sector: 'museum', periodType: 'month' },
  { code: 'MUS_EDU_PROGRAMMES', vi: 'Chương trình giáo dục tổ chức', en: 'Education programmes held', sector: 'museum', periodType: 'month' },
  {
    code: 'CUL_CLUBS',
    vi: 'Lớp năng khiếu, câu lạc bộ, nhóm sở thích',
    en: 'Clubs, talent classes and interest groups',
    sector: 'culture',
    periodType: 'year',
  },
  { code: 'CUL_CLUB_MEMBERS', vi: 'Thành viên câu lạc bộ, lớp năng khiếu', en: 'Club and class members', sector: 'culture', periodType: 'year' },
  {
    code: 'CUL_CLUB_ATTENDANCE',
    vi: 'Lượt thành viên sinh hoạt câu lạc bộ, lớp năng khiếu',
    en: 'Attendances at club and class sessions',
    sector: 'culture',
    periodType: 'month',
  },
  { code: 'EVENTS', vi: 'Sự kiện, hoạt động tổ chức', en: 'Events held', sector: 'common', periodType: 'month' },
  { code: 'EVENT_PARTICIPANTS', vi: 'Lượt người tham gia sự kiện', en: 'Event participants', sector: 'common', periodType: 'month' },
  { code: 'COMM_ACTIVITIES', vi: 'Hoạt động truyền thông, tuyên truyền', en: 'Communication activities', sector: 'common', periodType: 'month' },
  { code: 'TRAINING_COURSES', vi: 'Lớp đào tạo, tập huấn', en: 'Training courses', sector: 'common', periodType: 'month' },
  { code: 'TRAINEES', vi: 'Lượt người được đào tạo, tập huấn', en: 'Trainees', sector: 'common', periodType: 'month' },
  { code: 'DONATIONS_MONEY', vi: 'Kinh phí xã hội hóa, tài trợ (đồng)', en: 'Donations and sponsorship (VND)', sector: 'common', periodType: 'month' },
  { code: 'DONATIONS_BOOKS', vi: 'Sách được quyên góp, tặng', en: 'Donated books', sector: 'common', periodType: 'month' },
  { code: 'COMMENDATIONS', vi: 'Khen thưởng tập thể, cá nhân', en: 'Commendations of collectives and individuals', sector: 'common', periodType: 'year' },
];

export interface DataElement {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  sector: string;
  periodType: PeriodType;
  /** From this day no longer asked for (its values stay); null or absent while in use. */
  retiredOn?: string | null;
}

export async function listElements(db: DB): Promise<DataElement[]> {
  const rows = await db.selectFrom('data_elements').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    sector: r.sector,
    periodType: r.period_type as PeriodType,
    retiredOn: r.retired_on,
  }));
}

/** A data element as an admin defines it (the API's `DataElement`). */
export type NewElement = Omit<DataElement, 'id' | 'retiredOn'>;

/** Adds a data element beyond the built-in ones: system admins only (403); a code taken is refused (409). Audited. */
export async function addElement(db: DB, who: Principal, e: NewElement): Promise<NewElement> {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  return inTransaction(db, async (trx) => {
    if (await trx.selectFrom('data_elements').select('id').where('code', '=', e.code).executeTakeFirst())
      throw new UserError(E.elementCodeTaken({ code: e.code }), 409, [{ field: 'code', said: E.alreadyExists() }]);
    await trx
      .insertInto('data_elements')
      .values({ code: e.code, name_vi: e.nameVi, name_en: e.nameEn, sector: e.sector, period_type: e.periodType, builtin: 0 })
      .execute();
    await audit(trx, { userId: who.userId, action: 'create', entity: 'data_element', key: e.code, newValue: e });
    return e;
  });
}

export async function installBuiltinElements(db: DB): Promise<void> {
  const existing = new Set((await db.selectFrom('data_elements').select('code').execute()).map((r) => r.code));
  const missing = BUILTIN_ELEMENTS.filter((e) => !existing.has(e.code));
  if (missing.length === 0) return;
  await db
    .insertInto('data_elements')
    .values(missing.map((e) => ({ code: e.code, name_vi: e.vi, name_en: e.en, sector: e.sector, period_type: e.periodType, builtin: 1 })))
    .execute();
}
