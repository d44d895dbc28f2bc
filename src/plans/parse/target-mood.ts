/** Whether a value is a result (what was done) or a target (what is to be done): the cues of past and aim. */
import type { ParsedResult, ParsedTarget } from './types.ts';

/**
 * A value that states what was done, not what is to be done (a report, a plan's review of the past);
 * `Trong 5 năm (2015-2020), toàn tỉnh có …`, `trong 3 năm qua`: a span of years looked back on;
 * `Hiện toàn tỉnh có …` ("now", opening the sentence, before its subject): what there is; `Giai đoạn 2016- 2020 có 47/94 đơn
 * vị …`, `Từ năm 2011-2015 có 90/94 …` (a span opening the sentence, then `có` and a figure: what there was); `Toàn huyện có 4
 * trung tâm học tập cộng đồng …`, `Toàn huyện Như Xuân có 197 chi hội …` (the whole place, its name, then `có` and a count, not a
 * share: what there is);
 * `Theo số liệu thống kê, …`, `Qua thống kê, …`: figures a count has measured; `số lượng hội viên cuối năm 2024 là 21.268
 * hội viên`: the number there is (not one set for a year to come); `Tổng số hiện vật được số hóa … chỉ có 430 hiện vật`: the
 * number of what has been done; `Theo báo cáo của Sở …, …`: figures a
 * report gave; `Đến thời điểm hiện tại, …` (up to now);
 * `… đạt so với kế hoạch đề ra`: a figure weighed against the plan, `đạt 6,31% (kế hoạch là 6,3%)`: against the
 * plan's figure in brackets; `Báo cáo của Bộ … cho hay, …`: what a report says; `đã phát triển được 120 hội viên mới, nâng
 * tổng số lên …`: what was grown; `Nhiệm kỳ qua, huyện có …`: the term gone by; `Theo kết quả điều tra (khảo sát) …: 92% người
 * lao động cho biết …`: what a survey found; `phát triển được 190.839 hội viên`, `thành lập được 1.966 chi hội` (a verb, then
 * `được` and its count; a share so told, `thu hút được 60% số dân`, may be an aim): what was achieved; `Ban Tổ chức đã nhận
 * được gần 15.000 bài dự …`: what was received; `sau 2 tháng phát động, …`, `Trong tám ngày diễn ra lễ hội, 80 hoạt động …`:
 * the span of an event gone by; `Cuộc thi … tổ chức từ năm 2019 đến năm 2025, thu hút hơn 800.000 bài …`: the editions held
 * and what they drew; `lũy kế giải ngân vốn đến ngày 31.12.2024 … đạt tỉ lệ hơn 63,33%`: a running total; `Phòng Giáo dục đã phê duyệt
 * mở 25 lớp xóa mù chữ …`: what was approved; `100% đơn vị … đã thành lập ban chỉ đạo`, `đã … ban hành 20 văn bản`: what was set
 * up; `tỷ lệ … đạt cao (cấp tỉnh đạt 98%; …)`: a rate judged, its figures in brackets (or after a colon, `Việc đăng ký … có tỷ
 * lệ cao: 64.361 hộ (tỷ lệ 88,3%) …`); `Hiện 100% các xã, thị trấn … đạt chuẩn …` (`Hiện` before the figure: now); `Chỉ tính riêng
 * năm 2022, toàn huyện có …` (a year's figures taken alone: a tally); `Kết quả … năm sau cao hơn năm trước, …` (each year above
 * the one before: years gone by); `… xóa đói giảm nghèo, góp phần giảm hộ nghèo còn 3,1%` (what the work contributed to: a
 * result told); `Kết thúc năm 2021, số người luyện tập … là 267.205 người` (a year's close: its tally).
 */
