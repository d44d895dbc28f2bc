/**
 * The eleventh held-out set (eval/holdout11/, issue 22): 13 texts of plans and decisions that carry targets, at
 * levels and from sources the earlier sets lack, found with the search tool and labelled by hand BEFORE the reader
 * first ran on them (every source URL was checked against the earlier sets): a ministry's portal on a province's
 * reading-culture plan (Bình Định, per-capita and per-year figures), the ministry's heritage portal on a
 * province's culture plan and on a department's plan for the culture strategy (Sơn La), a commune's portal on the
 * province's learning-society plan for one year (Quảng Vinh, Thừa Thiên Huế), a district's portal on its learning
 * association's aims (Quảng Ninh, Quảng Bình; the programme's number misprinted "667"), the first pages of a
 * decision approving a school-reading project (Vĩnh Phúc 2480/QĐ-UBND), of a plan for the heritage digitisation
 * programme (Sơn La 54/KH-UBND) and of a reading-culture plan that opens on the state of things (Khánh Hòa
 * 4297/KH-UBND, 2017), a province's reading plan to 2025 and 2030 (Gia Lai), an education department's yearly
 * literacy plan with fractions of units (Vĩnh Long, 2019), a library digital-transformation plan (Ninh Bình
 * 141/KH-UBND), a school-reading project's aims (Vĩnh Phúc, news agency) and a city's action programme for
 * education to 2030 (Huế). Every 1520 page the index holds is in an earlier set, and the index keeps only the first
 * excerpt of a legal document's page, so the plans' targets come from the portals and papers that state them.
 * Conventions as in the tenth set: a programme named only by its title is labelled with the decision meant (a local
 * continuation's title, "Đề án phát triển văn hóa đọc trong cộng đồng giai đoạn 2021 - 2025, định hướng đến năm
 * 2030", is 329; "Đề án “Xây dựng xã hội học tập”" in 2024 is 1373; the culture strategy is 1909; the learning-citizen
 * programme is 677 even where its number is misprinted); a province's or city's own project or action programme is
 * no programme; a headline, lead or caption that restates a target of the body is not a second one, but a headline
 * whose figure the body gives for another subject is a target of its own; a news text has no number or date of its
 * own; an undated target under "trong giai đoạn này" takes the period's near milestone; units counted out of their
 * whole ("8/8 huyện") are counts of the numerator; a fraction in brackets that says what a whole is made of ("gồm
 * thư viện tỉnh, 7/8 thư viện huyện") is neither a target nor a result; a results count is the number of past values
 * a text reports, one per clause (an inventory of institutions is not counted).
 */
import { p, c, pc, type CorpusDoc } from './corpus.ts';

