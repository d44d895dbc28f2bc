import type { DB } from '../core/db/database.ts';
import { growth, perCapita, shareWith, total, type Formula } from './formula.ts';

export interface IndicatorDef {
  code: string;
  vi: string;
  en: string;
  /** '%', '%/năm' (growth), 'lượt', 'bản/người'… shown after the value. */
  unit: string;
  formula: Formula;
}

const PUBLIC_LIBRARIES = ['library_public_province', 'library_public_district', 'library_public_commune'];
const COMMUNITY_LIBRARIES = ['library_community', 'book_cabinet', 'reading_space'];
const UNI_SPEC = ['library_university', 'library_specialised'];
const EDUCATION = ['library_school', 'library_vocational', 'library_education_other'];
const MUSEUMS = ['museum_public', 'museum_non_public'];

/** The library groups the plans set LLL and IT targets for (Decision 1520 and the seeds). */
const LIBRARY_GROUPS: { suffix: string; kinds: string[]; vi: string; en: string }[] = [
  { suffix: 'PROVINCE', kinds: ['library_public_province'], vi: 'thư viện công cộng cấp tỉnh', en: 'provincial public libraries' },
  { suffix: 'DISTRICT', kinds: ['library_public_district'], vi: 'thư viện công cộng cấp huyện', en: 'district public libraries' },
  { suffix: 'COMMUNE', kinds: ['library_public_commune'], vi: 'thư viện công cộng cấp xã', en: 'commune public libraries' },
  { suffix: 'PUBLIC', kinds: PUBLIC_LIBRARIES, vi: 'thư viện công cộng (mọi cấp)', en: 'public libraries (all levels)' },
  {
    suffix: 'COMMUNITY',
    kinds: COMMUNITY_LIBRARIES,
    vi: 'thư viện tư nhân, cộng đồng, tủ sách, không gian đọc',
    en: 'community/private libraries, book cabinets, reading spaces',
  },
  { suffix: 'UNI_SPEC', kinds: UNI_SPEC, vi: 'thư viện đại học, chuyên ngành', en: 'university and specialised libraries' },
  { suffix: 'ARMED', kinds: ['library_armed_forces'], vi: 'thư viện lực lượng vũ trang', en: 'armed-forces libraries' },
  { suffix: 'EDU', kinds: EDUCATION, vi: 'thư viện cơ sở giáo dục', en: 'libraries of education institutions' },
];

