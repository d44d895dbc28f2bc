/** What a document is (plan, decision, report, news, other), from its type line, its number, its form and its opening. */
import { isCaption } from './captions.ts';
import { DATELINE } from './datelines.ts';
import type { Header } from './header.ts';
import { foldPlain } from './normalise.ts';
import type { DocKind } from './types.ts';

const KIND_OF_TYPE: Record<string, DocKind> = {
  'ke hoach': 'plan',
  'chuong trinh': 'plan',
  'de an': 'plan',
  'huong dan': 'plan',
  'quyet dinh': 'decision',
  // (a resolution issuing a plan or approving a programme, under its own type line and voting its articles, "QUYẾT NGHỊ:")
  'nghi quyet': 'decision',
  'chi thi': 'decision',
  'bao cao': 'report',
};

/**
 * A text that opens as a news item without a headline: with the outlet's tag (`(kontumtv.vn) – …`,
 * `TTO - …`) or a photo's caption, telling that an authority has just issued a document (`UBND tỉnh vừa ban hành kế hoạch …`)
 * or an event by its day (`Ngày 18/6, Bộ … tổ chức hội nghị …`).
 */
export function reportsOn(text: string, folded: string): boolean {
  // (the tag may open the second paragraph, under the site's summary of the story: "… người khuyết tật." / "TTXVN - …")
  // (the index's date line opening the page, " date 2026-02-21 (Ngày Nay) - …", is no part of its first paragraph)
  const paragraphs = text
    .trimStart()
    .replace(/^date\s+\d{4}-\d{2}(?:-\d{2})?\s+/, '')
    .split(/\n+/)
    .slice(0, 2);
  if (paragraphs.some((p) => /^\s*(?:\([^()\n]{2,30}\)|[A-ZĐ]{2,6})[ \t]*[-–—]/u.test(p))) return true;
  // (or the outlet by its site's name, under the headline and the page's time: "Laocaitv.vn - UBND tỉnh ban hành …")
  const opening3 = text.trimStart().split(/\n+/).slice(0, 3);
  if (opening3.some((p) => /^\s*[A-Za-z][\w-]{2,30}\.(?:com\.vn|vn|com|net)[ \t]+[-–—]/u.test(p))) return true;
  // (a page opening on its dateline, "25/12/2020 17:00": a document opens on its issuer)
  // (or on a portal's toolbar and then its dateline, "PublishingPortal - Block_BanTin_Toolbar" / "28/02/2023")
  if (
    folded
      .trimStart()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 3)
      .some((l) => DATELINE.test(l))
  )
    return true;
  // (a related story set in the body by the site: its tag in lower case on a line of its own after a closed paragraph and a
  // blank line, its headline under it without a stop, "… “Công dân học tập”." / "" / "khuyến học" / "Phong trào học tập suốt
  // đời thúc đẩy …": a document carries no links to stories)
  if (relatedStory(text)) return true;
  // (a news site's tag page, opening on its tags, "Tags:", "Từ khóa:": a document has none)
  if (/^\s*(?:tags?|tu khoa)\s*:/.test(folded.trimStart())) return true;
  // (a page with a photo's caption, "… Trong ảnh: … – Ảnh: Minh Luận", opening it or among its lines: plans carry no photos)
  if (
    folded
      .slice(0, 3000)
      .split('\n')
      .some((l) => isCaption(l))
  )
    return true;
  // (the index's date line opening the page, " date 2025-02", is no part of its first sentence)
  const first = /^[^.!?]*/.exec(folded.trimStart().replace(/^date\s+\d{4}-\d{2}(?:-\d{2})?\s+/, ''))![0];
  // (a byline with the time the story was posted, "Tuyết Nhung 17:40 23/11/2024", on a line of its own near the top)
  if (
    text
      .trimStart()
      .split('\n')
      .slice(0, 12)
      .some((l) => BYLINE.test(l.trim()))
  )
    return true;
  // (a text opening on its source, an institution or a person, "Theo Bảo tàng Hồ Chí Minh, năm 2018, …", "Theo ông …, …": what
  // someone told the writer; a document cites documents, "Theo Quyết định …", or opens on its basis)
  if (TOLD_BY.test(first)) return true;
  // (a page cut from a story, opening on a word pointing back to what the story told before: "Cụ thể, …", "Theo đó, đến năm
  // 2030, …"; a document opens on its header, its basis or its own heading)
  if (/^\W*(?:cu the|theo do|ben canh do|ngoai ra|trong do)\s*,/.test(first)) return true;
  // (an event told: "Tại Hội thảo, các đại biểu …", "Tại buổi làm việc, …")
  if (/^\W*tai\s+(?:buoi\s+)?(?:hoi nghi|hoi thao|le|buoi lam viec|toa dam|dien dan)\b/.test(first)) return true;
  // (and by whom: "… đề án “Xóa mù chữ đến năm 2020” vừa được Chủ tịch UBND tỉnh Vĩnh Long phê duyệt"; or an event just
  // held, "Huyện Phước Long vừa tổ chức Đại hội …")
  if (/\bvua\s+(?:duoc\s+[^.;]{0,60}?)?(?:ban hanh|phe duyet|ky|co quyet dinh|trien khai|to chuc)\b/.test(first)) return true;
  // (or that someone has signed it, "Tổng Bí thư … đã ký ban hành Nghị quyết số 71 …", "Thay mặt Bộ Chính trị, … đã ký …": a
  // document does not tell of its own signing)
  if (/\bda\s+ky\s+(?:ban hanh|quyet dinh|nghi quyet|ke hoach|chi thi)\b/.test(first)) return true;
  // (what a body asked of others, told as the text's opening: "Ban chỉ đạo xây dựng xã hội học tập tỉnh yêu cầu các cấp, các
  // ngành tiếp tục …"; a document asks in its own voice, under its header and its basis)
  if (/^\W*(?:ban chi dao|ubnd|uy ban nhan dan|so|bo|hoi|thu tuong|chu tich)\b[^.;:]{0,80}?\b(?:yeu cau|de nghi)\s+(?:cac|toan)\b/.test(first)) return true;
  // (what a document says, told of it near the top: "Văn bản nêu rõ, cần tập trung …", "Kế hoạch nhấn mạnh …", "Bên cạnh đó,
  // Chương trình cũng nêu rõ nhiệm vụ …"; a document speaks in its own voice and does not call itself "văn bản")
  if (
    /(?:^|[.!?:]\s+|\n)\W*(?:(?:ben canh do|ngoai ra|dong thoi|theo do)\s*,\s*)?(?:van ban\s+(?:neu ro|yeu cau|nhan manh|chi ro|de ra)|(?:ke hoach|quyet dinh|chi thi|nghi quyet|chuong trinh|de an)\s+(?:cung\s+)?(?:neu ro|nhan manh|chi ro))\b/.test(
      folded.slice(0, 1500),
    )
  )
    return true;
  // (a programme carried out and what it brought, opening a text without a header: "Thực hiện Quyết định số 89/QĐ-TTg …,
  // công tác … đã nhận được sự quan tâm …, qua đó thu được nhiều kết quả"; a document opens on what it carries out, then
  // issues its plan)
  if (/^\W*(?:thuc hien|trien khai)\b[^.!?]{0,400}?\b(?:thu duoc|dat duoc)\s+(?:nhieu|mot so)\s+ket qua\b/.test(first)) return true;
  // (a page posted, its posting line near the top: "Đã đăng vào 11 Th1, 2019 lúc 7:39", "Ngày đăng: 09/12/2022"; a
  // document is issued, not posted)
  if (
    folded
      .trimStart()
      .split('\n')
      .slice(0, 12)
      .some((l) => /^\s*(?:da dang|dang)\s+(?:vao|luc|ngay)\b[^\n]{0,30}\d|^\s*ngay dang\s*:\s*\d/.test(l))
  )
    return true;
  // (a span of work looked back on, opening a text without a header: "Sau 2 năm thực hiện Đề án …, đến nay, tỉnh có …")
  if (/^\W*(?:sau|qua)\s+(?:hon\s+)?\d+\s+nam\s+(?:thuc hien|trien khai)\b/.test(first)) return true;
  // (or the part of the year gone by: "Từ đầu năm đến nay, Thư viện … đã cấp …", "Trong 9 tháng đầu năm 2023, …", "4 tháng
  // đầu năm, thư viện huyện … đã …", "Tính
  // đến hết tháng 9-2024, …")
  // (or up to now, `Đến nay, huyện … có 19.671 hộ gia đình …`: what there is, told of a place)
  if (/^\W*(?:tu dau nam(?:\s+20\d\d)?\s+den nay|(?:trong\s+)?\d+\s+thang dau nam|tinh den (?:het\s+)?(?:thang|quy)\s+\d|(?:tinh\s+)?den nay\s*,)/.test(first))
    return true;
  // (what a document sets, told of it: "Chương trình đưa ra mục tiêu phấn đấu …", "Chương trình đặt mục tiêu …")
  // (with a quantifier too, "Kế hoạch đề ra các mục tiêu cụ thể đến năm 2025")
  if (
    // (a resolution too, by its number and whose: "Nghị quyết 15 của Tỉnh ủy … đã đưa ra các chỉ tiêu cụ thể …")
    // (a master plan too, and what it sets besides, "Quy hoạch cũng đặt mục tiêu đến 2025 đón khoảng 9 triệu lượt khách …")
    /\b(?:ke hoach|chuong trinh|de an|quyet dinh|nghi quyet|quy hoach)(?:\s+(?:so\s+)?\d[^\s.;,]*)?(?:\s+cua\s+[^.;,\n]{2,40}?)?\s+(?:cung\s+)?(?:da\s+)?(?:dua ra|dat ra|de ra|dat)\s+(?:(?:cac|nhung|mot so)\s+)?(?:muc tieu|chi tieu)\b/.test(
      folded.slice(0, 2500),
    )
  )
    return true;
  // (an event of the day the page was written, "chiều nay 17/6, Ban … khảo sát …", "sáng nay, …": a document has no today)
  if (/\b(?:sang|chieu|toi|trua)\s+nay\b/.test(folded.slice(0, 1200))) return true;
  // (a document told by its kind alone, what it says a place will do: "Theo Nghị quyết, từ nay đến năm 2025, Hòa Bình sẽ phấn
  // đấu …" — no document speaks so of itself, a page tells it)
  if (
    /(?:^|[.!?]\s+|\n)\W*theo\s+(?:nghi quyet|quyet dinh|ke hoach|de an|quy hoach|chuong trinh)\s*,[^.;\n]{0,80}?\b(?:se|phan dau)\b/.test(
      folded.slice(0, 2000),
    )
  )
    return true;
  // (figures weighed against the year before, opening a text without a header: "Năm 2023, tổng lượng khách … đạt 380 nghìn
  // lượt (tăng 344% so với năm 2022)", "… tăng 12% so với cùng kỳ"; not an aim so weighed, "phấn đấu tăng 10% so với …")
  const lead = /^[^\n]{0,400}/.exec(folded.trimStart())![0];
  if (/\bso voi\s+(?:cung ky|nam truoc|nam ngoai|nam\s+20\d\d)\b/.test(lead) && !/\b(?:phan dau|muc tieu|chi tieu|se|du kien|den nam)\b/.test(lead))
    return true;
  const opening = folded.slice(0, 800).split(/(?<=[.!?])\s+|\n+/);
  // (an event told by its day, "Ngày 07/4/2023, Bộ … đã có báo cáo …", or its span of days, "- Từ ngày 17/4 đến 10/5, Thư viện
  // tỉnh … tổ chức …", "Ngày 18/6, Bộ … tổ chức Hội nghị …", "Ngày 11 và 12-1, …"
  // (a meeting over two days), or its part of the
  // day, "Sáng ngày 27/2, UBND huyện … tổng kết …", "Chiều 5/3, …", after the index's date line, " date 2024-02")
  if (
    opening.some((s) =>
      /^\W*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?(?:(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?|ngay\s+|tu\s+ngay\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s+den\s+(?:ngay\s+)?)(?:\d{1,2}\s*(?:va|,)\s*)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?(?:\s+tai\s+[^,.;:]{2,80})?\s*,\s*[a-z]/.test(
        s,
      ),
    )
  )
    return true;
  // (a meeting's photo told by its caption on a line of its own: "Quang cảnh hội nghị", "Các đại biểu tham dự Hội nghị", its
  // stop kept or not)
  if (
    folded
      .slice(0, 3000)
      .split('\n')
      .some(
        (l) =>
          /^\s*(?:quang canh|toan canh|cac dai bieu (?:tham )?du)\b[^.!?;:]{0,60}\.?\s*$/.test(l) ||
          // (or a speaker's: "Bà … - Chủ tịch Hội Khuyến học phường … phát biểu tại Hội nghị")
          /^\s*(?:ong|ba|dong chi)\s[^.!?;:]{2,100}\bphat bieu\s+(?:tai|chi dao|khai mac|be mac)\b[^.!?;:]{0,60}\.?\s*$/.test(l),
      )
  )
    return true;
  // (a person's words reported by name and title: "Ông Nguyễn Văn A - Giám đốc Thư viện tỉnh cho biết: “…”", "GS.TS …, Phó Chủ
  // tịch Hội …, cho biết, …": a document does not quote its officials)
  if (SAYS.test(folded.slice(0, 3000))) return true;
  // (or someone's words quoted in the first person, a paragraph opening on a quotation: "“Tổng số hiện vật được số hóa … chỉ
  // có 430 hiện vật thôi nhưng … Trong tương lai chúng tôi …": a document speaks in its own voice, without quotation marks)
  if (QUOTED_FIRST_PERSON.test(folded.slice(0, 3000))) return true;
  // (what a museum, a library or a centre named in the third person holds, counted: "Sở hữu hơn 30.000 hiện vật, …, Bảo tàng
  // tỉnh Thanh Hóa được biết đến là …", "Bảo tàng tỉnh Thái Nguyên hiện đang lưu giữ trên 35 nghìn hiện vật": a story about
  // it; a document tells its own holdings under its header)
  if (
    text
      .slice(0, 3000)
      .split(/(?<=[.!?])\s+|\n+/)
      .some((s) => NAMED_INSTITUTION.test(s) && HOLDS_COUNT.test(foldPlain(s).text))
  )
    return true;
  // (what an authority or a body has done, told of it in the past, `Để đạt được mục tiêu đó, UBND xã đã làm tốt công tác
  // thông tin, tuyên truyền …`: a document sets out what is to be done in its own voice)
  if (DID.test(folded.slice(0, 1200))) return true;
  // (what a place named in the third person has done over the time gone by, `thời gian qua, tỉnh Lào Cai luôn xác định …`: a
  // story about it; a document speaks of its own place as `tỉnh ta`, `huyện`, without its name)
  if (OVER_TIME_GONE_BY.test(text.slice(0, 2500))) return true;
  // (and what such a place has up to a day, `Tính đến tháng 9 năm 2024, tỉnh Yên bái có 139 di tích …`: where it stands, told of
  // it; a document counts its own place as `toàn tỉnh`)
  if (UP_TO_A_DAY_NAMED.test(text.slice(0, 2500))) return true;
  // A text that names a document by its number in a sentence of its own, not in a preamble
  // ("Đó là tinh thần nêu trong Kế hoạch số 290/KH-UBND …", "… được phê duyệt tại Quyết định số 692/QĐ-TTg"), talks about it.
  return opening.some((s) => CITED.test(s) && !PREAMBLE.test(s));
}

