import { errors, texts, type Lang } from '../core/i18n/index.ts';

/** What the network's pages and summaries say: the levels of the administrative map. */
export const networkText = texts({
  levelNation: { vi: 'cả nước', en: 'nation' },
  levelProvince: { vi: 'tỉnh', en: 'province' },
  levelDistrict: { vi: 'huyện', en: 'district' },
  levelCommune: { vi: 'xã', en: 'commune' },
  oldMapFile: { vi: 'bản đồ 3 cấp trước 1/7/2025 (vn-units-2025-06-3level.json)', en: 'the 3-level map before 1/7/2025 (vn-units-2025-06-3level.json)' },
  mergedInto: { vi: 'đã sáp nhập vào {units}', en: 'merged into {units}' },
  endedOn: { vi: 'đã kết thúc ngày {date}', en: 'ended on {date}' },
  newMapFile: { vi: 'bản đồ 2 cấp từ 1/7/2025 (vn-units-2025-07-2level.json)', en: 'the 2-level map from 1/7/2025 (vn-units-2025-07-2level.json)' },
});

const LEVELS = { nation: 'levelNation', province: 'levelProvince', district: 'levelDistrict', commune: 'levelCommune' } as const;

/** A unit level ('province', …) in the reader's words; an unknown level as it is. */
export const levelName = (lang: Lang, level: string): string => {
  const key = LEVELS[level as keyof typeof LEVELS];
  return key ? networkText(lang)[key] : level;
};

