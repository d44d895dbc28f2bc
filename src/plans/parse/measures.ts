/**
 * What a target measures, read from the words around its value (folded text), and the
 * built-in indicator (src/indicators/catalogue.ts) it maps to. Patterns tolerate the OCR
 * damage the folded form could not undo (`luc lugng`, `dat chuen`, `luon chuyen`).
 */
export interface Kinds {
  sector: 'library' | 'museum' | 'culture' | null;
  /** Network kind codes (src/network/catalogue.ts), in the order named. */
  kinds: string[];
  /** Library groups of the catalogue (PROVINCE, DISTRICT, …), in the order named. */
  groups: string[];
  level: string | null;
}

const LIB: { re: RegExp; group: string; kinds: string[]; level: string | null }[] = [
  { re: /thu vien (?:cong cong )?(?:cap )?(?:tinh|thanh ph[oe])\b/, group: 'PROVINCE', kinds: ['library_public_province'], level: 'province' },
  { re: /thu vien (?:cong cong )?(?:cap )?(?:huyen|quan|thi xa)\b/, group: 'DISTRICT', kinds: ['library_public_district'], level: 'district' },
  { re: /thu vien (?:cong cong )?(?:cap )?(?:xa|phuong|thi tran)\b(?! hoi)/, group: 'COMMUNE', kinds: ['library_public_commune'], level: 'commune' },
  { re: /thu vien cong cong\b/, group: 'PUBLIC', kinds: ['library_public_province', 'library_public_district', 'library_public_commune'], level: null },
  { re: /tu nhan|thu vien cong dong|tu sach|khong gian doc/, group: 'COMMUNITY', kinds: ['library_community', 'book_cabinet', 'reading_space'], level: null },
  {
    re: /co s\w{1,2} giao duc|truong hoc|thu vien truong\b(?!\s+dai)/,
    group: 'EDU',
    kinds: ['library_school', 'library_vocational', 'library_education_other'],
    level: null,
  },
  { re: /dai hoc|chuyen nganh/, group: 'UNI_SPEC', kinds: ['library_university', 'library_specialised'], level: null },
  { re: /vu trang|luc l\w{1,5}ng v/, group: 'ARMED', kinds: ['library_armed_forces'], level: null },
];

const CULTURE: { re: RegExp; kind: string; level: string | null }[] = [
  { re: /trung tam van hoa(?: va dien anh)?(?: cap)? (?:tinh|thanh ph[oe])\b/, kind: 'culture_centre_province', level: 'province' },
  {
    re: /trung tam van hoa,? the thao(?:\s*-\s*(?:truyen th\w{1,3}ng|du lich))*,?(?: cap| cac)? (?:huyen|quan|thi xa)/,
    kind: 'culture_centre_district',
    level: 'district',
  },
  { re: /trung tam van hoa,? the thao(?: cap)? (?:xa|phuong|thi tran)\b/, kind: 'culture_centre_commune', level: 'commune' },
  { re: /nha van hoa/, kind: 'village_cultural_house', level: 'village' },
];

export function kindsIn(seg: string): Kinds {
  const found: { at: number; group?: string; kinds: string[]; level: string | null; sector: Kinds['sector'] }[] = [];
  let rest = seg;
  for (const l of LIB) {
    const m = l.re.exec(rest);
    if (!m) continue;
    found.push({ at: m.index, group: l.group, kinds: l.kinds, level: l.level, sector: 'library' });
    if (l.group !== 'PUBLIC') rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    if (l.group === 'PUBLIC' && found.some((x) => x.group === 'PROVINCE' || x.group === 'DISTRICT' || x.group === 'COMMUNE')) found.pop();
  }
  for (const c of CULTURE) {
    const m = c.re.exec(seg);
    if (m) found.push({ at: m.index, kinds: [c.kind], level: c.level, sector: 'culture' });
  }
  if (found.length === 0 && /\btrung tam van hoa\b/.test(seg)) found.push({ at: seg.indexOf('trung tam van hoa'), kinds: [], level: null, sector: 'culture' });
  const museum = /\bbao tang\b/.exec(seg);
  if (museum && !found.some((f) => f.sector === 'library'))
    found.push({ at: museum.index, kinds: ['museum_public', 'museum_non_public'], level: null, sector: 'museum' });
  found.sort((a, b) => a.at - b.at);
  return {
    sector: found[0]?.sector ?? null,
    kinds: [...new Set(found.flatMap((f) => f.kinds))],
    groups: found.flatMap((f) => (f.group ? [f.group] : [])),
    level: found[0]?.level ?? null,
  };
}

const ATTRIBUTES: [RegExp, string][] = [
  [/ung dung cong ngh\w* thong tin|chuyen doi so trong quan ly/, 'applies_it'],
  [/cung c\w{1,2}p dich vu|dich vu phuc vu (?:viec )?hoc tap suot doi/, 'provides_lll'],
  [/nguon v\w{1,2}n tai lieu|phong phu ve noi dung/, 'diverse_collection'],
  [/dat chu\w{1,2}n/, 'meets_standard'],
  [/lop nang khieu|cau lac b|nhom so thich/, 'regular_clubs'],
  [/sang tao/, 'supports_creative'],
  [/chuong trinh giao duc/, 'runs_education'],
];

export function attributeIn(seg: string): string | null {
  return ATTRIBUTES.find(([re]) => re.test(seg))?.[1] ?? null;
}