/** `Theo` and who told it, then a comma: an institution or a person, not a document nor a rule (`theo quy định`, `theo tinh thần`). */
// (or its figures, "Theo thống kê của ban tổ chức, …", "Theo số liệu của Thư viện tỉnh, …")
// (and an institution's statistics, "Theo thống kê của Thư viện tỉnh Vĩnh Long, từ đầu năm đến nay …")
/** A related story inside the body: a tag of one to three words in lower case after a closed paragraph, its headline under it. */
function relatedStory(text: string): boolean {
  const lines = text.slice(0, 3000).split('\n');
  return lines.some((l, i) => {
    const tag = l.trim();
    const head = (lines[i + 1] ?? '').trim();
    return (
      i >= 2 &&
      (lines[i - 1] ?? '').trim() === '' &&
      /[.!?]["'”’)]*$/.test((lines[i - 2] ?? '').trim()) &&
      /^\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(tag) &&
      /^\p{Lu}/u.test(head) &&
      head.length <= 160 &&
      !/[.;:,!?…]$/.test(head)
    );
  });
}

const TOLD_BY =
  /^\W*theo\s+(?:(?:thong ke|so lieu|bao cao)\s+(?:cua\s+)?(?=ban to chuc\b)|(?:thong ke|so lieu)\s+(?:cua\s+)?(?=(?:thu vien|bao tang|so|bo|cuc|vu|trung tam)\b))?(?:bao tang|thu vien|hoi|so|bo|cuc|vu|phong|trung tam|ban|uy ban|ubnd|lanh dao|dai dien|ong|ba|gs|pgs|ts|nha giao|dong chi)\b[^,.;:\n]{0,80},/;
/** A byline: a name of two to four words, then the time and the day it was posted (`Tuyết Nhung 17:40 23/11/2024`). */
const BYLINE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}\s+\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}$/u;

