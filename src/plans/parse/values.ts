/**
 * The numbers of a sentence that can be targets, and the years they are set for, read from the
 * folded text (line breaks already turned into spaces):
 * `70%`, `8% đến 10%`, `10 - 15%`, `từ 15 đến 20%`, `từ 25% trở lên`, `03 hoạt động`,
 * `từ 04 đến 05 cuộc`, `0,5 bản/người`, `06 cuốn sách/năm`; `đến năm 2025`, `hết năm 2025`.
 */
import { scanUnitCounts } from './unit-counts.ts';
import { FROM, num, TO, type ValueToken } from './value-token.ts';

const NUM = String.raw`(\d+(?:,\d+)?(?:\.\d+)?)`;
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
/** Whose, then the figure, with no rate: `mỗi người dân đọc tối thiểu từ 0,8 bản sách`, `bình quân 1,5 bản sách/người` aside. */
const PER_CAPITA_READ = new RegExp(
  `\\bmoi nguoi(?:\\s+dan)?\\s+(doc\\s+)?(?:(?:trung binh|binh quan|toi thieu|it nhat|khoang)\\s+)?(?:tu\\s+)?${NUM}\\s*(ban|cuon)(?:\\s+sach)?\\b(?!\\s*\\/)`,
  'g',
);
/**
 * A per-capita figure named before it, with the word for it: `bình quân số bản sách/người/năm trong hệ thống thư viện công
 * cộng là 0,45`, `trung bình số bản sách/người dân đạt 0,6`.
 */
const PER_CAPITA_NAMED = new RegExp(
  `\\b(?:binh quan|trung binh)\\s+(?:so\\s+)?(ban|cuon)(?:\\s+sach)?\\s*\\/\\s*(?:nguoi(?:\\s+dan)?|dau\\s+nguoi)(\\s*\\/\\s*nam)?[^.;:\\d%]{0,60}?\\b(?:la|dat)\\s+(?:khoang\\s+)?${NUM}(?![\\d.,]*\\s*%)`,
  'g',
);
/**
 * A count of a library's units named before it, the figure bare: `số phòng đọc sách, tủ sách cơ sở là 19.881 (tăng 11,4%)`
 * (with its unit after it, `số thư viện cấp xã là 3.290 thư viện`, it is read as a count where it stands).
 */
const NUMBER_OF_UNITS =
  /\bso\s+(thu vien|phong doc(?: sach)?|tu sach|diem doc sach)\b[^.;:\d%]{0,40}?\bla\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]|\s*%|\s+[a-z])/g;
/** A count per year with its unit written as a rate: `90.000 lượt/năm`, `04 cuộc/năm`, `02 lớp/năm`. */
// (and the tournaments sport for all holds each year, `duy trì tổ chức các giải TT các cấp từ 400 - 420 giải/năm`, a rate only: a
// prize won, `đạt 5 giải`, is no count)
const RATE_UNITS =
  'luot(?:\\s+(?:nguoi|ban doc|khach))?|ban doc|nguoi doc|cu[oae][ce]|lop|buoi|dot|dau sach|hoat dong|su kien|chuong trinh|chuyen de|tin bai|an pham|giai';
