/**
 * The seventeenth held-out set (eval/holdout17/, issue 22): 13 texts of PLANS and DECISIONS and of the portal and press
 * pages that state them, carrying out 208 and its successor 1520 (lifelong learning in libraries, museums, cultural
 * centres), 1373 and 89 (the learning society), 387, 677, 329 and the 1315 emulation movement, from the provinces the
 * earlier sets have least, found with the search tool (corpus "pages") and labelled by hand BEFORE the reader first ran
 * on them. Every source URL was checked against the earlier sets' labels (eval/corpus*.ts, those of the fifteenth and
 * sixteenth sets built beside it included); pages of a document an earlier set holds (Bình Dương's and Bà Rịa - Vũng
 * Tàu's 387 plans, Phú Yên's and Bắc Ninh's 677 plans, Thạch Thất's reading plan, Quận 11's reading plan on the
 * district's portal, Hưng Yên's 281 aims) were left out. Provinces the earlier sets have least, one or two texts each
 * before: Tây Ninh (a city's association), Đắk Nông, Hà Nam (a school), Lai Châu, Phú Thọ, Bến Tre, Lạng Sơn; Hồ Chí
 * Minh City by a plan of the city (two districts' texts before); Đắk Lắk and Huế by plans the earlier sets lack; a
 * commune of Đồng Nai (Xuân Hiệp) on its own portal. Four are the documents
 * themselves, the first page the index keeps: Lai Châu's 208 plan (1733/KH-UBND, 2015) and Tây Ninh's decision issuing
 * its 89 plan (1490/QĐ-UBND, 2014), Nghệ An's plan for the 1315 movement (2/KH-UBND, 2024) and Hồ Chí Minh City's plan
 * to join UNESCO's learning cities (1256/KH-UBND, 2023) — each cut before its targets, so they score the header; nine
 * are portal and press pages on a plan (Đắk Nông's and Phú Thọ's 1520 plans, Tây Ninh's 329 plan, Huế's reading plan
 * for 2024, Đắk Lắk's 387 plan, Bến Tre's 677 plan), on a conference (Hà Nam, 387 and 677) and on an instruction
 * (Lạng Sơn, 677), and a commune's page on its learning society. 15 targets, no labelled results.
 * Conventions as in the thirteenth and fifteenth sets: a programme named only by its title is labelled with the
 * decision meant ("Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm
 * 2030" is 1520; "phát triển văn hóa đọc trong cộng đồng" is 329; the learning-citizen programme is 677); a text that
 * carries out two programmes at once, or a project of its own grounded on them, names none (Hà Nam's conference on 387
 * and 677; Hồ Chí Minh City's UNESCO plan grounded on 14/CT-TTg and 1373); a news text has no number or date of its
 * own (a page's date line "Thứ 4 | 13/12/2023", "(10/05/2022, 14:53)", "29/09/2021" is none); a one-year plan's counts
 * take its year ("năm 2024": "Hỗ trợ thành lập 02 thư viện … Xuất bản 02 ấn phẩm"); a share that covers two groups
 * ("100% khu dân cư, cơ quan/đơn vị/trường học") is one target; a nested share ("trong đó có 60% …") is a target of its
 * own; a headline that restates a target of the body is not a second one; a period ("giai đoạn 2014 - 2020", "2021 -
 * 2030") and a Party term ("nhiệm kỳ 2020 - 2025") are no targets; the basis is every document the opening paragraphs
 * cite as ground, in order, as numbered (a law cited by date only is none; a decision's basis is its own "Căn cứ …" and
 * "Xét đề nghị …", not the basis of the plan it issues; "1315/QĐ- TTg" is 1315/QĐ-TTg).
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT17: CorpusDoc[] = [
  {
    file: 'lai-chau-1733-kh-ubnd-2015.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-1733-kh-ubnd-day-manh-cac-hoat-dong-hoc-tap-suot-doi-thu-vien-bao-tang-lai-chau-2015-303248.html',
    about:
      'provincial plan (Lai Châu) for the lifelong-learning project in libraries, museums, cultural houses and clubs (208/QĐ-TTg) "đến năm 2020", under the legal site\'s attribute block (title, "Số hiệu", "Ngày ban hành 16/12/2015", the signer): the header, a basis in one sentence opening "Thực hiện" — 208, the ministry\'s decision "2594/QĐ-BVHTTDL" and its letter "3592/BVHTTDL-TV" — a misprinted "(viết tt là Đề án)" and "1. Mc đích"; cut in the purposes, no targets',
    kind: 'plan',
    number: '1733/KH-UBND',
    date: '2015-12-16',
    programme: '208/QĐ-TTg',
    basis: ['208/QĐ-TTg', '2594/QĐ-BVHTTDL', '3592/BVHTTDL-TV'],
    targets: [],
  },
  {
    file: 'tay-ninh-1490-qd-ubnd-2014.txt',
    source:
      'https://ls1.hethongphapluat.com/quyet-dinh-1490-qd-ubnd-nam-2014-ve-ke-hoach-xay-dung-xa-hoi-hoc-tap-tren-dia-ban-tinh-tay-ninh-giai-doan-2014-2020.html',
    about:
      'provincial decision (Tây Ninh) issuing its learning-society plan 2014 - 2020 for the 89/QĐ-TTg project (2012 - 2020): the header as a table export with "|" and no "QUYẾT ĐỊNH" title line above the subject, a law cited by date only, 89 ("89/QĐ-TTg ," with a space), the education department\'s submission "2942/TTr-SGD&ĐT", Điều 1-4, the signature line, then the attached plan\'s title and its own basis (89 again and "822/BCĐQG-XHHT", cut) — no targets',
    kind: 'decision',
    number: '1490/QĐ-UBND',
    date: '2014-07-01',
    programme: '89/QĐ-TTg',
    basis: ['89/QĐ-TTg', '2942/TTr-SGD&ĐT'],
    targets: [],
  },
  {
    file: 'nghe-an-2-kh-ubnd-2024.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-2-KH-UBND-2024-trien-khai-xay-dung-xa-hoi-hoc-tap-hoc-tap-suot-doi-Nghe-An-594092.aspx?ac=emails',
    about:
      'provincial plan (Nghệ An) for the movement "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030" (1315/QĐ-TTg) under the site\'s search box and attribute lines: "Số: 2/KH-UBND", "Nghệ An, ngày 04 tháng 1 năm 2024", a basis in one paragraph — a Party conclusion "49-KL/TW" on directive "11-CT/TW", "14/CT-TTg", 1373, "1315/QĐ- TTg" (a space inside) and the province\'s Party directive "26-CT/TU"; cut, no targets',
    kind: 'plan',
    number: '2/KH-UBND',
    date: '2024-01-04',
    programme: '1315/QĐ-TTg',
    basis: ['49-KL/TW', '11-CT/TW', '14/CT-TTg', '1373/QĐ-TTg', '1315/QĐ-TTg', '26-CT/TU'],
    targets: [],
  },
  {
    file: 'ho-chi-minh-1256-kh-ubnd-2023.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-1256-kh-ubnd-2023-dang-ky-tham-gia-mang-luoi-thanh-pho-hoc-tap-toan-cau-ho-chi-minh-562213.html',
    about:
      'the city\'s plan (Hồ Chí Minh City) to register in UNESCO\'s Global Network of Learning Cities under the legal site\'s attribute block: "Số: 1256/KH-UBND", "Thành phố Hồ Chí Minh, ngày 03 tháng 4 năm 2023", a basis of the directive "14/CT-TTg", the learning-society project 1373 and the ministry\'s guide "86/BGDĐT-GDTX" (a project of its own grounded on them: no programme); cut in the purposes, no targets',
    kind: 'plan',
    number: '1256/KH-UBND',
    date: '2023-04-03',
    programme: null,
    basis: ['14/CT-TTg', '1373/QĐ-TTg', '86/BGDĐT-GDTX'],
    targets: [],
  },
  {
    file: 'dak-nong-169-kh-ubnd-1520-news.txt',
    source:
      'https://daknong.gov.vn/thong-tin-chi-dao-dieu-hanh/trien-khai-chuong-trinh-day-manh-cac-hoat-dong-phuc-vu-hoc-tap-suot-doi-trong-thu-vien-bao-tang--358693',
    about:
      'the province\'s portal (Đắk Nông) on its plan 169/KH-UBND for the 1520 programme (by its title): "image banner", a headline with a typo ("trên địa bản tỉnh"), "Lượt xem: 1467" (a page counter), the plan\'s purpose and general aim; cut before the specific aims — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1520/QĐ-TTg',
    targets: [],
  },
  {
    file: 'phu-tho-svhttdl-2682-kh-ubnd-1520-news.txt',
    source:
      'http://svhttdl.phutho.gov.vn/tin/nganh-van-hoa-phu-tho-tich-cuc-day-manh-cac-hoat-dong-hoc-tap-suot-doi-trong-thu-vien-bao-tang-trung-tam-van-hoa_3009.html',
    about:
      'the culture department\'s portal (Phú Thọ) on the sector\'s lifelong-learning work: the site\'s day line "Thứ 4 | 13/12/2023", a long essay paragraph on learning, then 1520/QĐ-TTg by number and title and the province\'s plan "2682/KH-UBND ngày 18 tháng 7 năm 2023" (cut) — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1520/QĐ-TTg',
    targets: [],
  },
  {
    file: 'tay-ninh-thu-vien-3290-kh-ubnd-329-news.txt',
    source:
      'https://thuvien.tayninh.gov.vn/News/NewDetail/tiep-tuc-trien-khai-thuc-hien-de-an-phat-trien-van-hoa-doc-trong-cong-dong-tren-dia-ban-tinh-tay-ninh',
    about:
      'the provincial library\'s site (Tây Ninh) on the province\'s plan 3290/KH-UBND continuing the reading-culture project 329/QĐ-TTg "giai đoạn 2021 - 2025 và định hướng đến năm 2030": "hidden", an upper-case headline, the date "29/09/2021", a view count "31", font-size links, the general aim and the demands; cut — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
  },
  {
    file: 'thua-thien-hue-167-kh-ubnd-van-hoa-doc-2024-news.txt',
    source:
      'https://thuathienhue.gov.vn/Thong-tin-dieu-hanh-cua-ubnd-tinh/tid/Phat-trien-van-hoa-doc-trong-cong-dong-tren-dia-ban-tinh-Thua-Thien-Hue-nam-2024/newsid/72B8E0DD-D62D-4BEB-9BDB-B15700A589D6/cid/B2893D90-84EA-452E-9292-84FE4331533D',
    about:
      'the province\'s portal (Thừa Thiên Huế) on its reading-culture plan for 2024 (167/KH-UBND; 329 by the project\'s words "phát triển văn hóa đọc trong cộng đồng"): "Cập nhật:19/04/2024 10:02:42 SA", then the tasks in one paragraph — "Hỗ trợ thành lập 02 thư viện công cộng cấp xã. Xuất bản 02 ấn phẩm thuộc Tủ sách Huế …" — two counts for the plan\'s year; "Ilib và emiclib" software names; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [...c(2024, 2, 2)],
  },
  {
    file: 'dak-lak-102-kh-ubnd-387-news.txt',
    source:
      'https://daklak.gov.vn/-/ke-hoach-thuc-hien-chuong-trinh-ay-manh-phong-trao-hoc-tap-suot-oi-trong-gia-inh-dong-ho-cong-ong-on-vi-giai-oan-2021-2030-tren-ia-ban-tinh-ak-lak',
    about:
      'the province\'s portal (Đắk Lắk) on its plan 102/KH-UBND for the 387 programme (by its title, "giai đoạn 2021 - 2030"): a headline with the page\'s date "(10/05/2022, 14:53)", "Ngày 09/5/2022, UBND tỉnh ban hành …", a caption, the general aim; "Mục tiêu cụ thể đến năm 2025 là 100% khu dân cư; 95% cơ quan/đơn vị/trường học; 80% dòng họ/… ; 100% cán bộ và hội viên …. Mục tiêu đến năm 2030 là 100% khu dân cư, cơ quan/đơn vị/trường học, 90% dòng họ/hội đồ" (cut) — four targets for 2025, two for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '387/QĐ-TTg',
    targets: [...p(2025, 100, 95, 80, 100), ...p(2030, 100, 90)],
  },
  {
    file: 'ben-tre-677-cong-dan-hoc-tap-news.txt',
    source: 'https://baodongkhoi.vn/phan-dau-80-can-bo-cong-chuc-vien-chuc-dat-danh-hieu-cong-dan-hoc-tap--06072022-a102593.html',
    about:
      'the provincial paper (Bến Tre, Đồng Khởi) on the province\'s plan for the 677 programme (by its title): the headline "Phấn đấu 80% cán bộ, công chức, viên chức đạt danh hiệu …" (restated by the body), the date line "06/07/2022 - 20:51", a lead "BDK.VN - UBND tỉnh vừa ban hành …", a caption twice; "phấn đấu đến năm 2025, có 100% …. 60% người lớn …", a new paragraph "80% cán bộ …. 70% … ; trong đó có 60% …", "Lâu dài đến năm 2030, tỉnh phấn đấu 70% …. 85% …" (cut) — five targets for 2025 (the 2025 paragraph continued), two for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: [...p(2025, 100, 60, 80, 70, 60), ...p(2030, 70, 85)],
  },
  {
    file: 'ha-nam-387-677-quan-triet-news.txt',
    source: 'https://baomoi.net.vn/ha-nam-quan-triet-cac-quyet-dinh-cua-thu-tuong-chinh-phu-ve-khuyen-hoc-khuyen-tai-c45566853.epi',
    about:
      'an aggregator\'s page on Hà Nam\'s conference making known decisions 387/QĐ-TTg and 677/QĐ-TTg and the province\'s plans "2810/KH-UBND, 2917/KH-UBND" for "giai đoạn 2021-2030" (two programmes at once: none), the guests by name and title and a vice-chairman\'s speech; no targets, no results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
  },
  {
    file: 'lang-son-677-cong-dan-hoc-tap-news.txt',
    source: 'https://vanphong.langson.gov.vn/vi/node/71827',
    about:
      'the provincial office\'s portal (Lạng Sơn) on its letter "2475/VP-KGVX, ngày 6/6/2022" passing on the vice-chairman\'s instruction to carry out the 677 programme (by its title): the site\'s banner "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025" (a term), the instruction to departments, districts and the press, the byline — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: [],
  },
  {
    file: 'xuan-hiep-dong-nai-xa-hoi-hoc-tap-news.txt',
    source: 'https://sub.dost-dongnai.gov.vn/xuanhiep/Pages/noi-dung-tin.aspx?NewsID=4092',
    about:
      'a commune\'s portal (Xuân Hiệp, Xuân Lộc, Đồng Nai) on its work for the learning society, the excerpt beginning inside the page: the learning-society aims in the project\'s words ("bảo đảm mọi người dân đều có cơ hội bình đẳng …", no decision named: no programme), then what the commune did ("UBND xã đã làm tốt công tác thông tin, tuyên truyền …"), lines broken mid-phrase; cut — no figures',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
  },
];
