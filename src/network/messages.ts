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
  // the administration of institutions (network/institution-edits.ts, issue 19): E2060…
  institutionInvalid: { code: 'E2060', vi: 'Thông tin cơ sở chưa hợp lệ; chưa có gì được lưu.', en: 'The institution is not valid; nothing was saved.' },
  nameLength: { code: 'E2061', vi: 'Tên cơ sở cần từ 3 đến 300 ký tự', en: 'The name needs 3 to 300 characters' },
  latitudeRange: { code: 'E2062', vi: 'Vĩ độ là một số từ -90 đến 90 (ví dụ 21,0285)', en: 'Latitude is a number from -90 to 90' },
  longitudeRange: { code: 'E2063', vi: 'Kinh độ là một số từ -180 đến 180 (ví dụ 105,8542)', en: 'Longitude is a number from -180 to 180' },
  unitNotOnDate: {
    code: 'E2064',
    vi: 'Đơn vị {unit} không tồn tại vào ngày {date}: chọn đơn vị có hiệu lực vào ngày chuyển',
    en: '{unit} did not exist on {date}: choose a unit in force on the day of the move',
  },
  moveBeforeMembership: {
    code: 'E2065',
    vi: 'Ngày chuyển phải sau ngày {date}, khi cơ sở bắt đầu thuộc đơn vị hiện tại',
    en: 'The move must be after {date}, when it joined its current unit',
  },
  valuesAfterClosing: {
    code: 'E2066',
    vi: 'Cơ sở còn {n} số liệu sau ngày {date} (muộn nhất: kỳ {period}): không thể đóng cửa từ ngày này',
    en: 'It has {n} values after {date} (the latest for {period}): it cannot close from that day',
  },
  alreadyClosed: { code: 'E2067', vi: 'Cơ sở đã đóng cửa từ ngày {date}', en: 'It closed on {date}' },
  closedNoMove: { code: 'E2068', vi: 'Cơ sở đã đóng cửa: không chuyển được', en: 'It is closed: it cannot move' },
  dateNeeded: { code: 'E2069', vi: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 01/07/2025', en: 'A date as dd/mm/yyyy, e.g. 01/07/2025' },
  sameUnit: { code: 'E2070', vi: 'Cơ sở đã thuộc đơn vị này', en: 'It already belongs to this unit' },
  closeBeforeMembership: {
    code: 'E2071',
    vi: 'Ngày đóng cửa phải sau ngày {date}, khi cơ sở bắt đầu thuộc đơn vị hiện tại',
    en: 'The closing day must be after {date}, when it joined its current unit',
  },
  unitOutsideScope: { code: 'E2072', vi: 'Đơn vị này nằm ngoài phạm vi bạn quản lý', en: 'This unit is outside your responsibility' },
  unitNotFoundByName: {
    code: 'E2073',
    vi: 'Không tìm thấy đơn vị "{typed}": gõ tên đơn vị (không dấu cũng được) và chọn trong danh sách',
    en: 'No unit "{typed}": type its name and pick it from the list',
  },
  unitAmbiguous: {
    code: 'E2074',
    vi: 'Có {n} đơn vị tên "{typed}": chọn một đơn vị trong danh sách',
    en: '{n} units are called "{typed}": pick one from the list',
  },
  codeFormat: {
    code: 'E2075',
    vi: 'Mã gồm 2–60 chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới',
    en: '2–60 letters, digits, dots, dashes or underscores',
  },
});