/** Someone named by an honorific or an academic title, then what they said: `ông …, giám đốc …, cho biết:`. */
// (or by the office they hold, then their name: `Cục trưởng Văn thư và Lưu trữ nhà nước Đặng Thanh Tùng cho biết, …`)
// (or told the paper's reporter, "… thông tin đến phóng viên VietNamNet, …": a document has no reporter)
const SAYS =
  /\b(?:ong|ba|gs|pgs|ts|ths|nha giao|dong chi|cuc truong|vu truong|giam doc|pho giam doc|bo truong|thu truong|truong phong|pho truong phong)\s+[^.!?\n]{2,150}?\b(?:(?:cho biet|chia se|khang dinh)\s*[:,]|(?:thong tin|cho biet|chia se|trao doi)\s+(?:den|voi|cho)\s+phong vien\b)/;
/** A paragraph opening on a quotation that speaks in the first person (`“… chúng tôi …`). */
const QUOTED_FIRST_PERSON = /(?:^|\n)\s*["“][^"”\n]{0,400}?\b(?:chung toi|toi)\b/;
/** A museum, a library or a centre named, its name capitalised (`Bảo tàng tỉnh Thanh Hóa`, `Bảo tàng Hùng Vương`). */
// (read on the text as printed, for the capital of the name: its marks may be lost or misread, `Bao tang tinh Thanh Hoa`)
const NAMED_INSTITUTION =
  /(?:B\S{1,2}o\s+t\S{1,2}ng|Th\S{1,2}\s+vi\S{1,2}n|Trung\s+t\S{1,2}m)\s+(?:(?:t\S{1,3}nh|th\S{1,2}nh\s+ph\S{1,2}|huy\S{1,2}n)\s+)?\p{Lu}/u;