/** The network's errors (E20xx): units, institutions, their registry and the map import. */
export const networkErrors = errors({
  unitNotFound: { code: 'E2001', vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
  unknownUnitCode: { code: 'E2002', vi: 'Không có đơn vị mã "{unit}".', en: 'Unknown unit "{unit}".' },
  institutionNotFound: { code: 'E2003', vi: 'Không tìm thấy cơ sở.', en: 'Institution not found.' },
  unknownInstitutionCode: { code: 'E2004', vi: 'Không có cơ sở mã "{institution}".', en: 'Unknown institution "{institution}".' },
  notFound: { code: 'E2005', vi: 'Không tìm thấy', en: 'Not found' },
  unknownKind: { code: 'E2006', vi: 'Loại cơ sở "{kind}" không có trong danh mục.', en: 'Institution kind "{kind}" is not in the catalogue.' },
  invalidKind: { code: 'E2007', vi: 'Loại cơ sở không hợp lệ', en: 'Invalid institution kind' },
  invalidOwnership: { code: 'E2008', vi: 'Hình thức sở hữu "{ownership}" không hợp lệ.', en: 'Invalid ownership "{ownership}".' },
  ownerships: { code: 'E2009', vi: 'Dùng public (công lập) hoặc non_public (ngoài công lập)', en: 'Use public or non_public' },
  noSuchUnit: { code: 'E2010', vi: 'Đơn vị hành chính không tồn tại.', en: 'The administrative unit does not exist.' },
  unitMissing: { code: 'E2011', vi: 'Không tìm thấy đơn vị', en: 'Unit not found' },
  institutionCodeTaken: { code: 'E2012', vi: 'Mã cơ sở "{code}" đã được dùng.', en: 'Institution code "{code}" is already used.' },
  codeTaken: { code: 'E2013', vi: 'Mã đã tồn tại', en: 'Code already exists' },
  unknownAttribute: { code: 'E2014', vi: 'Thuộc tính "{attribute}" không có trong danh mục.', en: 'Attribute "{attribute}" is not in the catalogue.' },
  invalid: { code: 'E2015', vi: 'Không hợp lệ', en: 'Invalid' },
  mapShape: {
    code: 'E2016',
    vi: 'Tệp {file} không đúng dạng: cần một mảng JSON: bản đồ 3 cấp (tỉnh có "District" → "Ward"), bản đồ 2 cấp (tỉnh có "Wards") hoặc danh sách sáp nhập ("ma", "ten", "magoc", "truocsapnhap").',
    en: '{file} has an unknown shape: expected a JSON array: a 3-level map (provinces with "District" → "Ward"), a 2-level map (provinces with "Wards") or a merger list ("ma", "ten", "magoc", "truocsapnhap").',
  },
  mergerEntryIncomplete: { code: 'E2017', vi: 'thiếu mã, mã gốc hoặc nội dung sáp nhập', en: 'code, original code or merger text missing' },
  mapUnitIncomplete: { code: 'E2018', vi: 'thiếu mã (Code) hoặc tên (Name)', en: 'Code or Name missing' },
  mapNotAList: { code: 'E2019', vi: 'cần một mảng hoặc null', en: 'expected an array or null' },
  mapCodeRepeated: { code: 'E2020', vi: 'mã {code} ({levelVi}) lặp lại', en: 'code {code} ({levelEn}) repeated' },
  mapFileProblems: { code: 'E2021', vi: 'Tệp {file} có {n} lỗi, không nạp gì.', en: '{file} has {n} problems; nothing was imported.' },
  mapDate: { code: 'E2022', vi: 'Ngày "{date}" không hợp lệ: cần YYYY-MM-DD.', en: 'Invalid date "{date}": expected YYYY-MM-DD.' },
  mapUnreadable: { code: 'E2023', vi: 'Không đọc được tệp {file}.', en: 'Cannot read {file}: {detail}' },
  mapNotJson: { code: 'E2024', vi: 'Tệp {file} không phải JSON hợp lệ: {detail}', en: '{file} is not valid JSON: {detail}' },
  unitCodesTaken: { code: 'E2025', vi: 'Mã đơn vị đã được dùng cho đơn vị khác: {codes}.', en: 'Unit codes already used by other units: {codes}.' },
  mergersNeedMaps: {
    code: 'E2026',
    vi: 'Danh sách sáp nhập nối đơn vị cũ với đơn vị mới: cần nạp trước {missing}.',
    en: 'The merger list links the units of the old map to those of the new one: import both maps first (3-level, then 2-level, in any order).',
  },
  notWritable: {
    code: 'E2027',
    vi: 'Bạn không có quyền ghi dữ liệu của {institution} cho {periodVi}: khi đó cơ sở không thuộc phạm vi quản lý của bạn (theo bản đồ hành chính của thời kỳ ấy).',
    en: "You may not write the data of {institution} for {periodEn}: it was not within your responsibility then (on that period's administrative map).",
  },
  // evidence files of status attributes (network/evidence.ts)
  evidenceEmpty: { code: 'E2028', vi: 'Tệp "{file}" rỗng.', en: 'The file "{file}" is empty.' },
  evidenceTooLarge: {
    code: 'E2029',
    vi: 'Tệp "{file}" nặng {size}, quá giới hạn {max}: hãy nén hoặc chụp lại với độ phân giải thấp hơn.',
    en: 'The file "{file}" is {sizeEn}, over the limit of {maxEn}: compress it or scan it at a lower resolution.',
  },
  evidenceType: {
    code: 'E2030',
    vi: 'Tệp "{file}" không phải PDF, ảnh JPEG hay PNG: chỉ nhận các loại tệp này làm minh chứng.',
    en: 'The file "{file}" is not a PDF, JPEG or PNG: only these are taken as evidence.',
  },
  evidenceNeedsStatus: {
    code: 'E2031',
    vi: 'Chọn đánh giá (Có hoặc Không) trước khi đính kèm minh chứng.',
    en: 'Choose the status (Yes or No) before attaching evidence.',
  },
  attributesInvalid: { code: 'E2032', vi: 'Có tệp minh chứng không nhận được; chưa có gì được lưu.', en: 'Some evidence file was refused; nothing was saved.' },
  evidenceNotFound: { code: 'E2033', vi: 'Không có tệp minh chứng này.', en: 'No such evidence file.' },
});