const RATE_NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
// (`từ 100 - 150 bạn đọc/thư viện/ngày`: per place, then per day)
const RATE = new RegExp(
  String.raw`(?:\btu\s+${RATE_NUM}\s*(?:den|-)\s*)?${RATE_NUM}\s*(${RATE_UNITS})\s*\/\s*((?:(?:thu vien|diem|xa)\s*\/\s*)?(?:nam|quy|thang|ngay))\b`,
  'g',
);
/** … in thousands or millions: `750 ngàn lượt/năm`, `1,2 triệu lượt/năm`. */
const RATE_THOUSANDS = new RegExp(String.raw`(\d+(?:,\d+)?)\s*(nghin|ngan|trieu)\s+(${RATE_UNITS})\s*\/\s*(nam|quy|thang|ngay)\b`, 'g');
/** A count of visits or readers: `đạt 90.000 lượt người`, `phục vụ 1,2 triệu lượt`. */
const VISITS = /(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(trieu\s+)?(luot(?:\s+(?:nguoi|ban doc|khach))?)\b(?!\s*\/)/g;
/**
 * A count of people in thousands or millions: `xóa mù chữ cho 800 nghìn người`, `1,2 triệu người`, `300 ngàn lượt`,
 * or in figures grouped by thousands: `300.000 người`.
 */
// (and the pupils and students a contest drew, `hơn 1 triệu học sinh, sinh viên`, `gần 1.272.000 học sinh, sinh viên`)
// (and the jobs a tourism plan creates, `tạo được khoảng 350 nghìn lao động trực tiếp`)
const PEOPLE = /(\d+(?:,\d+)?)\s*(nghin|ngan|trieu)\s+(nguoi|luot|hoc sinh|sinh vien|thi sinh|lao dong)\b(?!\s*\/)/g;
// (and the pupils and students so counted by their short names, `trao học bổng cho 90.680 HS, SV`)
const PEOPLE_FIGURES = /(\d{1,3}(?:\.\d{3})+)\s+(nguoi|hoc sinh|sinh vien|thi sinh|hs(?=\s*,\s*sv\b))\b(?!\s*\/)/g;
/** Who took part, counted: `với trên 300 học sinh tham gia` (a result unless a cue of aim sets it, like visits). */
// (and the times groups and people took part, `65 lượt tập thể, cá nhân tham gia hội thi`: a count of visits)
const PARTICIPANTS =
  /(\d{1,3}(?:\.\d{3})+|\d+)\s+(nguoi|hoc sinh|sinh vien|thieu nhi|doc gia|luot(?=\s+tap the,?\s+ca nhan\s+tham gia\b))\s+(?:tap the,?\s+ca nhan\s+)?(?:den\s+)?tham gia\b/g;
/** … or told as the event's: `Chương trình có sự tham gia của hơn 500 học sinh nhà trường`. */
const PARTICIPATION =
  /\btham gia cua\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(nguoi|hoc sinh|sinh vien|thieu nhi|doc gia|ban doc)\b(?!\s*\/)/g;
/**
 * The tournaments sport for all holds, counted after the verb that holds them: `tổ chức các giải TT các cấp 400 giải` (a prize
 * won, `đạt 5 giải`, `giành 3 giải`, is none).
 */
const TOURNAMENTS_HELD = /\bto chuc\s+(?:cac\s+)?giai\b[^.;:\d]{0,40}?\s(\d{1,3}(?:\.\d{3})+|\d+)\s+giai\b(?!\s*\/)/g;
/** Who were given gifts or scholarships, counted: `tặng quà cho 175 học sinh xuất sắc`, `trao học bổng cho 40 sinh viên`, `tặng quà cho 05 thầy cô`. */
// (and pupils rewarded, `khen thưởng cho trên 600 học sinh giỏi`: given a prize as a scholarship is given, not honoured as a
// body or a family is, `khen thưởng cho 11 tập thể`)
const GIVEN_TO =
  /\b(?:(?:tang|trao)\s+(?:cho\s+)?(?:qua|hoc bong|phan qua|phan thuong)\s+cho|khen thuong\s+(?:cho\s+)?(?:tren\s+|hon\s+|gan\s+)?)\s*(\d{1,3}(?:\.\d{3})+|\d+)\s+(hoc sinh|sinh vien|thay co|giao vien)\b/g;
/**
 * Units counted out of their whole: `15/17 huyện đạt chuẩn`, `27/39 xã`, `10/12 trường`, `57/57 chi hội trường học`, `36/45
 * Trung tâm Văn hóa, Thể thao – Học tập cộng đồng`, also in
 * words (`11 trên 17 xã có sân vận động`, `81 trên tổng số 83 thôn`). Not when the clause gives the share again as a
 * percentage (`70.841/163.099 hộ …, đạt 43,4%`): that is its value.
 */
const SHARE_OF =
  /(\d{1,3}(?:\.\d{3})*)\s*(?:\/|\s+tren\s+(?:tong\s+so\s+)?)\s*(\d{1,3}(?:\.\d{3})*)\s+(huyen|xa|phuong|thi tran|tinh|don vi|co quan|truong|thu vien|thon|ban|to dan pho|khu pho|khoi pho|khu dan cu|ap|ho|gia dinh|dong ho|cong dong|cong dan|co so|di tich|chi hoi|chi hkh|trung tam|nha van hoa|bao tang|cau lac bo)\b/g;
/** A rate per ten thousand or a thousand people: `số sinh viên đại học/vạn dân đạt ít nhất là 260`. */
const PER_TEN_THOUSAND = /\bso\s+([a-z][a-z ]{1,40}?)\s*\/\s*(van|nghin|ngan)\s+dan\b[^.;%\d]{0,30}?\b(\d{1,4}(?:,\d+)?)(?![\d.,]*\s*%)/g;
/** Sessions a day, `2 buổi/ngày`, `hai buổi mỗi ngày`: the shape of a school day. */
const SESSIONS_A_DAY = /\b\d{1,2}\s*buoi\s*(?:\/\s*ngay|(?:moi|mot|trong)\s+ngay)\b/g;

/**
 * `reporting`: the sentence goes on in a paragraph that reports (`Năm 2017, Hội … đã phát triển …. Có 80 dòng họ học tập, 37
 * cộng đồng học tập …`), so its counts are read as the paragraph's report, though the sentence has no cue of its own.
 */
export function scanValues(text: string, reporting = false): ValueToken[] {
  const out: ValueToken[] = [];
  // (sessions a day, `học 2 buổi/ngày`, tell how a school day runs: no figure to reach nor one reached)
  const blocked = [...text.matchAll(SESSIONS_A_DAY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const taken = (s: number, e: number) => out.some((v) => s < v.end && e > v.start) || blocked.some((v) => s < v.end && e > v.start);
  const push = (v: ValueToken) => {
    if (!taken(v.start, v.end)) out.push(v);
  };
  for (const m of text.matchAll(PERCENT_RANGE)) {
    push({ type: 'percent', value: null, min: num(m[1]!), max: num(m[2]!), raw: m[1]!, unit: '%', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PERCENT)) {
    // (`tăng từ 35% lên 37%`, `nâng tỷ lệ từ 60% lên 80%`: the level reached; the one it rose from is its baseline)
    if (/\btu\s*$/.test(text.slice(0, m.index)) && /^\s*(?:len|den)\s+\d+(?:,\d+)?\s*%/.test(text.slice(m.index + m[0].length))) continue;
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
  // (a rate per ten thousand or a thousand people, `số sinh viên đại học/vạn dân đạt ít nhất là 260`, `số bác sĩ/vạn dân đạt 19`)
  for (const m of text.matchAll(PER_TEN_THOUSAND)) {
    const start = m.index + m[0].length - m[3]!.length;
    const noun = m[1]!.trim();
    push({ type: 'per_capita', value: num(m[3]!), min: null, max: null, raw: m[3]!, unit: `${noun}/${m[2]} dan`, start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PER_CAPITA_WORDS)) {
    // Per capita only when the sentence says whose: "mỗi người", "bình quân", "trung bình" before the figure.
    if (!PER_PERSON.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    push({ type: 'per_capita', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: `${m[2]}/nam`, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PER_CAPITA_NAMED)) {
    const start = m.index + m[0].length - m[3]!.length;
    push({
      type: 'per_capita',
      value: num(m[3]!),
      min: null,
      max: null,
      raw: m[3]!,
      unit: `${m[1]}/${m[2] ? 'nam' : 'nguoi'}`,
      start,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(NUMBER_OF_UNITS)) {
    const start = m.index + m[0].length - m[2]!.length;
    push({ type: 'count', value: num(m[2]!), min: null, max: null, raw: m[2]!, unit: m[1]!, start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PER_CAPITA_READ)) {
    const start = m.index + m[0].search(/\d/);
    const unit = `${m[3]}/${m[1] ? 'nam' : 'nguoi'}`;
    push({ type: 'per_capita', value: num(m[2]!), min: null, max: null, raw: m[2]!, unit, start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(RATE)) {
    if (text[m.index - 1] === '/' || /\d[.,]$/.test(text.slice(0, m.index))) continue;
    const unit = `${rateUnit(m[3]!)}/${m[4]!.replace(/\s*\/\s*/g, '/')}`;
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
  for (const m of text.matchAll(RATE_THOUSANDS)) {
    if (/[\d/.,]$/.test(text.slice(0, m.index))) continue;
    const value = Math.round(num(m[1]!) * (m[2] === 'trieu' ? 1_000_000 : 1_000));
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: `${rateUnit(m[3]!)}/${m[4]!}`, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(VISITS)) {
    // (`100.000 lượt người đọc/200.000 lượt tài liệu`: two counts, not a fraction, when a word stands before the slash)
    if ((text[m.index - 1] === '/' && !/[a-z]\s*\/$/.test(text.slice(0, m.index))) || /\d[.,/]$/.test(text.slice(0, m.index))) continue;
    const value = num(m[1]!) * (m[2] ? 1_000_000 : 1);
    if (value < 100) continue; // "2 lượt" is a way of speaking; a target counts hundreds of visits
    // (a page's own counter under its dateline, "Thứ 5, 11/01/2018 | 15:26:45 696 lượt xem", is none of the text's)
    if (/^\s*xem\b/.test(text.slice(m.index + m[0].length)) && /\d{1,2}:\d{2}(?::\d{2})?\s*$/.test(text.slice(0, m.index))) continue;
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
  for (const m of text.matchAll(GIVEN_TO)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start: at, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TOURNAMENTS_HELD)) {
    const start = m.index + m[0].length - /\d[\d.]*\s+giai$/.exec(m[0])![0].length;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: 'giai', start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PARTICIPANTS)) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PARTICIPATION)) {
    const start = m.index + m[0].length - /\d[\d.]*\s+[a-z ]+$/.exec(m[0])![0].length;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SHARE_OF)) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    // (what a whole is made of, in brackets: `100% thư viện công cộng (gồm thư viện tỉnh, 7/8 thư viện huyện)`)
    if (/\(\s*(?:bao\s+)?gom\b[^()]*$/.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    const clause = rest.slice(0, rest.search(/[;.]|$/));
    const value = num(m[1]!);
    const of = num(m[2]!);
    if (/%/.test(clause) || value > of) continue;
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: m[3]!, of, start: m.index, end: m.index + m[0].length });
  }
  scanUnitCounts(text, reporting, push);
  // (the people a count of events or groups gathered, `10 lớp tập huấn … với trên 300 lượt người tham dự`, `2.353 đoàn khách … với
  // 35.860 người`: told with that count, one value)
  const sorted = out.sort((a, b) => a.start - b.start);
  return sorted.filter((v, i) => {
    if (v.type !== 'count' || !/^(?:nguoi|luot|hoc sinh|sinh vien|thieu nhi|doc gia)$/.test(v.unit) || i === 0) return true;
    const prev = sorted[i - 1]!;
    const between = text.slice(prev.end, v.start);
    return !(prev.type === 'count' && EVENTS.test(prev.unit) && /\bvoi\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?$/.test(between) && !/[;.%]/.test(between));
  });
}

/** Counts of events and classes (`10 lớp tập huấn`, `80 cuộc triển lãm`): the people they gathered are told with them. */
const EVENTS = /^(?:cuoc|lop|buoi|dot|lan|hoat dong|su kien|chuong trinh|chuyen de|trien lam|trung bay(?: chuyen de)?)$/;

function rateUnit(u: string): string {
  if (/^cu[oae][ce]$/.test(u)) return 'cuoc';
  if (u.startsWith('luot')) return 'luot';
  return u;
}
