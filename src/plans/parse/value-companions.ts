/**
 * Which of a sentence's values belong to another or are no figure of their own: a count's share and a share's count told
 * beside it, an inventory's parts, a share of the plan or a rise in brackets, what is usual, the make-up of a cited
 * document. The sentence readers (targets.ts) keep the rest.
 */
import type { ValueToken } from './value-token.ts';

/**
 * A value told beside the value before it in the same clause, as its companion: a count's share (`… nâng tổng số hội viên lên
 * 12.480 người, đạt tỷ lệ 18,5% dân số`), a share's count in brackets (`đạt 85% kế hoạch (hơn 4.100 lượt người)`). A report
 * tells one result so. (A count's new total, `512 hội viên mới, nâng tổng số hội viên lên 12.480 người`, is a fact of its own.)
 */
// (or by `chiếm`, `hiện tại có 174 thư viện đạt chuẩn, chiếm trên 55% tổng số thư viện`)
const SHARE_AFTER = /^[^.;,\d]{0,20},\s*(?:(?:dat\s+)?(?:ty|ti)\s+le|chiem(?:\s+(?:ty|ti)\s+le)?)\s+(?:(?:hon|tren|gan|khoang)\s+)?$/;
// (what each unit of a share has, as a range: `100% xã, phường, thị trấn có từ 02 - 05 câu lạc bộ văn hóa thể thao`: one result)
const RANGE_EACH_HAS = /^[^.;%\d]{0,60}?\bco\s+(?:tu\s+)?$/;
// (a count's rise on the year before, after a comma: `1,3 triệu lượt khách năm 2024, tăng 26,72% so với cùng kỳ năm 2023`)
const RISE_AFTER = /^[^.;%]{0,40}?,\s*(?:tang|giam)\s+(?:hon\s+|gan\s+|khoang\s+)?$/;
/**
 * A sentence about the figure told before it (`Đáng lưu ý, con số trên thậm chí cao hơn 2,98% so với năm 2019`): its share
 * weighs that figure, no value of its own.
 */
