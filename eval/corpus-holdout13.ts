/**
 * The thirteenth held-out set (eval/holdout13/, issue 22): 14 texts of documents that SET TARGETS, from the provinces
 * and levels the earlier sets have least, found with the search tool (corpus "pages") and labelled by hand BEFORE the
 * reader first ran on them (every source URL was checked against the earlier sets' sources). Provinces no earlier set
 * has: Lai Châu, Cà Mau, Tiền Giang, Hải Phòng, An Giang, Nghệ An (by its own document); with one: Quảng Trị; and Hà
 * Nam, Phú Yên and Thanh Hóa at levels they lack (a primary school, a district, a commune). Seven are the documents
 * themselves (the first page the index keeps): two school libraries' plans for their school year (Lai Châu, Hà Nam,
 * with a staff table and a pupils' table in figures), a department's plan (Cà Mau's education department, literacy
 * 2013), two provincial plans (Cà Mau's 1373 plan, Tiền Giang's 329 plan under the site's dateline), a decision
 * approving a 1373 plan (Nghệ An) and a commune's 387 plan published on a district portal (Quảng Thạch, Thanh Hóa),
 * the excerpt ending on its first target heading; seven are portal and press pages that state a plan's targets (Hải
 * Phòng's 1373 and reading-culture plans, Tiền Giang's 1520 plan, An Giang's 1373 and reading-culture plans, Quảng
 * Trị's learning-citizen plan with its number misprinted, a district's culture-movement year in Phú Yên). 41 targets,
 * 4 results.
 * Conventions as in the eleventh set: a programme named only by its title is labelled with the decision meant (a
 * local continuation's title "phát triển văn hóa đọc trong cộng đồng … đến năm 2025, định hướng đến năm 2030" is 329;
 * "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030" is 1520;
 * "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021 - 2030" is 387; the
 * learning-citizen programme is 677 even under "667/QĐ-TTg"); a school's own plan and the culture movement are no
 * programme; a news text has no number or date of its own; a headline or lead that restates a target of the body is
 * not a second one, a headline whose figure the body does not give is; "(đối với học sinh, sinh viên là 95%)" is a
 * target of its own; ages ("từ 15 đến 60"), levels ("mức độ 2") and school years are no targets; a school's counts of
 * its staff, classes and pupils are the state of the school, neither targets nor labelled results; a results count is
 * the number of past values a text reports, one per clause (a count with its share is one); the basis is every
 * document the opening paragraphs cite as ground, in order, as printed.
 */
import { p, c, g, type CorpusDoc } from './corpus.ts';

