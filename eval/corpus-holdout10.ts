/**
 * The tenth held-out set (eval/holdout10/, issue 22): 12 texts of provinces, programmes and shapes the earlier
 * sets lack, found with the search tool and labelled by hand BEFORE the reader first ran on them (every source
 * URL was checked against the earlier sets): the first pages of a literacy plan under a decree (Yên Bái) and of
 * two plans for the heritage digitisation programme 2026/QĐ-TTg (Hậu Giang, Cần Thơ); news of a reading-culture
 * plan (Sơn La), of a draft 206 plan (Đồng Tháp), of the 1687 libraries in a tag page (Phú Thọ) and of the 2026
 * programme on a provincial museum's site (Bình Phước); and reviews and reports with past figures only: a
 * province's year 2018 with its plan's figures in brackets (Yên Bái), a regional library union's term (Lạng Sơn),
 * a province's halls (Lâm Đồng), a province's learning families against the year's plan (Lạng Sơn), and the
 * literacy programme's five years in the national press.
 * Conventions as in the ninth set: a programme named only by its title is labelled with the decision meant, a
 * programme named neither by number nor by title ("Chương trình đặt mục tiêu …") is none; a decree or law the
 * plan carries out is its basis, not its programme; a headline, lead or caption that restates a target of the
 * body is not a second one; a news text has no number or date of its own; a results count is the number of past
 * values the text reports, one per clause (a count with its share is one, "đạt 79% và vượt 19% kế hoạch" is one;
 * money and tonnes are not counted); a plan's figure quoted beside a result ("đạt 6,31% (kế hoạch là 6,3%)") is
 * no target of the text; an undated target of a programme with a period takes the period's last year.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT10: CorpusDoc[] = [
  {
    file: 'yen-bai-87-kh-ubnd-2021.txt',
    source:
      'https://hethongphapluat.com/ke-hoach-87-kh-ubnd-nam-2021-thuc-hien-nhiem-vu-pho-cap-giao-duc-xoa-mu-chu-tren-dia-ban-tinh-yen-bai-giai-doan-2021-2025.html',
    about:
      'provincial plan (Yên Bái) for universal education and literacy 2021-2025 under the site\'s loading lines: a basis of a decree, a ministry\'s circular and two party programmes ("10-CTr/TU", "18-CTr/TU"), a typo in the web copy ("tỉnh ln thứ XIX"), "Mục tiêu chung" with ages ("trẻ em 5 tuổi", "trẻ 4 tuổi") and levels ("mức độ 3", "mức độ 2") that are no targets; cut mid-word',
    kind: 'plan',
    number: '87/KH-UBND',
    date: '2021-04-09',
    programme: null,
    basis: ['20/2014/NĐ-CP', '07/2016/TT-BGDĐT', '10-CTr/TU', '18-CTr/TU'],
    targets: [],
  },
  {
    file: 'hau-giang-239-kh-ubnd-2023.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-239-KH-UBND-2023-thuc-hien-Chuong-trinh-so-hoa-Di-san-van-hoa-Hau-Giang-595437.aspx',
    about:
      'provincial plan (Hậu Giang) for the heritage digitisation programme 2026/QĐ-TTg: the header as a table export with "|" lines, the date and the title broken over lines, a basis of the decision and a ministry\'s letter naming two programmes in one sentence opening "Căn cứ"; first page, no targets',
    kind: 'plan',
    number: '239/KH-UBND',
    date: '2023-12-29',
    programme: '2026/QĐ-TTg',
    basis: ['2026/QĐ-TTg', '3380/BVHTTDL-DSVH'],
    targets: [],
  },
  {
    file: 'can-tho-191-kh-ubnd-2023.txt',
    source: 'https://hethongphapluat.vn/ke-hoach-191-kh-ubnd-nam-2023-thuc-hien-chuong-trinh-so-hoa-di-san-van-hoa-thanh-pho-can-tho-giai-doan-2023-2030.html',
    about:
      'city plan (Cần Thơ) for the heritage digitisation programme with a local title and period ("Chương trình số hóa Di sản văn hóa thành phố Cần Thơ giai đoạn 2023 - 2030"): a basis of 2026/QĐ-TTg, 1230/QĐ-TTg and a ministry\'s letter in one sentence; first page, no targets',
    kind: 'plan',
    number: '191/KH-UBND',
    date: '2023-09-06',
    programme: '2026/QĐ-TTg',
    basis: ['2026/QĐ-TTg', '1230/QĐ-TTg', '3380/BVHTTDL-DSVH'],
    targets: [],
  },
  {
    file: 'son-la-262-van-hoa-doc-2021-news.txt',
    source:
      'https://bvhttdl.gov.vn/ke-hoach-trien-khai-de-an-phat-trien-van-hoa-doc-trong-cong-dong-giai-doan-2021-2025-dinh-huong-den-nam-2030-tren-dia-ban-tinh-son-la-2021111614273099.htm',
    about:
      'ministry\'s portal on Sơn La\'s plan 262/KH-UBND continuing the reading-culture project (329, named by the local continuation\'s title "Đề án phát triển văn hóa đọc trong cộng đồng giai đoạn 2021 - 2025, định hướng đến năm 2030"): the reader toolbar, a headline, a dateline "16/11/2021 | 15:00", aims without figures',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
  },
  {
    file: 'dong-thap-206-du-thao-2022-news.txt',
    source: 'https://baodongthap.vn/chuyen-doi-so/ubnd-tinh-hop-gop-y-du-thao-chuong-trinh-chuyen-doi-so-nganh-thu-vien-108795.aspx',
    about:
      'provincial newspaper (Đồng Tháp) on a meeting about the draft plan for the library digital transformation programme (206, named by its title): "Cập nhật ngày: 12/10/2022 05:23:17", the outlet\'s tag "ĐTO - ", "Mục tiêu cụ thể đến năm 2025, …; có 70% tài liệu cổ … được số hóa; 100% nhân lực …"',
    kind: 'news',
    number: null,
    date: null,
    programme: '206/QĐ-TTg',
    targets: p(2025, 70, 100),
  },
  {
    file: 'phu-tho-thu-vien-co-so-news.txt',
    source: 'https://thuonghieucongluan.com.vn/news-tag318362/kinh-te-c3',
    about:
      'a newspaper\'s tag page ("# miền núi") with one story on Phú Thọ\'s grassroots libraries: a headline, then the lead "Đến năm 2026, tỉnh Phú Thọ phấn đấu hình thành mô hình thư viện cơ sở tại 15% số xã" printed twice (one target); the 1687 programme is not named',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2026, 15),
  },
  {
    file: 'binh-phuoc-so-hoa-di-san-news.txt',
    source: 'https://baotangbinhphuoc.org.vn/day-manh-lien-thong-du-lieu-so-ve-di-san-van-hoa',
    about:
      'a provincial museum\'s site (Bình Phước) on the heritage digitisation programme, named neither by number nor by title ("Chương trình đặt mục tiêu …"): a photo caption restating a body target ("Giai đoạn 2021-2030, phấn đấu 100% di sản văn hóa phi vật thể quốc gia …"), then "Cụ thể giai đoạn 2021-2030: 100% …, 100% di tích quốc gia đặc biệt, các bảo vật quốc gia, các di sản … ; 100% người làm công tác chuyên môn …" (the period\'s last year)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 100, 100, 100),
  },
  {
    file: 'yen-bai-xa-hoi-hoc-tap-2018-news.txt',
    source: 'http://baoyenbai.com.vn/13/172211/Yen-Bai-Xa-hoi-hoc-tap-doi-thay-que-huong.aspx',
    about:
      'provincial newspaper (Yên Bái) on the province\'s year 2018 and the learning society: growth "đạt 6,31% (kế hoạch là 6,3%)", money and grain against the year\'s plan in brackets, "thêm 13 xã … lên 48 xã, chiếm 30%", "Năm 2018, toàn tỉnh có 122.000/212.631 gia đình …, chiếm 57,48%; …50,6%; …58,2%; …76,6%; …40,5%", "đào tạo nghề cho hơn 16.000 lao động" (cut) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
  {
    file: 'lang-son-lien-hiep-thu-vien-2018-news.txt',
    source: 'http://baolangson.vn/xa-hoi/54784-tong-ket-hoat-dong-lien-hiep-thu-vien-cac-tinh-mien-nui-phia-bac-nhiem-ky-2015-2018.html',
    about:
      'provincial newspaper (Lạng Sơn) on the review of the northern mountain provinces\' library union for 2015-2018 with the next term\'s direction (no figures): a weekday dateline, the tag "LSO-", counts of books, cards, readers and circulation for the union and for Lạng Sơn\'s library ("trên 200.000 bản sách; … 65.000 thẻ, … 5 triệu lượt bạn đọc … 7,5 triệu lượt sách báo"; "19.000 bản sách … 2.000 thẻ … 450.000 lượt") — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
  {
    file: 'lam-dong-thiet-che-van-hoa-2021-news.txt',
    source: 'https://baolamdong.vn/xahoi/202109/quan-tam-dau-tu-he-thong-thiet-che-van-hoa-co-so-3078522',
    about:
      'provincial newspaper (Lâm Đồng) on the commune and village halls: the lead printed twice, "109/111 xã có nhà văn hóa, đạt tỷ lệ 98,2%; tăng 20,5% so với … 2015 và 42,7% so với … 2010", "101/109", "100% nhà văn hóa xã được trang bị", "837/877 thôn …, 95,43%", "692/837 thôn" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
  {
    file: 'lang-son-gia-dinh-hoc-tap-2023-news.txt',
    source: 'https://baomoi.net.vn/hoi-thao-vai-tro-cua-gia-dinh-dong-ho-khuyen-hoc-trong-cong-tac-xay-dung-xa-hoi-hoc-tap-giai-doan-2024-2030-c49787329.epi',
    about:
      'news aggregator on a provincial learning association\'s workshop (Lạng Sơn, a district "Bắc Sơn" named): a headline with a period "giai đoạn 2024 – 2030" and no figure, 70 delegates, "Hết năm 2023, toàn tỉnh có trên 140.000 gia đình …, đạt 79% và vượt 19% kế hoạch năm 2023 đề ra; 218 dòng họ …, đạt 63% và vượt 3% kế hoạch …", a caption repeated — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'vietnamnet-xoa-mu-chu-2021-2025-news.txt',
    source: 'https://vietnamnet.vn/xoa-mu-chu-co-ban-cho-toan-dan-nhung-buoc-tien-vung-chac-2467451.html',
    about:
      'national newspaper on five years (2021 - 2025) of the literacy work: the index\'s " date 2025-11-28" line at the head, "duy trì 100% tỉnh/thành phố đạt chuẩn … mức độ 1", "tăng từ 34 tỉnh (năm 2021) lên 55 tỉnh (2024), tăng 61,76%", "tăng từ 97,85% lên 99,1%, tăng 1,25%", "261.130 người …, bình quân mỗi năm là 52.226 người", age bands ("15 - 60") — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 5,
  },
];