export const FIGURE_ABOVE = /^\W*(?:[a-z]+(?:\s+[a-z]+){0,2}\s*,\s*)?(?:con so|ket qua|so lieu)\s+(?:tren|nay|do)\b/;
const COUNT_IN_BRACKETS = /^[^.;,()\d]{0,30}\(\s*(?:(?:hon|tren|gan|khoang)\s+)?$/;
/**
 * The share of the year's plan a count reaches, told between it and its rise (`… 55,34 ngàn lượt người …, đạt 25,16% kế hoạch
 * năm, tăng 40,6% so với cùng kỳ năm trước`): the count's too, so the rise after it is still the count's.
 */
const PLAN_SHARE_CLAUSE = /,\s*(?:dat|bang|vuot)\s+(?:(?:hon|tren|gan|khoang)\s+)?\d[\d.,]*\s*%\s*(?:so voi\s+)?(?:ke hoach|chi tieu)[^,;.%\d]*/g;
/** What a rise is weighed against, right after it: `… so với năm 2016`, `… so với cùng kỳ năm trước`. */
const AGAINST_BEFORE = /^[^.;,\d]{0,30}?\bso\s+(?:voi\s+)?(?:nam|cung ky|ky)\b/;
export function companions(text: string, values: ValueToken[]): ValueToken[] {
  const sorted = [...values].sort((a, b) => a.start - b.start);
  return sorted.filter((v, k) => {
    const p = sorted[k - 1];
    if (!p || p.end > v.start) return false;
    const between = text.slice(p.end, v.start);
    if (p.type === 'count' && v.type === 'percent')
      return SHARE_AFTER.test(between) || (RISE_AFTER.test(between.replace(PLAN_SHARE_CLAUSE, '')) && /^\s*so\s+voi\b/.test(text.slice(v.end)));
    // (a count's rise in the same unit on the year before, after a comma: `đã đón 102.359 lượt khách tham quan, tăng 8.209 lượt
    // khách so với năm 2016`: that count's change, no figure of its own)
    if (p.type === 'count' && v.type === 'count') return RISE_AFTER.test(between) && AGAINST_BEFORE.test(text.slice(v.end));
    // (and the rise of a share told after it, `267.205 người, đạt tỷ lệ 34,45% dân số, tăng 1,16% so với năm 2020`, `đạt
    // 25,52% số hộ gia đình, tăng 0,01% so năm 2020`: that share's change, no figure of its own)
    if (p.type === 'percent' && v.type === 'percent') return RISE_AFTER.test(between) && /^\s*so\s+(?:voi\s+)?(?:nam|cung ky|ky)\b/.test(text.slice(v.end));
    if (p.type === 'percent' && v.type === 'count') return COUNT_IN_BRACKETS.test(between) || (v.value === null && RANGE_EACH_HAS.test(between));
    return false;
  });
}

/**
 * Counts a bracket breaks down (`45 di tích được xếp hạng (03 di tích quốc gia, 42 di tích cấp tỉnh)`): the parts sum to
 * the whole, as an inventory is written; a plan does not set its aims to the unit so. The wholes, and their parts.
 */
export function inventories(text: string, values: ValueToken[]): { wholes: ValueToken[]; parts: ValueToken[] } {
  const wholes: ValueToken[] = [];
  const parts: ValueToken[] = [];
  // (what a network or system is made of, `Mạng lưới thư viện tỉnh gồm … (1 thư viện tỉnh, 8 thư viện huyện); … 108 tủ sách
  // …`: an inventory of institutions, neither a result nor a target)
  const made = NETWORK_OF.exec(text);
  if (made) parts.push(...values.filter((v) => v.type === 'count' && v.start >= made.index + made[0].length));
  for (const v of values) {
    if (v.type !== 'count' || v.value === null) continue;
    const open = text.indexOf('(', v.end);
    if (open < 0 || open - v.end > 40 || /[;.%]/.test(text.slice(v.end, open))) continue;
    const close = text.indexOf(')', open);
    if (close < 0) continue;
    const inside = values.filter((w) => w.start > open && w.end <= close && w.type === 'count' && w.value !== null);
    if (inside.length >= 2 && inside.reduce((n, w) => n + w.value!, 0) === v.value) {
      wholes.push(v);
      parts.push(...inside);
    }
  }
  return { wholes, parts };
}

/**
 * What an institution or a place holds, told in the present: `Bảo tàng tỉnh lưu giữ gần 30.000 hiện vật gốc, trưng bày gần
 * 1.500 hiện vật …`, `Sở hữu hơn 30.000 hiện vật, trong đó …`, `Nước ta hiện có 147 bảo tàng, trong đó 36 …`, `Tính đến tháng 9
 * năm 2024, tỉnh Yên Bái có 139 di tích đã được xếp hạng, trong đó …`, `Hiện nay Bảo tàng … trưng bày hơn 12.000 hiện vật gốc`,
 * `đơn vị đang quản lý … bao gồm hơn 30 km giá tài liệu, trong đó có 2 bảo vật quốc gia …`: its holdings, heritage and
 * collections counted, neither a result (nothing was done) nor an aim. The counts after the verb, once the first is of
 * heritage or a collection, are the holding's parts and items. Work done on them is a result (`Toàn tỉnh có 20 di tích … được
 * tu bổ và tôn tạo`), and an aim is read by the caller before this (`Phấn đấu … lưu giữ …`).
 */
const HOLDS =
  /\b(?:luu giu|so huu|dang quan ly|bao gom|hien nay\b[^.;\d]{0,60}?\btrung bay|(?:nuoc ta|ca nuoc|toan quoc|toan tinh|tinh\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:hien\s+)?co)\b/;
/** What museums, archives and heritage registers count as their holdings. */
const HOLDING_UNIT = /^(?:hien vat|bao vat|di tich|di san|bao tang|tai lieu|tu lieu)$/;
/** People and visits, which a holding does not count. */
const PEOPLE_UNIT = /^(?:luot|nguoi|hoc sinh|sinh vien|thi sinh|thieu nhi|doc gia|hoi vien|doan khach)\b/;
/** Work done on what is counted, right after it: `… di tích cấp quốc gia và cấp tỉnh được tu bổ và tôn tạo`. */
const WORK_DONE = /^[^.;\d]{0,40}?\b(?:da\s+)?duoc\s+(?:tu bo|ton tao|phuc hoi|so hoa|suu tam|dau tu|chong xuong cap|trung tu|bao quan)\b/;
export function holdings(text: string, values: ValueToken[]): ValueToken[] {
  const m = HOLDS.exec(text);
  if (!m) return [];
  const after = values.filter((v) => v.type === 'count' && v.start >= m.index + m[0].length && !PEOPLE_UNIT.test(v.unit)).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first || !HOLDING_UNIT.test(first.unit) || WORK_DONE.test(text.slice(first.end))) return [];
  return after;
}