/** The administration of institutions (`/quan-tri/co-so`, network/institution-pages.tsx). */
export const institutionAdminText = texts({
  title: { vi: 'Cơ sở', en: 'Institutions' },
  intro: {
    vi: 'Tìm, thêm và sửa các cơ sở; chuyển cơ sở sang đơn vị khác hoặc đóng cửa từ một ngày (lịch sử được giữ lại).',
    en: 'Find, add and edit institutions; move one to another unit or close it from a day (its history stays).',
  },
  search: { vi: 'Tìm theo tên', en: 'Search by name' },
  searchHint: { vi: 'Gõ một phần tên, không dấu cũng được.', en: 'Type part of the name; diacritics are optional.' },
  searchButton: { vi: 'Tìm', en: 'Search' },
  found: { vi: 'Tìm thấy {n} cơ sở', en: '{n} institutions found' },
  foundMore: { vi: 'Hiện {shown} trong {n} cơ sở: gõ thêm để thu hẹp', en: 'Showing {shown} of {n}: type more to narrow' },
  none: { vi: 'Không có cơ sở nào khớp.', en: 'No institution matches.' },
  colName: { vi: 'Tên', en: 'Name' },
  colKind: { vi: 'Loại', en: 'Kind' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colState: { vi: 'Tình trạng', en: 'State' },
  open: { vi: 'Đang hoạt động', en: 'Open' },
  closedOn: { vi: 'Đóng cửa từ {date}', en: 'Closed from {date}' },
  add: { vi: 'Thêm cơ sở', en: 'Add an institution' },
  code: { vi: 'Mã cơ sở', en: 'Code' },
  codeHint: { vi: 'Mã dùng trong tệp nhập liệu, ví dụ TV-HN-001.', en: 'The code used in import files, e.g. TV-HN-001.' },
  name: { vi: 'Tên cơ sở', en: 'Name' },
  kind: { vi: 'Loại cơ sở', en: 'Kind' },
  ownership: { vi: 'Hình thức sở hữu', en: 'Ownership' },
  ownershipPublic: { vi: 'Công lập', en: 'Public' },
  ownershipNonPublic: { vi: 'Ngoài công lập', en: 'Non-public' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  contact: { vi: 'Liên hệ (điện thoại, thư điện tử)', en: 'Contact (phone, e-mail)' },
  openingHours: { vi: 'Giờ mở cửa', en: 'Opening hours' },
  openingHoursHint: { vi: 'Ví dụ: Thứ Hai – Thứ Sáu, 7:30 – 17:00', en: 'E.g. Monday – Friday, 7:30 – 17:00' },
  latitude: { vi: 'Vĩ độ', en: 'Latitude' },
  longitude: { vi: 'Kinh độ', en: 'Longitude' },
  locationHint: { vi: 'Vị trí trên bản đồ, ví dụ vĩ độ 21,0285 và kinh độ 105,8542 (có thể để trống).', en: 'The map location (optional).' },
  unit: { vi: 'Thuộc đơn vị', en: 'Unit' },
  unitHint: { vi: 'Gõ tên đơn vị (không dấu cũng được) rồi chọn trong danh sách.', en: 'Type the unit name and pick it from the list.' },
  since: { vi: 'Thuộc đơn vị từ ngày', en: 'In the unit from' },
  save: { vi: 'Lưu', en: 'Save' },
  added: { vi: 'Đã thêm cơ sở.', en: 'Institution added.' },
  saved: { vi: 'Đã lưu thông tin cơ sở.', en: 'Saved.' },
  moved: { vi: 'Đã chuyển cơ sở sang đơn vị mới.', en: 'The institution moved.' },
  closed: { vi: 'Đã ghi nhận cơ sở đóng cửa.', en: 'The institution is closed.' },
  details: { vi: 'Thông tin cơ sở', en: 'Details' },
  move: { vi: 'Chuyển sang đơn vị khác', en: 'Move to another unit' },
  moveIntro: {
    vi: 'Từ ngày chuyển, cơ sở thuộc đơn vị mới; số liệu trước ngày đó vẫn tính cho đơn vị cũ.',
    en: 'From the day of the move it belongs to the new unit; its earlier values stay with the old one.',
  },
  newUnit: { vi: 'Đơn vị mới', en: 'New unit' },
  from: { vi: 'Từ ngày', en: 'From' },
  moveButton: { vi: 'Chuyển đơn vị', en: 'Move' },
  close: { vi: 'Đóng cửa cơ sở', en: 'Close the institution' },
  closeIntro: {
    vi: 'Từ ngày đóng cửa, cơ sở không còn thuộc đơn vị nào và không còn được đếm; số liệu trước đó được giữ lại.',
    en: 'From the closing day it belongs to no unit and is no longer counted; its earlier values stay.',
  },
  closeOn: { vi: 'Đóng cửa từ ngày', en: 'Closed from' },
  closeButton: { vi: 'Đóng cửa', en: 'Close' },
  dateHint: { vi: 'Ngày/tháng/năm, ví dụ 01/07/2025.', en: 'dd/mm/yyyy, e.g. 01/07/2025.' },
  history: { vi: 'Lịch sử thuộc đơn vị', en: 'Unit history' },
  historyFrom: { vi: 'Từ ngày', en: 'From' },
  historyTo: { vi: 'Đến ngày', en: 'Until' },
  now: { vi: 'nay', en: 'now' },
  thereIsAProblem: { vi: 'Có vấn đề cần sửa', en: 'There is a problem' },
  back: { vi: 'Danh sách cơ sở', en: 'All institutions' },
  edit: { vi: 'Sửa {name}', en: 'Edit {name}' },
  unitUntil: { vi: 'đến {date}', en: 'until {date}' },
  unitSince: { vi: 'từ {date}', en: 'since {date}' },
});
