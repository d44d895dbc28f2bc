/**
 * Things counted by their unit: what a library holds and serves, events and classes, sites and items, a movement's halls,
 * clubs, members and families, an association's bodies, units of the administration — read wherever a sentence sets or
 * reports them (its cue), a library's stock wherever it stands. Read by `scanValues` (values.ts) after shares, rates and
 * people.
 */
import { foldPlain } from './normalise.ts';
import { PAST } from './target-mood.ts';
import { FROM, num, TO, type ValueToken } from './value-token.ts';

/** … and the learning models a plan builds: `thí điểm 2 đơn vị học tập, 1 dòng họ học tập và 20 gia đình học tập`. */
const UNITS =
  'cu[oae][ce]|bo|hoat dong|lan|lop|buoi|dot|su kien|chuong trinh|mo hinh|chuyen muc|chuyen de|tin bai|phong su|an pham|dau sach|khong gian|(?:don vi|cong dong|dong ho|gia dinh) hoc tap|' +
  // what museums and libraries count beside their stock (below): titles, sites, exhibitions (`6 trưng bày chuyên đề`: after a
  // figure, the noun, not the verb of `trưng bày 400 hiện vật`), items, institutions
  // (and the museums a plan sets up, `05 bảo tàng ngoài công lập`)
  'dau bao|di tich|di san|trien lam|trung bay(?: chuyen de)?|hien vat|tu lieu|tai lieu|thiet che|diem sinh hoat|bao tang|' +
  // (and the national treasures it digitises or shows, `số hóa 3 bảo vật quốc gia`)
  'bao vat|' +
  // (the groups of visitors a museum receives and the photographs it collects, `1.200 đoàn khách`, `sưu tầm 45 hình ảnh`)
  'doan khach|hinh anh|' +
  // the halls and clubs of a movement's culture (`9 nhà văn hóa được xây dựng mới`, `38 câu lạc bộ thể thao`), the clubs by
  // their short name (`phấn đấu đến năm 2025 có 1.500 CLB`) and the athletes sport for all trains (`đào tạo trên 2.000 vận
  // động viên`)
  'nha van hoa|cau lac bo|clb|van dong vien|' +
  // a learning association's members and branches, and the families and clans a movement recognises by another name
  // (`phát triển 1.000 hội viên mới`, `126 chi hội`, `5.000 gia đình hiếu học`, `264.000 gia đình văn hóa`)
  'hoi vien|chi hoi|(?:gia dinh|dong ho) (?:hieu hoc|van hoa)|' +
  // the association's boards and bodies and what it gives (`689 ban khuyến học`, `669 ban, tổ khuyến học`, `8 Hội khuyến học
  // cấp huyện`, `20 trung tâm học tập cộng đồng`, `169.268 suất học bổng`, `306 xe đạp, 4.139 phần quà`), and what a report
  // counts by its bare name (`32.224 hộ gia đình đăng ký`, `23.903 gia đình được công nhận`, `15 dòng họ được công nhận`)
  '(?:ban|to|to hoi|hoi|don vi) khuyen hoc|ban(?=\\s*,\\s*to khuyen hoc)|trung tam hoc tap cong dong|suat(?: hoc bong| qua)?|xe dap|phan qua|' +
  // (and the association's bodies by their short names, `238 tổ chức Hội Khuyến học các cấp`, `134 HKH trực thuộc Tỉnh hội`,
  // `11 Hội cơ sở các xã`; the teams a movement keeps, `2.638 tổ, đội văn nghệ quần chúng`, `4.391 đội thể thao cơ sở`)
  'to chuc hoi(?: khuyen hoc)?|hkh|hoi co so|(?:to,\\s*)?doi (?:van nghe|the thao|van hoa|thong tin|tuyen truyen)|' +
  'ho(?: gia dinh| dan)?(?! tro| so\\b)|gia dinh|dong ho|cong dong(?= (?:duoc|dat)\\b)|' +
  // (the learning citizens a movement counts, `24.325 “Công dân học tập”`, `1.258 công dân đăng ký học tập`; not citizens at large)
  'cong dan(?= (?:hoc tap|dang ky)\\b)|' +
  // (the accounts a movement opens for its learning citizens, `hơn 3.500 tài khoản được tạo lập`; not a bank's)
  'tai khoan(?! ngan hang)|' +
  // the entries of a contest (`gần 15.000 bài dự của học sinh 168 trường`, `165.000 bài dự thi`, `hơn 2.000 bài được lựa chọn`;
  // not a text's articles, `bài viết`, or a song, `bài hát`) and the titles a fair sold (`hơn 5.686 tựa sách`)
  'bai du thi|bai du|bai thi|bai(?= duoc (?:lua )?chon\\b)|tua sach|' +
  // the products a culture-and-tourism project builds (`5 sản phẩm du lịch đặc trưng`, `ít nhất 1 sản phẩm đạt chuẩn OCOP`)
  'san pham|' +
  // the vans of mobile libraries (`trao tặng 31 xe thư viện cho 31 tỉnh`, `02 xe ô tô thư viện lưu động`) and the booths of a book
  // fair (`với hơn 20 gian hàng và hơn 10.000 đầu sách`)
  'xe (?:o to )?(?:thu vien|sach)(?: luu dong)?|gian hang|' +
  // what a heritage plan sets out to do: the scientific files it draws up (`lập 15 Hồ sơ khoa học`, `lập hồ sơ 7 di sản`), the
  // festivals it restores, the artisans it proposes for a title (`02 “Nghệ nhân Nhân dân” và 10 “Nghệ nhân ưu tú”`), the hamlets
  // and villages it keeps (`hỗ trợ bảo tồn 2 xóm, bản …`)
  'ho so|le hoi|nghe nhan|xom|lang|' +
  // and what a relic's tourism counts beside its visitors: lodgings and the hotels among them (`có 10 cơ sở lưu trú du lịch với
  // 245 phòng, trong đó có 3 khách sạn`)
  'co so luu tru(?: du lich)?|khach san';