export const HOLDOUT11: CorpusDoc[] = [
  {
    file: 'moc-binh-dinh-van-hoa-doc-2025-news.txt',
    source: 'https://dns2.moc.gov.vn/vn/tin-tuc/1180/68468/binh-dinh-nam-2025-phan-dau-dat-100-he-thong-thu-vien-cong-cong-cua-tinh-duoc-hien-dai-hoa.aspx',
    about:
      'the culture ministry\'s portal on Bình Định\'s plan continuing the reading-culture project (329 by the local continuation\'s title): a headline whose 100 % (public libraries modernised) the body does not give again (its 100 % is of schools with a library), a dateline "Thứ năm, 19/08/2021 14:25", "03 bản/người dân", "0,5 bản sách/người dân", "mỗi người dân trung bình đọc 02 cuốn sách/năm", "2.500.000 lượt/năm", "100% … trong đó 50% …" to 2025; cut mid-sentence',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [...p(2025, 100, 100, 50), ...pc(2025, 3, 0.5, 2), ...c(2025, 2_500_000)],
  },
  {
    file: 'cinet-son-la-van-hoa-con-nguoi-2025-news.txt',
    source: 'http://disanxanh.cinet.vn/ArticleDetail.aspx?articleid=68314&sitepageid=29',
    about:
      'the ministry\'s heritage portal on Sơn La\'s plan for the province\'s own project on culture and people "giai đoạn 2021-2025, định hướng đến năm 2030": "trong giai đoạn này … Phấn đấu có 80% … và 70% …; Toàn tỉnh có 67 di tích được xếp hạng (02 …, 16 …, 49 …) [the state now]; 30% số tư liệu, hiện vật được số hóa; … 400.000 lượt người tham quan" (the near milestone, 2025); a project title with "2020 - 2025, tầm nhìn đến năm 2030"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 80, 70, 30), ...c(2025, 400_000)],
    results: 1,
  },
  {
    file: 'cinet-son-la-svhttdl-chien-luoc-2030-news.txt',
    source: 'http://disanxanh.cinet.vn/ArticleDetail.aspx?articleid=68441&sitepageid=29',
    about:
      "the ministry's heritage portal on a provincial culture department's plan (Sơn La) carrying out the province's plan 71/KH-UBND for the culture strategy (1909, by its title): a headline restating the body's counts, \"đến năm 2030, phấn đấu tu bổ, tôn tạo 01 di tích … và 05 di tích …; … 06 di sản …; Có ít nhất 01 di sản … được UNESCO ghi danh\" (counts of monuments and heritage items), then a list of programmes to be carried out (2026 among them) with no figure",
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: c(2030, 1, 5, 6, 1),
  },
  {
    file: 'quang-vinh-thua-thien-hue-182-kh-ubnd-2024-news.txt',
    source: 'https://quangvinh.thuathienhue.gov.vn/default.aspx?gd=4&cn=97&tc=74716',
    about:
      'a commune\'s portal (Quảng Vinh) under its menu on the province\'s plan 182/KH-UBND for the learning-society project in 2024 (1373, named "Đề án “Xây dựng xã hội học tập”" without its period): "Ngày cập nhật 03/05/2024", "Phấn đấu 50% …; 60% …; khoảng 23% dân số từ 15 tuổi trở lên …; trong đó, 12% …", "phấn đấu 70% …. 60% …" (the plan\'s year), ages ("15 tuổi") that are no targets; cut mid-word',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2024, 50, 60, 23, 12, 70, 60),
  },
  {
    file: 'quang-binh-huyen-quang-ninh-cong-dan-hoc-tap-2025-news.txt',
    source: 'https://quangninh.quangbinh.gov.vn/chi-tiet-tin/-/view-article/1/13836141260797/1685092407895',
    about:
      'a district\'s portal (Quảng Ninh, Quảng Bình) on its learning association\'s meeting: the learning-citizen programme named by title under a misprinted number ("Quyết định 667/QĐ-TTg … Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021-2030”", the decision meant is 677), a province\'s guide "99/HD-KHQB", periods "2023-2025 và giai đoạn 2025-2023" (sic), then "toàn huyện phấn đấu đến năm 2025, có 40% … và 60% … 70% người đạt" (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: p(2025, 40, 60, 70),
  },
  {
    file: 'vinh-phuc-2480-qd-ubnd-2022.txt',
    source:
      'https://hethongphapluat.com/quyet-dinh-2480-qd-ubnd-nam-2022-phe-duyet-de-an-xay-dung-khong-gian-doc-sach-mo-va-than-thien-trong-cac-truong-pho-thong-tren-dia-ban-tinh-vinh-phuc.html',
    about:
      'a provincial decision (Vĩnh Phúc) approving the province\'s own project of open reading spaces in schools (its title not in the excerpt): the site\'s subscription line, the header as a table export with "|", "QUYẾT ĐỊNH / ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC", a basis of laws with and without numbers ("Luật Giáo dục số 43/2019/QH14"), a central resolution "29-NQ/TW", 329 and 1373 together, a congress resolution "01-NQ/ĐH XVII", "10-NQ/TU", "Thông tri số 23-TT/TU"; cut inside a code ("51-KL/"), no targets',
    kind: 'decision',
    number: '2480/QĐ-UBND',
    date: '2022-12-13',
    programme: null,
    basis: ['43/2019/QH14', '46/2019/QH14', '29-NQ/TW', '329/QĐ-TTg', '1373/QĐ-TTg', '01-NQ/ĐH', '10-NQ/TU', '23-TT/TU'],
    targets: [],
  },
  {
    file: 'son-la-54-kh-ubnd-2023.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-54-KH-UBND-2023-thuc-hien-Chuong-trinh-so-hoa-Di-san-van-hoa-Viet-Nam-Son-La-558354.aspx?tab=2',
    about:
      'provincial plan (Sơn La) for the heritage digitisation programme 2026/QĐ-TTg (its period misquoted "2023-2030" in title and basis): the header as a table export with "|" lines and words broken over lines, a basis of a decree, the decision, two finance circulars and a ministry\'s letter; first page, no targets',
    kind: 'plan',
    number: '54/KH-UBND',
    date: '2023-02-23',
    programme: '2026/QĐ-TTg',
    basis: ['73/2019/NĐ-CP', '2026/QĐ-TTg', '27/2020/TT-BTC', '71/2022/TT-BTC', '3380/BVHTTDL-DSVH'],
    targets: [],
  },
  {
    file: 'khanh-hoa-4297-kh-ubnd-2017.txt',
    source: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=df7cae2c-13e4-4ea7-a47e-c0a553848aa3&key=gL%2FB27i9AaO%2BRgKLebPW1Q%3D%3D',
    about:
      'provincial plan (Khánh Hòa, 2017) for the reading-culture project 329/QĐ-TTg that opens on the state of things ("I. THỰC TRẠNG …"): an inventory of libraries (not counted), "Hàng năm cấp khoảng 6000 thẻ bạn đọc, phục vụ gần 300.000 lượt bạn đọc với trên 600.000 lượt sách báo" (three yearly results), "Chương trình mục tiêu quốc gia về văn hóa" (a name); the header with words broken over lines; no targets',
    kind: 'plan',
    number: '4297/KH-UBND',
    date: '2017-05-23',
    programme: '329/QĐ-TTg',
    basis: ['329/QĐ-TTg'],
    targets: [],
    results: 3,
  },
  {
    file: 'gia-lai-van-hoa-doc-2021-2025-news.txt',
    source: 'https://baogialai.com.vn/channel/8213/202108/phan-dau-moi-nguoi-dan-doc-trung-binh-42-cuon-sachnam-5747114/',
    about:
      'provincial newspaper (Gia Lai) on the province\'s plan continuing the reading-culture project (329 by the local continuation\'s title): a headline restating the 2030 "4,2 cuốn sách/năm", "Mục tiêu cụ thể giai đoạn 2021-2025 là phấn đấu 85% …; 20-25% …; 45-50% …", "duy trì 85% người sử dụng thư viện (đối với học sinh, sinh viên là 90%)", "mỗi người dân đọc 4 cuốn sách/năm", "750 ngàn lượt/năm", "duy trì 100% …, trong đó 50% …"; to 2030 "90% …; 4,2 cuốn sách/năm …; 800 ngàn lượt/năm; 100% …"',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [
      ...p(2025, 85, [20, 25], [45, 50], 85, 90),
      ...pc(2025, 4),
      ...c(2025, 750_000),
      ...p(2025, 100, 50),
      ...p(2030, 90),
      ...pc(2030, 4.2),
      ...c(2030, 800_000),
      ...p(2030, 100),
    ],
  },
  {
    file: 'vinh-long-sgddt-pho-cap-xoa-mu-chu-2019-news.txt',
    source: 'http://baovinhlong.com.vn/xa-hoi/giao-duc-dao-tao/201904/nang-cao-hieu-qua-cong-tac-pho-cap-giao-duc-xoa-mu-chu-2940105/',
    about:
      'provincial newspaper (Vĩnh Long) on the education department\'s plan for universal education and literacy in 2019: levels ("mức độ 2", "mức độ 3") and ages ("trẻ 5 tuổi") that are no targets, then "duy trì 8/8 huyện …; phấn đấu 1 huyện …; có 8/8 đơn vị …; duy trì 8/8 đơn vị …" (counts of districts for the plan\'s year)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: c(2019, 8, 1, 8, 8),
  },
  {
    file: 'daibieunhandan-ninh-binh-141-kh-ubnd-206-news.txt',
    source: 'https://daibieunhandan.vn/ninh-binh-nam-2025-100-he-thong-thu-vien-cong-cong-phat-trien-ha-tang-so-ud5botp7u1-63421',
    about:
      'the national assembly\'s newspaper on Ninh Bình\'s plan 141/KH-UBND for the library digital-transformation programme 206/QĐ-TTg: a headline and a caption restating "100% hệ thống thư viện công cộng", "Mục tiêu chủ yếu đến năm 2025, 100% … (gồm thư viện tỉnh, 7/8 thư viện huyện, thành phố)" (the bracket says what the whole is), a paragraph opening "Bên cạnh đó" ending "80% thư viện cơ sở giáo" (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: '206/QĐ-TTg',
    targets: p(2025, 100, 80),
  },
  {
    file: 'vnanet-vinh-phuc-khong-gian-doc-truong-hoc-2024-news.txt',
    source: 'https://chinhsachcuocsong.vnanet.vn/xay-dung-khong-gian-doc-sach-mo-than-thien-trong-truong-hoc/17914.html',
    about:
      'the news agency\'s policy site on Vĩnh Phúc\'s school-reading project (the province\'s own, "giai đoạn 2022 - 2024"): a lead restating the body word for word above the agency\'s tag "TTXVN - ", "phấn đấu đến năm 2024, 100% …, trong đó 50% …; 90% …", money in "tỷ đồng" (not counted)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2024, 100, 50, 90),
  },
  {
    file: 'huengaynay-hue-giao-duc-2030-news.txt',
    source: 'https://huengaynay.vn/giao-duc/tin-tuc-giao-duc/bao-dam-chi-ngan-sach-cho-giao-duc-toi-thieu-20-161471.html',
    about:
      'a city newspaper (Huế) on the city party\'s action programme for education: the index\'s " date 2025-12-29" line at the head, no headline, "đến năm 2030 có tối thiểu 90% trường mầm non …", "trẻ từ 3 đến 5 tuổi trước năm 2030" (ages), "phấn đấu đến năm 2030 có 97% …, 93% … và 90% …", "mức độ 3", "ít nhất 90% người trong độ tuổi hoàn thành …"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 90, 97, 93, 90, 90),
  },
];
