/**
 * The thirty-third held-out set (eval/holdout33/, issue 22): 10 texts on what libraries, museums and cultural centres COUNT
 * — visits (lượt khách), exhibitions (trưng bày, triển lãm), objects collected (hiện vật), film shows and performances
 * (buổi chiếu phim, suất phim, buổi biểu diễn), propaganda rounds (đợt tuyên truyền) — as plans for a year or as press
 * reports of a year's work, found with the search tool (corpus "pages", queries in Vietnamese with and without
 * diacritics) and labelled by hand BEFORE the reader first ran on them: 7 targets and 35 results.
 * The brief asked for texts that set COUNT TARGETS (a library's readers and books rotated, a museum's visitors and
 * exhibitions, a centre's classes and clubs, as plans for a year); the index holds few: its library pages report the year
 * gone by (Quảng Nam's 30.250 readers, Thái Nguyên's, Hậu Giang's, Bình Dương's, Khánh Hòa's — all in earlier sets) and
 * name the next year's tasks in words. What the set holds: the three pages that set counts (a museum's visitors for 2018,
 * the ministry's plan of exhibitions of 2018 museum by museum, a provincial museum's planned objects for a Tết exhibition of
 * 2019), and seven pages that report counts against a year's plan (`đạt 117,8% kế hoạch năm 2015`, `đạt 25,16% kế hoạch
 * năm`, `vượt 20% kế hoạch đề ra`) or a year's tally with the next year's tasks in words — the counts a reader must NOT take
 * for aims.
 * Every source URL, every page's title and place and every document number was checked against all earlier sets' labels
 * (eval/corpus.ts and eval/corpus*.ts). Left out for that: the Hồ Chí Minh museum of Huế's aims for 2017 (baothuathienhue
 * a36045, eighth set), the police daily on the Hồ Chí Minh museum's 2018 and its exhibitions of 2019 (sixteenth), Lam
 * Kinh's 350.000 visitors of 2024 (thirty-first), Bình Thuận's museum of 2023 (baobinhthuan 115960, eighth), Quảng Nam's
 * provincial library of 2017 and Thái Nguyên's of 2023 (development), Thái Nguyên's library of 2016 (thainguyentv 24089,
 * eighth), Hậu Giang's library of 2019 (seventh), Khánh Hòa's of 2019 (development), Kim Bôi's (twenty-fifth), Kon Tum's
 * reading-culture plan (development), Mỹ Sơn's (twenty-first). Pages in English (Hà Nội's districts) or Chinese, and pages
 * with no figure, were not taken.
 * Conventions for targets as in the fifteenth, twenty-ninth and thirty-second sets: a news text has no number or date of
 * its own (a line "Đăng ngày 10/01/2018 lúc 8:49 am", "Cập nhật: 21/09/2015", "09:05, 25/12/2008" is none); a floor ("trên
 * 110.000 lượt khách") is its figure; what a plan approved for a year, museum by museum ("Kế hoạch trưng bày chuyên đề năm
 * 2018 …: Bảo tàng Hồ Chí Minh có 4 trưng bày chuyên đề …"), is that year's count target, one per museum, and the count of
 * museums the plan covers ("của 5 bảo tàng, khu di tích") none; an exhibition's planned objects ("(dự kiến) 400 hiện vật")
 * are a count target of the year it opens; an area ("khoảng 300m2"), anniversaries ("89 năm", "60 năm", "1000 năm"),
 * ordinals ("lần thứ 18", "lần I"), a term ("nhiệm kì 2020 – 2025") and honours ("1 huy chương vàng …") are none; a year's
 * tasks in words ("tổ chức triển lãm …", "hoàn thành những mục tiêu, kế hoạch được giao") give no target.
 * Conventions for results as in the twenty-second, twenty-ninth and thirty-second sets: one per clause and per thing
 * counted; a count with its share of the plan and its rise ("37.704 lượt khách …, đạt 117,8% kế hoạch năm 2015, tăng 6,1%
 * so với cùng kỳ năm 2014") is one; a part told after "trong đó" is one of its own ("trong đó có 1.246 khách quốc tế",
 * "khách Việt Nam là 94.236 lượt, khách nước ngoài là 8.123 lượt"), a rise told after its count ("tăng 8.209 lượt khách so
 * với năm 2016") its companion; groups and the visitors they bring ("175 đoàn với 18.500 lượt khách", "270 đoàn khách, trong
 * đó có 25 đoàn khách quốc tế với 65 nghìn người") are counted each; a headline restating the body ("đón gần 38.000 lượt",
 * "Tiếp đón trên 55,34 nghìn lượt", "Đón 18.500 lượt") counts once; a page's counter ("Lượt xem: 2.250") is none.
 */
