/**
 * The twentieth held-out set (eval/holdout20/, issue 22): 13 texts about the programme's EVENTS and the plans for them,
 * 2022 – 2026 — the reading-ambassador contest (Đại sứ Văn hóa đọc: Thanh Hóa, Huế, Nghệ An, the national review on a
 * provincial library's site), Vietnam Cultural Heritage Day 23/11 (Ninh Thuận's conference plan, the ministry's week of
 * the ethnic groups, Hà Nội's relics open free), the Lifelong Learning Week (Phú Thọ's opening), Book and Reading Culture
 * Day 21/4 (Lạng Sơn's library display, a school's plan of Đồng Tháp), the book festivals of Tết in Hồ Chí Minh City
 * (2025, 2026) and a charity's bookcase drive — found with the search tool (corpus "pages") and labelled by hand BEFORE
 * the reader first ran on them. Every source URL was checked against all earlier sets' labels (eval/corpus*.ts) and the
 * two sets built beside it (the nineteenth in /work/eval22, the twenty-first in /work/eval24, read only; neither had
 * labels yet when this one was committed). The pages index holds few texts that set an event's figures in Vietnamese
 * (most plans of the Week and of Book Day are announced in words only, or kept in English), so its scope is precision
 * on events: years that are no horizons ("từ năm 2019 đến năm 2025, thu hút …", "trống lớn nhất Việt Nam năm 2000",
 * "(1911-2026)", "nhiệm kỳ 2023-2024", "phương hướng … trong năm 2024"), awards, anniversaries and times of day.
 * Conventions as in the fourteenth, sixteenth and eighteenth sets: a news text has no number or date of its own (a
 * print line " date 2025-09-21" or "Tuyết Nhung 17:40 23/11/2024" is none); an event run as a task of a programme
 * ("một trong những hoạt động trọng tâm … của đề án … Quyết định số 329/QĐ-TTg", "tiếp tục triển khai Quyết định số
 * 329/QĐ-TTg") is labelled with its decision; a Party resolution (33-NQ/TW, 71-NQ/TW) is no programme; a school's plan
 * with its number left blank ("Số: /KH- THCSMAHA") has none. A results count is the number of past values the text
 * reports, one per clause: entries received ("gần 15.000 bài dự của học sinh 168 trường" is one), entries chosen for
 * the next round ("6 bài đạt giải cao gửi vòng chung kết") unless they are the first prizes restated, visitors, titles
 * and copies sold (a count with its equivalent or its rise is one; the base it is compared with, "so với năm 2024 là
 * 5.080 tựa", is none), units taking part, activities (a count with its breakdown "80 hoạt động … với 15 …, 20 …, hơn
 * 30 …" is one), titles shown; a headline restating the body's figure counts once. Awards and prizes, money (revenue,
 * a fund's "1.000 đồng"), land area and length, anniversaries ("78 năm", "50 năm"), the rounds' months, an inventory
 * ("54 dân tộc") and figures in words ("hàng nghìn cuốn", "tám trụ sách") are not counted. An aim with no year of its
 * own in a text whose programme is dated by its start ("từ tháng 7/2025") takes that year.
 */
import type { CorpusDoc } from './corpus.ts';

