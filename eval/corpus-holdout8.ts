/**
 * The eighth held-out set (eval/holdout8/, issue 22): 13 texts of levels, institutions and provinces
 * the earlier sets lack: a district's programme (Càng Long, Trà Vinh), a city's and two provinces'
 * decisions approving projects of their own (Đà Nẵng's public libraries to 2025, Hậu Giang's rural
 * culture to 2015, Bà Rịa - Vũng Tàu's 2023 movement plan), provincial museums and libraries on their
 * own year (Huế, Bình Thuận, Thái Bình, Vĩnh Phúc, Thái Nguyên), the heritage programme 1230/QĐ-TTg
 * and Nam Định's plan for it, and the first pages of two provincial plans outside the learning
 * programmes (Thừa Thiên Huế's civilised-lifestyle plan, Tuyên Quang's plan for the culture strategy),
 * found with the search tool and labelled by hand BEFORE the reader first ran on them.
 * Conventions as in the sixth set: a programme named only by its title is labelled with the decision
 * meant; a national programme named in passing (a task that serves it) is not the text's programme;
 * a headline that restates a target or result of the body is not a second one; a news text has no
 * number or date of its own; a results count is the number of past values the text reports, one per
 * clause (a count with its share of the plan is one; money is not counted). A count set for every
 * year of a period (`mỗi năm`, `hàng năm`) takes the year the period ends.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT8: CorpusDoc[] = [
  {
    file: 'da-nang-thu-vien-cong-cong-2021-2025-news.txt',
    source: 'https://www.phunuonline.com.vn/da-nang-chi-tren-432-ty-dong-phat-trien-he-thong-thu-vien-cong-cong-a1448837.html',
    about:
      'women\'s newspaper on the city\'s decision approving its own public-library project (Đà Nẵng, 2021 - 2025, to 2030): money in the headline, "mỗi người dân đọc tối thiểu từ 0,8 bản sách", "từ 50%", yearly counts "mỗi năm … 6.000 bản sách giấy, 70 đầu báo", "100.000 lượt người đọc/200.000 lượt tài liệu" (two counts, not a fraction), "từ 100 - 150 bạn đọc/thư viện/ngày"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[2025, 0.8, 'per_capita'], ...p(2025, 50), ...c(2025, 6000, 70, 100_000, 200_000, [100, 150])],
  },
  {
    file: 'hau-giang-van-hoa-nong-thon-2015-news.txt',
    source: 'https://nongnghiep.vn/hau-giang-moi-huyen-xay-dung-mot-xa-dat-chuan-ntm-post61464.html',
    about:
      'agriculture newspaper (2010) on the province\'s decision approving its rural-culture project (Hậu Giang, to 2015, to 2020): the site\'s weekday dateline of 2018 and hotline above the headline, "mỗi huyện … xây dựng một xã" (one, in words), shares "trong đó có 30%" nested in shares, a floor area "1.000m2" that is a standard',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2015, 70), ...c(2015, 1), ...p(2015, 80, 30, 60, 90, 15, 80, 30)],
  },
  {
    file: 'ba-ria-vung-tau-2744-qd-ubnd-2023-news.txt',
    source: 'https://baobariavungtau.com.vn/van-hoa-nghe-thuat/202209/phan-dau-8294-co-quan-don-vi-doanh-nghiep-dat-chuan-van-hoa-959679/',
    about:
      'provincial newspaper (Bà Rịa - Vũng Tàu) on decision 2744/QĐ-UBND approving the 2023 plan of the culture movement: "trong năm 2023, tỉnh phấn đấu:" then shares with two decimals ("98,18 %" with a space), a headline repeating the last',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2023, 93.3, 98.18, 91.11, 94.28, 39.2, 82.94),
  },
  {
    file: 'cang-long-1671-qd-ubnd-van-hoa-2022-2026.txt',
    source:
      'https://canglong.travinh.gov.vn/Default.aspx?sid=1472&pageid=40541&catid=70370&id=660522&catname=van-hoa-xa-hoi&title=ke-hoach-thuc-hien-phong-trao-toan-dan-doan-ket-xay-dung-doi-song-van-hoa-giai-doan-2021-2026',
    about:
      'district portal (Càng Long, Trà Vinh) on the district\'s decision 1671/QĐ-UBND and plan for the culture movement 2022 - 2026 (the headline says 2021 - 2026): targets in short paragraphs after "mục tiêu cụ thể:", "có đủ 2 (hai) thiết chế", a photo caption "(ảnh tư liệu)"; the excerpt ends mid-word',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2026, 80), ...c(2026, 2), ...p(2026, 100, 100, 80, 80, 98)],
  },
  {
    file: 'hue-bao-tang-ho-chi-minh-2016-2017-news.txt',
    source: 'https://baothuathienhue.vn/bao-tang-ho-chi-minh-hon-94-nghin-luot-khach-tham-quan-a36045.html',
    about:
      'provincial newspaper (Thừa Thiên Huế) on a museum\'s year: 2016 results in thousands ("Hơn 94 nghìn lượt, trong đó có trên 6 nghìn"), counts of exhibitions and items, then its 2017 plan "phấn đấu đón trên 95 nghìn lượt … khoảng 6-8 đợt …"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2017, 95_000, 7_000, 3, [6, 8], 3),
    results: 6,
  },
  {
    file: 'binh-thuan-bao-tang-tinh-2023-news.txt',
    source: 'https://baobinhthuan.com.vn/print/115960.html',
    about:
      'provincial newspaper (Bình Thuận) on the provincial museum\'s 2023: "đạt 121% kế hoạch đề ra", fees "vượt chỉ tiêu giao 4%", image file names as captions, a national programme named in passing — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'thai-binh-thu-vien-tinh-the-ban-doc-news.txt',
    source: 'https://baothaibinh.com.vn/tin-tuc/192394/thu-vien-tinh-cap-moi-6-000-the-ban-doc',
    about:
      'provincial newspaper (Thái Bình) on the provincial library\'s year: the headline\'s 6.000 cards, mobile-library counts, donated copies, "Thời gian tới … tiếp tục" with no figure, related links with a year below — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
  {
    file: 'vinh-phuc-thu-vien-luan-chuyen-103-kh-ubnd-2023.txt',
    source: 'http://thuvien.vinhphuc.gov.vn/ContentBrowser.aspx?mnuid=11&contentid=1584',
    about:
      'provincial library\'s own page (Vĩnh Phúc) on rotating books in the second quarter of 2023 under the province\'s plan 103/KH-UBND, opening "Thực hiện Kế hoạch số 103/KH-UBND ngày 27/4/2021 …" like a preamble, a view counter — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'nam-dinh-96-kh-ubnd-di-san-2021-2025-news.txt',
    source:
      'https://tintucnew24hvn.com/nam-dinh-trien-khai-thuc-hien-chuong-trinh-bao-ton-va-phat-huy-ben-vung-gia-tri-di-san-van-hoa-viet-nam-giai-doan-2021-2025/',
    about:
      'news site on Nam Định\'s plan 96/KH-UBND for the heritage programme (1230/QĐ-TTg, by its title): a capitals headline, "Advertisement" lines, "1 số nhiệm vụ" (some), counts "02 di tích", "hàng năm … ít nhất 03", "ít nhất 05"',
    kind: 'news',
    number: null,
    date: null,
    programme: '1230/QĐ-TTg',
    targets: c(2025, 2, 3, 5),
  },
  {
    file: 'ba-ria-vung-tau-1230-qd-ttg-di-san-news.txt',
    source: 'https://baobariavungtau.com.vn/van-hoa-nghe-thuat/202107/bao-ton-va-phat-huy-ben-vung-gia-tri-di-san-van-hoa-viet-nam-930699/index.htm',
    about: 'provincial newspaper on the national heritage programme 1230/QĐ-TTg (2021 - 2025): counts of sites after "ít nhất", joined by "và"',
    kind: 'news',
    number: null,
    date: null,
    programme: '1230/QĐ-TTg',
    targets: c(2025, 3, 13, 11, 6, 20),
  },
  {
    file: 'thai-nguyen-thu-vien-tinh-nhiem-vu-2017-news.txt',
    source: 'https://thainguyentv.vn/thu-vie-n-ti-nh-trie-n-khai-nhie-m-vu-nam-2017-24089.html',
    about:
      'provincial television (Thái Nguyên) on the provincial library\'s 2017 tasks: a headline without marks and split words, 2016 results in thousands ("đạt 151,3% kế hoạch năm"), the year\'s tasks without figures, a national programme named in passing — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'thua-thien-hue-24-kh-ubnd-nep-song-van-minh-2021.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-24-kh-ubnd-2021-xay-dung-nep-song-van-minh-do-thi-va-nong-thon-tinh-thua-thien-hue-471470.html',
    about:
      'provincial plan (Thừa Thiên Huế) for the province\'s own civilised-lifestyle project, a web table export with words broken across lines ("Số:" and its number on two lines, "Thừa / Thiên Huế, ngày …"), based on a council resolution 14/2020/NQ-HĐND; first page only',
    kind: 'plan',
    number: '24/KH-UBND',
    date: '2021-01-23',
    programme: null,
    basis: ['14/2020/NQ-HĐND'],
    targets: [],
  },
  {
    file: 'tuyen-quang-70-kh-ubnd-chien-luoc-van-hoa-2022.txt',
    source: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=ddbb858f-3163-4d4e-adea-d4f6d281f927&key=0eMO3bDFWsQ13ogA2w5jTg%3D%3D',
    about:
      'provincial plan (Tuyên Quang) for the culture strategy to 2030 (1909/QĐ-TTg): the site\'s attribute lines above the header, the basis citing the strategy as "1090/QĐ-TTg" (a slip of the original; the purposes give 1909/QĐ-TTg), a party conclusion 384-KL/TU; first page only',
    kind: 'plan',
    number: '70/KH-UBND',
    date: '2022-04-27',
    programme: '1909/QĐ-TTg',
    basis: ['1090/QĐ-TTg', '384-KL/TU'],
    targets: [],
  },
];
