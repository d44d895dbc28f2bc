/**
 * The twenty-first held-out set (eval/holdout21/, issue 22): 12 texts on MUSEUMS, HERITAGE and CULTURAL CENTRES —
 * plans and decisions that set targets for relics, museums and the grassroots cultural halls, and reports and news of
 * their results, 2019 – 2025 — from provinces the earlier sets have least (Bắc Giang and Hưng Yên had two mentions
 * each among all earlier labels, Bình Phước two, Bắc Kạn three, Cao Bằng and Hải Dương four), with Huế, Quảng Nam and
 * Thái Bình, found with the search tool (corpus "pages") and labelled by hand BEFORE the reader first ran on them. Every
 * source URL was checked against all earlier sets' labels (eval/corpus.ts and eval/corpus*.ts) and against the
 * nineteenth and twentieth sets being built beside it (/work/eval22, /work/eval23, read only): Thanh Hóa's museum
 * project 494/QĐ-UBND (development corpus), Quảng Nam's movement plan 5147 (second set), Lâm Đồng's halls (tenth),
 * Bình Phước's museum site on the digitisation programme (tenth) and Sơn La's digitisation plan 54/KH-UBND (eleventh)
 * were left out for that. One text is the document itself (Hưng Yên's plan 178/KH-UBND for its heritage programme,
 * under a legal site's attribute block, cut in its purposes); eleven are portal, ministry and press pages.
 * Conventions for targets as in the fifteenth set: a news text has no number or date of its own; a headline whose
 * figure the body does not give is a target of its own (Huế's "Phấn đấu đến năm 2030 có 05 bảo tàng ngoài công lập"),
 * one the body gives again is not a second; a period named ("giai đoạn 2021 - 2025", "Đến giai đoạn 2026 - 2030")
 * gives its values its last year; yearly figures ("mỗi năm tăng từ 5-10% lượng khách") take the plan's horizon and a
 * yearly rise is a growth; a range of counts ("từ 190 - 215 di tích") is one target; a plan's misprinted year ("Đến năm
 * 3030" in a plan "định hướng đến năm 2030") is labelled with the year meant, 2030; a Party resolution (14-NQ/TU,
 * 54-NQ/TW) and a province's own project or plan name no programme; a plan carrying out the national heritage
 * programme (1230/QĐ-TTg, by number) is labelled with it, also when its title names the province's programme under a
 * Party resolution that the basis cites second; the basis is every document the opening paragraphs cite as ground, in
 * order, as numbered.
 * Conventions for results as in the sixteenth and eighteenth sets: a results count is the number of past values the text
 * reports, one per clause: a count with its rise ("2,77 triệu lượt, tăng hơn 19,14% …") or its companion ("1.506 đoàn
 * khách với 118.017 lượt khách") is one; the parts of a total in a sentence of their own ("Trong đó, khách quốc tế đạt hơn
 * 1,26 triệu lượt; khách nội địa …") are one each; what the communes and villages have, told as a share or out of the whole
 * ("100% các xã … đã có nhà văn hóa, 11 trên 17 xã … có sân vận động"), reports, as the tenth set's Lâm Đồng; money,
 * revenue and the share of a plan or a budget it reaches ("đạt 132% kế hoạch được giao", "giải ngân … đạt tỉ lệ hơn
 * 63,33%"), page counters and views ("Truy câp tổng 7.737.917", "29,030 lượt xem"), a headline restating or rounding the
 * body's figure, years in a name ("Chiến thắng Biên giới năm 1950") are not counted.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT21: CorpusDoc[] = [
  {
    file: 'hue-130-kh-ubnd-bao-tang-ngoai-cong-lap-news.txt',
    source: 'https://svhtt.thuathienhue.gov.vn/?gd=6&cn=161&tc=36677',
    about:
      'the culture department\'s portal (Thừa Thiên Huế) on the province\'s plan 130/KH-UBND for its own project of support to non-public museums to 2030 (no programme; the Politburo\'s 54-NQ/TW named as a task): the site\'s counters ("Truy câp tổng 7.737.917", none), a headline "Phấn đấu đến năm 2030 có 05 bảo tàng ngoài công lập …" the body does not give again, "Lượt đọc: 8405Thời gian: 11:15 - 08/04/2021", a lead tagged "(VTH) - ", the aims in words; cut — one count target for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2030, 5),
    results: 0,
  },
  {
    file: 'cam-giang-hai-duong-di-tich-2021-2025-news.txt',
    source: 'https://baohaiduong.vn/di-tich/phan-dau-moi-nam-tang-tu-5-10-luong-khach-den-tham-quan-di-tich-163133',
    about:
      'the provincial paper (Hải Dương) on a district\'s project for its relics 2021-2025 (Cẩm Giàng, no programme): a headline and a lead each restating the body, "huyện phấn đấu mỗi năm tăng từ 5-10% lượng khách đến tham quan …" (a yearly rise, the project\'s 2025), "Đến năm 2025, huyện có thêm từ 2-4 di tích được xếp hạng các cấp", a byline and a comment box — a growth range and a count range for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [
      [2025, [5, 10], 'growth'],
      [2025, [2, 4], 'count'],
    ],
    results: 0,
  },
  {
    file: 'bac-giang-de-an-di-san-dan-toc-2021-2030-news.txt',
    source: 'https://bvhttdl.gov.vn/bac-giang-trien-khai-de-an-bao-ton-va-phat-huy-di-san-van-hoa-cac-dan-toc-20201104081206041.htm',
    about:
      'the culture ministry\'s portal on Bắc Giang\'s own project for the heritage of its ethnic groups 2021 - 2030 (no programme), November 2020: "giai đoạn 2021 - 2025, Bắc Giang sẽ tu bổ … từ 190 - 215 di tích …. Có 2 - 3 di tích … quốc gia đặc biệt, 5 - 7 …, 25 - 30 …, có 01 di sản tư liệu …, có 4 - 5 di sản …", "Đến giai đoạn 2026 - 2030, có 150 - 200 …. Có 2 - 3 …, 3 - 5 …, 20 - 25 …, có 5 - 6 …" (cut) — eleven count targets, ten of them ranges',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...c(2025, [190, 215], [2, 3], [5, 7], [25, 30], 1, [4, 5]), ...c(2030, [150, 200], [2, 3], [3, 5], [20, 25], [5, 6])],
    results: 0,
  },
  {
    file: 'bac-giang-290-kh-ubnd-thiet-che-van-hoa-news.txt',
    source:
      'https://tuyengiao.bacgiang.gov.vn/bantuyengiao/2342/Bac-Giang:-phat-trien-he-thong-thiet-che-van-hoa,-the-thao-chu-yeu-giai-doan-2020--2025;-dinh-huong-den-nam-2030.html',
    about:
      'the Party propaganda board\'s portal (Bắc Giang) on the province\'s plan 290/KH-UBND for its main cultural and sports institutions 2020- 2025, "định hướng đến năm 2030" (no programme), December 2019: the general aims for 2020 and 2030 without figures, "giai đoạn 2020-2025, … Phấn đấu có 70 - 80% đơn vị cấp huyện có nhà văn hóa đa năng …; 100% xã, phường, thị trấn có nhà văn hóa", then "Đến năm 3030 (sic), … số hóa 100% kho sách địa lý và 30% kho sách khác. 100% đơn vị cấp huyện có Trung tâm Văn hóa- Thể thao đạt c" (cut) — two targets for 2025, three for 2030 (the year meant)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, [70, 80], 100), ...p(2030, 100, 30, 100)],
    results: 0,
  },
  {
    file: 'binh-phuoc-14-nq-tu-van-hoa-con-nguoi-2030-news.txt',
    source: 'https://binhphuoc.gov.vn/vi/news/chien-luoc-du-an-quy-hoach/nghi-quyet-ve-xay-dung-va-phat-trien-van-hoa-con-nguoi-binh-phuoc-nam-2030-34545.html',
    about:
      'the province\'s portal (Bình Phước) on the provincial Party committee\'s resolution 14-NQ/TU on culture and people to 2030 (no programme): "Thứ tư - 22/11/2023 15:51 1155" (a view count), a lead tagged "(CTTĐTBP) - ", the general aim, "Phấn đấu đến năm 2030, trên 94% hộ gia đình …. Trên 95% thôn, ấp …; 90% phường, thị trấn …. Trên 90% cơ quan …. 100% thanh, thiếu nhi … tìm hiểu về giá trị các di sản …. 100% các lễ hội trong danh mục di sản … được tổ chức định kỳ …", the institutions of the province in words — six targets for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 94, 95, 90, 90, 100, 100),
    results: 0,
  },
  {
    file: 'bac-kan-1489-qd-ubnd-di-san-1230-news.txt',
    source: 'http://disanxanh.cinet.vn/ArticleDetail.aspx?articleid=68024&sitepageid=29',
    about:
      'the ministry\'s heritage portal on Bắc Kạn\'s decision 1489/QĐ-UBND issuing its plan for the heritage programme 2021-2025 (1230/QĐ-TTg, by number and title), a menu word "Tầm nhìn", a dateline "09:26, 12 Tháng Tám 2021", a lead tagged "(DSX)- ", a caption, the tasks listed without figures; cut — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: '1230/QĐ-TTg',
    targets: [],
    results: 0,
  },
  {
    file: 'hung-yen-178-kh-ubnd-2021.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-178-kh-ubnd-2021-bao-ton-gia-tri-di-san-van-hoa-phat-trien-du-lich-hung-yen-500073.html',
    about:
      'provincial plan (Hưng Yên) for its programme of heritage and relics with tourism 2021-2025, "tầm nhìn đến năm 2030", under a legal site\'s attribute block ("Số hiệu 178/KH-UBND", "Ngày ban hành 23/11/2021", the signer): the header, a basis in one sentence — the heritage programme 1230/QĐ-TTg and the provincial Party resolution 13-NQ/TU whose programme the title names — then "I. MỤC ĐÍCH, YÊU CẦU"; cut in the purposes, no targets',
    kind: 'plan',
    number: '178/KH-UBND',
    date: '2021-11-23',
    programme: '1230/QĐ-TTg',
    basis: ['1230/QĐ-TTg', '13-NQ/TU'],
    targets: [],
    results: 0,
  },
  {
    file: 'thanh-mien-hai-duong-thiet-che-van-hoa-2024-news.txt',
    source: 'http://www.haiduongtv.vn/xem-tin-tuc/ban-van-hoa-xa-hoi-khao-sat-thiet-che-van-hoa-the-thao-tai-huyen-thanh-mien-162367.html',
    about:
      'the provincial television (Hải Dương) on the provincial council\'s survey of the cultural and sports halls of a district (Thanh Miện), June 2024: a line of advertising words above the headline, "17/06/2024 - 17:09:00", the survey plan\'s period "giai đoạn 2021 - 2024" (a name, no year of the text), "Theo báo cáo, … 100% các xã, thị trấn đã có nhà văn hóa, 11 trên 17 xã, thị trấn có sân vận động. 81 trên 83 thôn … có nhà văn hóa thể thao, 59 trên 83 thôn … có sân vận động" — four results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'thai-binh-nha-van-hoa-kieu-mau-2025-news.txt',
    source: 'https://wwww.baothaibinh.com.vn/tin-tuc/60/219248/180-nha-van-hoa-dat-tieu-chuan-nha-van-hoa-khu-dan-cu-kieu-mau',
    about:
      'the provincial paper (Thái Bình) on the village halls, March 2025: a headline restating the body ("180 nhà văn hóa …"), "Thứ 4, 05/03/2025 | 15:33:39", "29,030 lượt xem" (views, none), the national target programme on new rural areas named in passing, "Toàn tỉnh hiện có 93,2% số gia đình, 91,8% số thôn, tổ dân phố đạt danh hiệu văn hóa", "đến nay có 180 nhà văn hóa … đạt tiêu chuẩn", "… đã giúp 406 thôn, tổ dân phố trang bị cơ sở vật chất" (four results), a byline, the section\'s related links with dates ("19 tiêu chí", none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'hue-di-san-2-8-trieu-luot-khach-2024-news.txt',
    source: 'https://vietnam.vn/gan-28-trieu-luot-khach-den-tham-quan-di-san-hue-trong-nam-2024',
    about:
      'a promotion portal\'s copy of the news on Huế\'s heritage centre in 2024: a breadcrumb and a headline rounding the body ("Gần 2,8 triệu lượt"), a lead with the revenue (money), "năm 2024 … đạt 2,77 triệu lượt, tăng hơn 19,14% so với năm 2023. Trong đó, khách quốc tế đạt hơn 1,26 triệu lượt; khách nội địa đạt hơn 1,51 triệu lượt" (three), revenue "đạt 132% kế hoạch được giao" and the budget disbursed "đạt tỉ lệ hơn 63,33%" (money, none), "đã hoàn thành hồ sơ khoa học công nhận 4 Bảo vật quốc gia" (one); cut — four results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'my-son-quang-nam-khach-2023-news.txt',
    source: 'https://thanhnien.vn/my-son-diem-den-du-lich-an-tuong-185240620143247063.htm',
    about:
      'a national daily on the Mỹ Sơn sanctuary (Quảng Nam), June 2024, opening without a headline on the index\'s " date 2024-06" line: "Năm 2023, tổng lượng khách tham quan Mỹ Sơn … đạt 380 nghìn lượt (tăng 344% …); trong đó khách nước ngoài đạt 335 nghìn lượt (tăng 500%)", revenue (money), "Chỉ riêng quý 1/2024 … đạt 138.138 lượt khách (tăng 65,7% …)" (three results), a caption, the work in words; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'cao-bang-di-tich-quoc-gia-dac-biet-2020-news.txt',
    source: 'https://bvhttdl.gov.vn/ban-quan-ly-cac-di-tich-quoc-gia-dac-biet-tinh-cao-bang-don-tiep-1506-doan-khach-den-tham-quan-20210113093609896.htm',
    about:
      'the culture ministry\'s portal copying the provincial paper (Cao Bằng) on the board of the special national relics in 2020, January 2021: the page\'s reading-aid lines, a headline restating the body, "13/01/2021 | 11:00", "Năm 2020, … đón tiếp 1.506 đoàn khách với 118.017 lượt khách" (one), a caption, "Trong đó, Khu di tích QGĐB Pác Bó … đón tiếp 922 đoàn với 104.275 lượt khách; … 113 đoàn với 5.311 …; … Chiến thắng Biên giới năm 1950 … 471 đoàn với 8.431 …" (three), the tasks of 2021 without figures, the source line — four results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
];