/** A share brought in after a count by `; chiếm`: the count's, `… 1.662.000 lượt bạn đọc …; chiếm 80% bạn đọc là học sinh`. */
export const SHARE_OF_BEFORE = /;\s*chiem\s+(?:ty le\s+)?(?:(?:hon|gan|tren|khoang)\s+)?$/;
/** The plan a share is of, right after it: `đạt 54,8% kế hoạch năm`, `đạt 130% kế hoạch giao`, `95% chỉ tiêu`. */
export const PLAN_SHARE_AFTER = /^\s*(?:so voi\s+)?(?:ke hoach|chi tieu)\b/;
/** A rise opening a bracket, right before its value: `(tăng 2% so với năm 2021)`, `(tăng thêm 0,5% …)`. */
export const RISE_IN_BRACKETS = /\(\s*tang\s+(?:them\s+)?$/;

/** What a thing usually holds or sees, right before a count: `thường có trên 3.000 bản sách`, `thường xuyên có khoảng 50 lượt`. */
export const USUAL = /\bthuong\s+(?:xuyen\s+)?co\s+(?:(?:tren|khoang|gan|hon|tu|chung)\s+)?$/;

/**
 * What a system is given each year, told as usual and about (`Mỗi năm, hệ thống thư viện của thành phố được bổ sung khoảng 20
 * ngàn đến 22 ngàn bản sách, trong đó …`): a sentence opening on `Mỗi năm,` whose verb is passive (`được`) and whose figures
 * are approximate, with no cue of aim, tells what usually happens — neither a result nor an aim (a plan sets a yearly aim in
 * its own voice, `Mỗi năm bổ sung ít nhất 5.000 bản sách`).
 */
export const HABITUAL = /^\W*(?:moi|hang)\s+nam\s*,[^.;]*?\bduoc\b(?![^.;]*\b(?:phan dau|muc tieu|chi tieu|se|can|phai|toi thieu|it nhat|du kien)\b)/;
/** The figure right after `khoảng` (`khoảng 20 ngàn`, `từ 10 ngàn`): an approximate one, as `HABITUAL` tells. */
// (or the upper end of such a range, `khoảng 20 ngàn đến 22 ngàn`)
export const ABOUT_BEFORE = /\b(?:khoang|tu)\s+(?:\d[\d.,]*\s*(?:nghin|ngan|trieu)?\s*(?:den|-)\s*)?$/;

/**
 * What a place or a library has now, told as it stands (`hiện nay, toàn thành phố có 29 thư viện, 32 phòng đọc sách và hàng trăm
 * tủ sách`, `Hiện, thư viện TPCT có khoảng 210 ngàn bản sách`), right before a count of its stock (or a list of them): an
 * inventory, neither a result nor an aim — unless the sentence tells a change or a standard (`nâng tổng số … lên`, `mới`,
 * `tăng`, `đạt chuẩn`, `được công nhận`, `xây dựng`, `thành lập`) or a share.
 */
export const STANDING_STOCK =
  /\bhien(?:\s+nay)?\s*,?\s+(?:[^.;,\d]{0,50}?\s)?co\s+(?:khoang\s+|hon\s+|tren\s+|gan\s+)?(?:\d[\d.,]*\s*(?:nghin|ngan)?\s+[a-z ]{2,30}?\s*,\s*)*$/;
export const STOCK_CHANGE = /%|\b(?:nang|moi|tang|them|dat chuan|cong nhan|xay dung|thanh lap|bo sung|phuc vu|luan chuyen|cap)\b/;

/** Whether a position of a sentence lies inside brackets. */
export function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) >= 0;
}

/** A sentence whose subject is a document it cites, approved or issued: `Quyết định 281/QĐ-TTg được Thủ tướng … phê duyệt ngày …`. */
export const APPROVED_DOC =
  /^\W*(?:quyet dinh|nghi quyet|chi thi|de an|chuong trinh)\s+(?:so\s+)?\d{1,5}\s*\/[a-z0-9/-]+[^.;]{0,100}?\bduoc\b[^.;]{0,60}?\b(?:phe duyet|ban hanh|ky)\b/;

/**
 * A count whose items are named right after it, as many as it says (`4 mô hình: Gia đình học tập, dòng họ học tập, cộng
 * đồng học tập và đơn vị học tập`; `,` and `và` divide the names, up to the clause's end or a bracket): what a thing is made of.
 */
export function namedAfter(text: string, v: ValueToken): boolean {
  const m = /^\s*:\s*([^.;:()\d]+)/.exec(text.slice(v.end));
  if (!m || v.value === null) return false;
  return m[1]!.split(/,|\bva\b/).filter((x) => x.trim().length > 0).length === v.value;
}

/**
 * A count whose items are named in a bracket after it, as many as it says (`5 mô hình học tập (Gia đình học tập, Dòng họ học
 * tập, Cộng đồng học tập, Đơn vị học tập, Công dân học tập)`): the kinds it names, no figure of what was done.
 */
export function namedInBrackets(text: string, v: ValueToken): boolean {
  const m = /^[^.;:()\d]{0,30}?\(\s*([^.;:()\d]+)\)/.exec(text.slice(v.end));
  if (!m || v.value === null || v.value < 2) return false;
  return m[1]!.split(/,|\bva\b/).filter((x) => x.trim().length > 0).length === v.value;
}

/** A sentence opening on what a network or system consists of: `Mạng lưới thư viện … gồm …`, `Hệ thống … bao gồm …`. */
const NETWORK_OF = /^\W*(?:mang luoi|he thong)\b[^.;:%\d]{0,80}?\b(?:bao )?gom\b/;