/** The rooms of the lodgings counted before them: `10 cơ sở lưu trú du lịch với 245 phòng`, `5 khách sạn với hơn 300 buồng`. */
const LODGING_ROOMS =
  /\b(?:co so luu tru|khach san|nha nghi)\b[^.;:%\d]{0,40}?\bvoi\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+(phong|buong)\b/g;
/**
 * What a library holds and serves: copies (`71.700 bản sách`), cards (`6.000 thẻ bạn đọc`), points (`239 điểm đọc
 * sách`, `60 điểm trường`), libraries, book cases and reading rooms (`2.897 thư viện cấp xã`). Read wherever they
 * stand (a result unless a cue of aim sets them, `targets.ts`); the other units only where a sentence sets or reports them.
 */
const STOCK_UNITS = 'ban(?:\\s+sach)?|cuon sach|the(?:\\s+ban doc)?|diem\\s+(?:doc sach|truong|sach|buu dien)|thu vien|tu sach|phong doc';
const STOCK_UNIT = new RegExp(`^(?:${STOCK_UNITS})$`);
/** Whether a count's unit (as shown, `bản sách`, `thẻ bạn đọc`) is of a library's stock: a result unless a cue of aim sets it. */
export const isStockUnit = (unit: string): boolean => STOCK_UNIT.test(foldPlain(unit).text);
// (not `thể thao`, `thể hiện`, `thể chế`, `thế hệ`, `bản vẽ`, `ban chỉ đạo`, `ban khuyến học`, which fold alike, nor a rate, `bản/người`)
const STOCK_WORD = `(?:${STOCK_UNITS})\\b(?!\\s*\\/|\\s+(?:loai|thao|hien|che|duc|chat|nao|sau|ve|he\\b|chi dao|nganh|khuyen hoc)|\\s*,\\s*to khuyen hoc)`;
// (`2 (hai) thiết chế`: the number may be spelt out again in brackets; `2.897 thư viện`, `1500 bản`: grouped or not)
const COUNT_NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
// (a model's name may stand in quotes after its count, `24.325 “Công dân học tập”`)
const COUNT = new RegExp(`${FROM}${COUNT_NUM}(?:${TO}${COUNT_NUM})?(?:\\s*\\([a-z ]{2,16}\\))?\\s+(?:"\\s*)?(${STOCK_WORD}|(?:${UNITS})\\b)`, 'g');
const COUNT_THOUSANDS = new RegExp(String.raw`(\d+(?:,\d+)?)\s*(nghin|ngan|trieu)\s+(${UNITS})\b`, 'g');
/** A library's stock in thousands, read wherever it stands like the stock itself: `gần 7 ngàn bản sách`, `3 ngàn bản`. */
const STOCK_THOUSANDS = new RegExp(String.raw`(\d+(?:,\d+)?)\s*(nghin|ngan|trieu)\s+(${STOCK_WORD})`, 'g');
/**
 * Counts are read where the sentence sets or reports them: a rate (`mỗi năm`, `ít nhất`), a cue of aim
 * (`phấn đấu`, `mục tiêu`), a report (`đã tổ chức`), or shares beside them in one list of targets.
 */
