/**
 * The fourteenth held-out set (eval/holdout14/, issue 22): 13 texts that MIX results and aims, from provinces and
 * sources the earlier sets have least (Sóc Trăng, Tây Ninh, Lai Châu have none; Cà Mau and Hải Phòng one; a commune's
 * school site in Điện Biên, a town's television in Hòa Bình, a district association in Trà Vinh; the national learning
 * association), found with the search tool (corpus "pages") and labelled by hand BEFORE the reader first ran on them
 * (every source URL was checked against the earlier sets). Its scope is precision on reviews: yearly meetings and
 * congresses of learning associations that review a year or a term and then set the next one's aims (a commune, a
 * town, a city, districts, three provinces, the national association), yearly reviews of three provincial libraries,
 * and the culture movement's family review of a city. Conventions as in the twelfth set: a news text has no number or
 * date of its own (a page's print date "Hải Phòng, ngày 15 tháng 12 năm 2019" is none); a programme named only by its
 * title is labelled with the decision meant, the movement alone names none; an aim set for a term or a period without
 * a year of its own takes its last year ("giai đoạn 2020 – 2025" → 2025 even under a congress of "nhiệm kỳ 2021 –
 * 2026"; "Phấn đấu đến cuối nhiệm kỳ" of 2018-2023 → 2023); "tăng từ 10% trở lên" each year is a growth of 10; a range
 * "từ 60 - 70%" is one target; a results count is the number of past values the text reports, one per clause (a count
 * with its share is one, "phát triển N … nâng tổng số … lên M" is one, a value with its rise is one, "cấp 3.900/3.000
 * thẻ …, đạt 130% kế hoạch giao" is one and its 3.000 is the plan's, no target); money, land area, awards, criteria
 * ("15 tiêu chí"), a board's members and an inventory of institutions (a library network) are not counted; the
 * association's own branches and members are; a page's visitor counters are no figures of the text.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT14: CorpusDoc[] = [
  {
    file: 'hua-ngai-khuyen-hoc-dai-hoi-2018-news.txt',
    source: 'http://thhuangai.pgdmuongcha.edu.vn/tin-tuc-su-kien/hoat-dong-cua-truong/dai-hoi-khuyen-hoc-xa-hua-ngai-nhiem-ky-2018-2023.html',
    about:
      'a commune school\'s site (Hừa Ngài, Mường Chà, Điện Biên) on the commune learning association\'s congress, term 2018-2023: an upper-case headline, a caption, "đến nay đã phát triển được 571 hội viên", money; then "Phấn đấu đến cuối nhiệm kỳ, quỹ … 20.000 đồng/1 hộ dân (money). Phấn đấu đến cuối nhiệm kỳ có từ 60 - 70% …. có từ 30 -40% …. có từ 40 - 50% …. 100% …" (ranges, for the term\'s last year); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2023, [60, 70], [30, 40], [40, 50], 100),
    results: 1,
  },
  {
    file: 'tra-cu-khuyen-hoc-2017-news.txt',
    source:
      'http://travinh.gov.vn/wps/portal/mttq/!ut/p/c0/04_SB8K8xLLM9MSSzPy8xBz9CP0os3gDIws_QzcPIwN3C3MDA0cLD0dvr0BLIwN_A_2CbEdFAKGG2SU!/?WCM_PORTLET=PC_7_028N1FH200HP70A81IR3IK3OM3_WCM&WCM_GLOBAL_CONTEXT=/wps/wcm/connect/MTTQ/mat+tran+to+quoc+tinh+tra+vinh/tintuc/cac+to+chuc+thanh+vien/21',
    about:
      'the provincial Fatherland Front\'s portal (Trà Vinh) on a district learning association\'s year 2017 (Trà Cú), a dateline "12:24 AM,10/03/2018" after the font-size control, a caption: "Năm 2017, … phát triển 3.279 hội viên nâng tổng số đến nay 33.908 hội viên, chiếm tỷ lệ 21,% …; có 1.573/1.573 tổ …", "vận động 32.224 hộ … đăng ký …, … công nhận 23.095 hộ chiếm 71,67% …. Có 99 dòng họ đăng ký …, … 42 dòng họ …", "59 cơ quan, 50 trường học, 35 cơ sở tôn giáo, 1.278 tổ, 91 ấp, khóm …", "17 xã … đạt 15 tiêu chí" (criteria, not counted), "388 học sinh …, … 2.233 học sinh …, 306 xe đạp, 4.139 phần quà" and money, "18.071 con" (piggy banks), awards; then "Định hướng năm 2018, … gia đình học tập đạt từ 40-45% …; các danh hiệu học tập hằng năm tăng từ 10% trở lên" (a growth)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2018, [40, 45]), [2018, 10, 'growth']],
    results: 17,
  },
  {
    file: 'cam-ranh-khuyen-hoc-dai-hoi-2021-news.txt',
    source: 'https://www.taynguyentv.com/2021/01/ai-hoi-hoi-khuyen-hoc-thanh-pho-cam.html',
    about:
      'a regional site (taynguyentv) on a city learning association\'s congress (Cam Ranh, Khánh Hòa), term 2021 – 2026, the lead printed twice: "Nhiệm kỳ 2015 – 2020, … gần 9,6 tỷ đồng …, tăng 2,5 lần (money) …, khen thưởng 97.629 lượt …. Hội đã phát triển hội viên tăng gấp 4 lần …; đến nay, … 18.785 hội viên. … 32.645 gia đình …, 15/15 dòng họ …"; then "mục tiêu phấn đấu giai đoạn 2020 – 2025: Xây dựng 80% …; phát triển 5.000 hội viên, hơn 85% …; hàng năm vận động từ 2,5 đến 3 tỷ đồng (money)", a board of 21 members (not counted), a byline',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 80), [2025, 5000, 'count'], ...p(2025, 85)],
    results: 4,
  },
  {
    file: 'hkh-viet-nam-mo-hinh-hoc-tap-2021-news.txt',
    source: 'https://phunuvietnam.vn/print/hoi-khuyen-hoc-viet-nam-to-chuc-nhieu-mo-hinh-hoc-tap-hieu-qua-2021112515280215.htm',
    about:
      'the women\'s newspaper (print page, no headline in the excerpt) on the national learning association before its sixth congress: "khi thành lập … (năm 1996), cả nước có 21 tỉnh …. Đến nay, … phủ kín 100% địa bàn cấp tỉnh và huyện, trên 98% cấp xã. Số hội viên tăng lên hơn 21 triệu người, bình quân mỗi năm tăng hơn 850 nghìn hội viên", a survey\'s "92,80% …; 93,70% …; 69,20% …"; then "Giai đoạn 2021-2026, … các chỉ tiêu cụ thể như: 50% …; 70% …; 65% …; 65% …" (the period\'s last year); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2026, 50, 70, 65, 65),
    results: 7,
  },
  {
    file: 'cao-phong-khuyen-hoc-dai-hoi-2022-news.txt',
    source: 'http://caophongtv.vn/article/details/2679',
    about:
      'a district\'s television site (Cao Phong, Hòa Bình) on a town learning association\'s congress, term 2022 – 2027: a section name and a date line "Ngày 28-06-2022" above the headline, the tag "(CTV) -", "hiện có 7 chi hội, với hơn 1.800 hội viên", "giai đoạn 2017-2022" (no figure), a caption; then "phấn đấu đến cuối nhiệm kỳ có 90% hộ …, 95% dòng họ, tổ dân phố, đơn vị …" (the term\'s last year), awards; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2027, 90, 95),
    results: 2,
  },
  {
    file: 'soc-trang-khuyen-hoc-2019-news.txt',
    source: 'https://doisongphapluat.com.vn/soc-trang-trao-gan-170000-suat-hoc-bong-tri-gia-31-ty-dong-trong-nam-2019-a311390.html',
    about:
      'a national newspaper on the provincial learning association\'s year 2019 (Sóc Trăng), no headline, a lead in money and land (not counted), a caption: "phát triển được 190.839 hội viên, củng cố thành lập được 1.966 chi hội …, 689 ban …", "tổ chức trao 169.268 suất học bổng", money; then "Trong năm 2020, … phấn đấu phát triển 24.000 - 25.000 hội viên mới; … đạt 23 tỷ đồng (money)"; a scholarship ceremony of "Xuân Canh Tý 2020"; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[2020, [24000, 25000], 'count']],
    results: 4,
  },
  {
    file: 'bac-kan-khuyen-hoc-2022-news.txt',
    source: 'https://baobackan.vn/hoi-khuyen-hoc-tinh-trien-khai-nhiem-vu-nam-2023-post8460.html',
    about:
      'provincial newspaper (Bắc Kạn, tag "BBK -") on the provincial learning association\'s review of 2022 and its tasks for 2023, an audio player\'s "0:00 / 0:00" under the headline, a caption printed twice: "Năm 2022, … 8 Hội khuyến học cấp huyện, với trên 80.000 hội viên, đạt tỷ lệ 25% …. … trao học bổng cho 1.100 học sinh …, … với 15 sở, ban, ngành …. Năm vừa qua, toàn tỉnh đạt 57.087 …; 44 …; 1.153 …; 368 …"; then "năm 2023, … Phấn đấu: 75% …; trên 85% …; 70% …; 95% …. Phấn đấu tỷ lệ “Công dân học tập” … đạt 40%; trong đơn vị đạt 90%; toàn tỉnh đạt 50%"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2023, 75, 85, 70, 95, 40, 90, 50),
    results: 8,
  },
  {
    file: 'soc-trang-thu-vien-2024-news.txt',
    source: 'https://thuviensoctrang.org.vn/vi/news/hoat-dong-thu-vien/thu-vien-tinh-soc-trang-nhung-hoat-dong-noi-bat-trong-nam-2024-580.html',
    about:
      'the provincial library\'s own site (Sóc Trăng) on its year 2024: the page\'s opening hours and visitor counters ("Hôm nay1,676", "Tổng lượt truy cập4,456,670", not figures of the text), an upper-case headline, a dateline with views "Thứ năm - 21/11/2024 20:38 44 0", "Hội Báo Xuân … phục vụ được 650 lượt người với 2.600 lượt tài liệu", "trưng bày … 13 cuộc với gần 3.000 bản sách"; cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'lao-cai-thu-vien-2024-news.txt',
    source: 'https://baolaocai.vn/canh-tay-noi-dai-cua-thu-vien-tinh-post398496.html',
    about:
      'provincial newspaper (Lào Cai) on the provincial library\'s work with schools: a headline, an image file name, "hàng chục lượt" (no figure), then "Chỉ tính riêng năm 2024, … cấp 3.900/3.000 thẻ bạn đọc, đạt 130% kế hoạch giao (one result; 3.000 is the plan\'s); … 104.800 lượt …; … trên 3.450 cuốn sách, 8 loại báo …, 17 tủ sách …; luân chuyển 16.850 cuốn …; … gần 183.000 lượt …", "đã phục vụ được 132 buổi"; cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
  {
    file: 'tay-ninh-thanh-pho-khuyen-hoc-2014-news.txt',
    source:
      'https://thanhpho.tayninh.gov.vn/vi/news/tin-tuc/n-m-2014-h-i-khuy-n-h-c-th-nh-ph-t-y-ninh--c-trung--ng-h-i-khuy-n-h-c-vi-t-nam-t-ng-c-thi-ua-xu-t-s-c-405.html',
    about:
      'the city portal (Tây Ninh) on the city learning association\'s review of 2014: the headline printed twice around a dateline with the page\'s view counts "Thứ sáu - 06/02/2015 03:55 61 0", "152 chi hội …, tăng 01 chi hội … và 669 ban, tổ …, với 47.918 hội viên, đạt tỷ lệ 36,53% dân số", "hơn 27.100 hộ dân đăng ký …, đạt 88,19%. Cuối năm có 23.903 gia đình …, 15 dòng họ …, 13 cộng đồng … và 18 đơn vị …", money, "hơn 5.000 suất học bổng"; cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 9,
  },
  {
    file: 'ca-mau-khuyen-hoc-dai-hoi-2018-news.txt',
    source: 'https://baoanhdatmui.vn/ong-trinh-minh-thanh-tai-dac-cu-chu-tich-hoi-khuyen-hoc-tinh-ca-mau-lan-thu-iv-nhiem-ky-2018-2023.html',
    about:
      'a provincial site (Cà Mau) on the provincial learning association\'s congress, term 2018 – 2023, reviewing 2013 – 2018: a headline, a caption, "hơn 1 ngàn chi hội và ban …, với gần 119 ngàn hội viên, chiếm 19,6% dân số", "93.914 …, 272 …, 273 …, 510 … và 77 …", "20 trung tâm học tập cộng đồng", "Đề án 281 của Chính phủ về “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020”"; cut before the new term\'s aims — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 8,
  },
  {
    file: 'hai-phong-gia-dinh-van-hoa-2018-news.txt',
    source: 'http://haiphong.gov.vn/Portal/PrintItem.aspx?ContentID=125809',
    about:
      'the city portal\'s print page (Hải Phòng) on the culture movement\'s meeting honouring model families of 2018: the print date "Hải Phòng, ngày 15 tháng 12 năm 2019" above the headline (no date of the text), the tag "(Haiphong.gov.vn) -", "hơn 500 ngàn hộ gia đình đăng ký …, trong đó có hơn 480 ngàn hộ đạt …, đạt tỷ lệ 88,7%. Đặc biệt, năm 2018, có 217 gia đình …"; cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'lai-chau-thu-vien-2024-news.txt',
    source: 'https://giaoducthudo.giaoducthoidai.vn/thap-lua-dam-me-doc-sach-o-vung-cao-lai-chau-174993.html',
    about:
      'the education newspaper\'s capital edition on the provincial library system of Lai Châu, no headline in the excerpt: "Năm 2024, … cấp mới và đổi 800 thẻ …. … khoảng 83.000 lượt, trong đó, … hơn 10 nghìn lượt; … trên 70.000 lượt", then the library network (an inventory: "1 thư viện tỉnh, 8 thư viện huyện …; 108 tủ sách …; 158 …; 208 …", not counted); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
];
