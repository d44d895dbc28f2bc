/**
 * The sixteenth held-out set (eval/holdout16/, issue 22): 11 texts that MIX results and aims, from provinces and
 * sources the earlier sets have least (Hà Giang has none; Hải Dương, Đồng Nai, Quảng Bình one; a Hồ Chí Minh City
 * district, a district of Lạng Sơn, of Quảng Trị, of Thái Nguyên and of Quảng Nam; the national Hồ Chí Minh museum
 * system on the police daily), found with the search tool (corpus "pages") and labelled by hand BEFORE the reader
 * first ran on them (every source URL was checked against the earlier sets; one candidate, Huế's Hồ Chí Minh museum
 * in 2016, was dropped for that). Conventions as in the twelfth and fourteenth sets: a news text has no number or
 * date of its own; the movement alone names no programme; an aim set for a term or a period without a year of its
 * own takes its last year ("Nhiệm kỳ đến" of 2021 - 2026 → 2026; "Giai đoạn 2015-2020" → 2020); an aim with no year
 * in a paragraph after "Trong quý I/2024, … xây dựng kế hoạch hoạt động" is the plan's year (2024); "13/13 xã" in a
 * list of aims is a count target of 13 (as "15/17 huyện" in the fifth set); "ít nhất 4 cuộc trưng bày" is a count;
 * a results count is the number of past values the text reports, one per clause (a count with its share or its rise
 * is one, "2.353 đoàn khách … với 35.860 người" is one, a base "trên tổng số 703.955 dân" or "tổng số 7.230 hộ" is
 * none, a rise of rates "tăng từ 40 đến 50%" beside them is none); money, awards, a page's print time, a headline
 * restating the body's figure, the delegates of a congress and the members they represent ("108 đại biểu đại diện
 * cho hơn 22.000 hội viên") are not counted; the association's own branches, boards, centres and members are, and so
 * are the scholarships it gives.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT16: CorpusDoc[] = [
  {
    file: 'ha-giang-khuyen-hoc-2022-news.txt',
    source: 'https://congdankhuyenhoc.vn/print/hoi-khuyen-hoc-tinh-ha-giang-day-nhanh-tien-do-trien-khai-cac-mo-hinh-hoc-tap-179230104203231248.htm',
    about:
      'the learning association\'s paper on Hà Giang\'s provincial association (a meeting of its board, January 2023): a print time "21:44 - 04/01/2023", the aims first "phấn đấu, năm 2023, … 60% …; 55% …; 95% …", captions, then the year 2022 "4.020 hội, chi hội, ban khuyến học (tăng 118 …) với trên 315.000 hội viên, chiếm 36,6% dân số" (two), "trên 109.000 gia đình học tập, 60,3% …; 1.053 dòng họ …, đạt 38,38% …; 1.207 cộng đồng …, chiến 58,28%; 787 đơn vị học tập và 24.325 “Công dân học tập”" (five, with no verb of report); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2023, 60, 55, 95),
    results: 7,
  },
  {
    file: 'ha-giang-yen-minh-khuyen-hoc-2024-news.txt',
    source:
      'https://congdankhuyenhoc.vn/hoi-khuyen-hoc-tinh-ha-giang-trao-40-suat-hoc-bong-cho-hoc-sinh-ngheo-vuot-kho-tai-yen-minh-quan-ba-179240417214751192.htm',
    about:
      'the learning association\'s paper on a working visit to two districts of Hà Giang (Yên Minh, Quản Bạ), April 2024: a headline and caption "trao 40 suất học bổng" (one result), "Trong quý I/2024, … xây dựng kế hoạch hoạt động …", then "Cụ thể, Hội Khuyến học huyện Yên Minh phấn đấu 100% các cơ quan, … có chi hội, ban khuyến học; phát triển hội viên đạt 37% …, gia đình học tập đạt 35%, dòng họ … 30%, cộng đồng … 25%, đơn vị học tập đạt 100%. Đồng thời, phát triển 965 hội viên, 1.258 công dân đăng ký học tập; Quỹ … 100 triệu đồng (money)" — aims with no year of their own, the plan\'s year 2024',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2024, 100, 37, 35, 30, 25, 100), [2024, 965, 'count'], [2024, 1258, 'count']],
    results: 1,
  },
  {
    file: 'dong-nai-xoa-mu-chu-2014-news.txt',
    source: 'http://baodongnai.com.vn/tintuc/201404/nguoi-biet-chu-dat-cao-2306450/',
    about:
      'provincial newspaper (Đồng Nai) on universal education and literacy, April 2014: an update time, then one paragraph of shares with no verb of report but "Hiện nay": "54% xã … đạt mục tiêu phổ cập …", "100% … đạt chuẩn …, trong đó 153/171 … mức 1 và 13 xã … mức 2", "100% … THCS", "15-35 tuổi, đạt 99,78%", "15- 60 tuổi, đạt tỷ lệ 99,28%" (seven results; ages are no figures) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
  {
    file: 'hai-duong-khuyen-hoc-2018-news.txt',
    source: 'https://baohaiduong.vn/chuyen-muc/khuyen-hoc/20',
    about:
      'provincial newspaper\'s section page (Hải Dương): a headline restating the body ("chiếm gần 28% số dân"), "Năm 2018, toàn tỉnh có 2.785 chi hội … (tăng 29 …) và 1.404 đơn vị khuyến học (tăng 43 đơn vị), với tổng số 502.825 hội viên (tăng 50.369 …, chiếm 27,8% số dân)" (three), the section\'s "Tin mới nhất" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'quang-binh-281-2020-news.txt',
    source: 'https://baodantoc.vn/hoc-tap-suot-doi-trong-thoi-dai-so-o-vung-cao-1604937858934.htm',
    about:
      'the ethnic-affairs paper on five years of decision 281 (281/QĐ-TTg named with its date and "4 mô hình"), no headline in the excerpt: a family of Minh Hóa (Quảng Bình) quoted after "Bà cho biết," then "Theo thống kê của Hội Khuyến học tỉnh Quảng Bình, tổng số gia đình đăng ký … năm 2020, là 208.036, chiếm tỷ lệ 95% …, tăng 68.829 … so với năm 2016. Số gia đình đạt GĐHT 197.879, chiếm tỷ lệ 81% …" (two); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 2,
  },
  {
    file: 'bao-tang-ho-chi-minh-2018-news.txt',
    source: 'http://cand.com.vn/Chuyen-dong-van-hoa/Gan-4-trieu-luot-khach-tham-he-thong-bao-tang-va-di-tich-luu-niem-Chu-tich-Ho-Chi-Minh-526438/',
    about:
      'the police daily on the Hồ Chí Minh museum and memorial sites in 2018 (national), no headline in the excerpt: "Theo Bảo tàng Hồ Chí Minh, năm 2018, … đón gần 4 triệu lượt khách", "hơn 2,5 triệu lượt …, hơn 44.000 lượt …", "hơn 80 cuộc triển lãm", a caption, "Gần 2.000 hiện vật …", "trên 1,36 triệu lượt khách", "242.971 lượt khách", "2.353 đoàn khách … với 35.860 người, trong đó có 907 đoàn …, 903 đoàn …" (ten results: visits, exhibitions, objects, groups); then "Dự kiến, trong năm 2019 sẽ có ít nhất 4 cuộc trưng bày chuyên đề" (a count target)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[2019, 4, 'count']],
    results: 10,
  },
  {
    file: 'bac-son-khuyen-hoc-dai-hoi-2023-news.txt',
    source: 'http://tinbong247.org/hoi-khuyen-hoc-huyen-bac-son-to-chuc-dai-hoi-nhiem-ky-2023-2028-1630311.html',
    about:
      'an aggregator reprinting the Lạng Sơn paper on a district learning association\'s congress (Bắc Sơn), term 2023 – 2028: a dash lead "– Ngày 12/12, …", a caption, "108 đại biểu đại diện cho hơn 22.000 hội viên" (attendance, not counted), "Hiện toàn huyện có 18/18 xã …; 149/149 chi HKH …; 45 ban khuyến học …; 57/57 chi hội …, 22 ban khuyến học … và 32 chi hội dòng họ … với trên 22.500 hội viên (tăng 1.828 … và đạt tỷ lệ 30,03% …)" (seven), money, "trên 40.000 lượt học sinh" (one); "Nhiệm kỳ tới, … xác định tiếp tục …" with no figure — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
  {
    file: 'binh-tan-khuyen-hoc-2017-news.txt',
    source: 'http://khuyenhochcm.com.vn/index.php/news/Khuyen-hoc-Tp-Ho-Chi-Minh/TONG-KET-CONG-TAC-KHUYEN-HOC-NAM-2017-O-CAC-QUAN-HUYEN-349/',
    about:
      'Hồ Chí Minh City\'s learning association\'s site on a district\'s year 2017 (Bình Tân): an upper-case page title, a sub-headline "Gần 113.000 hộ đạt gia đình học tập", "tổng kết … năm 2017 và triển khai chương trình công tác năm 2018" (no aims in the excerpt), "10 hội …, 345 chi hội … (trong đó có 38 …), 1.711 tổ hội … (trong đó có 1.666 …), với 87.470 hội viên trên tổng số 703.955 dân" (four), "10 lớp tập huấn … với trên 300 lượt người" (one), "gần 113.000 hộ … (chiếm 61% …), 31 dòng họ …, 117 đơn vị …, có 8 phường … loại tốt, 2 phường … loại khá" (five), "trao 186 suất học bổng … (1,2 triệu đồng/suất), 130 suất học bổng …" (two; money per unit is none), "khen thưởng 6 gương sáng" (honoured, none) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 12,
  },
  {
    file: 'phu-luong-doi-song-van-hoa-2015-news.txt',
    source: 'https://baothainguyen.vn/xa-hoi/201601/phan-dau-co-85-tro-len-so-ho-dat-danh-hieu-gia-dinh-van-hoa-367F87D',
    about:
      'provincial newspaper (Thái Nguyên) on a district\'s fifteen years of the culture movement (Phú Lương, 2000-2015), no headline in the excerpt: "có trên 90% cơ quan …; 100% xã …" (two), "Qua bình xét hàng năm … trên 80% gia đình, trên 90% cơ quan, trên 60% làng bản …" (three), "Tỷ lệ này so với năm 2000 tăng từ 40 đến 50%" (a rise of those rates, none), "năm 2015 … gần 25.300 hộ …, chiếm 88,4% (… tăng 44,5%)" (one), "10/14 xã …; 249/253 xóm …" (two); then "Giai đoạn 2015-2020, … mục tiêu phấn đấu: Duy trì 100% xóm, bản đăng ký …, trong đó có 65% trở lên…" (two aims for 2020; cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, 100, 65),
    results: 8,
  },
  {
    file: 'bac-tra-my-khuyen-hoc-dai-hoi-2021-news.txt',
    source: 'https://baoquangnam.vn/giao-duc/hoi-khuyen-hoc-cuu-giao-chuc-bac-tra-my-to-chuc-dai-hoi-lan-thu-i-113352.html',
    about:
      'provincial newspaper (Quảng Nam) on a mountain district\'s merged learning and retired teachers\' association (Bắc Trà My), first congress, term 2021 - 2026: a byline "MỸ HẠNH |", "Toàn huyện có 4 trung tâm học tập cộng đồng hoạt động" (one), "hàng nghìn suất quà … hơn 1,5 tỷ đồng" (no number, money), then "Nhiệm kỳ đến, hội đăng ký 100% thôn …; 13/13 xã, thị trấn được công nhận đơn vị học tập" (the term\'s last year 2026; 13/13 a count of 13), the page\'s "TAGS"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2026, 100), [2026, 13, 'count']],
    results: 1,
  },
  {
    file: 'dakrong-doi-song-van-hoa-2020-news.txt',
    source:
      'http://dakrong.quangtri.gov.vn/index.php/vi/news/savefile/Van-hoa-xa-hoi/Phong-trao-Toan-dan-doan-ket-xay-dung-doi-song-van-hoa-dat-duoc-ket-qua-cao-2869/',
    about:
      'a district portal (Đakrông, Quảng Trị) on ten years of the culture movement (2011-2020), typos as printed ("cẩp ủy", "cố gang", "naycó", "đanh hiệu"): a caption, "Năm 2011 … tổng số 7.230 hộ trong đó có 3.741 hộ … chiếm 51,7%" (one; the total is a base), "đến cuối năm 2020 có 9.177/11.084 …, đạt 82,79%. tăng 31,09% …" (one), "Từ năm 2017 đến nay duy trì tỷ lệ … hàng năm là trên 80%" (one, a level kept, no aim), "78 thôn, khóm đã được phát động …" (one), "giai đoạn 2011-2015 là 99,01%" (one), "78/78 thôn …" and "(Có 68 thôn …, đạt 87% …" (two), "90/94 đơn vị …, đạt 95,74%" and "47/94 đơn vị … đạt 50% …" (two) — results only, periods and years with no cue of report',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 9,
  },
];
