/**
 * The twenty-fourth held-out set (eval/holdout24/, issue 22): 13 texts of DECISIONS, RESOLUTIONS, PLANS and PROJECTS
 * that approve or state a programme with MANY targets — culture, libraries, heritage, digital transformation of the
 * sector and education for all — and the pages that state them, 2012 – 2025, from provinces the earlier sets have least
 * (Hà Giang had three mentions among all earlier labels, Lai Châu, Điện Biên, Vĩnh Phúc, Phú Yên and Hưng Yên a few; Huế,
 * Thái Bình and Bình Dương by texts of a kind the earlier sets lack there), found with the search tool (corpus "pages")
 * and labelled by hand BEFORE the reader first ran on them. Every source URL (and the document's number) was checked
 * against all earlier sets' labels (eval/corpus.ts and eval/corpus*.ts) and against the twenty-second and twenty-third
 * sets being built beside it (/work/eval25, /work/eval26, read only): Tuyên Quang's 70/KH-UBND (eighth), Quảng Ninh's
 * 204/KH-UBND and Lâm Đồng's 2664/KH-UBND (development), Ninh Bình's 141/KH-UBND and 87/KH-UBND, Vĩnh Long's culture
 * resolution (nineteenth), Hậu Giang's 176/KH-UBND and 239/KH-UBND, Kon Tum's and Khánh Hòa's reading plans, Nam Định's
 * 96/KH-UBND, Bà Rịa - Vũng Tàu's 49/KH-UBND, Quảng Nam's 5147, the news agency's infographic on the culture strategy
 * and the 1520 pages were left out for that. Five are the documents themselves under legal sites' attribute blocks, their
 * first page (decisions approving a project or issuing a plan: Lai Châu 562/QĐ-UBND, Điện Biên 1261/QĐ-UBND; plans:
 * Hà Giang 121/KH-UBND, Vĩnh Phúc 147/KH-UBND and 306/KH-UBND), whose targets the index does not keep; eight are portal
 * and press pages that state a programme's targets (the national plan for universal education to 2030, Phú Yên's and
 * Vĩnh Phúc's Party resolutions on culture, Bình Dương's plan for universal education, the culture strategy, Lai Châu's
 * heritage-and-tourism project, Huế's digital transformation of the sector) or report a plan's results (Hưng Yên). 43
 * targets, 12 results.
 * Conventions for targets as in the fifteenth and twenty-first sets: a news text has no number or date of its own; a
 * period named ("giai đoạn 2021 - 2025") gives its values its last year; a text that names no year keeps none (the
 * nineteenth set's Cà Mau); when the body names a plan with its term ("giai đoạn 2021 - 2025, định hướng đến 2030") an
 * undated target is for the nearer of the two; yearly figures ("tối thiểu 2% tổng chi ngân sách hằng năm") take the
 * horizon the text names; a floor ("ít nhất", "tối thiểu", "từ 90%", "trên 92%") is its figure; a range ("từ 8 - 10%")
 * is one target; shares of a budget or of GDP the text aims at are percent targets; levels ("mức độ 2"), stars ("OCOP 4
 * - 5 sao"), counts of kinds of institution ("3 loại hình"), of groups of tasks ("7 nhóm nhiệm vụ", "5 nhóm") and of
 * a day's sessions ("2 buổi/ngày") are no targets; a Party resolution and a province's own project or plan name no
 * programme; a plan carrying out a national programme is labelled with it; the basis is every document the opening
 * paragraphs cite as ground, in order, as printed, nested citations included (the thirteenth set's Quảng Trị), a law
 * cited by date only none.
 * Conventions for results as in the sixteenth, eighteenth and twenty-first sets: one per clause; a count with its
 * baseline ("năm 1998 … 8.500 hộ … thì đến năm 2012 có 199.215 hộ") or its new total ("2.789 hiện vật, nâng tổng số …
 * lên 3.350") is one; an inventory ("Toàn tỉnh có 304 thư viện"), page counters ("1,002 lượt xem") and years in a name
 * are not counted.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT24: CorpusDoc[] = [
  {
    file: 'vneconomy-525-qd-ttg-pho-cap-giao-duc-2030-news.txt',
    source: 'https://vneconomy.vn/chinh-phu-ban-hanh-ke-hoach-thuc-hien-chi-thi-cua-bo-chinh-tri-ve-cong-tac-giao-duc-pho-thong-den-nam-2030.htm',
    about:
      'an economic paper on the government\'s plan (525/QĐ-TTg, not named in the excerpt) for the Politburo\'s directive on universal education to 2030, from the middle of the page: the index\'s " date 2025-03" line, then "Tỷ lệ huy động trẻ đến trường đạt 38% … và 97% …; phấn đấu có 99,5% …; … đạt 30%, … đạt 35%", "75% các tỉnh … mức độ 3; 40% … mức độ 3; 60% … mức độ 2", "Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, … 97%; … 99,7%, … 99% … 95%; … 99,5%, … 95%; 100% học sinh tiểu học được học 2 buổi/ngày", "Phấn đấu 100% giáo viên …" (cut) — no year in the text, so seventeen percent targets keep none; the levels and "2 buổi/ngày" none; no programme (a directive\'s plan)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(null, 38, 97, 99.5, 30, 35, 75, 40, 60, 99.5, 97, 99.7, 99, 95, 99.5, 95, 100, 100),
    results: 0,
  },
  {
    file: 'phu-yen-nghi-quyet-tw5-van-hoa-2015-2020-news.txt',
    source: 'https://phuyen.gov.vn/wps/portal/home/trang-chu/chi-tiet/tin-tuc-su-kien/hd-lanh-dao/e2b4d4804f104b44a2f5aa79e91c0b03',
    about:
      'the province\'s portal (Phú Yên) on a conference reviewing fifteen years of the Party\'s culture resolution (Trung ương 5, khóa VIII; no programme), from the middle of the page: results ("Nếu như năm 1998, … 8.500 hộ … thì đến năm 2012 có 199.215 hộ …; 106 gia đình …, 9 gia đình …", "12.300 suất chiếu", "hơn 600 suất chiếu", "20 di tích … được tu bổ", "sưu tầm 2.789 hiện vật, nâng tổng số … lên 3.350", "14 dự án" — eight), then the aims of the period 2015-2020 with a stray semicolon: "phấn đấu có từ 90% huyện … có nhà văn hóa …; đến năm 2015; 92% gia đình …; đến năm 2020, có 100% thôn … đồng bằng và 60% thôn … miền núi …" (the 90 % for 2015, the undated 92 % takes the period\'s 2020), an inventory "304 thư viện" (none); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2015, 90), ...p(2020, 92, 100, 60)],
    results: 8,
  },
  {
    file: 'binh-duong-pho-cap-xoa-mu-chu-2030-news.txt',
    source: 'https://binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2024/12/10-day-manh-pho-cap-giao-duc-giao-duc-bat-buo',
    about:
      'the province\'s portal (Bình Dương) on its plan for universal education, compulsory education and adult literacy (a Party directive\'s plan, no programme), from the middle of the page: "đến năm 2030, duy trì đạt chuẩn xóa mù chữ mức độ 2 (a level, none) …; phấn đấu đạt 99% học sinh tốt nghiệp trung học cơ sở; … theo từng năm; phấn đấu thu hút khoảng 50% học sinh trung học vào hệ thống giáo dục nghề nghiệp", then tasks with slips ("Ttập", "Đđảng"); cut — two percent targets for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 99, 50),
    results: 0,
  },
  {
    file: 'thai-binh-tv-chien-luoc-van-hoa-2030-news.txt',
    source: 'https://thaibinhtv.vn/news/16/70308/phe-duyet-chien-luoc-phat-trien-van-hoa-den-nam-2030',
    about:
      'a provincial broadcaster (Thái Bình) on the culture strategy (1909/QĐ-TTg, by its title): a headline, "Thứ 7, 13/11/2021 | 16:32:10", "1,002 lượt xem" (a counter), "đến năm 2030, phấn đấu 100% … có đủ 3 loại hình (none) …; 100% … cấp huyện, cấp xã …. Phấn đấu ít nhất 95% … và khoảng 70% … được tu bổ, tôn tạo; có ít nhất 5 di sản … UNESCO …, doanh thu … đóng góp 7% GDP", "11 nhiệm vụ" (none), then the site\'s other headlines (a council\'s session "khóa XVII", "12/12") — five percent targets and a count for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: [...p(2030, 100, 100, 95, 70, 7), ...c(2030, 5)],
    results: 0,
  },
  {
    file: 'lai-chau-de-an-ban-sac-van-hoa-du-lich-news.txt',
    source: 'http://thinhvuongvietnam.com/Content/khai-thac-gia-tri-van-hoa-ban-dia-trong-phat-trien-du-lich-cong-dong-o-tinh-lai-chau-341511',
    about:
      'a magazine on Lai Châu\'s own project for the culture of its ethnic groups and tourism "giai đoạn 2021 - 2025, định hướng đến 2030" (under the Party resolution 04-NQ/TU; no programme), from a section heading: "khoá XIV", then "phấn đấu xây dựng 5 sản phẩm du lịch …. Trong đó, ít nhất 1 sản phẩm … OCOP 4 - 5 sao (stars, none); xây dựng 1 bản du lịch cộng đồng tiêu biểu quốc gia" (undated: the nearer term, 2025); cut — three count targets',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2025, 5, 1, 1),
    results: 0,
  },
  {
    file: 'lai-chau-562-qd-ubnd-2021.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-562-QD-UBND-2021-Bao-ton-van-hoa-dan-toc-gan-voi-phat-trien-du-lich-tinh-Lai-Chau-491546.aspx?tab=2',
    about:
      'the provincial decision (Lai Châu) approving its own project for the culture of its ethnic groups and tourism 2021 - 2025 to 2030 (no programme), under a legal site\'s search box and attribute block ("Số hiệu: 562/QĐ-UBND", "Ngày ban hành: 17/05/2021"): the header, a basis of laws cited by date (none) and the Party resolution 04-NQ/TU, "Điều 1. Ban hành Đề án …"; cut in Điều 2 — no targets',
    kind: 'decision',
    number: '562/QĐ-UBND',
    date: '2021-05-17',
    programme: null,
    basis: ['04-NQ/TU'],
    targets: [],
  },
  {
    file: 'dien-bien-1261-qd-ubnd-2021.txt',
    source: 'https://thuviennhadat.vn/vbpl/quyet-dinh-1261-qd-ubnd-2021-ke-hoach-phat-trien-he-thong-thu-vien-tinh-dien-bien-482580.html',
    about:
      'the provincial decision (Điện Biên) issuing its own plan for the library system 2021 - 2025 to 2030 (no programme; the reading project 329 is cited as ground), under a legal site\'s attribute lines ("Số hiệu 1261/QĐ-UBND", "Ngày ban hành 16/07/2021"): the header, laws cited by date (none), then "93/2020/NĐ-CP", "329/QĐ-TTg", "1992/QĐ-TTg", "429/QĐ-TTg" (cut) — no targets',
    kind: 'decision',
    number: '1261/QĐ-UBND',
    date: '2021-07-16',
    programme: null,
    basis: ['93/2020/NĐ-CP', '329/QĐ-TTg', '1992/QĐ-TTg', '429/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'ha-giang-121-kh-ubnd-2023.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-121-kh-ubnd-2023-thuc-hien-chien-luo-c-phat-trien-van-hoa-ha-giang-580468.html',
    about:
      'provincial plan (Hà Giang) for the culture strategy to 2030 (1909/QĐ-TTg), under a legal site\'s attribute lines (a date "10/04/2023" twice): the header "ngày 10 tháng 04 năm 2023", "Thực hiện Quyết định số 1909/QĐ-TTg …", "Căn cứ Kế hoạch số 612-KH/TU … thực hiện Kết luận số 76-KL/TW … Nghị quyết số 33-NQ/TW …; Nghị quyết số 15-NQ/TU …", the purposes; cut — no targets',
    kind: 'plan',
    number: '121/KH-UBND',
    date: '2023-04-10',
    programme: '1909/QĐ-TTg',
    basis: ['1909/QĐ-TTg', '612-KH/TU', '76-KL/TW', '33-NQ/TW', '15-NQ/TU'],
    targets: [],
  },
  {
    file: 'vinh-phuc-147-kh-ubnd-2021.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-147-KH-UBND-2021-thuc-hien-chuong-trinh-Chuyen-doi-so-nganh-thu-vien-Vinh-Phuc-562978.aspx?tab=7',
    about:
      'provincial plan (Vĩnh Phúc) for the library digital transformation programme (206/QĐ-TTg, named in a capitals title "QUYẾT ĐỊNH SỐ 206/QĐ-TTG NGÀY 11/02/2021"), under a legal site\'s search box and attribute block: the header, "Thực hiện Quyết định số 206/QĐ-TTg …", the purposes; cut — no targets',
    kind: 'plan',
    number: '147/KH-UBND',
    date: '2021-06-08',
    programme: '206/QĐ-TTg',
    basis: ['206/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'vinh-phuc-306-kh-ubnd-2021.txt',
    source: 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-306-KH-UBND-2021-Bao-ton-gia-tri-di-san-van-hoa-Vinh-Phuc-2021-2025-523143.aspx',
    about:
      'provincial plan (Vĩnh Phúc) for its heritage 2021-2025 to 2030 carrying out the heritage programme (1230/QĐ-TTg, cited first), under a legal site\'s search box and attribute block: the header, a basis of 1230/QĐ-TTg, the congress resolution "01-NQ/ĐHXVII", "12-NQ/TU", an action programme without number (none), "Kế hoạch số 09/KH-UBND … thực hiện Nghị quyết số 12/2020/NQ-HĐND" (cut) — no targets',
    kind: 'plan',
    number: '306/KH-UBND',
    date: '2021-12-09',
    programme: '1230/QĐ-TTg',
    basis: ['1230/QĐ-TTg', '01-NQ/ĐHXVII', '12-NQ/TU', '09/KH-UBND', '12/2020/NQ-HĐND'],
    targets: [],
  },
  {
    file: 'vinh-phuc-nghi-quyet-15-van-hoa-con-nguoi-news.txt',
    source: 'https://vanhoavaphattrien.vn/xay-dung-phat-trien-van-hoa-con-nguoi-vinh-phuc-dap-ung-yeu-cau-phat-trien-ben-vung-a16862.html',
    about:
      'a culture magazine on Vĩnh Phúc\'s Party resolution 15 on culture and people (no programme), from the middle of the page: "7 nhóm nhiệm vụ" (none), "đầu tư cho văn hóa tối thiểu 2% tổng chi ngân sách hằng năm; phấn đấu dành từ 8 - 10% … cho đầu tư phát triển văn hóa" (a floor and a range, the only horizon named being 2025), "Đặt mục tiêu đến năm 2025 tỷ lệ … đạt chuẩn văn hóa trên 92%; 100% các khu dân cư …. 100% cơ quan …. 100% di sản … được số hóa.", a paragraph later "100% thanh, thiếu nhi … được giáo dục …" (the same aims go on), cut — seven percent targets for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 2, [8, 10], 92, 100, 100, 100, 100),
    results: 0,
  },
  {
    file: 'hue-chuyen-doi-so-van-hoa-the-thao-2021-2025-news.txt',
    source: 'https://nangluongsachvietnam.vn/d6/vi-VN/news/Thua-Thien-Hue-thuc-hien-chuyen-doi-so-nganh-van-hoa-the-thao-0-38-13513',
    about:
      'an energy magazine on Thừa Thiên Huế\'s plan for the digital transformation of culture and sport (the province\'s own, under its resolution 04-NQ/TU "giai đoạn 2021 – 2025, tầm nhìn đến năm 2030"; no programme): a caption line, "trong giai đoạn 2021 - 2025, … một số chỉ tiêu như: 85% doanh nghiệp …; 95% quy trình …", "chỉ tiêu: 100% cán bộ … (Hue-S); 100% các hoạt động …" (cut) — four percent targets for the period\'s 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 85, 95, 100, 100),
    results: 0,
  },
  {
    file: 'hung-yen-23-kh-svhttdl-chuyen-doi-so-news.txt',
    source: 'https://sovhttdl.hungyen.gov.vn/day-nhanh-chuyen-doi-so-linh-vuc-van-hoa-the-thao-va-du-lich-c21583.html',
    about:
      'the culture department\'s portal (Hưng Yên) on its plan 23/KH-SVHTTDL for the sector\'s digital transformation to 2025 and 2030 (no programme) and what it has done: "5 nhóm" (none), then results "dịch vụ công trực tuyến mức độ 3 đạt 28,4%, mức độ 4 đạt 68,2%; 100% thủ tục hành chính được tiếp nhận …. Mức độ hài lòng … đánh giá hằng năm đạt 90% - 100%." (four), cut — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
];