/** What it holds, counted: `lưu giữ trên 35 nghìn hiện vật`, `sở hữu hơn 30.000 hiện vật`, `trưng bày hơn 12.000 hiện vật`. */
const HOLDS_COUNT =
  /\b(?:luu giu|so huu|trung bay)\s+(?:(?:hon|tren|gan|khoang)\s+)?\d[\d.,]*\s+(?:nghin\s+|ngan\s+|trieu\s+)?(?:hien vat|tai lieu|tu lieu|bao vat)\b/;
/** An authority or a body of the sector, then `đã` and what it did: `UBND xã đã làm tốt …`, `Hội Khuyến học huyện đã phối hợp …`. */
// (a manner may stand between, `Bảo tàng Hùng Vương (Thành phố Việt Trì) đã nhanh chóng xây dựng kế hoạch`, `Trung tâm đã cử cán
// bộ tập huấn`, `Bảo tàng tỉnh đã đẩy mạnh số hoá`)
const DID =
  /\b(?:ubnd|uy ban nhan dan|hoi khuyen hoc|ban chi dao|thu vien|bao tang|trung tam)\b[^.;:]{0,40}?\bda\s+(?:(?:nhanh chong|tich cuc|chu dong|tung buoc|khong ngung)\s+)?(?:lam tot|trien khai|to chuc|thuc hien|chi dao|phoi hop|tuyen truyen|xay dung|day manh|ung dung|so hoa|tien hanh|cu)\b/;