export const HOLDOUT20: CorpusDoc[] = [
  {
    file: 'thanh-hoa-dai-su-van-hoa-doc-2025-news.txt',
    source: 'https://baothanhhoa.vn/trao-giai-vong-so-khao-cuoc-thi-dai-su-van-hoa-doc-nam-2025-262160.htm',
    about:
      'the provincial paper (Thanh Hóa) on the first round of the reading-ambassador contest 2025, its awards ceremony on 21/9: the index\'s " date 2025-09-21" line with the headline, "Được phát động từ tháng 4/2025", "Ban Tổ chức đã nhận được gần 15.000 bài dự của học sinh 168 trường" (one result), captions, awards "1 giải tập thể …; trao 6 giải nhất, 15 giải nhì, 18 giải ba, 28 giải khuyến khích và 4 giải chuyên đề" (none), "lựa chọn 6 bài dự thi đoạt giải nhất gửi tham dự vòng chung kết" (the first prizes restated, none); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'hue-dai-su-van-hoa-doc-2025-news.txt',
    source: 'https://huengaynay.vn/van-hoa-nghe-thuat/thong-tin-van-hoa/gan-20000-bai-du-thi-dai-su-van-hoa-doc-2025-159840.html',
    about:
      'the city paper (Huế) on the reading-ambassador contest 2025, its closing on 12/11: a " date 2025-11-10" line before a caption, "trong số 19.700 dự thi" (one), "lựa chọn ra 36 bài xuất sắc để trao giải cá nhân và 2 giải tập thể" (awards, none), "từ vòng sơ khảo đã chọn 6 bài xuất sắc nhất tham gia chung khảo quốc gia" (one), "kết quả có 2 thí sinh đạt giải …" (awards), the online book-introduction contest "năm 2025 … thu hút 250 bài đ" (one, cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'nghe-an-dai-su-van-hoa-doc-2025-news.txt',
    source: 'https://nghean24h.vn/gan-165000-bai-du-thi-dai-su-van-hoa-doc-tinh-nghe-an-nam-2025-a762004.html',
    about:
      'a provincial news site (Nghệ An) on the closing of the province\'s reading-ambassador contest 2025: a caption first (" date 2025-09-26", "3 học sinh đạt giải Nhất": an award), "tổ chức từ năm 2019 đến năm 2025, thu hút hơn 800.000 bài dự thi vòng sơ loại, qua đó lựa chọn gần 8.000 bài dự thi cấp tỉnh" (two results, "đến năm 2025" no horizon), "Riêng năm 2025, sau 2 tháng phát động, … gần 165.000 bài …; hơn 2.000 bài được lựa chọn …; 6 bài đạt giải cao gửi vòng chung kết toàn quốc" (three); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 5,
  },
  {
    file: 'dai-su-van-hoa-doc-2019-2022-news.txt',
    source: 'https://thuvienbrvt.com.vn/News/NewDetail/dai-su-van-hoa-doc-mot-cuoc-thi-nhieu-hieu-ung',
    about:
      'a provincial library\'s site (Bà Rịa - Vũng Tàu) on four years of the national reading-ambassador contest, no headline: the contest "là một trong những hoạt động trọng tâm … của đề án "Phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030" … Quyết định số 329/QĐ- TTg" (329), "từ năm 2019 đến năm 2022, qua 4 lần tổ chức đã thu hút hơn 3,5 triệu lượt thí sinh" (one), "năm 2020, … hơn 1 triệu học sinh, sinh viên từ gần 5.400 trường" (one), "Năm 2021 … hơn 871.000 học sinh, sinh viên" (one), "Năm 2022 … Trong 05 tháng … gần 1.272.000 học sinh, sinh viên từ gần 7.869 cơ sở giáo dục" (one); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 4,
  },
  {
    file: 'ninh-thuan-ngay-di-san-2023-news.txt',
    source: 'https://sovhttdl.ninhthuan.gov.vn/portal/pages/print.aspx?p=30086',
    about:
      'the culture department\'s portal (Ninh Thuận, print page) on its plan 132/KH-SVHTTDL for a conference on Heritage Day 2023: "kỷ niệm 78 năm Ngày Di sản văn hóa Việt Nam Ngày 23/11/1945 – 23/11/2023" (an anniversary), "Dự kiến tổ chức Hội nghị … vào ngày 23/11, tại … số 02 đường Trần Ca", "tuyên dương, khen thưởng 11 tập thể và 27 cá nhân" (awards), "phương hướng, nhiệm vụ trọng tâm cần thực hiện trong năm 2024" (no figure), the author — nothing to read',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'tuan-dai-doan-ket-di-san-2024-news.txt',
    source: 'https://baobackan.vn/tuan-dai-doan-ket-cac-dan-toc-di-san-van-hoa-viet-nam-se-to-chuc-vao-thang-112024-post65847.html',
    about:
      'a provincial paper (Bắc Kạn) on the culture ministry\'s plan for the week "Đại đoàn kết các dân tộc - Di sản văn hóa Việt Nam" 2024 at the ethnic culture village (Heritage Day 23/11): " date 2024-09", "Kế hoạch công tác năm 2024", "94 năm Ngày Truyền thống … (18/11/1930 - 18/11/2024)", "54 dân tộc" (an inventory), the Party resolution "33-NQ/TW ngày 09/6/2014" (no programme); cut — nothing to read',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'ha-noi-ngay-di-san-2024-news.txt',
    source: 'https://1thegioi.vn/amp/ngay-di-san-van-hoa-viet-nam-nhieu-di-tich-o-ha-noi-mo-cua-mien-phi-226355.html',
    about:
      'a national news site on Hà Nội\'s relics open free on Heritage Day 2024: the lead printed twice, a byline with its time "Tuyết Nhung 17:40 23/11/2024", an image name, a caption "Trống Sấm - trống lớn nhất Việt Nam năm 2000", puppet shows "vào các khung giờ: 9 giờ, 10 giờ, 15 giờ và 16 giờ", addresses ("50 Đào Duy Từ", "87 Mã Mây"), "các ngày 22-23.11"; cut on "Theo" — nothing to read',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'phu-tho-tuan-le-hoc-tap-2025-news.txt',
    source: 'https://baophutho.vn/khai-mac-tuan-le-huong-ung-hoc-tap-suot-doi-nam-2025-240468.htm',
    about:
      'the provincial paper (Phú Thọ) on the opening of the Lifelong Learning Week 2025: " date 2025-10-01" before the headline, a caption, "Được phát động từ năm 2011", "chính quyền địa phương 2 cấp", the Party resolution 71-NQ/TW (none) and "tiếp tục triển khai Quyết định số 329/QĐ-TTg … Phê duyệt Đề án phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đ" (the week a task of 329; cut) — no figure',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 0,
  },
  {
    file: 'tphcm-duong-sach-tet-2025-news.txt',
    source: 'https://vneconomy.vn/le-hoi-duong-sach-tet-nhan-doanh-thuky-luc.htm',
    about:
      'an economic paper on Hồ Chí Minh City\'s Tết book street 2025, no headline: " date 2025-02", "hơn 1 triệu lượt người … xuyên suốt 7 ngày tổ chức, tăng 13,6% so với năm ngoái" (one, with its rise), "Hơn 5.686 tựa sách, tương đương 81.238 quyển đã được bán ra, tăng 6,67% so với năm 2024 là 5.080 tựa" (one; the base none), revenue "10,4 tỷ đồng", "1,48 tỷ đồng, tăng 15,6%" (money), "thu hút 22 đơn vị tham gia" (one), "cách mạng công nghiệp 4.0"; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'tphcm-le-hoi-sach-tet-2026-news.txt',
    source: 'https://vnexpress.net/le-hoi-sach-tet-thu-hut-hon-mot-trieu-luot-khach-5043529.html',
    about:
      'a national paper on Hồ Chí Minh City\'s Tết book festival 2026: a " date 2026-02-24" line and lead "thu hút hơn một triệu lượt khách, doanh thu gần 8,2 tỷ đồng sau tám ngày" (restated in the body "đạt trên một triệu lượt khách": one, in words), "đón khoảng 100.000 lượt người tham quan" (one), "Tổng số bản sách bán ra đạt hơn 83.000 bản" (one), "80 hoạt động được tổ chức với 15 chương trình sân khấu, 20 chuyên đề triển lãm, hơn 30 workshop" (one with its breakdown), "hơn 13.000 m2", "khoảng 400 m" (area, length), anniversaries "115 năm … (1911-2026), 50 năm … (1976-2026)"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'lang-son-thu-vien-ngay-sach-2025-news.txt',
    source:
      'http://www.tinbong247.org/thu-vien-tinh-trung-bay-sach-bao-huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-lan-thu-4-va-ky-niem-50-nam-ngay-giai-phong-mien-nam-5044350.html',
    about:
      'a copy of the provincial paper (Lạng Sơn) on the library\'s display for Book and Reading Culture Day 2025 (the fourth) and the 50th anniversary of 30/4: "Từ ngày 17/4 đến 10/5, Thư viện tỉnh Lạng Sơn tổ chức gian trưng bày …", "(30/4/1975 – 30/4/2025)", "Với trên 1.000 đầu sách, báo, gian trưng bày …" (one result), "Đại Thắng mùa Xuân năm 1975", "hình số 30/4"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'sach-trao-em-2025-news.txt',
    source: 'https://vietbao.vn/ca-si-duyen-quynh-lam-dai-su-chuong-trinh-sach-trao-em-van-dong-sach-cu-trang-bi-1-000-tu-sach-cong-dong-555133.html',
    about:
      'a news site on a publisher\'s book-donation drive "Sách trao em" with Hồ Chí Minh City\'s reading ambassadors: " date 2025-09-08", "từ tháng 7/2025, … hàng nghìn cuốn sách cũ" (in words), a fund "trích 1.000 đồng trên mỗi sản phẩm" (money), "Đại sứ Văn hóa đọc TPHCM nhiệm kỳ 2023-2024", "Mục tiêu của chương trình là trang bị 1.000 tủ sách cho các thư viện cộng đồng" (a count aim with no year of its own, the drive\'s year 2025); cut on "Giai đo"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[2025, 1000, 'count']],
    results: 0,
  },
  {
    file: 'my-an-hung-a-ngay-sach-2022-kh.txt',
    source: 'http://thcsmyanhunga.pgdlapvo.edu.vn/to-chuc-ngay-sach-va-van-hoa-doc-viet-nam-nam-2022/',
    about:
      'a lower secondary school\'s plan for Book and Reading Culture Day 2022 (Mỹ An Hưng A, Lấp Vò, Đồng Tháp), the document itself under the page title: "Số: /KH- THCSMAHA" (the number left blank), "Mỹ An Hưng A, ngày 19 tháng 04 năm 2022", "Căn cứ Kế hoạch số 466/KH-PGDĐT ngày 15 tháng 4 năm 2022 của Phòng Giáo dục và Đào tạo Lấp Vò", aims in words, activities, "Thời gian: Từ 21/4/2022 đến 29/4/2022"; cut — no figure',
    kind: 'plan',
    number: null,
    date: '2022-04-19',
    programme: null,
    basis: ['466/KH-PGDĐT'],
    targets: [],
    results: 0,
  },
];
