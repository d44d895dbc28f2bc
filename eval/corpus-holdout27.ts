/**
 * The twenty-seventh held-out set (eval/holdout27/, issue 22): 12 texts on the DIGITAL TRANSFORMATION of libraries,
 * museums and heritage — plans and decisions of the library programme (206/QĐ-TTg), the heritage digitisation programme
 * (2026/QĐ-TTg) and the culture ministry's digital strategy (4220/QĐ-BVHTTDL, November 2025), news that tells their
 * targets, and pages that report what libraries and museums digitised (2022 – 2025) — found with the search tool (corpus
 * "pages", queries with and without diacritics: "kế hoạch chuyển đổi số thư viện tỉnh chỉ tiêu đến năm 2025", "số hóa tài
 * liệu thư viện đạt tỷ lệ", "bảo tàng số hóa hiện vật kế hoạch", "thu vien so tinh da so hoa tai lieu dia chi", …) and
 * labelled by hand BEFORE the reader first ran on them. Every source URL and page title (and each document's number) was
 * checked against all earlier sets' labels (eval/corpus.ts and eval/corpus*.ts): Bình Định's reading plan on the
 * ministry's portal (eleventh set), the library firm's page on 206 (development corpus), Ninh Bình's 141 (eleventh),
 * Hà Tĩnh's 402 (nineteenth), Cao Bằng's library (development corpus), Huế's plan 339 and Hán Nôm pages, Hưng Yên's 39,
 * Hải Phòng's 123, Bình Phước's 3D museum and the 206 plans of Quảng Ninh, Lâm Đồng, Bình Dương, Vĩnh Phúc, Bắc Giang,
 * Quảng Ngãi and Hậu Giang the index offered again were left out for that. No province of the set had a text of its own
 * on digital transformation in an earlier set (Nghệ An, Tuyên Quang, Thanh Hóa, Thái Nguyên, Bình Thuận, Yên Bái, Phú
 * Thọ, Trà Vinh; Lâm Đồng only for its 206 plan, not for heritage; the seventh set's Thanh Hóa television page told the
 * national programme); every province had some text on another subject, as 26 sets have left none untouched. Two are the documents themselves (Tuyên Quang's plan 45/KH-UBND as a legal site's table
 * export, the ministry's 4220 under an attribute table), cut in their basis; ten are press, portal and museum pages.
 * 8 targets, 4 results.
 * Conventions for targets as in the tenth, eleventh and twenty-first sets: a news text has no number or date of its own;
 * a programme named by its title is labelled with the decision meant ("Chương trình số hóa Di sản văn hóa giai đoạn 2021 –
 * 2030" is 2026/QĐ-TTg), one named neither by number nor by title ("Theo mục tiêu chương trình đặt ra, …") is none, and so
 * is a province's own plan told by its own title ("Kế hoạch về Chuyển đổi số hệ thống thư viện công cộng trên địa bàn
 * tỉnh …"); a news text that opens on the ministry's letter and the programmes it guides ("Căn cứ hướng dẫn số 3380/… thuộc
 * Chương trình bảo tồn … và Chương trình số hóa Di sản văn hóa Việt Nam giai đoạn 2021 - 2030") and tells the museum's
 * digitisation is labelled with the digitisation programme; a subheading restating the body's figure ("Số hóa 70% tài
 * liệu cổ, quý hiếm tại các thư viện") is not a second target; paragraphs going on after "đến năm 2025, …" keep its year;
 * "từ nay đến 2030" is 2030; a value whose sentence the excerpt cuts ("80% tài liệu cổ, quý hiếm … tại Thư vi") is still
 * the target it opens; a caption's seats ("Phòng đọc trên 200 chỗ ngồi …") and an address ("04 Bà Triệu") are none; the
 * basis is every document the decision's or plan's opening paragraphs cite as ground, in order, as numbered (a law by its
 * number, "Luật An ninh mạng số 24/2018/QH14", is one; "Luật Dữ liệu ngày 30 tháng 11 năm 2024", by date only, none; the
 * grounds of the strategy attached below the decision, "1. Căn cứ chính trị - Căn cứ Nghị quyết 57-NQ/TW …", are not the
 * decision's); a ministry's decision issuing its own strategy under a government resolution and a decree (214/NQ-CP,
 * 43/2025/NĐ-CP) names no programme.
 * Conventions for results as in the eighteenth, twentieth and twenty-first sets: one per clause; what was digitised ("số
 * hóa 3 bảo vật quốc gia", "chỉ có 430 hiện vật" digitised, "số hóa tài liệu địa phương chí hơn 1.000 bản với 411 nhan
 * đề") is a result, a count with its companion one; "xây dựng 04 bộ sưu tập số: … 21 nhan đề …; … 46 nhan đề; … 29 nhan
 * đề" is one (a count with its breakdown); an inventory of holdings, relics and institutions ("Sở hữu hơn 30.000 hiện
 * vật, trong đó có hơn 2.000 hiện vật được lựa chọn trưng bày", "lưu giữ trên 35 nghìn hiện vật cùng 3 phòng trưng bày",
 * "Nước ta hiện có 147 bảo tàng …", "Tính đến tháng 9 năm 2024, tỉnh Yên bái có 139 di tích đã được xếp hạng …", "hơn 30
 * km giá tài liệu, … 2 bảo vật quốc gia …") is not; a caption repeating the body's figure is not counted again; the year a
 * work began ("từ năm 2011", "Từ năm 2020") is no value.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT27: CorpusDoc[] = [
  {
    file: 'congdankhuyenhoc-nghe-an-630-kh-ubnd-thu-vien-news.txt',
    source: 'https://congdankhuyenhoc.vn/nghe-an-chuyen-doi-so-he-thong-thu-vien-cong-cong-179220917115855403.htm',
    about:
      'a national paper of the learning-promotion association on Nghệ An\'s plan for the digital transformation of its public libraries (630/KH-UBND, not numbered in the excerpt; told by its own title "Kế hoạch về Chuyển đổi số hệ thống thư viện công cộng trên địa bàn tỉnh đến năm 2025, định hướng đến năm 2030", so no programme), September 2022: a headline, "mục tiêu … là đến năm 2025:" and three bullets of aims in words (Cloud, AI, big data), then "Kế hoạch đề ra chỉ tiêu cụ thể đến năm 2025: 80% tài liệu cổ, quý hiếm … tại Thư vi" (cut) — one percent target for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 80),
    results: 0,
  },
  {
    file: 'tuyen-quang-45-kh-ubnd-2023.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-45-KH-UBND-2023-thuc-hien-Chuong-trinh-so-hoa-Di-san-van-hoa-Tuyen-Quang-559480.aspx?tab=2',
    about:
      'provincial plan (Tuyên Quang) for the heritage digitisation programme 2026/QĐ-TTg (its title names the programme "ĐẾN NĂM 2030" without number), a legal site\'s table export: "|" lines, "Tuyên Quang, ngày\\n14 tháng 3 năm 2023", a basis of the decision, a finance circular 71/2022/TT-BTC, the ministry\'s letter 3380/BVHTTDL-DSVH and the province\'s Party resolution 48-NQ/TU on digital transformation ("… đến năm 2025, định hướng đến năm 2030", no figure), then "I. ĐỐI TƯỢNG VÀ PHẠM VI" (cut) — no target',
    kind: 'plan',
    number: '45/KH-UBND',
    date: '2023-03-14',
    programme: '2026/QĐ-TTg',
    basis: ['2026/QĐ-TTg', '71/2022/TT-BTC', '3380/BVHTTDL-DSVH', '48-NQ/TU'],
    targets: [],
    results: 0,
  },
  {
    file: 'nhansu-4220-qd-bvhttdl-2025.txt',
    source: 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-4220-QD-BVHTTDL-2025-Chien-luoc-Chuyen-doi-so-2025-2030-681329.html',
    about:
      'the culture ministry\'s decision issuing its digital transformation strategy 2025 – 2030, on a legal site: a title line, the attribute table ("| Số hiệu | 4220/QĐ-BVHTTDL |", "| Ngày ban hành | 05/11/2025 |"), the header as a table export ("Số: 4220/QĐ-BVHTTDL |", "Hà Nội, ngày 05 tháng 11 năm 2025 |"), the subject line without "QUYẾT ĐỊNH" above it, laws by number (24/2018/QH14, 67/2006/QH11) and one by date only (none), "Nghị quyết số 214/NQ-CP …", "Nghị định số 43/2025/NĐ-CP …", "QUYẾT ĐỊNH:", Điều 2, the signature, then the strategy\'s own title and "1. Căn cứ chính trị - Căn cứ Nghị quyết 57-NQ/TW …" (not the decision\'s basis; cut) — no programme, no target',
    kind: 'decision',
    number: '4220/QĐ-BVHTTDL',
    date: '2025-11-05',
    programme: null,
    basis: ['24/2018/QH14', '67/2006/QH11', '214/NQ-CP', '43/2025/NĐ-CP'],
    targets: [],
    results: 0,
  },
  {
    file: 'vnmh-bao-tang-thanh-hoa-so-hoa-news.txt',
    source: 'https://vnmh.com.vn/vi/Articles/3091/74804/bao-tang-tinh-thanh-hoa-so-hoa-dje-lan-toa-gia-tri-di-san.html',
    about:
      'the national history museum\'s site on Thanh Hóa\'s provincial museum digitising its objects (no programme), from its lead: a caption "tham quan 3 bảo vật quốc gia … với kính 3D" (none), "Sở hữu hơn 30.000 hiện vật, trong đó có hơn 2.000 hiện vật được lựa chọn trưng bày" (an inventory, none), "Từ cuối năm 2022, với việc số hóa 3 bảo vật quốc gia (…)" (one result); cut — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'vov2-bao-tang-thai-nguyen-so-hoa-news.txt',
    source: 'https://vov2.vov.vn/van-hoa-giai-tri/so-hoa-bao-tang-xu-huong-tat-yeu-31413.vov2',
    about:
      'the national radio\'s page on museums going digital, Thái Nguyên\'s provincial museum told (no programme): "Nước ta hiện có 147 bảo tàng, trong đó 36 …, 83 … và 4 …" (an inventory, none), "lưu giữ trên 35 nghìn hiện vật cùng 3 phòng trưng bày chuyên đề" (none), "Từ năm 2020, … bắt đầu …" (no value), "Tổng số hiện vật được số hóa … chỉ có 430 hiện vật" (one result); cut — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'binh-thuan-bao-tang-chuyen-doi-so-news.txt',
    source:
      'https://svhttdl.binhthuan.gov.vn/chuyen-doi-so/cong-tac-chuyen-doi-so-phuc-vu-bao-ton-phat-huy-gia-tri-di-san-van-hoa-tai-bao-tang-tinh-binh-th-895552',
    about:
      'the culture department\'s portal (Bình Thuận) on the provincial museum\'s digitisation: a headline, then a paragraph opening "Căn cứ hướng dẫn số 3380/BVHTTDL-DSVH ngày 08/9/2022 … thuộc Chương trình bảo tồn, phát huy bền vững giá trị di sản văn hoá Việt Nam, giai đoạn 2021-2025 và Chương trình số hóa Di sản văn hóa Việt Nam giai đoạn 2021 - 2030; Kế hoạch số 1282/KH-UBND ngày 04/5/2022 … Nghị quyết số 10-NQ/TU … về chuyển đổi số đến năm 2025, định hướng đến năm 2030." (the digitisation programme, by title: 2026/QĐ-TTg; no figure), captions of QR codes ("04 Bà Triệu", an address), "lưu giữ gần 30.000 hiện vật gốc, trưng bày gần 1.500 hiện vật, hình ảnh và 77 di tích …" (an inventory, none); cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: '2026/QĐ-TTg',
    targets: [],
    results: 0,
  },
  {
    file: 'yen-bai-so-hoa-di-san-2024-news.txt',
    source: 'https://sovhttdl.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=1672&l=Tinhoatdong+&lv=29',
    about:
      'the culture department\'s portal (Yên Bái) on the relics centre\'s digital records, from the body: a caption, "Tính đến tháng 9 năm 2024, tỉnh Yên bái có 139 di tích đã được xếp hạng, trong đó có 01 …, 12 …, 126 … và 76 di sản văn hóa phi vật thể …; 09 …; 04 … theo Chương trình mục tiêu quốc gia (in passing, no programme); 62 chuyên đề …", "toàn tỉnh có hơn 700 di tích … và hơn 500 di sản …" (inventories, none), "từ năm 2015-2016, Trung tâm đã cử cán bộ tập huấn …" (no value); cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'phu-tho-bao-tang-hung-vuong-so-hoa-news.txt',
    source: 'https://sokhoahoccongnghe.phutho.gov.vn/so-hoa-hoat-dong-bao-tang-n7665',
    about:
      'the science department\'s portal (Phú Thọ) on the Hùng Vương museum digitising its displays (no programme): "Từ năm 2010 đến nay" (no value), "Hiện nay Bảo tàng Hùng Vương trưng bày hơn 12.000 hiện vật gốc" (an inventory, none), "Hầu hết các hiện vật … đã được áp dụng công nghệ số hóa bằng mã QR" (no figure); cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'lam-dong-so-hoa-di-san-2030-news.txt',
    source: 'http://baolamdong.vn/xahoi/202205/tien-hanh-so-hoa-di-san-van-hoa-tren-dia-ban-tinh-3117111/',
    about:
      'the provincial paper (Lâm Đồng) on the department carrying out the heritage digitisation programme (by title "Chương trình số hóa Di sản văn hóa giai đoạn 2021 – 2030": 2026/QĐ-TTg), 20 May 2022: a headline, a dateline "02:05, 20/05/2022", the lead tagged "(LĐ online) - ", what will be digitised in words, "Mục tiêu cụ thể, từ nay đến 2030, có 100% di sản văn hóa vật thể, … được số hóa và ứng dụng trên các nền t" (cut) — one percent target for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '2026/QĐ-TTg',
    targets: p(2030, 100),
    results: 0,
  },
  {
    file: 'znews-di-san-khong-gian-so-2025-news.txt',
    source: 'https://znews.vn/bao-ton-di-san-trong-khong-gian-so-post1601342.html',
    about:
      'a national news site on heritage in digital space, 27 November 2025: the index\'s " date 2025-11-27" line, a caption, "Luật Di sản văn hóa 2024" (a law, no programme), the national archives\' head: "hơn 30 km giá tài liệu, trong đó có 2 bảo vật quốc gia … và 3 di sản tư liệu thế giới …" (an inventory, none); cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'tra-vinh-thu-vien-so-hoa-2022-news.txt',
    source: 'https://baotravinh.vn/xa-hoi/so-hoa-trong-hoat-dong-thu-vien-gop-phan-phuc-vu-ban-doc-tot-hon-15574.html',
    about:
      'the provincial paper (Trà Vinh) on the provincial library\'s digitisation (no programme), 26 April 2022: a dateline "26/04/2022 09:00", a caption, "bắt đầu thực hiện chuyển đổi số tài liệu từ năm 2011" (no value), "đã thực hiện số hóa tài liệu địa phương chí hơn 1.000 bản với 411 nhan đề" (one result), "xây dựng 04 bộ sưu tập số: … 21 nhan đề …; … 46 nhan đề; … 29 nhan đề" (one: a count with its breakdown), "đang chuẩn bị thực hiện thêm …" (no value); cut — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'cand-chuyen-doi-so-thu-vien-206-news.txt',
    source: 'https://cand.com.vn/Tieu-diem-van-hoa/Day-manh-chuyen-doi-so-hinh-thanh-mang-luoi-thu-vien-hien-dai-i597463',
    about:
      'the police daily on the library digital transformation programme (206/QĐ-TTg, named neither by number nor by title in the excerpt: "Theo mục tiêu chương trình đặt ra", so no programme): a headline, three related-story links, a subheading "Số hóa 70% tài liệu cổ, quý hiếm tại các thư viện" restating the body (none), "đến năm 2025, 70% tài liệu cổ … được số hóa. 70% tài liệu nội sinh …", paragraphs going on "100% thư viện công lập … hoàn thiện …", "100% thư viện … có trang thông tin điện tử …", "80% thư viện chuyên ngành …, 60% thư viện cơ sở giáo dục …" (cut), a caption "Phòng đọc trên 200 chỗ ngồi …" (none) — six percent targets for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 70, 70, 100, 100, 80, 60),
    results: 0,
  },
];