// (read on the text as printed, for the capital of the name: its marks may be lost or misread, `thòi gian qua, tinh Há Giang`)
const OVER_TIME_GONE_BY =
  /(?:^|[\s,(])[Tt]h\S{1,2}i\s+gian\s+qua\s*,?\s*(?:t\S{1,2}nh|huy\S{1,2}n|th\S{1,2}nh\s+ph\S{1,2}|th\S{1,2}\s+x\S{1,2}|qu\S{1,2}n|x\S{1,2}|ph\S{1,3}ng)\s+\p{Lu}/u;
const UP_TO_A_DAY_NAMED =
  /(?:^|[\s,(])[Tt]\S{1,2}nh\s+\S{1,3}n\s+(?:h\S{1,2}t\s+)?[^,\n]{3,30},\s*(?:t\S{1,3}nh|huy\S{1,2}n|th\S{1,2}nh\s+ph\S{1,2}|th\S{1,2}\s+x\S{1,2}|qu\S{1,2}n|x\S{1,2}|ph\S{1,3}ng)\s+\p{Lu}/u;
const CITED = /\b(?:ke hoach|quyet dinh|de an|chuong trinh|chi thi)\s+(?:so\s+)?\d{1,5}(?:\s*\/\s*\d{4})?\s*[/-]\s*[a-z]/;
/** The clauses a document opens on to cite what it carries out: `Căn cứ …`, `Thực hiện …`, `Xét đề nghị …`. */
const PREAMBLE = /^\W*(?:can cu|thuc hien|trien khai|theo de nghi|xet)\b/;

/** What the document is, from its type line, else its number's code, else its form. */
/**
 * A plan in its own voice, published without its header: the authority says it draws the plan up and sets it out
 * (`UBND xã Quảng Thạch xây dựng kế hoạch triển khai thực hiện … cụ thể như sau:`) before its first Roman section.
 * A story about a plan tells that one was issued (`vừa ban hành Kế hoạch …`) and runs as prose.
 */
export function ownVoice(folded: string, sections: { start: number }[]): boolean {
  const first = sections[0]?.start;
  if (first === undefined) return false;
  const before = folded.slice(Math.max(0, first - 600), first);
  return /\b(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh)\b[^.!?]{0,400}?\bnhu sau\s*:\s*$/.test(before) && !/\bvua\s+(?:xay dung|ban hanh)\b/.test(before);
}

export function kindOf(header: Header, looksLikePlan: boolean, targets: number, sectioned: boolean, news: boolean, own = false): DocKind {
  if (header.docType) return KIND_OF_TYPE[header.docType] ?? 'other';
  const code = header.number ? foldPlain(header.number).text.replace(/^[\d/]+|^\d+-/, '') : '';
  if (/^kh\b|^ctr\b/.test(code)) return 'plan';
  if (/^(?:qd|ct)\b/.test(code)) return 'decision';
  if (/^bc\b/.test(code)) return 'report';
  // A plan published as a web page keeps its own title ("Kế hoạch thực hiện …") and its Roman sections
  // ("I. MỤC TIÊU"); a news item about a plan has a headline of its own and runs as prose.
  if (!header.number && header.title && sectioned && /^k[eo] hoach\b/.test(foldPlain(header.title).text.trim())) return 'plan';
  if (!header.number && own) return 'plan';
  if (!header.number && (header.title || news)) return 'news';
  return looksLikePlan && targets > 0 ? 'plan' : 'other';
}

export function isPlanLike(text: string, titled: boolean, targets: number, tasks: number): boolean {
  const lll = /hoc tap suot doi|thu vien|bao tang|van hoa/.test(text);
  const skeleton = [/muc tieu/, /nhiem vu|giai phap|noi dung/, /to chuc thuc hien/, /kinh phi/].filter((re) => re.test(text)).length;
  return (titled && (skeleton >= 2 || targets > 0)) || (lll && targets > 0) || (skeleton >= 3 && tasks > 0);
}