export const BUILTIN_INDICATORS: readonly IndicatorDef[] = [
  ...LIBRARY_GROUPS.map((g) => ({
    code: `LIB_LLL_${g.suffix}`,
    vi: `Tỷ lệ ${g.vi} cung cấp dịch vụ học tập suốt đời`,
    en: `Share of ${g.en} providing lifelong-learning services`,
    unit: '%',
    formula: shareWith(g.kinds, 'provides_lll'),
  })),
  ...LIBRARY_GROUPS.map((g) => ({
    code: `LIB_IT_${g.suffix}`,
    vi: `Tỷ lệ ${g.vi} ứng dụng CNTT, chuyển đổi số`,
    en: `Share of ${g.en} applying IT and digital transformation`,
    unit: '%',
    formula: shareWith(g.kinds, 'applies_it'),
  })),
  {
    code: 'LIB_STANDARD_SCHOOL',
    vi: 'Tỷ lệ cơ sở giáo dục phổ thông có thư viện đạt chuẩn',
    en: 'Share of schools whose library meets the standard',
    unit: '%',
    formula: shareWith(['library_school'], 'meets_standard'),
  },
  {
    code: 'LIB_DIVERSE_PUBLIC',
    vi: 'Tỷ lệ thư viện công cộng có nguồn vốn tài liệu phong phú',
    en: 'Share of public libraries with a rich collection',
    unit: '%',
    formula: shareWith(PUBLIC_LIBRARIES, 'diverse_collection'),
  },
  {
    code: 'LIB_USERS_GROWTH',
    vi: 'Tăng trưởng lượt người sử dụng thư viện',
    en: 'Growth of library user visits',
    unit: '%/năm',
    formula: growth('LIB_VISITS'),
  },
  { code: 'LIB_LOANS_GROWTH', vi: 'Tăng trưởng lượt sách báo phục vụ', en: 'Growth of loans', unit: '%/năm', formula: growth('LIB_LOANS') },
  {
    code: 'LIB_ACQUISITIONS_GROWTH',
    vi: 'Tăng trưởng sách báo bổ sung mới',
    en: 'Growth of new acquisitions',
    unit: '%/năm',
    formula: growth('LIB_NEW_ACQUISITIONS'),
  },
  {
    code: 'LIB_ROTATIONS_GROWTH',
    vi: 'Tăng trưởng lượt luân chuyển sách về cơ sở',
    en: 'Growth of book rotations',
    unit: '%/năm',
    formula: growth('LIB_ROTATIONS'),
  },
  {
    code: 'LIB_USERS_SHARE',
    vi: 'Tỷ lệ người dân sử dụng thư viện',
    en: 'Share of the population using libraries',
    unit: '%',
    formula: perCapita('LIB_REGISTERED_USERS', 'total', 100),
  },
  {
    code: 'LIB_RURAL_REACH',
    vi: 'Tỷ lệ người dân nông thôn được tiếp cận thư viện',
    en: 'Share of rural residents reached',
    unit: '%',
    formula: perCapita('LIB_USERS_RURAL', 'rural', 100),
  },
  {
    code: 'LIB_DISADVANTAGED_REACH',
    vi: 'Tỷ lệ người dân vùng khó khăn được tiếp cận thư viện',
    en: 'Share of disadvantaged-area residents reached',
    unit: '%',
    formula: perCapita('LIB_USERS_DISADVANTAGED', 'disadvantaged', 100),
  },
  {
    code: 'LIB_BOOKS_PER_CAPITA',
    vi: 'Bản sách thư viện công cộng bình quân đầu người',
    en: 'Public-library books per person',
    unit: 'bản/người',
    formula: perCapita('LIB_HOLDINGS', 'total', 1, PUBLIC_LIBRARIES),
  },
  {
    code: 'LIB_READS_PER_CAPITA',
    vi: 'Số sách đọc bình quân mỗi người dân một năm',
    en: 'Books read per person per year',
    unit: 'cuốn/người',
    formula: perCapita('LIB_LOANS', 'total', 1),
  },
  {
    code: 'LIB_DIGITAL_COLLECTIONS',
    vi: 'Bộ sưu tập sản phẩm, dịch vụ trên nền tảng số',
    en: 'Digital collections built',
    unit: 'bộ',
    formula: total('LIB_DIGITAL_COLLECTIONS'),
  },
  {
    code: 'LIB_BOOK_EXHIBITIONS',
    vi: 'Cuộc trưng bày, triển lãm sách trong cộng đồng',
    en: 'Book exhibitions in the community',
    unit: 'cuộc',
    formula: total('LIB_BOOK_EXHIBITIONS'),
  },
  { code: 'LIB_COOPERATIONS', vi: 'Cuộc phối hợp với thư viện lớn', en: 'Cooperations with large libraries', unit: 'cuộc', formula: total('LIB_COOPERATIONS') },
  {
    code: 'COMM_ACTIVITIES',
    vi: 'Hoạt động truyền thông về học tập suốt đời',
    en: 'Communication activities',
    unit: 'hoạt động',
    formula: total('COMM_ACTIVITIES'),
  },
  {
    code: 'EVENTS_HELD',
    vi: 'Sự kiện, hoạt động học tập tổ chức trong năm',
    en: 'Learning events held in the year',
    unit: 'sự kiện',
    formula: total('EVENTS'),
  },
  {
    code: 'MUS_EDUCATION',
    vi: 'Tỷ lệ bảo tàng triển khai chương trình giáo dục cho công chúng',
    en: 'Share of museums running public education programmes',
    unit: '%',
    formula: shareWith(MUSEUMS, 'runs_education'),
  },
  {
    code: 'MUS_STUDY_VISITORS_GROWTH',
    vi: 'Tăng trưởng lượt khách chọn bảo tàng để nghiên cứu, học tập',
    en: 'Growth of visitors coming to study',
    unit: '%/năm',
    formula: growth('MUS_STUDY_VISITORS'),
  },
  {
    code: 'MUS_VISITORS_GROWTH',
    vi: 'Tăng trưởng lượt khách tham quan bảo tàng, nhà trưng bày',
    en: 'Growth of museum visitors',
    unit: '%/năm',
    formula: growth('MUS_VISITORS'),
  },
  {
    code: 'MUS_EXH_TRAVELLING',
    vi: 'Cuộc triển lãm lưu động trong năm',
    en: 'Travelling exhibitions per year',
    unit: 'cuộc',
    formula: total('MUS_EXH_TRAVELLING'),
  },
  { code: 'MUS_EXH_THEMATIC', vi: 'Cuộc triển lãm chuyên đề trong năm', en: 'Thematic exhibitions per year', unit: 'cuộc', formula: total('MUS_EXH_THEMATIC') },
  {
    code: 'CC_CREATIVE',
    vi: 'Tỷ lệ trung tâm văn hóa cấp tỉnh, huyện tổ chức, hỗ trợ hoạt động sáng tạo',
    en: 'Share of provincial and district cultural centres supporting creative activities',
    unit: '%',
    formula: shareWith(['culture_centre_province', 'culture_centre_district'], 'supports_creative'),
  },
  {
    code: 'CC_CLUBS_COMMUNE',
    vi: 'Tỷ lệ trung tâm văn hóa xã, nhà văn hóa thôn có CLB, lớp năng khiếu hoạt động thường xuyên',
    en: 'Share of commune centres and village houses with regular clubs',
    unit: '%',
    formula: shareWith(['culture_centre_commune', 'village_cultural_house'], 'regular_clubs'),
  },
  {
    code: 'CC_CLUBS_DISTRICT_VILLAGE',
    vi: 'Tỷ lệ trung tâm văn hóa huyện, nhà văn hóa thôn có CLB, lớp năng khiếu hoạt động thường xuyên',
    en: 'Share of district centres and village houses with regular clubs',
    unit: '%',
    formula: shareWith(['culture_centre_district', 'village_cultural_house'], 'regular_clubs'),
  },
];

