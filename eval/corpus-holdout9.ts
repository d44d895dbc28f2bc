/**
 * The ninth held-out set (eval/holdout9/, issue 22): 12 texts of levels, provinces and shapes the earlier
 * sets lack: a district's yearly plan for the culture movement (Ba Chẽ, Quảng Ninh) and a district's
 * review of it with next year's aims (Hưng Hà, Thái Bình), the national programme 2214/QĐ-TTg for the
 * movement in the press (named by its title only), a province's count of learning communities (Bắc Kạn),
 * Vĩnh Long's literacy plan (692) in the press and the decision approving it, Bình Thuận's 677 plan on a
 * department's portal under its visit counter, Đà Nẵng's 281 project in the press (headline, lead and
 * caption restating the body), the first pages of three provincial plans (Hải Dương and Thái Nguyên for
 * 1373, Ninh Bình for 677, the last two under their site's summary), and a provincial library's yearly
 * report (Bình Thuận, 2010). Found with the search tool and labelled by hand BEFORE the reader first ran
 * on them; every source URL was checked against the earlier sets.
 * Conventions as in the eighth set: a programme named only by its title is labelled with the decision
 * meant; a national programme named in passing is not the text's programme; a headline, lead or caption
 * that restates a target or result of the body is not a second one; a news text has no number or date of
 * its own; a results count is the number of past values the text reports, one per clause (a count with
 * its share is one; money is not counted); an undated target of a programme with a period takes the
 * period's last year; "100 % … có đủ 3 thiết chế" is one target (the share), the 3 naming what is had.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT9: CorpusDoc[] = [
  {
    file: 'ba-che-47-kh-bcd-doi-song-van-hoa-2020-news.txt',
    source: 'https://www.quangninh.gov.vn/donvi/huyenbache/Trang/ChiTietTinTuc.aspx?nid=10473',
    about:
      'district portal (Ba Chẽ, Quảng Ninh) on the district steering committee\'s plan 47/KH-BCĐ for the culture movement in 2020: "phấn đấu có từ 90% trở lên …; 100% …; có trên 50% …; trên 25% …; trên 30% … và 95% …", a caption "Hàng năm có hàng nghìn gia đình …", counts of contents and tasks ("5 nội dung và 07 nhiệm vụ") that are no targets, the site\'s furniture below',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, 90, 100, 50, 25, 30, 95),
  },
  {
    file: 'hung-ha-gia-dinh-van-hoa-2021-news.txt',
    source: 'https://baothaibinh.com.vn/tin-tuc/19/144078/hung-ha-co-91-7-gia-dinh-dat-danh-hieu-gia-dinh-van-hoa',
    about:
      'provincial newspaper (Thái Bình) on a district\'s review of the culture movement (Hưng Hà): the site\'s weekday dateline of 2024 above the headline, the story\'s own dateline and a view counter ("7,979 lượt xem"), 2021 results (shares, fractions, counts of tournaments, clubs and halls, money), then "Năm 2022, … phấn đấu có trên 91% …, trên 60% dò" (cut mid-word)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2022, 91, 60),
    results: 10,
  },
  {
    file: 'baotintuc-2214-doi-song-van-hoa-2021-2026-news.txt',
    source: 'https://baotintuc.vn/thoi-su/doan-ket-xay-dung-doi-song-van-hoa-giai-doan-20212026-20211229221627990.htm',
    about:
      'national news agency on the Prime Minister\'s programme for the culture movement 2021 - 2026 (2214/QĐ-TTg, named only by its title "Chương trình … giai đoạn 2021-2026"): no headline in the excerpt, the culture strategy to 2030 named in passing, "Đối với vùng đồng bằng, Chương trình đưa ra mục tiêu phấn đấu 100% … có đủ 3 thiết chế …; 100% …; 80% …" with no year (the period ends in 2026)',
    kind: 'news',
    number: null,
    date: null,
    programme: '2214/QĐ-TTg',
    targets: p(2026, 100, 100, 80),
  },
  {
    file: 'bac-kan-cong-dong-hoc-tap-2022-news.txt',
    source: 'https://backan.gov.vn/Pages/108-don-vi-duoc-cong-nhan-cong-dong-hoc-tap-cap-xa-nam-2022-ec27.aspx',
    about:
      'provincial portal (Bắc Kạn) on the 2022 recognition of learning communities: portal block names, the headline\'s 108 units, "108/108 đơn vị", counts with shares and growth ("80 đơn vị, chiếm 74,07%, tăng 0,92% so với năm 2021"), the 387 and 677 plans named in passing, a caption about a district\'s lifelong-learning week — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'vinh-long-xoa-mu-chu-2020-news.txt',
    source: 'https://baovinhlong.com.vn/xa-hoi/giao-duc-dao-tao/201311/day-manh-xa-hoi-hoa-cho-cong-tac-xoa-mu-chu-2567570',
    about:
      'provincial newspaper (Vĩnh Long) on the province\'s plan for the literacy project (692, named by its title "Xóa mù chữ đến năm 2020"): the lead repeated, a caption, "Theo đề án, đến năm 2015, … là 96,7%; … đạt 98,7%; 80% …. Có 90% … và 90% …. Đến năm 2020, … đạt 98%; … đạt 99%", age bands ("15- 60 tuổi") that are no values',
    kind: 'news',
    number: null,
    date: null,
    programme: '692/QĐ-TTg',
    targets: [...p(2015, 96.7, 98.7, 80, 90, 90), ...p(2020, 98, 99)],
  },
  {
    file: 'binh-thuan-2674-kh-ubnd-cong-dan-hoc-tap-news.txt',
    source: 'https://stttt.binhthuan.gov.vn/1314/32153/59026/622707/tin-tong-hop/xay-dung-mo-hinh-cong-dan-hoc-tap.aspx',
    about:
      'department portal (Bình Thuận) on the province\'s plan 2674/KH-UBND for the 677 programme: a visit counter above ("Đang online: 18 … Tất cả: 528341"), "đặt mục tiêu phấn đấu đến năm 2025, 100% …; 40% …, 60% …; 70% …" (cut mid-word)',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: p(2025, 100, 40, 60, 70),
  },
  {
    file: 'hai-duong-4206-kh-ubnd-2021.txt',
    source: 'https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-4206-KH-UBND-2021-De-an-xa-hoi-hoc-tap-Hai-Duong-2021-2030-498033.aspx',
    about:
      'provincial plan (Hải Dương) for the 1373 project: the header as a table export with "|" lines, the date broken over two lines, a basis of a decision and a ministry\'s letter in one sentence opening "Căn cứ"; first page, no targets',
    kind: 'plan',
    number: '4206/KH-UBND',
    date: '2021-11-15',
    programme: '1373/QĐ-TTg',
    basis: ['1373/QĐ-TTg', '3320/BGDĐT-GDTX'],
    targets: [],
  },
  {
    file: 'thai-nguyen-104-kh-ubnd-2022.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-104-kh-ubnd-2022-de-an-xay-dung-xa-hoi-hoc-tap-thai-nguyen-2022-2030-540251.html',
    about:
      'provincial plan (Thái Nguyên) for the 1373 project under the site\'s weekday dateline and summary (Số hiệu, Ngày ban hành …): a basis of a directive, the decision, a ministry\'s letter and a Tờ trình in one sentence opening "Thực hiện"; first page, no targets',
    kind: 'plan',
    number: '104/KH-UBND',
    date: '2022-07-04',
    programme: '1373/QĐ-TTg',
    basis: ['14/CT-TTg', '1373/QĐ-TTg', '3320/BGDĐT-GDTX', '1380/TTr-SGDĐT'],
    targets: [],
  },
  {
    file: 'ninh-binh-126-kh-ubnd-2022.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-126-kh-ubnd-2022-chuong-trinh-xay-dung-mo-hinh-cong-dan-hoc-tap-ninh-binh-521981.html',
    about:
      'provincial plan (Ninh Bình) for the 677 programme under the site\'s summary: no basis before "I. MỤC ĐÍCH, YÊU CẦU" (the decision is cited inside "1. Mục đích", which is the body); first page, no targets',
    kind: 'plan',
    number: '126/KH-UBND',
    date: '2022-07-08',
    programme: '677/QĐ-TTg',
    basis: [],
    targets: [],
  },
  {
    file: 'vinh-long-1825-qd-ubnd-2013.txt',
    source: 'https://luatminhkhue.vn/quyet-dinh-1825-qd-ubnd-nam-2013-phe-duyet-ke-hoach-thuc-hien-de-an--xoa-mu-chu-den-nam-2020--tinh-vinh-long.aspx',
    about:
      'provincial decision (Vĩnh Long) approving the plan for the literacy project 692: words run together in the web copy ("PHÊ DUYỆTKẾ HOẠCH", "04tháng 5", "ngày22/5/2013"), a law without number, a basis of the decision, a ministry\'s letter and a Tờ trình, the attached plan 1376/KH-SGDĐT in Điều 1, the department\'s header after the signature',
    kind: 'decision',
    number: '1825/QĐ-UBND',
    date: '2013-11-07',
    programme: '692/QĐ-TTg',
    basis: ['692/QĐ-TTg', '3428/BGDĐT-GDTX', '1390/TTr-SGDĐT'],
    targets: [],
  },
  {
    file: 'da-nang-281-gia-dinh-hoc-tap-news.txt',
    source: 'https://dantri.com.vn/giao-duc-khuyen-hoc/da-nang-dat-muc-tieu-70-gia-dinh-dat-gia-dinh-hoc-tap-1414187961.htm',
    about:
      'national newspaper on the city\'s project for the 281 programme (Đà Nẵng, to 2020): a headline, a lead with the outlet\'s tag and a caption each restating the body\'s 70 %, "100% …; 70% …, 50% …, 60% …. Đối với miền núi …, các tỷ lệ này tương ứng là 60%, 40% và 50%", "từ nay đến 2016" (a pilot, no figure)',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: p(2020, 100, 70, 50, 60, 60, 40, 50),
  },
  {
    file: 'binh-thuan-thu-vien-tinh-bao-cao-2010.txt',
    source: 'http://thuvienbinhthuan.com.vn/news/Tuyen-dung/Bao-cao-hang-nam-11.html',
    about:
      'provincial library\'s own page (Bình Thuận) with its report on 2010 and tasks for 2011: the site\'s menu and weekday dateline above "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2010 …", no number; "cho 10 thư viện huyện", "đạt trung bình 110% kế hoạch năm 2010, chỉ tiêu giao bổ sung sách đạt 111%, tăng … là 14%" — results only',
    kind: 'report',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
];
