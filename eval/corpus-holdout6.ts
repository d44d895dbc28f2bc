/**
 * The sixth held-out set (eval/holdout6/, issue 22): 10 texts of provinces, districts and shapes
 * the earlier sets lack (Trà Vinh, Lâm Đồng's decision approving a 208 plan, Quảng Ngãi's 329 plan,
 * the districts of Duy Xuyên and Nghi Xuân, Thái Nguyên's and Bình Thuận's 281 reviews, Hà Nội's 677
 * plan, the 208 and 692 projects in the national press), found with the search tool and labelled
 * by hand BEFORE the reader first ran on them. Conventions as in the fifth set: a programme named
 * only by its title is labelled with the decision meant (a movement named without "Đề án" or
 * "Chương trình" names none); a headline or lead that restates a target of the body is not a second
 * target; a news text has no number or date of its own; a results count is the number of past
 * values the text reports, one per clause (a count with its share in brackets is one).
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT6: CorpusDoc[] = [
  {
    file: 'kinhtedothi-208-thu-vien-2020-news.txt',
    source: 'https://kinhtedothi.vn/nam-2020-50-thu-vien-cap-xa-co-dich-vu-internet-mien-phi-237041.html',
    about:
      'city newspaper on the 208 project (by its title) when approved: a "DÒNG SỰ KIỆN" banner with COVID-19, a headline repeating the 2020 target, a dateline "10-02-2014 10:22", growth "tăng bình quân 10%", a range "10 - 15% số dân"',
    kind: 'news',
    number: null,
    date: null,
    programme: '208/QĐ-TTg',
    targets: [...p(2020, 100, 80, 50), [2020, 10, 'growth'], ...p(2020, [10, 15], 100, 60, 40)],
  },
  {
    file: 'ha-noi-290-kh-ubnd-cong-dan-hoc-tap-news.txt',
    source: 'https://hanoimoi.vn/phat-huy-kha-nang-sang-tao-tu-mo-hinh-cong-dan-hoc-tap-651213.html',
    about:
      'city newspaper (Hà Nội) on plan 290/KH-UBND for the learning-citizen programme (677, by its title), no headline in the excerpt: "Giai đoạn 1, đến năm 2025" then "Trong giai đoạn này" (the same phase), then "Giai đoạn đến năm 2030"; the excerpt ends mid-word',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: [...p(2025, 100, 40, 70, 60), ...p(2030, 60, 80)],
  },
  {
    file: 'tra-vinh-thu-vien-nong-thon-2020-news.txt',
    source: 'https://baotravinh.vn/giao-duc/thu-vien-tra-vinh-tao-dieu-kien-tiep-can-tri-thuc-cho-nguoi-dan-nong-thon-7622.html',
    about:
      'provincial newspaper (Trà Vinh) at the end of 2020: the year\'s target ranges "từ 25 - 30%", "từ 20 - 25%" (no programme named), an inventory "hiện có 01 … 07 … 62 …", then the year\'s results (239 points, 71.700 copies, 147.500 visits, 494.900 loans, 65 points)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, [25, 30], [20, 25]),
    results: 5,
  },
  {
    file: 'duy-xuyen-281-tong-ket-news.txt',
    source: 'https://svhttdl.quangnam.gov.vn/webcenter/portal/sovhttdl/pages_tin-tuc/chi-tiet?dDocName=PORTAL171509',
    about:
      'provincial culture department\'s portal on a district review (Duy Xuyên, Quảng Nam) of decision 281 (written "Quyết định số 281" without its code): the lead printed twice, a caption, "Nếu năm 2016 … thì đến năm 2020 có …" with shares in brackets, "14/14 xã" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 7,
  },
  {
    file: 'nghi-xuan-hoc-tap-2015-2020-news.txt',
    source: 'https://nguyendu.vn/?chitiet=15&nghi-xuan-vinh-danh-39-gia-dinh--dong-ho-va-cong-dong-hoc-tap.html',
    about:
      'a district\'s review (Nghi Xuân, Hà Tĩnh) reprinted from HNTĐ: "Năm 2015 … đạt tỷ lệ 71% thì đến nay tăng lên … 87%", "Năm 2016, đạt 70%, đến giữa năm 2020 đạt tỷ lệ 82%", money and awards; the movement is named, no programme — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 6,
  },
  {
    file: 'thai-nguyen-281-tong-ket-2020-news.txt',
    source: 'https://baothainguyen.vn/thoi-su-trong-tinh/202010/toan-tinh-co-tren-270-nghin-gia-dinh-hoc-tap-3673DD8',
    about:
      'provincial newspaper (Thái Nguyên) on the 5-year review of 281/QĐ-TTg: "đến năm 2020 đã có 274.793 gia đình …, đạt trên 86%", "đạt gần 97%" — results only, a headline restating one',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 4,
  },
  {
    file: 'binh-thuan-mo-hinh-hoc-tap-hoi-thao-news.txt',
    source: 'https://bdvtu.binhthuan.dcs.vn/Tin-tức/post/17578/hoi-thao-trien-khai-nhan-rong-cac-mo-hinh-hoc-tap-trong-cong-dong.aspx',
    about:
      'the provincial party committee\'s portal (Bình Thuận) on a workshop: "đến nay … 10/10 huyện", registrations with shares "(chiếm 49% …)", the 281 project by its title, a provincial plan "493/KH-UBND, ngày 23/02/2016" cited — results only, no headline in the excerpt',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 5,
  },
  {
    file: 'lam-dong-1934-qd-ubnd-2014.txt',
    source: 'https://phapluatcongdong.vn/van-ban/quyet-dinh-1934-qd-ubnd-ban-hanh-tinh-lam-dong-nam-2014-p192337.htm',
    about:
      'provincial decision approving a plan (Lâm Đồng) for the 208 project: the site\'s attribute table written as text with "|" cells above the header, "Ngày ban hành: | 18/09/2014", first page only',
    kind: 'decision',
    number: '1934/QĐ-UBND',
    date: '2014-09-18',
    programme: '208/QĐ-TTg',
    basis: ['208/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'quang-ngai-78-kh-ubnd-2018.txt',
    source:
      'https://hethongphapluat.vn/ke-hoach-78-kh-ubnd-nam-2018-trien-khai-thuc-hien-quyet-dinh-329-qd-ttg-cua-thu-tuong-chinh-phu-ve-phe-duyet-de-an-phat-trien-van-hoa-doc-trong-cong-dong-den-nam-2020-dinh-huong-den-nam-2030-tren-dia-ban-tinh-quang-ngai.html',
    about:
      'provincial plan (Quảng Ngãi) for the 329 project: the site\'s list of related documents above the header (a joint programme 122/CTPH-BVHTTDL-BGDĐT first), no "KẾ HOẠCH" line, a party resolution 03-NQ/TU inside the purposes',
    kind: 'plan',
    number: '78/KH-UBND',
    date: '2018-05-29',
    programme: '329/QĐ-TTg',
    basis: ['329/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'xoa-mu-chu-692-2020-encovietnam-news.txt',
    source: 'https://encovietnam.com/ban-tin-phap-luat/139-chinh-sach-kinh-te-xa-hoi/409-den-2020-xoa-mu-chu-cho-1-2-trieu-nguoi.html',
    about:
      'a legal bulletin on the literacy project 692/QĐ-TTg: one 2020 sentence with counts "1,2 triệu người", "300.000 người", ages "15 - 60", "14 tỉnh" (not a target), a period 2013 - 2020 after the values',
    kind: 'news',
    number: null,
    date: null,
    programme: '692/QĐ-TTg',
    targets: [...c(2020, 1_200_000), ...p(2020, 98, 94), ...c(2020, 300_000), ...p(2020, 90, 90, 100, 100, 95)],
  },
];