export interface Indicator {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  formula: Formula;
  /** From this day off the dashboards (the years before still read); null or absent while in use. */
  retiredOn?: string | null;
  builtin?: boolean;
}

/** Whether an indicator is shown for a year: not retired, or retired after that year began. */
export const inForceIn = (i: Pick<Indicator, 'retiredOn'>, year: number): boolean => !i.retiredOn || i.retiredOn > `${year}-01-01`;

export async function installBuiltinIndicators(db: DB): Promise<void> {
  const existing = new Set((await db.selectFrom('indicators').select('code').execute()).map((r) => r.code));
  const missing = BUILTIN_INDICATORS.map((d, i) => ({ d, i })).filter(({ d }) => !existing.has(d.code));
  if (missing.length === 0) return;
  await db
    .insertInto('indicators')
    .values(
      missing.map(({ d, i }) => ({ code: d.code, name_vi: d.vi, name_en: d.en, formula: JSON.stringify(d.formula), unit_label: d.unit, builtin: 1, sort: i })),
    )
    .execute();
}

export async function listIndicators(db: DB): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().orderBy('sort').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    unit: r.unit_label,
    formula: JSON.parse(r.formula) as Formula,
    retiredOn: r.retired_on,
    builtin: r.builtin === 1,
  }));
}
