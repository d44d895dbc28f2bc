/**
 * Putting diacritics back on names read from an OCR scan that lost them: administrative words
 * and the agencies plans name, and the provinces (before and after the 2025 reform). Only names
 * (issuer, agencies, basis issuers) are restored; the document text itself is never rewritten.
 */
import { foldOcr, foldPlain, tidy } from './normalise.ts';

export const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lạng Sơn',
  'Lào Cai',
  'Lâm Đồng',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Huế',
  'Tiền Giang',
  'Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

export const PHRASES = [
  'Ủy ban nhân dân',
  'Thủ tướng Chính phủ',
  'Chính phủ',
  'thành phố',
  'tỉnh',
  'huyện',
  'xã',
  'thị xã',
  'thị trấn',
  'huyện, thị xã, quận',
  'các cơ quan, đơn vị liên quan',
  'các cơ quan có liên quan',
  'các cơ quan liên quan',
  'cơ quan, đơn vị liên quan',
  'cơ quan',
  'liên quan',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Giáo dục và Đào tạo',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Thông tin và Truyền thông',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Giáo dục và Đào tạo',
  'Phòng Văn hóa - Thông tin',
  'Phòng Văn hóa và Thông tin',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Lao động - Thương binh và Xã hội',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Các sở, ban, ngành khác',
  'Các sở, ban, ngành liên quan',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'các tổ chức chính trị - xã hội',
  'các tổ chức thành viên',
  'Hội Khuyến học',
  'Hội Cựu giáo chức',
  'Ban Tuyên giáo Tỉnh ủy',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Cổng thông tin điện tử tỉnh',
  'Báo',
  'Đài Truyền thanh',
  'Các nhà trường',
  'nhà trường',
  'Công chức Văn hóa và Thông tin',
  'Công chức Văn hóa - Xã hội',
  'Công chức Tài chính - Kế toán',
  'Trung tâm Văn hóa - Thể thao',
  'Các thư viện, bảo tàng, trung tâm văn hóa',
  'trên địa bàn',
  'Thư viện',
  'thư viện tư nhân có phục vụ cộng đồng',
  'không gian đọc cơ sở',
  'trong lực lượng công an, biên phòng, trại giam',
  'và các thư viện đặc thù khác',
  'và',
  'các',
  'cấp',
];

interface Entry {
  words: string[];
  text: string;
  name: boolean;
}
const ENTRIES: Entry[] = [...PHRASES.map((p) => ({ p, name: false })), ...PROVINCES.map((p) => ({ p, name: true }))]
  .map(({ p, name }) => ({ words: words(p), text: p, name }))
  .sort((a, b) => b.words.length - a.words.length);

function words(s: string): string[] {
  return foldOcr(foldPlain(s)).text.match(/[a-z0-9]+/g) ?? [];
}

const restored = new Map<string, string>();

/** `Uy ban nhan dan thanh phé` → `Ủy ban nhân dân thành phố`; text that has its marks is only tidied. */
export function restore(original: string, ocr: boolean): string {
  const clean = tidy(original);
  if (!ocr) return clean;
  const cached = restored.get(clean);
  if (cached !== undefined) return cached;
  const raws = clean.split(' ');
  const perToken = raws.map((r) => words(r));
  // flat: the folded words in a row; first[i]: where token i's words start in it.
  const flat = perToken.flat();
  const first: number[] = [];
  let k = 0;
  for (const w of perToken) {
    first.push(k);
    k += w.length;
  }
  const tokenAt = new Map<number, number>();
  first.forEach((wi, ti) => {
    if (!tokenAt.has(wi)) tokenAt.set(wi, ti);
  });
  tokenAt.set(flat.length, raws.length);
  const out: string[] = [];
  let i = 0;
  while (i < raws.length) {
    const wi = first[i]!;
    const hit =
      perToken[i]!.length === 0
        ? undefined
        : ENTRIES.find((e) => {
            const end = tokenAt.get(wi + e.words.length);
            if (end === undefined || end <= i) return false;
            const same = e.words.length > 1 && !e.name ? near : (a: string | undefined, b: string) => a === b;
            return e.words.every((w, j) => same(flat[wi + j], w));
          });
    if (hit) {
      const end = tokenAt.get(wi + hit.words.length)!;
      const trail = /[,;:.)]+$/.exec(raws[end - 1]!)?.[0] ?? '';
      out.push(hit.text + trail);
      i = end;
    } else {
      const t = raws[i]!;
      out.push(/^[A-ZĐ][A-ZĐ]+$/.test(t) && t.length > 4 ? t[0] + t.slice(1).toLowerCase() : t);
      i++;
    }
  }
  const result = out.join(' ').replace(/^./, (c) => c.toUpperCase());
  restored.set(clean, result);
  return result;
}

/**
 * Equal; or, with the same first letter, the same consonants (OCR mangles vowels: `nhein`/`nhan`),
 * or (3+ letters) one letter added, dropped or changed.
 */
function near(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  if (a === b) return true;
  const skeleton = (w: string) => w.replace(/[aeiouy]/g, '');
  if (a[0] === b[0] && skeleton(a) === skeleton(b) && skeleton(a).length > 0) return true;
  if (a.length < 3 || b.length < 3 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const same = (x: string, y: string) => x === y;
  return same(a.slice(i + 1), b.slice(i + 1)) || same(a.slice(i), b.slice(i + 1)) || same(a.slice(i + 1), b.slice(i));
}

/** A province name with its marks, if `folded` (e.g. `lang son`) is one. */
const FOLDED_PROVINCES = new Map(PROVINCES.map((p) => [words(p).join(' '), p]));

export function provinceName(original: string): string | null {
  return FOLDED_PROVINCES.get(words(original).join(' ')) ?? null;
}