/** Share of institutions of some kinds having some attribute → indicator code. */
export function shareIndicator(k: Kinds, attribute: string | null): string | null {
  const g = k.groups[0];
  switch (attribute) {
    case 'provides_lll':
      return g ? `LIB_LLL_${g}` : null;
    case 'applies_it':
      return g ? `LIB_IT_${g}` : null;
    case 'diverse_collection':
      return k.sector === 'library' ? 'LIB_DIVERSE_PUBLIC' : null;
    case 'meets_standard':
      return k.groups.includes('EDU') ? 'LIB_STANDARD_SCHOOL' : null;
    case 'runs_education':
      return k.sector === 'museum' ? 'MUS_EDUCATION' : null;
    case 'supports_creative':
      return k.sector === 'culture' ? 'CC_CREATIVE' : null;
    case 'regular_clubs':
      if (k.sector !== 'culture') return null;
      return k.kinds.includes('culture_centre_district') && !k.kinds.includes('culture_centre_commune') ? 'CC_CLUBS_DISTRICT_VILLAGE' : 'CC_CLUBS_COMMUNE';
    default:
      return null;
  }
}

/** Share of people (not institutions): `25% người dân ở khu vực nông thôn`, `tỷ lệ người dân … sử dụng thư viện`. */
export function populationIndicator(text: string): string | null {
  if (/nong th\w{1,2}n/.test(text)) return 'LIB_RURAL_REACH';
  if (/kh\w{1,2} khan|vung sau|vung xa/.test(text)) return 'LIB_DISADVANTAGED_REACH';
  if (/dung thu vien|den thu vien/.test(text)) return 'LIB_USERS_SHARE';
  return null;
}

export function isPopulation(before: string, after: string): boolean {
  return (
    /^\s*(?:tr[oe] len\s+)?(?:cua\s+)?(?:so\s+)?(?:nguoi dan|so dan|dan so)\b/.test(after) ||
    (/ty l\w? (?:nguoi dan|dan so)/.test(before) && /\bso dan\b|\bdan so\b/.test(after.slice(0, 30)))
  );
}

/** Growth per year of something counted, named before the value: `số lượt người sử dụng thư viện … tăng 10%`. */
export function growthIndicator(lead: string): string | null {
  if (/\bb\w{0,2} sung\b|tap chi m\w{1,2}i\b/.test(lead)) return 'LIB_ACQUISITIONS_GROWTH';
  if (/lu\w{1,2}n chuyen/.test(lead)) return 'LIB_ROTATIONS_GROWTH';
  if (/l\w{2,3}t sach|phuc vu ban doc|sach,? bao[^%]{0,40}phuc vu/.test(lead)) return 'LIB_LOANS_GROWTH';
  if (/khach tham quan|khach den/.test(lead)) return /nghien c|hoc tap|chon bao tang/.test(lead) ? 'MUS_STUDY_VISITORS_GROWTH' : 'MUS_VISITORS_GROWTH';
  if (/dung thu vien|ban doc|nguoi doc|luot nguoi/.test(lead)) return 'LIB_USERS_GROWTH';
  return null;
}

export function isGrowth(before: string, after: string): boolean {
  // A level reached is no rate of growth: `tăng số hội viên lên 28% dân số`, `nâng lên 80%`; nor a share of a whole,
  // `đạt 27 - 30% so với dân số`, `chiếm 15% so với tổng số hộ`.
  if (/\blen\s+(?:(?:den|muc|tren|hon)\s+)?$/.test(before) || /^\s*so voi\s+(?:tong\s+)?(?:dan so|so dan|tong so)\b/.test(after)) return false;
  // ("bảo tàng", a museum, "nền tảng", a platform, "hạ tầng", infrastructure, fold to "… tang": no "tăng")
  return /(?<!\b(?:bao|nen|ha)\s)\btang\b[^%;]{0,24}$/.test(before) || /^\s*(?:\/\s*nam|moi nam|mot nam|hang nam|so voi)/.test(after);
}

/** Things done each year: `01 bộ sưu tập`, `04 cuộc trưng bày triển lãm sách`, `03 hoạt động tuyên truyền`. */
export function countIndicator(after: string): string | null {
  if (/^bo suu t/.test(after)) return 'LIB_DIGITAL_COLLECTIONS';
  if (/^\S+ (?:trung bay )?trien lam luu dong|^\S+ trung bay luu dong/.test(after)) return 'MUS_EXH_TRAVELLING';
  if (/^\S+ (?:trung bay )?trien lam chuyen de|^\S+ trung bay chuyen de/.test(after)) return 'MUS_EXH_THEMATIC';
  if (/^\S+ (?:trung bay,? )?(?:trien lam )?sach|^\S+ trung bay trien lam sach/.test(after)) return 'LIB_BOOK_EXHIBITIONS';
  if (/^\S+ phoi hop voi (?:cac )?thu vien/.test(after)) return 'LIB_COOPERATIONS';
  if (/^hoat dong (?:tuyen truyen|truyen thong)/.test(after)) return 'COMM_ACTIVITIES';
  return null;
}

export function perCapitaIndicator(unit: string, lead: string): string | null {
  if (unit.endsWith('/nam') && /\bdoc\b/.test(lead)) return 'LIB_READS_PER_CAPITA';
  if (unit === 'ban/nguoi') return 'LIB_BOOKS_PER_CAPITA';
  return null;
}

/** Values outside these are misreadings (an OCR scan drops the comma of `0,5`). */
export const PLAUSIBLE: Record<string, [number, number]> = { LIB_BOOKS_PER_CAPITA: [0, 3], LIB_READS_PER_CAPITA: [0, 30] };