export const HOLDOUT13: CorpusDoc[] = [
  {
    file: 'lai-chau-thcs-doan-ket-246-kh-thcsdk-2024.txt',
    source: 'https://thcs-doanket-laichau.violet.vn/present/246-kh-thu-vien-24-25-14243688.html',
    about:
      'a lower secondary school\'s library plan for the school year 2024-2025 (THCS Đoàn Kết, Lai Châu city) under a file-sharing site\'s upload lines ("Ngày gửi: 08h:25\' 28-11-2024", "Số lượt tải: 0"): "Số : 246/KH-THCSĐK", "Đoàn Kết, ngày 24 tháng 09 năm 2024", a basis of the ministry\'s circular 16/2022 (once malformed "TT 16/2022 -TT-BGDĐT"), the education office\'s letter "96/PGD&ĐT-CM" and the school\'s year plan "235/KH-THCSĐK"; then the state of the school ("Hiện có 47 cán bộ …; 03 đồng chí; … 22 đồng chí", "23 lớp; … 1155 em") — no targets, no programme',
    kind: 'plan',
    number: '246/KH-THCSĐK',
    date: '2024-09-24',
    programme: null,
    targets: [],
  },
  {
    file: 'ha-nam-tieu-hoc-hop-ly-40-kh-thhl-2018.txt',
    source: 'http://hanam.edu.vn/thhoply/_content/tintuc/detailnews/_15345559199463883803.html',
    about:
      'a commune primary school\'s plan to make its library "Tiên tiến" in the school year 2018-2019 (Hợp Lý, Lý Nhân, Hà Nam) on the school\'s news page: "Số: 40 /KH-THHL", "Hợp Lý, ngày 6 tháng 10  năm 2018", a basis of a ministry decision "01/2003/QĐ-BGDĐT", a ministry letter "11185/BGDĐT-GDTH" and the school\'s year plan "35/KH-TH"; then a table of classes and pupils flattened to one cell per line (8, 254, 141, 32 …; Cộng 28, 894, 450) — no targets, no programme',
    kind: 'plan',
    number: '40/KH-THHL',
    date: '2018-10-06',
    programme: null,
    basis: ['01/2003/QĐ-BGDĐT', '11185/BGDĐT-GDTH', '35/KH-TH'],
    targets: [],
  },
  {
    file: 'ca-mau-125-kh-ubnd-2021.txt',
    source: 'https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-125-KH-UBND-2021-thuc-hien-De-an-Xay-dung-xa-hoi-hoc-tap-tinh-Ca-Mau-491450.aspx?tab=3',
    about:
      'provincial plan (Cà Mau) for the learning-society project 1373/QĐ-TTg under the legal site\'s attribute block: a basis of 1373, decision 489/QĐ-TTg carrying out a Party secretariat\'s conclusion "49-KL/TW" on a Politburo directive "11-CT/TW", and the province\'s own results of 2012 - 2020; cut in "I. MỤC ĐÍCH, YÊU CẦU" — no targets',
    kind: 'plan',
    number: '125/KH-UBND',
    date: '2021-09-01',
    programme: '1373/QĐ-TTg',
    basis: ['1373/QĐ-TTg', '489/QĐ-TTg', '49-KL/TW', '11-CT/TW'],
    targets: [],
  },
  {
    file: 'ca-mau-1795-kh-sgddt-2013.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-1795-kh-sgddt-nam-2013-xoa-mu-chu-den-2020-ca-mau-215089.html',
    about:
      'an education department\'s plan (Sở GDĐT Cà Mau) for the literacy project "Xóa mù chữ đến năm 2020" (692/QĐ-TTg) under the site\'s attribute lines: a basis of 692, the ministry\'s guide "3428/BGDĐT-XHHT" and the province\'s letter "2375/UBND-VX" giving the department the task; cut in "1. Quan điểm" — no targets',
    kind: 'plan',
    number: '1795/KH-SGDĐT',
    date: '2013-08-22',
    programme: '692/QĐ-TTg',
    basis: ['692/QĐ-TTg', '3428/BGDĐT-XHHT', '2375/UBND-VX'],
    targets: [],
  },
  {
    file: 'nghe-an-148-qd-ubnd-2022.txt',
    source: 'https://thuvienphapluat.vn/van-ban/Giao-duc/Quyet-dinh-148-QD-UBND-2022-ke-hoach-thuc-hien-Xay-dung-xa-hoi-hoc-tap-Nghe-An-562113.aspx?tab=2',
    about:
      'provincial decision (Nghệ An) issuing its plan for the learning-society project 1373/QĐ-TTg: the legal site\'s attribute block, laws cited by date only, 1373, the education department\'s submission "42/TTr-SGD&ĐT", "QUYẾT ĐỊNH:", Điều 1-2 and the addressees (cut) — no targets',
    kind: 'decision',
    number: '148/QĐ-UBND',
    date: '2022-01-18',
    programme: '1373/QĐ-TTg',
    basis: ['1373/QĐ-TTg', '42/TTr-SGD&ĐT'],
    targets: [],
  },
  {
    file: 'tien-giang-115-kh-ubnd-2018.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-115-kh-ubnd-2018-thuc-hien-de-an-phat-trien-van-hoa-doc-trong-cong-dong-tien-giang-384518.html',
    about:
      'provincial plan (Tiền Giang) for the reading-culture project 329/QĐ-TTg under the site\'s own dateline "Thứ 2, Ngày 28/10/2024" and attribute lines: "Thực hiện Quyết định số 329/QĐ-TTg …" as its only ground, then "I. QUAN ĐIỂM" in numbered paragraphs (cut) — no targets',
    kind: 'plan',
    number: '115/KH-UBND',
    date: '2018-05-03',
    programme: '329/QĐ-TTg',
    basis: ['329/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'quang-thach-quang-xuong-hoc-tap-suot-doi-2025.txt',
    source: 'http://quangthach.quangxuong.thanhhoa.gov.vn/GioiThieu.aspx?Id=15',
    about:
      'a commune\'s plan (UBND xã Quảng Thạch, Quảng Xương, Thanh Hóa) for the lifelong-learning programme by its title with the period ("Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021 - 2030", 387), published on a portal under "BÀI TUYÊN TRUYỀN KẾ HOẠCH" (a district\'s name in the site header): no number or date; grounds are three district plans "83/KH-UBND" (the 1373 project), "178/KH-UBND", "181/KH-UBND" (the learning citizen); "I. MỤC TIÊU / 1. Mục tiêu chung / 2. Mục tiêu cụ thể / 2.1. Phấn đấu cuối năm 2025" and the excerpt ends — no targets',
    kind: 'plan',
    number: null,
    date: null,
    programme: '387/QĐ-TTg',
    basis: ['83/KH-UBND', '178/KH-UBND', '181/KH-UBND'],
    targets: [],
  },
  {
    file: 'pbgdpl-hai-phong-254-kh-ubnd-1373-news.txt',
    source: 'https://pbgdpl.haiphong.gov.vn/Chi-dao-dieu-hanh/De-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030--tren-dia-ban-thanh-pho-Hai-Phong-75918.html',
    about:
      'the city\'s legal-education portal (Hải Phòng) on its plan 254/KH-UBND for the learning-society project (1373, by its title): "Thời gian: 18/11/2021 16:03", "1. Mục tiêu đến năm 2025 / a. … : - Theo đó, trên 99% người trong độ tuổi từ 15 đến 60, 100% người … từ 15 đến 35 biết chữ …; Trên 90% …; - 100% đơn vị hành chính cấp xã, cấp huyện … mức độ 2 …; - 100% các quận, huyện … mức độ 3 …; b. … - 60% trở lên …; - 60% trở lên …; - 60% dân số từ 15 tuổi trở lên …. Trong đó 20% …" (cut); ages, levels and a decree "20/2014/NĐ-CP" are no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2025, 99, 100, 90, 100, 100, 60, 60, 60, 20),
  },
  {
    file: 'queenvitinh-hai-phong-189-kh-ubnd-van-hoa-doc-news.txt',
    source: 'https://queenvitinh.com/hai-phong-phat-trien-thu-vien-so-de-da-dang-hoa-hinh-thuc-doc.html',
    about:
      'a news site on Hải Phòng\'s plan 189/KH-UBND continuing the reading-culture project ("… đến năm 2025, định hướng đến năm 2030", 329 by the local continuation\'s title), opening on its lead without a headline, an image caption "… - Hình 1" / "Ảnh minh họa": "đến năm 2025, 100% thư viện công lập …; 90% học sinh, sinh viên …", "phấn đấu 50% …, 40% …", "50% – 55% người dân …; 90% người sử dụng thư viện (đối với học sinh, sinh viên là 95%) …" (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: p(2025, 100, 90, 50, 40, [50, 55], 90, 95),
  },
  {
    file: 'congdankhuyenhoc-tien-giang-124-kh-ubnd-1520-news.txt',
    source:
      'https://congdankhuyenhoc.vn/chon-loi-di-nang-cao-dan-tri-xay-dung-xa-hoi-hoc-tap-tu-hoat-dong-thu-vien-bao-tang-thiet-che-van-hoa-179240508131637076.htm',
    about:
      'the learning association\'s paper on Tiền Giang\'s plan 124/KH-UBND for the 1520 programme (by its title "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030"): a headline and lead without figures, a sub-heading, "đến năm 2025, đạt 100% …, 50% …, 30% …, 100% …, 60% …, 70% …", "Mục tiêu đến năm 2025, số lượt người sử dụng thư viện … tăng bình quân 10% mỗi năm. Đến năm 2030, tăng bình quân 10-15% mỗi năm." (growth, the range for 2030)',
    kind: 'news',
    number: null,
    date: null,
    programme: '1520/QĐ-TTg',
    targets: [...p(2025, 100, 50, 30, 100, 60, 70), ...g(2025, 10), ...g(2030, [10, 15])],
  },
  {
    file: 'angiang-edu-685-kh-ubnd-1373-news.txt',
    source: 'https://angiang.edu.vn/tin-tuc-su-kien/quyet-tam-thuc-hien-thang-loi-de-an-xay-dung-xa-hoi-hoc-tap-.html',
    about:
      'the provincial education department\'s portal (An Giang) on the province\'s plan 685/KH-UBND for 1373 ("Quyết định số 1373/QĐ/TTg" once with a slash for the dash): a dateline in English "Wednesday, 26/01/2022 - 14:47|", a headline in capitals, "theo lộ trình mục tiêu giai đoạn từ 2021 đến 2025, …: … có 45% huyện … mức độ 2; 100% các huyện … 5 tuổi, 55% các huyện …; 100% các huyện đạt chuẩn phổ cập gi" (cut); "5 tuổi", "mức độ 2" are no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2025, 45, 100, 55, 100),
  },
  {
    file: 'sotttt-an-giang-van-hoa-doc-2021-2025-news.txt',
    source: 'https://sotttt.angiang.gov.vn/wps/portal/Home/2018/tin-chi-tiet/sa-+tin+tuc+su+kien/thong+tin+doi+ngoai/2681194f-ff0a-45d4-a6f3-c045f1319054',
    about:
      'the provincial information department\'s portal (An Giang) on the province\'s reading-culture plan "giai đoạn 2021 - 2025, định hướng đến năm 2030" (329 by the local continuation\'s title): the headline printed twice, a dateline and the department\'s tag "09/10/2021 Sở TT&TT AG - ", a caption "(Ảnh minh họa – Nguồn: chinhphu.vn)", "Dự kiến đến năm 2025, phấn đấu 85% …; 30% …, 20% …; 50% …; 90% người sử dụng thư viện (học sinh, sinh viên) …" (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: p(2025, 85, 30, 20, 50, 90),
  },
  {
    file: 'giaoducthoidai-quang-tri-cong-dan-hoc-tap-2025-news.txt',
    source: 'https://giaoducthoidai.vn/quang-tri-phan-dau-70-cu-dan-dat-cong-dan-hoc-tap-co-ky-nang-so-den-2025-post626547.html',
    about:
      'the education ministry\'s paper on Quảng Trị\'s plan for the learning-citizen programme "theo quyết định 667/QĐ-TTg" (677 meant): a headline "Quảng Trị phấn đấu 70% cư dân đạt \'Công dân học tập\' có kỹ năng số đến 2025" whose 70 % the cut body does not reach (a target of its own), the outlet\'s tag "GD&TĐ - ", a caption printed twice, "chia làm 2 giai đoạn", "Đến năm 2025, Quảng Trị phấn đấu 100% …; 40% người lớn …" (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: p(2025, 70, 100, 40),
  },
  {
    file: 'nongthon-phu-hoa-doi-song-van-hoa-2023-news.txt',
    source: 'https://nongthon.vn/nong-thon-moi/phu-hoa-phan-dau-giu-vung-ti-le-tren-96-gia-dinh-van-hoa.html',
    about:
      'a rural paper on a district\'s culture movement (Phú Hòa, Phú Yên; no programme): a headline restating the body\'s "trên 96%", "tổng kết … năm 2022, triển khai nhiệm vụ năm 2023. Năm nay, huyện … phấn đấu giữ vững tỉ lệ trên 96% …; từ 37 thôn, buôn, khu phố trở lên …; … trên 97% …; … hơn 60% …; 100% xã, thị trấn có điểm vui chơi …" (2023), then the year 2022: "29.396 gia đình …, tỉ lệ 97,3%; 39/39 thôn …; 8/8 xã …; 77 cơ quan …, tỉ lệ 100%" (four results), awards "4 tập thể và 2 cá nhân" (none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2023, 96), ...c(2023, 37), ...p(2023, 97, 60, 100)],
    results: 4,
  },
];