// (and what is to be kept, `Duy trì … các đội văn nghệ, thể thao cơ sở (2.638 tổ, đội …; 4.391 đội …)`)
// (and a plan's roadmap, `lộ trình 2022 - 2025 tổ chức lập 15 Hồ sơ khoa học …`, and the future a plan tells its counts in, `Theo kế hoạch, giai đoạn 2022-2025, tỉnh sẽ lập hồ sơ khoa học … cho 293 di tích`)
// (not `chia sẻ`, to share, which folds alike; nor what a unit named before it also kept up, told as a report goes on, `Bảo tàng
// cũng duy trì thường xuyên công tác kiểm tra …; sưu tầm và tiếp nhận 404 hiện vật`: the work of the period reported)
const COUNT_CUE = /\b(?:phan dau|muc tieu|chi tieu|tien toi|du kien|(?<!\bcung )duy tri|lo trinh|(?<!\bchia )se)\b|%/;
/**
 * A line of aims opening on the verb that keeps a standard (`Củng cố và duy trì chuẩn phổ cập giáo dục tiểu học: 09
 * huyện/thành phố đạt mức độ 3`, `Duy trì … : 05 huyện …`): its units counted to reach the standard are set, as under a cue of
 * aim; not a report of what was kept (`đã duy trì …`).
 */
const KEEP_STANDARD =
  /^\W*(?:cung co|duy tri|giu vung)(?:\s+va\s+(?:cung co|duy tri|nang cao|giu vung))?\s+(?:(?:va\s+)?nang cao\s+)?(?:chat luong\s+)?chuan\b(?![^.;]*\bda\s)/;
/** `mỗi cơ quan, trường học …`: what a library holds after it is a norm for each unit, no total (not `cấp mới`, which folds alike). */
const EACH_UNIT =
  /\bmoi\s+(?:co quan|don vi|truong|xa|phuong|thi tran|thon|ap|ban|to dan pho|khu dan cu|chung cu|doanh nghiep|gia dinh|ho|lop|huyen|tinh|thu vien|diem)\b[^;%]*$/;
/**
 * The share a count's clause gives of it: brought in by `đạt`, `chiếm`, `tỷ lệ`, `bằng`, `tương đương` or a bracket (`… 1.278 tổ, đạt 92%`,
 * `17.800 hộ (96%)`), or standing bare at the clause's end (`…, 100%`); a share followed by its own subject (`hơn 85% số gia
 * đình …`, `70% dòng họ …`) is another item; so is one after another count (`500 ngàn hộ đăng ký …, trong đó có 480 ngàn hộ đạt …,
 * đạt tỷ lệ 88,7%`: the share is the second count's).
 */