import { c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT33: CorpusDoc[] = [
  {
    file: 'hue-bao-tang-ho-chi-minh-2018-news.txt',
    source: 'http://tintuc.hues.vn/bao-tang-ho-chi-minh-trien-khai-chuong-trinh-cong-tac-nam-2018/',
    about:
      'a Huế news site on the Hồ Chí Minh museum of Thừa Thiên Huế closing 2017 and opening its programme of 2018, January 2018: a site line "Tin tức Huế", the headline, "Đăng ngày 10/01/2018 lúc 8:49 am", "đã đón 102.359 lượt khách tham quan, tăng 8.209 lượt khách so với năm 2016, trong đó khách Việt Nam là 94.236 lượt, khách nước ngoài là 8.123 lượt" (three results, the rise a companion), "Năm 2018, … phấn đấu đón trên 110.000 lượt khách tham quan; triển lãm hưởng ứng Festival Huế 2018; …" (one count target, the rest in words), cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2018, 110000),
    results: 3,
  },
  {
    file: 'bo-vhttdl-trung-bay-chuyen-de-2018-news.txt',
    source: 'http://m.daidoanket.vn/giai-tri/ke-hoach-trung-bay-chuyen-de-nam-2018-tintuc391548',
    about:
      'a national paper on the ministry\'s approval of the plan of themed exhibitions of 2018 for five museums and memorial sites, January 2018: the headline "Kế hoạch trưng bày chuyên đề năm 2018", a print line, "… của 5 bảo tàng, khu di tích thuộc Bộ" (none), "Bảo tàng Hồ Chí Minh có 4 trưng bày chuyên đề. Bảo tàng Lịch sử Quốc gia có 6 … Bảo tàng Mỹ thuật VN có 3 … Bảo tàng Văn hóa các dân tộc Việt Nam có 9 … Khu Di tích … tại Phủ Chủ tịch có 6 trưng bày chuyên đề: …" (five count targets for 2018), the titles ("1945 - 1946", "60 năm": none), "Tin cùng chuyên mục"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2018, 4, 6, 3, 9, 6),
    results: 0,
  },
  {
    file: 'ninh-thuan-bao-tang-trien-lam-xuan-2019-news.txt',
    source:
      'http://www.ninhthuantourist.com/tin-tuc-su-kien/tin-trong-tinh/4536-bao-tang-ninh-thuan-trung-bay-trien-lam-chuyen-de-mung-dang-mung-xuan-ky-hoi-2019.html',
    about:
      'a provincial tourism site (Ninh Thuận) on the provincial museum\'s Tết exhibition of 2019, no headline in the excerpt: "89 năm ngày thành lập Đảng" (none), the exhibition "từ ngày 21/01/2019 … đến hết ngày 22/3/2019. Diện tích trưng bày khoảng 300m2, với số lượng hiện vật: (dự kiến) 400 hiện vật và hình ảnh" (one count target for 2019; the area none), its themes ("60 Ngày giải phóng", "60 năm": none), cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2019, 400),
    results: 0,
  },
  {
    file: 'lam-dong-bao-tang-2015-news.txt',
    source: 'http://vietnamtourism.vn/index.php/news/items/15182',
    about:
      'the tourism administration\'s site on Lâm Đồng\'s museum up to September 2015: the headline "… đón gần 38.000 lượt khách" (restated), "Cập nhật: 21/09/2015", "đã đón 37.704 lượt khách …, trong đó có 1.246 khách quốc tế, đạt 117,8% kế hoạch năm 2015, tăng 6,1% so với cùng kỳ năm 2014" (two results), "tổ chức trên 10 cuộc trưng bày chuyên đề và triển lãm lưu động" (one), "đã sưu tầm được 159 hiện vật, đạt 79,5% kế hoạch năm 2015" (one) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'dien-bien-phu-bao-tang-quy-1-2014-news.txt',
    source: 'https://vietnamtourism.gov.vn/index.php/printer/14127',
    about:
      'the tourism administration\'s print page on the Điện Biên Phủ victory museum in the first quarter of 2014: the headline "… Tiếp đón trên 55,34 nghìn lượt khách … quý I năm 2014" (restated), "Lượt xem: 2.250" (a counter, none), "trên 55,34 ngàn lượt người …, đạt 25,16% kế hoạch năm, tăng 40,6% …", "trên 2,9 ngàn lượt người nước ngoài, đạt 18,4% kế hoạch năm, tăng 8% …", "tiếp nhận 404 hiện vật" (three results), "kỷ niệm 60 năm" (none) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'quan-khu-1-bao-tang-2008-news.txt',
    source: 'https://baothainguyen.vn/van-hoa/200812/bao-tang-llvt-quan-khu-i-don-18500-luot-khach-den-tham-quan-367E708',
    about:
      'the provincial paper (Thái Nguyên) on the military region\'s museum in 2008: the headline "… Đón 18.500 lượt khách …" (restated), "09:05, 25/12/2008", "đã đón 175 đoàn với 18.500 lượt khách …, vượt 20% kế hoạch đề ra" (two results), exhibitions in words, "Đầu năm 2009 Bảo tàng tiếp tục mở cửa … và triển lãm 55 năm chiến thắng Điện Biên Phủ" (no figure of its own) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'bao-tang-van-hoa-cac-dan-toc-2009-news.txt',
    source: 'https://baothainguyen.vn/van-hoa/201012/bao-tang-van-hoa-cac-dan-toc-viet-nam-don-tren-65-nghin-luot-khach-tham-quan-367E73D',
    about:
      'the provincial paper (Thái Nguyên) on the museum of the ethnic groups\' cultures closing 2009 and opening 2010, no headline in the excerpt: "vào sổ kiểm kê được trên 2 nghìn hiện vật, phân loại được 1.900 hiện vật, 1.023 phim ảnh, 247 băng hình" (four), "tẩy rỉ 40 hiện vật kim loại, 200 hiện vật đồ mộc, bảo quản bằng hoá chất 1.364 hiện vật" (three), "tổ chức được 4 cuộc trưng bày" (one), "đã đón 270 đoàn khách, trong đó có 25 đoàn khách quốc tế với 65 nghìn người" (three), "theo 6 vùng văn hoá" (the plan of a display, none), then "Nhiệm vụ năm 2010, …" in words ("1000 năm Thăng Long": none) — eleven results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 11,
  },
  {
    file: 'khanh-hoa-trung-tam-van-hoa-dien-anh-2020-news.txt',
    source: 'http://ktv.org.vn/tin-tong-hop/van-hoa-the-thao-tin-tong-hop/trung-tam-van-hoa-dien-anh-khanh-hoa-tong-ket-cong-tac-nam-2020/',
    about:
      'the provincial broadcaster (Khánh Hòa) on the provincial centre of culture and cinema closing 2020, January 2021: the headline, "Đã đăng vào 22/01/2021 lúc 10:39", "tổ chức thực hiện 21 đợt tuyên truyền, cổ động trực quan" (one), "90 năm", "lần thứ 18 nhiệm kì 2020 – 2025" (none), "900 buổi chiếu phim lưu động …; gần 150 hoạt động biểu diễn nghệ thuật" (two), "Trong năm 2021, … hoàn thành những mục tiêu, kế hoạch được giao" (in words) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'bac-lieu-chieu-phim-9-thang-2014-news.txt',
    source: 'https://baocamau.vn/trung-tam-phat-hanh-phim-va-chieu-bong-chieu-hon-80-suat-phim-phuc-vu-nhan-dan-a92931.html',
    about:
      'a provincial paper carrying Bạc Liêu\'s film centre over nine months of 2014, no headline in the excerpt: "(BL-HT) Trong 9 tháng qua, … chiếu hơn 80 suất phim … như: 30/4, 27/7, 23/8, 2/9" (one; the dates none), "Hơn 86.000 lượt người dân … được xem" (one), "Festival Đờn ca tài tử quốc gia lần I - Bạc Liêu 2014" (none) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'khanh-hoa-van-hoa-dien-anh-2019-news.txt',
    source: 'https://baokhanhhoa.vn/van-hoa/202001/se-thuc-hien-ky-hop-dong-bieu-dien-voi-cac-cau-lac-bo-doi-nhom-nghe-thuat-8146207/',
    about:
      'the provincial paper (Khánh Hòa) on the provincial centre of culture and cinema closing 2019, January 2020: a print line "03:01, 17/01/2020", the headline "Sẽ thực hiện ký hợp đồng biểu diễn …" (no figure), the lead twice, "Trong năm 2019, … 20 đợt tuyên truyền cổ động trực quan …. Treo 1.950 cờ …, thực hiện 8 cuộc triển lãm …. … 1.298 buổi chiếu phim lưu động với hơn 202 nghìn lượt khán giả" (five results), captions twice, medals (none), "… đường phố … với 81 buổi; … bài chòi cũng diễn ra 81 buổi" (two), "Trong thời gian tới, Trung tâm" (cut) — seven results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
];