export const PAST =
  /(?<!\b(?:se|du kien)\s)\bdien ra\b[^.;]{0,80}?\bvoi\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?\d|^\W*toan\s+(?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)(?:\s+(?!(?:phan|se|can|phai|du|dat|muc|co)\b)[a-z]+){0,3}?\s+(?:hien\s+)?co\s+(?:hon\s+|tren\s+|gan\s+|khoang\s+)?\d[\d.]*\s+[a-z]|^\W*(?:(?:tu|trong)\s+(?:nam\s+)?20\d\d\s*(?:-|den)\s*(?:nam\s+)?20\d\d|giai doan\s+20\d\d\s*-\s*20\d\d)\s*,?\s*(?:(?:toan|ca)\s+[a-z]+(?:\s+[a-z]+)?\s+)?co\s+(?:hon\s+|tren\s+|gan\s+)?\d|^\W*hien\s+(?:toan|ca|tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|tren)\b|^\W*hien\s+(?:hon\s+|gan\s+|khoang\s+)?\d|\btinh rieng\b|\bnam sau cao hon nam truoc\b|\bgop phan\s+(?:lam\s+)?(?:giam|nang|dua|keo giam)\b[^.;%]{0,50}?\b(?:con|len|xuong con)\s+(?:(?:hon|duoi|tren)\s+)?\d|^\W*(?:\(\s*[a-z]{2,8}\s*\)\s*-\s*)?(?:ket thuc|het)\s+nam\s+20\d\d\s*,|\btrong\s+\d+\s+nam\s*(?:qua\b|\(\s*20\d\d\s*-\s*20\d\d\s*\))|\bqua\s+(?:\d+|hon\s+\d+|m\w+)\s+nam\b|\bsau\s+\d+\s+nam\s+(?:thuc hien|trien khai)|\bket qua(?:\s+dat duoc|\s+thuc hien|\s*[:,])|\b\d+\s+thang dau nam\b|\b(?:to chuc|thuc hien|hoan thanh) thanh cong\b|\bda\s+(?:dat|co|duoc|thu hut|to chuc|xay dung|phuc vu|thuc hien|hoan thanh|trien khai|cap nhat|luan chuyen|bo sung|ho tro|dang ky|cong nhan|binh xet|phoi hop|cap|tang|trao|suu tam|tiep nhan|tiep don|don|den|dua|van dong|mo|khai truong|chuyen giao|ban giao|xu ly|bien muc|tao|gioi thieu|duy tri|nang cap|dau tu|cung co|kien toan|so hoa|tham gia|tap huan|huy dong|phat trien|tham muu|nhan duoc|phe duyet|thanh lap|ban hanh)\b|\bdat\s+(?:rat\s+)?cao\s*\(|\b(?:dat|co)\s+ty le\s+(?:rat\s+|kha\s+)?cao\s*:|\bso voi (?:ke hoach|chi tieu)\b|\bdat\s+(?:hon\s+|gan\s+|tren\s+)?\d+(?:,\d+)?\s*%\s+(?:so voi\s+)?(?:ke hoach|chi tieu\s+(?:duoc\s+)?(?:giao|de ra))|\bvuot\s+(?:muc\s+)?(?:\d+(?:,\d+)?\s*%\s+)?(?:ke hoach|chi tieu)\b|(?<!\bthuc )\b(?:tinh den|den nay|den thoi diem (?:hien tai|nay|bao cao)|hien nay|hien co|vua qua|nam qua|nhiem ky (?:qua|truoc)|tinh den het|chiem|nang (?:tong )?(?:ty le|so)\b[^.;%]{0,60}\blen)\b|\b(?:(?:theo|qua)\s+(?:so lieu\s+)?thong ke|so lieu thong ke|theo bao cao|luy ke)\b|\bso luong\s+(?:(?!den\b|toi\b|vao\b|phan dau|muc tieu|chi tieu|du kien)[^.;:\d])*?(?:(?:cuoi|het|dau)\s+nam\s+20\d\d\s+)?la\s+\d|\btong so\s+[a-z ]{2,30}?\s+(?:da\s+)?duoc\s+[a-z]+(?:\s+[a-z]+)?\b(?:(?!phan dau|muc tieu|se\b|du kien)[^.;:\d]){0,60}?\b(?:la|co|chi co|dat)\s+(?:(?:hon|tren|gan|khoang)\s+)?\d|\bbao cao\b[^.;]{0,80}\bcho (?:hay|biet|thay)\b|\(\s*(?:ke hoach|chi tieu)(?:\s+(?:la|giao|de ra))?\s*:?\s*\d|\b(?:theo\s+)?ket qua\s+(?:cuoc\s+|cac\s+)?(?:dieu tra|khao sat)\b|\b(?:phat trien|thanh lap|van dong|xay dung|cong nhan|trao|cap|to chuc)\s+duoc\s+(?:hon\s+|gan\s+|tren\s+)?\d[\d.]*(?:,\d+)?(?![\d.,]|\s*%)|\b(?:sau|trong)\s+(?:\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:ngay|tuan|thang)\s+(?:dien ra|to chuc|phat dong|trien khai)\b|\b(?:to chuc|phat dong)\b[^.;]{0,30}?\btu\s+nam\s+20\d\d\s+den\s+(?:nam\s+)?20\d\d\s*,\s*(?:qua\s+\d+\s+lan\s+to chuc\s*,?\s*)?(?:da\s+)?thu hut\b/;
/* ("thực hiện có kết quả" is a verb and its object, not "hiện có", "what there is now") */
/**
 * A cue of aim, read on `cueText` (an aim named before is none). A floor (`ít nhất 3 di sản đã được UNESCO ghi danh`)
 * is set on what is to be done: its `đã được` qualifies the noun.
 */
export const FUTURE = /\b(?:phan dau|muc tieu|tien toi|se|can dat|phai dat|du kien|it nhat|toi thieu)\b/;
/**
 * What makes a count of visits or of a library's stock a target: a rate, a year to reach, a verb of aim (`đạt`, but not a
 * merit won, `đạt kết quả cao`, `đạt thành tích`, `đạt giải`; `tăng lên`, not `tặng`, which folds alike, nor `bảo tàng`, a
 * museum), what is expected (`Dự kiến năm 2025, bảo tàng
 * đón 1,1 triệu lượt khách`; not a figure weighed against it, `so với dự kiến`), what a plan assigns (`Theo kế hoạch, trong
 * năm 2023, Sở … đã giao Thư viện bố trí 27 tủ sách cộng đồng`).
 */
export const TARGET_CUE =
  /\b(?:phan dau|muc tieu|chi tieu|tien toi|moi nam|hang nam|(?<!\bso voi )du kien|dat(?!\s+(?:duoc\s+)?(?:ket qua|thanh tich|giai)\b)|(?<!\bbao )tang\s+(?:len|them|binh quan|\d[\d.,]*\s*%)|den nam|vao nam|toi thieu|it nhat)\b|\/\s*nam\b|^\W*theo ke hoach\s*,/;
/**
 * A paragraph that adds to the one before: `Ngoài ra, …`, `Bên cạnh đó, …`, `Đồng thời, …`, `Cùng với đó, …`;
 * `Trong giai đoạn này, …` (the phase the paragraph before set: `Giai đoạn 1, đến năm 2025, …`).
 */
export const CONTINUES = /^\W*(?:ngoai ra|(?:ben )?canh do|dong thoi|cung voi do|them vao do|trong (?:giai doan|thoi gian|thoi ky) (?:nay|do|tren))\b/;
/**
 * A sentence that goes on from the one before: `Theo đó, …`, `Cạnh đó, …`, `Ngoài ra, …`, `Trong đó, …`.
 * Without a cue of aim of its own, it goes on in the same mood: after a report of results it reports.
 */
/** A cue of aim or a year to reach: what a sentence needs to set a target after a report in its paragraph. */
// (and a plan's roadmap, `Theo đó, lộ trình 2022 - 2025 tổ chức lập 15 Hồ sơ …`)
export const AIM = /\b(?:phan dau|muc tieu|chi tieu|tien toi|se|can dat|phai dat|du kien|lo trinh|(?:den|vao|toi) (?:het )?nam)\b/;
/** A sentence telling what a report says: its paragraph goes on reporting until a sentence sets an aim. */
// (or who told it, a body or a person, `Theo UBND huyện Đạ Tẻh, từ năm 2008, …`, `Theo ông …, …`: not a document, `Theo Quyết
// định …`, `Theo kế hoạch, …`, nor `Theo đó`; the page's time may run into it, `05:04, 20/04/2022 Theo UBND …`)
// (and what the writer learnt, `Được biết, Hòa Bình là một trong những địa phương được … lựa chọn thực hiện thí điểm …`)
export const REPORT_SAYS =
  /^\W*(?:theo bao cao\b|duoc biet\s*,|bao cao\b[^.;]{0,80}\bcho (?:hay|biet|thay)\b|(?:\d{1,2}:\d{2}\W+\d{1,2}\/\d{1,2}\/\d{4}\s+)?theo\s+(?:ubnd|uy ban nhan dan|so|phong|hoi|thu vien|bao tang|trung tam|lanh dao|dai dien|ong|ba)\s(?!ke hoach\b)[^,.;:\n]{2,80},)/;
/** The plan's own figure in brackets beside a result (`đạt 6,31% (kế hoạch là 6,3%)`): no figure of the text's. */
export const PLAN_FIGURE = /\(\s*(?:ke hoach|chi tieu)(?:\s+(?:la|giao|de ra))?\s*:?\s*[^()]{0,40}\)/g;
// (and `Cùng với phục vụ bạn đọc, …`, `Bên cạnh công tác phục vụ, …`: along with what was told, a short phrase and a comma)
export const GOES_ON =
  /^\W*(?:(?:theo do|(?:ben )?canh do|ngoai ra|dong thoi|cung voi do|them vao do|trong do|trong so do|cu the)\b|(?:cung voi|ben canh)\s[^,.;:\d]{3,40},)/;
/**
 * A change told from one year to a later one, opening on the bare first year: `Năm 2016, đạt 70%, đến
 * giữa năm 2020 đạt 82%`. A plan sets its steps with `đến năm …` (`Đến năm 2025, đạt 70%; đến năm 2030, …`).
 */
export const TREND = /^\W*nam\s+(20\d\d)\b[^.;]*?\d\s*%[^.;]*?\bden\s+(?:(?:giua|cuoi|het)\s+)?nam\s+(20\d\d)\b[^.;]*?\d\s*%/;
/** Headings of a report's past: `Kết quả thực hiện`, `Đánh giá tình hình`, `Thực trạng`. */
export const PAST_HEADING = /^\W*(?:(?:danh gia|so ket|tong ket)\s+)?(?:ket qua|tinh hinh|thuc trang)\b/;

/**
 * An aim named before, which a report says it carried out or served, not one the sentence sets: `Thực hiện mục tiêu
 * trên, năm 2020, … đã luân chuyển …`, `Để đạt được mục tiêu đề ra, …`, `… so với mục tiêu đó`.
 */
const AIM_NAMED = /\b(?:(?:thuc hien|de dat(?: duoc)?|nham dat(?: duoc)?)\s+)?(?:cac\s+|nhung\s+)?(?:muc tieu|chi tieu)\s+(?:tren|nay|de ra|do|ay)\b/g;

/**
 * What people signed up to strive for (`572 công dân đăng ký phấn đấu trở thành “Công dân học tập”`): a
 * registration told, the strife theirs, no aim the sentence sets.
 */
const AIM_PLEDGED = /\bdang ky\s+phan dau\b/g;

/** A national target programme by its kind's name (`chương trình mục tiêu quốc gia`, `sách tài trợ chương trình mục tiêu`): a name, no aim. */
const TARGET_PROGRAMME = /\bchuong trinh muc tieu(?:\s+quoc gia)?\b/g;

/**
 * An aim a text says its work served (`góp phần quan trọng trong thực hiện mục tiêu đưa Tuyên Quang trở thành …`): named,
 * not set.
 */
const AIM_SERVED = /\bgop phan\b[^.;]{0,40}?\b(?:thuc hien|dat duoc|hoan thanh)\s+(?:cac\s+|nhung\s+)?(?:muc tieu|chi tieu)\b/g;

/**
 * An aim told as reached (`54% xã … đạt mục tiêu phổ cập giáo dục mầm non`, `hoàn thành chỉ tiêu`): what was met, no aim
 * the sentence sets (a cue of its own, `phấn đấu đạt mục tiêu …`, still sets one). `đạt` and `đặt` (to set) fold alike:
 * `đạt` is the verb of a figure's subject (a share or a count before it, not a year: `Năm 2025, tỉnh đặt mục tiêu …`), `đặt`
 * the verb of whoever sets the aim (`Đề án đặt mục tiêu …`, the figures after it).
 */
const AIM_MET =
  /\b(?:(?:hoan thanh|vuot)(?:\s+duoc)?|dat\s+duoc|(?<=(?:\d\s*%|(?<!\b(?:19|20)\d{0,2})\d\s+[a-z])[^.;\d]{0,80})dat)\s+(?:cac\s+|nhung\s+)?(?:muc tieu|chi tieu)\b/g;

/**
 * A sentence opening on what there is up to now (`Đến nay, Hội có 4.850 hội viên, chiếm 26,94% dân số, về cơ bản mỗi gia đình
 * đều có ít nhất một người tham gia Hội`): a floor in it that bounds no figure (`ít nhất một người`) tells what there is.
 */
const UP_TO_NOW = /^\W*(?:den nay|hien nay|tinh den nay|den thoi diem (?:nay|hien tai))\b/;
const LOOSE_FLOOR = /\b(?:it nhat|toi thieu)\b(?!\s*(?:la\s+)?(?:co\s+)?\d)/g;

/** The sentence as its cues of aim are read: an aim it names as done, served or met is none, nor a programme's name. */
export const cueText = (text: string): string => {
  const cues = text.replace(AIM_NAMED, ' ').replace(AIM_SERVED, ' ').replace(AIM_MET, ' ').replace(AIM_PLEDGED, ' ').replace(TARGET_PROGRAMME, ' ');
  return UP_TO_NOW.test(cues) ? cues.replace(LOOSE_FLOOR, ' ') : cues;
};

export function resultOf(t: ParsedTarget, year: number | null): ParsedResult {
  return {
    text: t.text,
    indicator: t.indicator,
    kind: t.kind,
    year,
    value: t.value,
    min: t.min,
    max: t.max,
    unit: t.unit,
    span: t.span,
    valueSpan: t.valueSpan,
  };
}