const OWN_SHARE =
  /^(?:\s*va\s+\d[\d.]*\s[^\d%;]*?)?[^\d]*?(?:\(|\b(?:dat|chiem|ty le|bang|tuong duong)\b)[^%\d]{0,30}\d+(?:,\d+)?\s*%|^[^\d]*\d+(?:,\d+)?\s*%\s*\)?\s*$/;
/**
 * The rest of a count's clause, as its own share is looked for: up to `;` or a stop (not the dot grouping thousands), without
 * the rise told first in its bracket (`502.825 hội viên (tăng 50.369 hội viên, chiếm 27,8% số dân)`, `(tăng 1.828 hội viên so với
 * đầu nhiệm kỳ và đạt tỷ lệ 30,03% …)`: the share is the count's).
 */
function clauseAfter(rest: string): string {
  const clause = rest.slice(0, rest.search(/;|\.(?!\d)|$/));
  return clause.replace(/^\s*\(\s*tang\s+(?:them\s+)?\d[\d.,]*\s*[^\d%;,()]*(?:\bso\s+(?:voi\s+)?[^\d%;,()]*(?:\d{4})?)?(?:,|\bva\b)\s*/, ' (');
}

/** `khen thưởng cho 11 tập thể, 13 gia đình …`, `biểu dương 30 gia đình …`: who was honoured, an award, not a count of results. */
const AWARDED = /\b(?:khen thuong|bieu duong|tuyen duong|tang (?:bang|giay) khen|trao (?:bang|giay) khen)\b[^.;:]{0,40}$/;
/** `phối hợp với 8 thư viện huyện`: the partners of what was done, not a count of it. */
const PARTNERS = /\b(?:(?:phoi hop|ket hop)\s+(?:voi\s+)?|cung voi\s+)(?:cac\s+)?$/;
/**
 * One for each: `mỗi huyện, thị xã, thành phố xây dựng một xã đạt chuẩn`: a number spelt out after a distributive
 * `mỗi …` counts the noun it governs (the article `một` elsewhere counts nothing; a library's stock so set is a norm,
 * no total, above).
 */
const EACH =
  /\bmoi\s+(?:huyen|xa|thon|ap|truong|don vi|thu vien|co quan|tinh|phuong|nam)\b[^.;:%\d]{0,60}?\b(mot|hai|ba)\s+(xa|thon|ap|mo hinh|nha van hoa|cuoc|lop|hoi thi|su kien|trien lam|chuong trinh)\b/g;
const SPELT: Record<string, number> = { mot: 1, hai: 2, ba: 3 };
/**
 * Units of a district, commune or school system to reach a standard: `phấn đấu 1 huyện đạt chuẩn phổ cập …`, `5 xã được
 * công nhận …` (read where a sentence sets them as aims; a share of them, `8/8 huyện`, is read above).
 */
// (the units joined by a comma or a slash, `09 huyện/thành phố`; the standard by its level too, `đạt mức độ 3`, or the level
// alone after a first one, `05 huyện/thành phố đạt mức độ 2, 04 huyện/thành phố mức độ 3`)
const ADMIN_COUNT =
  /(?<![\d/.-]\s?)(?<![\d,])\b(\d{1,3})\s+(huyen|xa|phuong|thi tran|don vi|truong|thon|ban|ap|to dan pho)\b(?:\s*[,/]\s*[a-z]+(?:\s+[a-z]+)?){0,3}\s+(?=(?:tro len\s+)?(?:[a-z,]+\s+){0,3}?(?:dat\s+(?:chuan|danh hieu|muc do\s+\d)|duoc\s+cong\s+nhan)\b|muc do\s+\d\b)/g;
/**
 * More units to reach a standard, told after the total they lead to: `toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn
 * đấu đạt thêm 12 trường, chiếm 46% tổng số trường học` — an aim of its own; the share after it is the total's, not its own.
 */
const MORE_UNITS = /\b(?:dat|co|xay dung|cong nhan)\s+them\s+(\d{1,3})\s+(huyen|xa|phuong|thi tran|don vi|truong|thon|ban|ap|to dan pho)\b/g;
/** Schools by their level: `mầm non có 43 trường`, `tiểu học có 109 trường`, `THCS 38 trường`. */
const LEVEL_SCHOOLS =
  /\b(?:mam non|mau giao|tieu hoc|thcs|thpt|trung hoc co so|trung hoc pho thong)\s+(?:co\s+)?(?:hon\s+|tren\s+|gan\s+)?(\d{1,3}(?:\.\d{3})+|\d+)\s+truong\b/g;

/**
 * The counted things of a sentence, each handed to `push` (which keeps the first value read at a place); `reporting` as in
 * `scanValues`.
 */
export function scanUnitCounts(text: string, reporting: boolean, push: (v: ValueToken) => void): void {
  // (not the year's holidays, `chào mừng kỷ niệm các ngày lễ lớn trong năm`: what the work marked, no rate of it)
  const annual = /\b(?:moi|hang|hang)\s+nam\b|\/\s*nam\b|(?<!\ble(?:\s+lon)?\s)\btrong nam\b|\btoi thieu\b|\bit nhat\b|\bmoi quy\b|\bhang quy\b/.test(text);
  const cued = reporting || annual || COUNT_CUE.test(text) || PAST.test(text);
  for (const m of text.matchAll(COUNT)) {
    let unit = /^cu[oae][ce]$/.test(m[3]!) ? 'cuoc' : m[3]!.replace(/\s+/g, ' ');
    // (`669 ban, tổ khuyến học`: the association's boards, not copies, `bản`, which fold alike)
    if (unit === 'ban' && /^\s*,\s*to khuyen hoc\b/.test(text.slice(m.index + m[0].length))) unit = 'ban khuyen hoc';
    const stock = STOCK_UNIT.test(unit);
    if (!cued && !m[2] && !stock) continue;
    const before = text.slice(0, m.index);
    // (not the end of a figure, "1.500", nor of a year, "giai đoạn 2019 - 2022 thư viện …", nor the whole of a share, "15/17 thư viện")
    if (/[\d/.,-]$/.test(before) || /^(?:19|20)\d\d$/.test(m[1]!)) continue;
    // (nor the partners of what was done, "phối hợp với 8 thư viện huyện", nor those given an award, "khen thưởng cho 11 tập
    // thể, 13 gia đình")
    // (the portions given as awards are counted, `hỗ trợ khen thưởng học sinh nghèo học giỏi 51.275 suất`: what was given)
    if (PARTNERS.test(before) || (AWARDED.test(before) && !unit.startsWith('suat'))) continue;
    // (nor the treasures a dossier asks to be recognised, `hoàn thành hồ sơ khoa học công nhận 4 Bảo vật quốc gia`: an honour,
    // as an award is; those digitised or shown are counted)
    if (unit === 'bao vat' && /\b(?:cong nhan|de nghi|ghi danh)\s+(?:la\s+)?$/.test(before)) continue;
    // (nor the rise told beside a count, `152 chi hội, tăng 01 chi hội so năm trước`: one value with its rise)
    if (/\btang\s+(?:them\s+)?$/.test(before) && /^\s*(?:so\b|\))/.test(text.slice(m.index + m[0].length))) continue;
    // (nor a norm for each unit, "mỗi cơ quan, chung cư có ít nhất 1 tủ sách": no total)
    // (or of members, "mỗi hộ gia đình có ít nhất 1 hội viên khuyến học")
    if ((stock || unit === 'hoi vien') && EACH_UNIT.test(before.slice(-80))) continue;
    // (nor what each unit had, told in a bracket after the total, `10 lớp tập huấn (mỗi phường 1 lớp)`)
    if (/\(\s*moi\s+[a-z]+(?:\s+[a-z]+)?\s+$/.test(before)) continue;
    // (nor a part of the count before it, told in its bracket, `345 chi hội khuyến học (trong đó có 38 chi hội trực thuộc)`)
    if (/\(\s*trong (?:do|so do)\s+(?:co\s+)?$/.test(before)) continue;
    // (a count whose clause gives its share, `40 dòng họ học tập …, đạt tỷ lệ 100%`, `17.800 hộ (96%)`, is read by that share;
    // a share of another subject after it, `phát triển 5.000 hội viên, hơn 85% số gia đình …`, is an item of its own)
    const rest = text.slice(m.index + m[0].length);
    if (!m[2] && !stock && OWN_SHARE.test(clauseAfter(rest))) continue;
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
  // (schools counted by their level, where the sentence sets or reports them: `Trong đó, mầm non có 43 trường, tiểu học có 109
  // trường, THCS có 38 trường và THPT có 9 trường`)
  for (const m of cued ? text.matchAll(LEVEL_SCHOOLS) : []) {
    const start = m.index + m[0].length - /\d[\d.]*\s+truong$/.exec(m[0])![0].length;
    push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: 'truong', start, end: m.index + m[0].length });
  }
  // (in thousands or millions where the sentence sets or reports them: `hơn 1 ngàn chi hội`, `gần 119 ngàn hội viên`, `500 ngàn hộ`)
  for (const m of cued ? text.matchAll(COUNT_THOUSANDS) : []) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    const rest = text.slice(m.index + m[0].length);
    if (OWN_SHARE.test(clauseAfter(rest))) continue;
    const value = Math.round(num(m[1]!) * (m[2] === 'trieu' ? 1_000_000 : 1_000));
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: m[3]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(STOCK_THOUSANDS)) {
    if (/[\d/.,-]$/.test(text.slice(0, m.index))) continue;
    const value = Math.round(num(m[1]!) * (m[2] === 'trieu' ? 1_000_000 : 1_000));
    push({ type: 'count', value, min: null, max: null, raw: m[1]!, unit: m[3]!.replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length });
  }
  if (cued) {
    for (const m of text.matchAll(LODGING_ROOMS)) {
      const start = m.index + m[0].length - /\d[\d.]*\s+[a-z]+$/.exec(m[0])![0].length;
      push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start, end: m.index + m[0].length });
    }
    // (set as aims only: a report's `108 đơn vị được công nhận …` is told again by its share, `108/108 đơn vị`)
    for (const m of annual || COUNT_CUE.test(text) || KEEP_STANDARD.test(text) ? text.matchAll(ADMIN_COUNT) : []) {
      if (/^(?:19|20)\d\d$/.test(m[1]!)) continue;
      // (a count told with its own share, `40 thôn/khối phố được công nhận … (42,55%)`: the share is its value)
      if (OWN_SHARE.test(clauseAfter(text.slice(m.index + m[0].length)))) continue;
      push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start: m.index, end: m.index + m[0].trimEnd().length });
    }
    for (const m of annual || COUNT_CUE.test(text) ? text.matchAll(MORE_UNITS) : []) {
      const start = m.index + m[0].length - /\d+\s+[a-z ]+$/.exec(m[0])![0].length;
      push({ type: 'count', value: num(m[1]!), min: null, max: null, raw: m[1]!, unit: m[2]!, start, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(EACH)) {
      const start = m.index + m[0].length - /\b(?:mot|hai|ba)\s+[a-z ]+$/.exec(m[0])![0].length;
      push({ type: 'count', value: SPELT[m[1]!]!, min: null, max: null, raw: m[1]!, unit: m[2]!, start, end: m.index + m[0].length });
    }
  }
}
