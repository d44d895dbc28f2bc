/**
 * The built-in kinds of institution (DOMAIN.md, "The network") and the yearly status
 * attributes that the programme's targets count.
 */
export type Sector = 'library' | 'museum' | 'culture' | 'service_point';

export interface KindDef {
  code: string;
  sector: Sector;
  vi: string;
  en: string;
}

export const KINDS: readonly KindDef[] = [
  { code: 'library_public_province', sector: 'library', vi: 'Thư viện công cộng cấp tỉnh', en: 'Provincial public library' },
  { code: 'library_public_district', sector: 'library', vi: 'Thư viện công cộng cấp huyện', en: 'District public library' },
  { code: 'library_public_commune', sector: 'library', vi: 'Thư viện công cộng cấp xã', en: 'Commune public library' },
  {
    code: 'library_community',
    sector: 'library',
    vi: 'Thư viện cộng đồng, tư nhân có phục vụ cộng đồng',
    en: 'Community or private library serving the public',
  },
  { code: 'book_cabinet', sector: 'library', vi: 'Tủ sách, phòng đọc cơ sở', en: 'Book cabinet or village reading room' },
  { code: 'reading_space', sector: 'library', vi: 'Không gian đọc cơ sở', en: 'Grassroots reading space' },
  { code: 'library_university', sector: 'library', vi: 'Thư viện đại học', en: 'University library' },
  { code: 'library_specialised', sector: 'library', vi: 'Thư viện chuyên ngành', en: 'Specialised library' },
  { code: 'library_armed_forces', sector: 'library', vi: 'Thư viện lực lượng vũ trang', en: 'Armed-forces library' },
  { code: 'library_school', sector: 'library', vi: 'Thư viện cơ sở giáo dục phổ thông', en: 'School library' },
  { code: 'library_vocational', sector: 'library', vi: 'Thư viện cơ sở giáo dục nghề nghiệp', en: 'Vocational-school library' },
  { code: 'library_education_other', sector: 'library', vi: 'Thư viện cơ sở giáo dục khác', en: 'Library of another education institution' },
  { code: 'museum_public', sector: 'museum', vi: 'Bảo tàng công lập', en: 'Public museum' },
  { code: 'museum_non_public', sector: 'museum', vi: 'Bảo tàng ngoài công lập', en: 'Non-public museum' },
  { code: 'relic_display', sector: 'museum', vi: 'Di tích, nhà truyền thống có trưng bày', en: 'Relic site or tradition house with displays' },
  { code: 'culture_centre_province', sector: 'culture', vi: 'Trung tâm văn hóa cấp tỉnh', en: 'Provincial cultural centre' },
  { code: 'culture_centre_district', sector: 'culture', vi: 'Trung tâm văn hóa, thể thao cấp huyện', en: 'District culture-sports centre' },
  { code: 'culture_centre_commune', sector: 'culture', vi: 'Trung tâm văn hóa, thể thao cấp xã', en: 'Commune culture-sports centre' },
  { code: 'village_cultural_house', sector: 'culture', vi: 'Nhà văn hóa - khu thể thao thôn', en: 'Village cultural house and sports area' },
  { code: 'community_learning_centre', sector: 'service_point', vi: 'Trung tâm học tập cộng đồng', en: 'Community learning centre' },
  { code: 'post_office_cultural_point', sector: 'service_point', vi: 'Điểm bưu điện - văn hóa xã', en: 'Commune post-office cultural point' },
  { code: 'legal_bookcase', sector: 'service_point', vi: 'Tủ sách pháp luật', en: 'Legal bookcase' },
];

export interface AttributeDef {
  code: string;
  vi: string;
  en: string;
  /** The sectors whose institutions the status is asked of (as the indicators read it); absent: every sector. */
  sectors?: readonly Sector[];
}

export const ATTRIBUTES: readonly AttributeDef[] = [
  { code: 'provides_lll', vi: 'Cung cấp dịch vụ phục vụ học tập suốt đời', en: 'Provides lifelong-learning services' },
  { code: 'applies_it', vi: 'Ứng dụng CNTT và chuyển đổi số trong quản lý, tổ chức hoạt động', en: 'Applies IT and digital transformation' },
  { code: 'meets_standard', vi: 'Thư viện đạt chuẩn', en: 'Library meets the standard', sectors: ['library'] },
  { code: 'diverse_collection', vi: 'Nguồn vốn tài liệu phong phú, đa dạng', en: 'Rich and diverse collection', sectors: ['library'] },
  {
    code: 'regular_clubs',
    vi: 'Có lớp năng khiếu, câu lạc bộ, nhóm sở thích hoạt động thường xuyên',
    en: 'Holds talent classes, clubs or interest groups regularly',
    sectors: ['culture'],
  },
  {
    code: 'supports_creative',
    vi: 'Tổ chức, hỗ trợ hoạt động sáng tạo và hưởng thụ văn hóa nghệ thuật',
    en: 'Supports creative and artistic activities',
    sectors: ['culture'],
  },
  { code: 'runs_education', vi: 'Xây dựng và triển khai chương trình giáo dục cho công chúng', en: 'Runs public education programmes', sectors: ['museum'] },
];

/** Whether the status `code` is asked of an institution of `sector` (a status the catalogue does not know: of every one). */
export const attributeOffered = (code: string, sector: Sector | undefined): boolean => {
  const sectors = ATTRIBUTES.find((a) => a.code === code)?.sectors;
  return !sectors || (sector !== undefined && sectors.includes(sector));
};

export const OWNERSHIPS = ['public', 'non_public'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
