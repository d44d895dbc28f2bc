/**
 * The fifth held-out set (eval/holdout5/, issue 22): 10 texts of provinces and programmes the
 * earlier sets lack (Gia Lai, Bình Dương's 387 plan, Phú Yên, Bắc Ninh, Bắc Giang, Bến Tre, Cần Thơ,
 * Kon Tum's 281 plan, Điện Biên's literacy plan, Ninh Thuận's results), found with the search tool
 * and labelled by hand BEFORE the reader first ran on them. Conventions as in the fourth set: a
 * programme named only by its title is labelled with the decision meant; a headline, lead or photo
 * caption that restates a target of the body is not a second target; a news text has no number or
 * date of its own. A share written "15/17 huyện" inside a list of targets is a count target (15).
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT5: CorpusDoc[] = [
  {
    file: 'gia-lai-764-qd-ubnd-1373-news.txt',
    source: 'https://baogialai.com.vn/gia-lai-day-manh-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030-post36931.html',
    about:
      'provincial newspaper (Gia Lai) on decision 764/QĐ-UBND, the 1373 project by its title: one long 2025 sentence with shares of districts "15/17 huyện", levels (mức độ 1, 2, 3) that are not targets, a photo caption repeating a target twice, a paragraph without a year after it',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: [...p(2025, 100), ...c(2025, 15), ...p(2025, 70, 100), ...c(2025, 10), ...p(2025, 100), ...c(2025, 15, 1), ...p(2025, 50, 50, 50)],
  },
  {
    file: 'binh-duong-387-gia-dinh-hoc-tap-news.txt',
    source:
      'https://www.binhduong.gov.vn/chinh-quyen-tin-chi-dao-dieu-hanh/2022/08/602-binh-duong-phan-dau-den-nam-2030-80-gia-dinh-duoc-cong-nhan-danh-hieu-gia-dinh-hoc-tap',
    about:
      'provincial portal (Bình Dương) on its plan for the 387 programme (by its title, "giai đoạn 2022 - 2030"): a 2025 paragraph and a 2030 paragraph, a headline repeating a 2030 target, a "TTĐT - " tag, a period 2021 – 2030 inside the 2025 list',
    kind: 'news',
    number: null,
    date: null,
    programme: '387/QĐ-TTg',
    targets: [...p(2025, 100, 70, 65, 80, 40, 60), ...p(2030, 80, 70, 90, 60, 80)],
  },
  {
    file: 'phu-yen-677-cong-dan-hoc-tap-news.txt',
    source: 'https://baophuyen.vn/79/289144/xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030.html',
    about:
      'provincial newspaper (Phú Yên) on its plan for the learning-citizen programme (677, by its title), no headline in the excerpt: a 2025 and a 2030 paragraph, "trong đó 60% …" nested shares',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: [...p(2025, 100, 40, 60, 70, 60), ...p(2030, 60, 80, 90, 80)],
  },
  {
    file: 'dien-bien-xoa-mu-chu-2020.txt',
    source: 'https://huongnhaidk.wordpress.com/2017/07/31/khao-sat-tinh-trang-mu-chu-va-tai-mu-chu-o-thanh-pho-dien-bien-phu-tinh-dien-bien/',
    about:
      'abstract of a survey reporting the provincial literacy plan to 2020 (Điện Biên; the 692 project by its title), scored as a text about a plan (news): each value with its own year ("91,8% vào năm 2015, đến năm 2020 là 94%", "năm 2015 có 80% và đến năm 2020 có 90%"), money in triệu đồng, ages 15-60 and 15 -35, a misprinted period 201-2015',
    kind: 'news',
    number: null,
    date: null,
    programme: '692/QĐ-TTg',
    targets: [
      ...p(2015, 91.8),
      ...p(2020, 94),
      ...p(2015, 98),
      ...p(2020, 99),
      ...p(2015, 89.3),
      ...p(2020, 92.1),
      ...p(2015, 97.6),
      ...p(2020, 98.7),
      ...p(2015, 80),
      ...p(2020, 90),
      ...p(2015, 95, 100),
      ...p(2020, 98, 100),
    ],
  },
  {
    file: 'ninh-thuan-89-tong-ket-news.txt',
    source: 'http://baoninhthuan.com.vn/news/118991p1c28/tong-ket-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-20122020-tren-dia-ban-tinh.htm',
    about:
      'provincial newspaper (Ninh Thuận) on the closing review of Project 89 (2012–2020): results only ("Đến nay … có 84,1%", "70.841/163.099 hộ …, đạt 43,4%"), levels (bậc 2, bậc 3) that are not values',
    kind: 'news',
    number: null,
    date: null,
    programme: '89/QĐ-TTg',
    targets: [],
    results: 8,
  },
  {
    file: 'bac-giang-4631-kh-ubnd-2021.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-4631-KH-UBND-2021-thuc-hien-Chuong-trinh-chuyen-doi-so-nganh-thu-vien-Bac-Giang-590191.aspx',
    about: 'provincial plan (Bắc Giang), Decision 206/QĐ-TTg: a web table export, the date broken after "ngày", first pages, no targets',
    kind: 'plan',
    number: '4631/KH-UBND',
    date: '2021-09-09',
    programme: '206/QĐ-TTg',
    basis: ['206/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'ben-tre-7953-kh-ubnd-2021.txt',
    source:
      'https://vanban123.vn/Van-ban-khac/Ke-hoach-7953-KH-UBND-nam-2021-ve-tiep-tuc-trien-khai-De-an-phat-trien-van-hoa-doc-trong-cong-dong-giai-doan-2021-2025-dinh-huong-den-nam-2030-tren-dia-ban-tinh-Ben-Tre-520288',
    about: 'provincial plan (Bến Tre), reading culture, Decision 329/QĐ-TTg; basis with a ministry letter (công văn số 1820/BVHTTDL-TV), no targets',
    kind: 'plan',
    number: '7953/KH-UBND',
    date: '2021-12-02',
    programme: '329/QĐ-TTg',
    basis: ['329/QĐ-TTg', '1820/BVHTTDL-TV'],
    targets: [],
  },
  {
    file: 'can-tho-215-kh-ubnd-2021.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-215-kh-ubnd-2021-de-an-xa-hoi-hoc-tap-can-tho-2021-2030-496673.html',
    about:
      "city plan (Cần Thơ), Project 1373, the site's summary (Số hiệu, Ngày ban hành) above the header; a directive 14/CT-TTg cited before the decision it implements; no targets",
    kind: 'plan',
    number: '215/KH-UBND',
    date: '2021-10-28',
    programme: '1373/QĐ-TTg',
    basis: ['14/CT-TTg', '1373/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'kon-tum-281-quan-triet-news.txt',
    source: 'https://kontumtv.vn/video-clip/thoi-su/hoi-nghi-quan-triet-quyet-dinh-so-281qd-ttg-cua-thu-tuong-chinh-phu',
    about:
      'provincial television (Kon Tum) on its plan for Decision 281: pilot counts for 2015 ("thí điểm 2 đơn vị học tập, 2 cộng đồng …, 1 dòng họ … và 20 gia đình"), 2020 shares and "tỉ lệ này tương ứng là 50%, 30% và 40%" for the poorest communes',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [...c(2015, 2, 2, 1, 20), ...p(2020, 60, 40, 50, 50, 30, 40, 50)],
  },
  {
    file: 'bac-ninh-cong-dan-hoc-tap-news.txt',
    source: 'https://thuonghieucongluan.com.vn/bac-ninh-day-manh-ung-dung-cong-nghe-thong-tin-trong-xay-dung-mo-hinh-cong-dan-hoc-tap-a176561.html',
    about:
      'newspaper on the provincial learning-citizen plan (Bắc Ninh), the excerpt opening on a photo caption; the programme is named neither by number nor by title (the national digital transformation programme is mentioned, not implemented)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 100, 45, 65, 75),
  },
];
