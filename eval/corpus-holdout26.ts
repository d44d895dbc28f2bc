/**
 * The twenty-sixth held-out set (eval/holdout26/, issue 22): 12 of the MOST RECENT texts the search index holds on the
 * culture, libraries, museums and the learning society, published in 2025 and 2026 — the Politburo's resolution 80 on
 * culture (7 January 2026) and the government's action programme for it (30/NQ-CP, 24 February 2026), the national
 * target programme on culture 2025 – 2035 (the government's plan 114/NQ-CP and the ministry's decision 3399/QĐ-BVHTTDL
 * approving phase I), the resolution 71 on education (August 2025), the universal pre-school resolution of June 2025,
 * the education targets to 2030 as a paper gave them in January 2025, the learning society after the XIV Party
 * congress (February 2026) and a museum's record year (December 2025) — found with the search tool (corpus "pages") and
 * labelled by hand BEFORE the reader first ran on them. Every source URL (and the document's number) was checked against
 * all earlier sets' labels (eval/corpus.ts and eval/corpus*.ts) and against the twenty-fifth set being built beside it
 * (/work/eval28, read only): Phú Thọ's lifelong-learning week (twentieth set) and Quảng Ninh's museum's millionth visitor
 * (eighteenth) were left out for that; 3399/QĐ-BVHTTDL and 114/NQ-CP are named only inside the fifteenth set's Điện Biên
 * plan, never as texts of their own. The index holds few provincial plans of 2025 – 2026 (after the merger of provinces
 * and the two-level government): the searches for "sau sáp nhập", "xã mới", "chính quyền hai cấp" brought back only
 * pages of 2018 – 2024 or ones already used, so the set leans on national texts, most of them news. Two are the
 * documents themselves (3399/QĐ-BVHTTDL under a legal site's attribute table, 114/NQ-CP as a PDF's first page), cut in
 * their basis or their articles; ten are press pages. 12 targets, 5 results.
 * Conventions for targets as in the fifteenth, twenty-first and twenty-fourth sets: a news text has no number or date of
 * its own; a Party resolution and the government's programme for it name no programme; the national target programme on
 * culture is labelled by the resolution that approved it, 162/2024/QH15; a text that names no year keeps none; yearly
 * figures ("tối thiểu 2% tổng chi ngân sách nhà nước hằng năm") take the horizon the text names; a floor ("ít nhất",
 * "tối thiểu") is its figure; a year named in the clause itself ("… vào năm 2026") is that target's year over the
 * heading's; counts of kinds or groups ("3 lĩnh vực đột phá", "8 nhóm nhiệm vụ"), levels ("mức độ 3"), a day's sessions
 * ("2 buổi/ngày"), the government's two levels ("chính quyền địa phương 2 cấp"), ages ("từ 3 đến 5 tuổi"), anniversaries
 * ("100 năm thành lập Đảng") and ranks among countries or universities ("nằm trong 4 quốc gia …", "trong số 500 trường")
 * are no targets; a rate per ten thousand people ("số sinh viên đại học/vạn dân đạt ít nhất là 260") is per capita; the
 * basis is every document the opening paragraphs cite as ground, in order, as printed, the submission and report the
 * decision is made on included ("Theo đề nghị … Tờ trình số …, Báo cáo số …", as the thirteenth and seventeenth sets'
 * "TTr"), a law cited by date only none; a government resolution issuing a plan, like a decision, is of kind decision.
 * Conventions for results as in the sixteenth, eighteenth and twenty-first sets: one per fact, a caption repeating the
 * body's figure not counted again; a meeting's reach ("trực tuyến tới 27.284 điểm cầu …, với trên 2 triệu đại biểu")
 * counts as what happened; "Việt Nam thuộc nhóm 21 quốc gia sớm đạt mục tiêu …" is a result, not a target, though it
 * names 2030.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT26: CorpusDoc[] = [
  {
    file: 'hatinh24h-nghi-quyet-80-van-hoa-2030-news.txt',
    source: 'https://hatinh24h.com.vn/bo-chinh-tri-chon-ngay-2411-la-ngay-van-hoa-viet-nam-duoc-nghi-le-a193769.html',
    about:
      'a provincial news site (Hà Tĩnh) on the Politburo\'s resolution 80 on culture (no programme), 13 January 2026: the index\'s " date 2026-01-13" line, then "Các mục tiêu quan trọng đến năm 2030, tầm nhìn năm 2045" and bullets: "bảo đảm 100% chính quyền địa phương 2 cấp (the two levels, none), lực lượng vũ trang có thiết chế văn hoá …, 90% thiết chế văn hoá cơ sở hoạt động thường xuyên", "số hoá 100% các di sản … vào năm 2026" (its own year), "100% học sinh, học viên, sinh viên …", "bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm cho văn hoá" (yearly, the horizon 2030), "3 lĩnh vực đột phá" (none); cut — four percent targets for 2030 and one for 2026',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2030, 100, 90), ...p(2026, 100), ...p(2030, 100, 2)],
    results: 0,
  },
  {
    file: 'huengaynay-nghi-quyet-80-van-hoa-news.txt',
    source: 'https://huengaynay.vn/van-hoa-nghe-thuat/bo-chinh-tri-ban-hanh-nghi-quyet-moi-ve-phat-trien-van-hoa-viet-nam-161854.html',
    about:
      'the Huế paper on the same resolution 80, 13 January 2026: aims in words only ("mục tiêu đến năm 2030 xây dựng nền văn hóa …; phát triển mạnh các ngành công nghiệp văn hóa …", "Tầm nhìn đến năm 2045 …"), "ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam" (a date); cut — no figure, no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'znews-nghi-quyet-30-nq-cp-van-hoa-2026-news.txt',
    source: 'https://znews.vn/phat-trien-mo-hinh-di-san-dan-dat-phat-trien-kinh-te-post1627358.html',
    about:
      'a national news site on the government\'s action programme for resolution 80 ("Nghị quyết số 30/NQ-CP ngày 24/02/2026 …", "Nghị quyết số 80-NQ/TW ngày 07/01/2026" named three times), 25 February 2026: "hướng đến mục tiêu 100 năm thành lập Đảng và 100 năm thành lập nước" (anniversaries, none), a heading "8 nhóm nhiệm vụ" (none), a photo caption; cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'vnanet-nghi-quyet-80-dau-tu-van-hoa-news.txt',
    source: 'https://vietnam.vnanet.vn/vietnamese/tin-tuc/nghi-quyet-so-80-nq-tw-phat-trien-van-hoa-la-dau-tu-cho-tuong-lai-cua-dan-toc-431514.html',
    about:
      'the news agency\'s page on resolution 80, 27 February 2026: a deadline ("ban hành kế hoạch … ngay trong tháng 3/2026", no figure aimed at), the resolution\'s date "ngày 7/1/2026", resolutions 79 and 80 at a national conference, its view in quotes; cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'nld-hoi-nghi-nghi-quyet-80-news.txt',
    source: 'https://nld.com.vn/tao-vi-the-va-tam-voc-moi-cua-nen-van-hoa-viet-nam-196260225100453482.htm',
    about:
      'a national daily on the national conference on resolutions 79 and 80, 25 February 2026: "trực tuyến tới 27.284 điểm cầu ở Trung ương, các tỉnh, thành phố, xã, phường, đặc khu …, với trên 2 triệu đại biểu tham dự" (two results: what the meeting reached), the resolution\'s date "07-01-2026", earlier resolutions with their years ("05-NQ/TW năm 1987", "khóa 8 năm 1998", "33 (khóa 11) năm 2014"); cut — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'nhansu-3399-qd-bvhttdl-2025.txt',
    source: 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3399-QD-BVHTTDL-2025-Chuong-trinh-muc-tieu-quoc-gia-ve-phat-trien-van-hoa-2025-2035-674238.html',
    about:
      'the ministry\'s decision approving phase I (2025 – 2030) of the national target programme on culture 2025 – 2035, on a legal site: a title line, its attribute table ("Số hiệu | 3399/QĐ-BVHTTDL |", "Ngày ban hành | 23/09/2025 |"), the header as a table export ("Số: 3399/QĐ-BVHTTDL |", "Hà Nội, ngày 23 tháng 9 năm 2025 |"), the minister\'s title, laws cited by date only (none), "Nghị quyết số 162/2024/QH15 …", "Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ q" (cut) — no target',
    kind: 'decision',
    number: '3399/QĐ-BVHTTDL',
    date: '2025-09-23',
    programme: '162/2024/QH15',
    basis: ['162/2024/QH15', '43/2025/NĐ-CP'],
    targets: [],
    results: 0,
  },
  {
    file: 'tailieu-114-nq-cp-2025.txt',
    source: 'https://tailieu.vn/doc/nghi-quyet-so-114nq-cp-2931225.html',
    about:
      'the government\'s resolution issuing its plan for 162/2024/QH15 (the national target programme on culture 2025 – 2035), a PDF\'s first page on a document site: "Số: 114/NQ-CP Hà Nội ngày 29 tháng 4 năm 2025" on one line, "NGHỊ QUYẾT", the subject over three lines naming 162/2024/QH15 broken across them, laws cited by date only (none), "Căn cứ Nghị quyết số 162/2024/QH15 …", "Căn cứ Nghị định số 39/2022/NĐ-CP …", "Theo đề nghị … tại Tờ trình số 93/TTr-BVHTTDL … và Báo cáo số 129/BC-BVHTTDL …", "QUYẾT NGHỊ:", Điều 1 – 2 (cut) — no target',
    kind: 'decision',
    number: '114/NQ-CP',
    date: '2025-04-29',
    programme: '162/2024/QH15',
    basis: ['162/2024/QH15', '39/2022/NĐ-CP', '93/TTr-BVHTTDL', '129/BC-BVHTTDL'],
    targets: [],
    results: 0,
  },
  {
    file: 'vtv-bao-tang-luong-khach-ky-luc-2025-news.txt',
    source: 'https://vtv.vn/print/bai-toan-moi-cua-bao-tang-khi-luong-khach-dong-ky-luc-100251209205341116.htm',
    about:
      'the national television\'s page on museums\' record crowds, 10 December 2025: the military history museum "thu hút hơn 3 triệu lượt khách tham quan trong năm 2025" (twice as a caption, twice in the body as "Con số trên 3 triệu …": one result), "trước năm 2025, kỷ lục đón khách trên toàn quốc chỉ đạt khoảng 1,3 triệu lượt" (a second), a conference "ngày 9/12"; cut — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'ngaynay-khuyen-hoc-xa-hoi-hoc-tap-2026-news.txt',
    source: 'https://ngaynay.vn/dua-nghi-quyet-thanh-hanh-dong-tao-chuyen-bien-trong-xay-dung-xa-hoi-hoc-tap-post169495.html',
    about:
      'a paper on the learning-promotion association carrying out the XIV Party congress\'s resolution on the learning society, 21 February 2026: "Định hướng phát triển đất nước giai đoạn 2026-2030 là đẩy mạnh xây dựng xã hội học tập …" (words only), the association\'s officer; cut — no figure, no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'kienthuc-nghi-quyet-71-giao-duc-2025-news.txt',
    source: 'https://kienthuc.net.vn/bo-chinh-tri-ban-hanh-nghi-quyet-ve-doi-moi-can-ban-giao-duc-va-dao-tao-post1565423.html',
    about:
      'a paper printing the Politburo\'s resolution 71 on education (no programme), 28 August 2025: its date twice ("ngày 22.8.2025", "ngày 22/8/2025"), "Việt Nam thuộc nhóm 21 quốc gia sớm đạt mục tiêu phát triển bền vững của Liên hợp quốc đến năm 2030 về giáo dục chất lượng" (a result, though it names 2030), then the weaknesses in words; cut before the aims — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'vtcnews-pho-cap-mam-non-3-5-tuoi-2030-news.txt',
    source: 'https://amp.vtcnews.vn/pho-cap-giao-duc-mam-non-canh-cua-dau-tien-cua-cong-bang-giao-duc-ar969929.html',
    about:
      'a national news site on the National Assembly\'s resolution on universal pre-school education for children of 3 to 5 (26 June 2025; no programme of the catalogue), 11 October 2025: "trẻ từ 3 đến 5 tuổi" twice (ages, none), "mục tiêu đến năm 2030, 100% tỉnh, thành phố trực thuộc Trung ương đạt chuẩn phổ cập giáo dục mầm non …" — one percent target for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 100),
    results: 0,
  },
  {
    file: 'danviet-chien-luoc-giao-duc-2030-news.txt',
    source: 'https://danviet.vn/muc-tieu-chi-toi-thieu-20-tong-ngan-sach-giao-duc-viet-nam-den-nam-2030-se-thay-doi-the-nao-2025010219190962.htm',
    about:
      'a national paper on the education targets to 2030 (the government\'s strategy, not named in the excerpt; no programme), January 2025: "Mục tiêu cụ thể đến năm 2030, … đạt 30%, … đạt 35%", "75% các tỉnh … mức độ 3" (the level none), "2 buổi/ngày" (none), "số sinh viên đại học/vạn dân đạt ít nhất là 260" (per capita), "tỷ lệ giảng viên có trình độ tiến sĩ đạt ít nhất 40%", "Có ít nhất 5 cơ sở giáo dục đại học được xếp hạng trong số 500 trường …" (a count; the rank bound none), "Nằm trong 4 quốc gia … và trong 10 quốc gia …" (ranks, none), "đến năm 2045 đạt trình độ tiên tiến" (no figure) — four percent targets, one per capita and one count, all for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2030, 30, 35, 75), [2030, 260, 'per_capita'], ...p(2030, 40), ...c(2030, 5)],
    results: 0,
  },
];
