/**
 * The numbers of a sentence that can be targets, and the years they are set for, read from the
 * folded text (line breaks already turned into spaces):
 * `70%`, `8% đến 10%`, `10 - 15%`, `từ 15 đến 20%`, `từ 25% trở lên`, `03 hoạt động`,
 * `từ 04 đến 05 cuộc`, `0,5 bản/người`, `06 cuốn sách/năm`; `đến năm 2025`, `hết năm 2025`.
 */
export type ValueType = 'percent' | 'count' | 'per_capita';

export interface ValueToken {
  type: ValueType;
  value: number | null;
  min: number | null;
  max: number | null;
  /** The number as written (`05`), for the OCR plausibility check. */
  raw: string;
  /** Folded unit: `%`, `cuoc`, `bo`, `hoat dong`, `ban/nguoi`, `cuon/nam` … */
  unit: string;
  /** The whole a count is a share of: 17 in `15/17 huyện`. */
  of?: number;
  start: number;
  end: number;
}

export interface YearToken {
  year: number;
  start: number;
  end: number;
  /** Read from a period (`giai đoạn 2013 - 2015`): the frame of the values, not a later milestone. */
  period?: true;
}

const NUM = String.raw`(\d+(?:,\d+)?(?:\.\d+)?)`;
const FROM = String.raw`(?:\b(?:tu|tr|tt)\s+)?`;
const TO = String.raw`\s*(?:den|-|toi)\s*`;
const PERCENT_RANGE = new RegExp(`${FROM}${NUM}\\s*%?${TO}${NUM}\\s*%`, 'g');
const PERCENT = new RegExp(`${NUM}\\s*%`, 'g');
// `0,5 bản/người`, `2 bản sách/tài liệu/năm`, `06 cuốn sách/người/năm`, `1,2 bản sách/người dân`
const PER_CAPITA = new RegExp(
  `${NUM}\\s*(ban|cuon)(?:\\s+(?:sach|tai lieu))?(?:\\s*\\/\\s*(?:sach|tai lieu|bao|an pham))*\\s*\\/\\s*(nguoi(?:\\s+dan)?|dau\\s+nguoi|nam)(?:\\s*\\/\\s*nam)?`,
  'g',
);
/** A per-capita figure written in words: `mỗi người dân trung bình đọc 4 cuốn sách mỗi năm`, `bình quân 2 bản sách một năm`. */
const PER_CAPITA_WORDS = new RegExp(`${NUM}\\s*(ban|cuon)(?:\\s+(?:sach|tai lieu))?\\s+(?:moi|mot|hang)\\s+nam\\b`, 'g');
const PER_PERSON = /\b(?:moi nguoi|binh quan|trung binh|dau nguoi)\b/;
/** A count per year with its unit written as a rate: `90.000 lượt/năm`, `04 cuộc/năm`, `02 lớp/năm`. */
const RATE_UNITS = 'luot(?:\\s+(?:nguoi|ban doc|khach))?|cu[oae][ce]|lop|buoi|dot|dau sach|hoat dong|su kien|chuong trinh|chuyen de|tin bai|an pham';
const RATE_NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const RATE = new RegExp(String.raw`(?:\btu\s+${RATE_NUM}\s*(?:den|-)\s*)?${RATE_NUM}\s*(${RATE_UNITS})\s*\/\s*(nam|quy|thang)\b`, 'g');
/** A count of visits or readers: `đạt 90.000 lượt người`, `phục vụ 1,2 triệu lượt`. */
const VISITS = /(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(trieu\s+)?(luot(?:\s+(?:nguoi|ban doc|khach))?)\b(?!\s*\/)/g;
/** … and the learning models a plan builds: `thí điểm 2 đơn vị học tập, 1 dòng họ học tập và 20 gia đình học tập`. */
const UNITS =
  'cu[oae][ce]|bo|hoat dong|lan|lop|buoi|dot|su kien|chuong trinh|mo hinh|chuyen muc|chuyen de|tin bai|phong su|an pham|dau sach|khong gian|(?:don vi|cong dong|dong ho|gia dinh) hoc tap';
/**
 * A count of people in thousands or millions: `xóa mù chữ cho 800 nghìn người`, `1,2 triệu người`, `300 ngàn lượt`,
 * or in figures grouped by thousands: `300.000 người`.
 */
const PEOPLE = /(\d+(?:,\d+)?)\s*(nghin|ngan|trieu)\s+(nguoi|luot)\b(?!\s*\/)/g;
const PEOPLE_FIGURES = /(\d{1,3}(?:\.\d{3})+)\s+(nguoi)\b(?!\s*\/)/g;
/**
 * Units counted out of their whole: `15/17 huyện đạt chuẩn`, `27/39 xã`, `10/12 trường`. Not when the
 * clause gives the share again as a percentage (`70.841/163.099 hộ …, đạt 43,4%`): that is its value.
 */
const SHARE_OF =
  /(\d{1,3}(?:\.\d{3})*)\s*\/\s*(\d{1,3}(?:\.\d{3})*)\s+(huyen|xa|phuong|thi tran|tinh|don vi|co quan|truong|thu vien|thon|ban|to dan pho|ho|gia dinh|dong ho|cong dong|co so)\b/g;
/**
 * What a library holds and serves, counted: copies (`71.700 bản sách`), cards (`6.000 thẻ bạn đọc`), points
 * (`239 điểm đọc sách`, `60 điểm trường`), libraries, book cases and reading rooms (`2.897 thư viện cấp xã`).
 */
const STOCK =
  /(\d{1,3}(?:\.\d{3})+|\d+)\s+(ban(?:\s+sach)?|the(?:\s+ban doc)?|diem\s+(?:doc sach|truong|sach|buu dien)|thu vien|tu sach|phong doc)\b(?!\s*\/|\s+(?:loai|thao|hien|che|duc|chat|nao|sau|ve))/g;
/** `mỗi cơ quan, trường học …`: what follows is a norm for each unit (not `cấp mới`, which folds alike). */
const EACH_UNIT =
  /\bmoi\s+(?:co quan|don vi|truong|xa|phuong|thi tran|thon|ap|ban|to dan pho|khu dan cu|chung cu|doanh nghiep|gia dinh|ho|lop|huyen|tinh|thu vien|diem)\b[^;%]*$/;
const STOCK_UNIT = (u: string): string => (u.startsWith('ban') ? 'ban' : u.startsWith('the') ? 'the' : u.startsWith('diem') ? 'diem' : u);
const COUNT = new RegExp(`${FROM}(\\d{1,3})(?:${TO}(\\d{1,3}))?\\s+(${UNITS})\\b`, 'g');
const YEAR = /\b(?:(so voi|cua|tu)\s+)?(?:nam|den)\s+(20\d\d)\b(?!\s*[-/]\s*\d)/g;

export function num(s: string): number {
  // Vietnamese decimals use a comma; a dot before three digits groups thousands.
  return Number(s.replace(/\.(?=\d{3}\b)/g, '').replace(',', '.'));
}

/** `bare`: the sentence reports, so a count of units without a rate (`phát triển 05 mô hình`) is a value too. */
export function scanValues(text: string, bare = false): ValueToken[] {
  const out: ValueToken[] = [];
  const taken = (s: number, e: number) => out.some((v) => s < v.end && e > v.start);
  const push = (v: ValueToken) => {
    if (!taken(v.start, v.end)) out.push(v);
  };
  for (const m of text.matchAll(PERCENT_RANGE)) {
    push({ type: 'percent', value: null, min: num(m[1]!), max: num(m[2]!), raw: m[1]!, unit: '%', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PERCENT)) {
    push({ type: 'percent', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: '%', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PER_CAPITA)) {
    const perYear = m[3] === 'nam' || /\/\s*nam$/.test(m[0]);
    push({
      type: 'per_capita',
      value: num(m[1]!),
      min: null,
      max: null,
      raw: m[1]!,
      unit: `${m[2]}/${perYear ? 'nam' : 'nguoi'}`,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(PER_CAPITA_WORDS)) {
    // Per capita only when the sentence says whose: "mỗi người", "bình quân", "trung bình" before the figure.
    if (!PER_PERSON.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    push({ type: 'per_capita', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: `${m[2]}/nam`, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(RATE)) {
    if (text[m.index - 1] === '/' || /\d[.,]$/.test(text.slice(0, m.index))) continue;
    const unit = `${rateUnit(m[3]!)}/${m[4]}`;
    const range = m[1] !== undefined;
    push({
      type: 'count',
      value: range ? null : num(m[2]!),
      min: range ? num(m[1]!) : null,
      max: range ? num(m[2]!) : null,
      raw: m[2]!,
      unit,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(VISITS)) {
    if (text[m.index - 1] === '/' || /\d[.,/]$/.test(text.slice(0, m.index))) continue;
    const value = num(m[1]!) * (m[2] ? 1_000_000 : 1);
    if (value < 100) continue; // "2 lượt" is a way of speaking; a target counts hundreds of visits
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: 'luot', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PEOPLE)) {
    if (text[m.index - 1] === '/' || /\d[.,/]$/.test(text.slice(0, m.index))) continue;
    const value = Math.round(num(m[1]!) * (m[2] === 'trieu' ? 1_000_000 : 1_000));
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: m[3]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PEOPLE_FIGURES)) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SHARE_OF)) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.slice(0, rest.search(/[;.]|$/));
    const value = num(m[1]!);
    const of = num(m[2]!);
    if (/%/.test(clause) || value > of) continue;
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: m[3]!, of, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STOCK)) {
    // (not a year, "giai đoạn 2019 - 2022 thư viện …", whose thousands a count would group, nor the whole of a share, "15/17 thư viện")
    if (/[\d/.,-]$/.test(text.slice(0, m.index)) || /^(?:19|20)\d\d$/.test(m[1]!)) continue;
    // (nor a norm for each unit, "mỗi cơ quan, chung cư có ít nhất 1 tủ sách": no total)
    if (EACH_UNIT.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: STOCK_UNIT(m[2]!), start: m.index, end: m.index + m[0].length });
  }
  const annual = /\b(?:moi|hang|hang)\s+nam\b|\/\s*nam\b|\btrong nam\b|\btoi thieu\b|\bit nhat\b|\bmoi quy\b|\bhang quy\b/.test(text);
  for (const m of text.matchAll(COUNT)) {
    if (!annual && !m[2] && !bare) continue;
    const before = text[m.index - 1];
    if (before === '/' || before === '.' || before === ',') continue;
    const unit = /^cu/.test(m[3]!) ? 'cuoc' : m[3]!;
    const range = m[2] !== undefined;
    push({
      type: 'count',
      value: range ? null : num(m[1]!),
      min: range ? num(m[1]!) : null,
      max: range ? num(m[2]!) : null,
      raw: m[1]!,
      unit,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

function rateUnit(u: string): string {
  if (/^cu[oae][ce]$/.test(u)) return 'cuoc';
  if (u.startsWith('luot')) return 'luot';
  return u;
}

/** `giai đoạn 2021 - 2030`, `trong giai đoạn 2023-2025`: a period holds until its last year. */
const PERIOD = /\bgiai doan\s+(?:20\d\d)\s*-\s*(20\d\d)\b/g;

export function scanYears(text: string): YearToken[] {
  const out: YearToken[] = [];
  for (const m of text.matchAll(PERIOD)) out.push({ year: Number(m[1]), start: m.index, end: m.index + m[0].length, period: true });
  for (const m of text.matchAll(YEAR)) {
    if (m[1]) continue; // "so với năm 2020", "của năm", "từ năm": a baseline, not a target year
    out.push({ year: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const UNIT_VI: Record<string, string> = {
  cuoc: 'cuộc',
  bo: 'bộ',
  'hoat dong': 'hoạt động',
  lan: 'lần',
  lop: 'lớp',
  buoi: 'buổi',
  dot: 'đợt',
  'su kien': 'sự kiện',
  'chuong trinh': 'chương trình',
  'mo hinh': 'mô hình',
  'chuyen muc': 'chuyên mục',
  'chuyen de': 'chuyên đề',
  'tin bai': 'tin bài',
  'phong su': 'phóng sự',
  'an pham': 'ấn phẩm',
  'dau sach': 'đầu sách',
  luot: 'lượt',
  nguoi: 'người',
  'khong gian': 'không gian',
  'don vi hoc tap': 'đơn vị học tập',
  'cong dong hoc tap': 'cộng đồng học tập',
  'dong ho hoc tap': 'dòng họ học tập',
  'gia dinh hoc tap': 'gia đình học tập',
  huyen: 'huyện',
  xa: 'xã',
  phuong: 'phường',
  'thi tran': 'thị trấn',
  tinh: 'tỉnh',
  'don vi': 'đơn vị',
  'co quan': 'cơ quan',
  truong: 'trường',
  'thu vien': 'thư viện',
  thon: 'thôn',
  'to dan pho': 'tổ dân phố',
  ho: 'hộ',
  'gia dinh': 'gia đình',
  'dong ho': 'dòng họ',
  'cong dong': 'cộng đồng',
  'co so': 'cơ sở',
  ban: 'bản',
  the: 'thẻ',
  diem: 'điểm',
  'tu sach': 'tủ sách',
  'phong doc': 'phòng đọc',
  cuon: 'cuốn',
  'luot/nam': 'lượt/năm',
  'cuoc/nam': 'cuộc/năm',
  'lop/nam': 'lớp/năm',
  'buoi/nam': 'buổi/năm',
  'dot/nam': 'đợt/năm',
  'hoat dong/nam': 'hoạt động/năm',
  'ban/nguoi': 'bản/người',
  'cuon/nguoi': 'cuốn/người',
  'ban/nam': 'bản/người/năm',
  'cuon/nam': 'cuốn/người/năm',
  '%': '%',
};

export function unitVi(unit: string): string {
  const [what, per] = unit.split('/');
  return UNIT_VI[unit] ?? (per && UNIT_VI[what!] ? `${UNIT_VI[what!]}/${per === 'nam' ? 'năm' : per === 'quy' ? 'quý' : per}` : unit);
}
