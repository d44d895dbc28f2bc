/**
 * The thirty-second held-out set (eval/holdout32/, issue 22): 12 texts that SET TARGETS for grassroots cultural life and
 * sport for all — the movement "Toàn dân đoàn kết xây dựng đời sống văn hóa" (cultural families, villages and quarters,
 * a district's aims under the Party's culture resolution 33, a commune's aims to 2025 after twenty years of the movement,
 * a district's plan of 2012 and its aims to 2015, a province's aims of 2020 on a tag page), grassroots institutions
 * (thiết chế văn hóa - thể thao of every commune) and the campaign "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại"
 * (Hải Dương's and Hồ Chí Minh City's plans 2021 – 2030, Vĩnh Long's sports aims 2025 – 2030, Bến Tre's plan under the
 * Politburo's conclusion 70 on sport, Hà Giang's aim for 2022 on a spam mirror, the national sports master plan to 2020 and
 * 2030, Hòa Bình's commune sports festivals of 2026), and a commune Party congress of 2025 whose aims are only counted
 * in words — press reports of plans whose aims sit in the first 2,000 characters the index keeps, found with the search
 * tool (corpus "pages", queries in Vietnamese with and without diacritics) and labelled by hand BEFORE the reader first
 * ran on them: 57 targets and 37 results.
 * Every source URL, every page's title and place and every document number was checked against all earlier sets' labels
 * (eval/corpus.ts and eval/corpus*.ts). Left out for that: Quảng Nam's plan 5147 (baoquangnam, development corpus and
 * others), Đồng Nai's plan for culture in new rural areas 2021 – 2025 (baodongnai 3035769, development), Quảng Ngãi's
 * project of grassroots institutions to 2020 and 2025 (baoquangngai 2278629, development), the Prime Minister's programme
 * for the movement 2021 – 2026 (2214/QĐ-TTg, ninth set; the tuoitrethudo page on it), Bà Rịa - Vũng Tàu's plan of the
 * movement for 2023 (2744/QĐ-UBND, eighth), Hà Nội's institutions 2022 – 2026 (qdnd 694627, fifteenth), Phú Hòa's movement
 * 2023 (thirteenth), Tiên Phước's villages 2023 (twelfth), Phú Lương's fifteen years (sixteenth), Lâm Đồng's grassroots
 * institutions (tenth), Gia Lai's cultural families 2022 (twenty-second), Phú Thọ's houses of culture 2025 (twenty-second),
 * the news agency's infographic of the culture strategy (fifteenth, seventh). Pages in English or Indonesian (laodong's
 * Khánh Hòa sports project, vietnam.vn's translations) and pages with no figure were not taken.
 * Conventions for targets as in the fifteenth, twenty-fourth and twenty-ninth sets: a news text has no number or date of
 * its own (a print line "THỨ BA, 21/09/2021 10:00:47", "Cập nhật, 08:22, …", a spam site's "时间:2025-01-25 19:46:15", the
 * index's " date 2025-07-29" are none); a floor ("trên 38%", "từ 95% trở lên", "ít nhất 3 câu lạc bộ") is its figure; a
 * range ("tăng từ 49,1 - 50%", "25 - 30 câu lạc bộ/năm", "500-2.000 vận động viên") is one target; a yearly rise
 * ("hàng năm, tỷ lệ … tăng từ 1,5 - 2%", "mỗi năm tăng từ 1% trở lên số hộ đạt văn hóa") is a growth target; a period
 * named ("giai đoạn 2024 - 2025", "giai đoạn 2026 - 2030", the plan "giai đoạn 2021-2030") gives its values its last year;
 * "từ năm 2015 trở đi" is 2015; yearly counts under a plan "đến năm 2020 … đến năm 2030" take the nearer horizon, 2020;
 * an aim with no year in the text ("Trong thời gian tới, … từ 95% trở lên") keeps none; what a plan assigned for the year
 * of the page, told among the years gone by ("năm 2012 kế hoạch giao 5.890 hộ, chiếm 77%"), is that year's target, its
 * count of households and its share both; a figure cut without its unit ("; 98") is none; levels, kinds ("từ 5 môn thể
 * thao trở lên"), the rise of a target on the year before ("tăng 27 CLB so với năm 2024"), a congress's count of its aims
 * ("16 chỉ tiêu chủ yếu, 6 nhiệm vụ trọng tâm và 3 khâu đột phá") and ordinals ("lần thứ VIII") are no targets; a Party
 * resolution or conclusion (33-NQ/TW, 70-KL/TW), a province's own plan or campaign named by its title (the exercise
 * campaign 2021 – 2030, whose national decision no text names) and a national plan the excerpt does not name (the sports
 * master plan, 2198/QĐ-TTg by its page's address only) name no programme.
 * Conventions for results as in the twenty-second and twenty-ninth sets: one per clause; a count with its share and its
 * rise ("267.205 người, đạt tỷ lệ 34,45% dân số, tăng 1,16% so với năm 2020", "1.197 hộ … 81,1% tăng 21%") is one; a
 * baseline of a plan's figure ("từ 33% năm 2020 lên 38% năm 2025", "1.200 CLB (tăng bình quân 8%/năm)") is one; a
 * fraction ("39/48 trường", "8/8 xóm", "78/78 thôn") is one; houses built ("xây dựng mới 40 nhà và sửa chữa 30 nhà",
 * "xây dựng mới 4 nhà văn hóa") are counted; money ("2,5 tỷ đồng", "600 triệu đồng"), honours ("440 gia đình văn hóa
 * tiêu biểu", "15 gia đình được suy tôn", "8 tập thể và 12 cá nhân"), a meeting's delegates and the members they stand
 * for ("156 đại biểu … 1.189 đảng viên"), durations ("20 năm", "10 năm", "5 năm") and image numbers ("33", "22", "11")
 * are not counted.
 */
import { c, g, p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT32: CorpusDoc[] = [
  {
    file: 'hai-duong-ren-luyen-than-the-2021-2030-news.txt',
    source: 'https://m.baohaiduong.vn/the-thao/phan-dau-den-nam-2025-co-tren-38-so-dan-thuong-xuyen-luyen-tap-the-duc-the-thao-180592',
    about:
      'the provincial paper (Hải Dương) on the province\'s plan for the exercise campaign 2021 – 2030, September 2021: the headline "Phấn đấu đến năm 2025 có trên 38% …" (restated by the lead), a print line "THỨ BA, 21/09/2021 10:00:47", "phấn đấu đến năm 2025 có trên 38% … và đạt 42% vào năm 2030", then a paragraph "100% số xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt chuẩn …" closed by "Đó là một số mục tiêu … giai đoạn 2021-2030" (the period\'s 2030) — three targets',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 38), ...p(2030, 42, 100)],
    results: 0,
  },
  {
    file: 'vinh-long-tdtt-2025-2030-news.txt',
    source: 'https://baovinhlong.com.vn/the-thao/202102/phan-dau-42-dan-so-tap-luyen-the-duc-thuong-xuyen-3045199/',
    about:
      'the provincial paper (Vĩnh Long) on the sports sector\'s aims 2021 – 2025 and to 2030, February 2021: the headline "Phấn đấu 42% dân số …" (restated), "từ 33% năm 2020 lên 38% năm 2025 và 42% vào năm 2030", "số gia đình luyện tập thể thao đạt 28% năm 2020 (tăng bình quân 1,5%/năm) cho đến năm 2025 đạt 35,5%", "Số CLB thể thao năm 2020 đạt 1.200 CLB (tăng bình quân 8%/năm), phấn đấu đến năm 2025 có 1.500 CLB, năm 2030 có 2.000 CLB" — five targets, the three baselines of 2020 results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 38, 35.5), ...p(2030, 42), ...c(2025, 1500), ...c(2030, 2000)],
    results: 3,
  },
  {
    file: 'ben-tre-the-thao-ket-luan-70-2024-news.txt',
    source: 'https://baodongkhoi.vn/phat-trien-the-duc-the-thao-trong-giai-doan-moi-04082024-a133479.html',
    about:
      'the provincial paper (Bến Tre) on the province\'s plan under the Party\'s 373-KH/TU and the Politburo\'s conclusion 70-KL/TW on sport, August 2024 (no programme), from the lead: "giai đoạn 2024 - 2025: Số người tập luyện … tăng từ 49,1 - 50%. Số gia đình TT tăng từ 47,32 - 47,8%. Phấn đấu, có 1.510 câu lạc bộ … (tăng 27 CLB so với năm 2024). … 400 giải. … đạt 100% … 99%. … đạt 100%" (seven for 2025), a caption, "giai đoạn 2026 - 2030: Phấn đấu hàng năm, tỷ lệ … tăng từ 1,5 - 2%. Gia đình TT tăng từ 0,5 - 1%. Số CLB TDTT tăng 25 - 30 câu lạc bộ/năm. … từ 400 - 420 giải/năm. … ở mức trên 99,25%; … Bộ Chỉ hu" (cut; five for 2030)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [
      ...p(2025, [49.1, 50], [47.32, 47.8]),
      ...c(2025, 1510, 400),
      ...p(2025, 100, 99, 100),
      ...g(2030, [1.5, 2], [0.5, 1]),
      ...c(2030, [25, 30], [400, 420]),
      ...p(2030, 99.25),
    ],
    results: 0,
  },
  {
    file: 'tphcm-ren-luyen-than-the-2021-2030-news.txt',
    source: 'https://www.sggp.org.vn/tphcm-trien-khai-cuoc-van-dong-toan-dan-ren-luyen-than-the-post624075.html',
    about:
      'a city paper (Hồ Chí Minh City) on the city\'s plan for the exercise campaign 2021 – 2030: "đến năm 2025 đạt trên 38% và năm 2030 đạt trên 42% dân số. Đến năm 2025, số gia đình … đạt trên 28% và năm 2030 đạt trên 32%. Đến năm 2030, 100% số xã, phường, thị trấn có thiết chế … và có ít nhất 3 câu lạc bộ TDTT cơ sở trở lên" — six targets (the clubs a count), then the campaign\'s contents in words, "Tin cùng chuyên mục"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 38, 28), ...p(2030, 42, 32, 100), ...c(2030, 3)],
    results: 0,
  },
  {
    file: 'van-ninh-khanh-hoa-nghi-quyet-33-news.txt',
    source: 'https://vanninh.khanhhoa.gov.vn/Default.aspx?ArticleId=af565f40-e1c5-4806-8caf-c26fe2fd6c84',
    about:
      'a district portal (Vạn Ninh, Khánh Hòa) on the district Party committee reviewing ten years of the culture resolution 33-NQ/TW (no programme), one paragraph with no headline: "Đến nay, toàn huyện có 39/48 trường đạt chuẩn quốc gia; có 97,9% hộ …, 78/78 thôn, tổ dân phố …" (three results), then "Trong thời gian tới, huyện … đề ra các mục tiêu …: Duy trì … gia đình văn hóa đạt từ 95% trở lên, thôn, tổ dân phố văn hóa đạt từ 90% trở lên; … trên 40% số người dân …; 100% thôn, tổ dân phố …" (four targets, no year in the text), honours of 8 groups and 12 people (none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(null, 95, 90, 40, 100),
    results: 3,
  },
  {
    file: 'ha-giang-tdtt-2022-mirror-news.txt',
    source: 'http://game.marimbapop.com/news/488a298774.html',
    about:
      'a betting spam site mirroring the provincial paper (Hà Giang, "(HG) -") on sport for all, early 2022: a headline with the spam tag "【kronhacai】Phấn đấu 35% dân số …", a Chinese meta line with a time and a counter ("时间:2025-01-25 19:46:15 … 点击:16次"), the lead glued to a garbled copy of the headline, "Kết thúc năm 2021, … 267.205 người, đạt tỷ lệ 34,45% dân số, tăng 1,16% so với năm 2020; có 49.223 gia đình …, đạt 25,52% …, tăng 0,01% so năm 2020" (two results), "đặt mục tiêu phấn đấu năm 2022, sẽ có 35% dân số và 26,1% số hộ gia đình …" (two targets), the spam footer',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2022, 35, 26.1),
    results: 2,
  },
  {
    file: 'quy-hoach-tdtt-2020-2030-news.txt',
    source: 'http://thethaochomoinguoi.com/the-thao-trong-nuoc/phe-duyet-quy-hoach-phat-trien-tdtt-viet-nam-den-nam-2020-dinh-huong-den-nam-2030-12920',
    about:
      'a sports site on the national sports master plan to 2020 and 2030 (2198/QĐ-TTg, named only in the page\'s address: no programme), from the middle of the page: "đến năm 2020, …", "Phấn đấu đến năm 2030, Việt Nam trở thành …" (no figure), "người tập luyện … đạt 28% dân số vào năm 2015, đạt 33% … vào năm 2020 và đạt trên 40% … vào năm 2030; gia đình thể thao đạt 22% … 2015, … 25% … 2020 và … trên 30% … 2030" (six), "đạt 100% từ năm 2015 trở đi" (2015), "Hằng năm tổ chức đào tạo trên 2.000 vận động viên …, 500-2.000 vận động viên …; 200-1.000 vận động viên …", "hằng năm tổ chức tập huấn từ 1.000-1.500 vận động viên đội t" (cut after its unit; four yearly counts, the plan\'s horizon 2020)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [
      ...p(2015, 28),
      ...p(2020, 33),
      ...p(2030, 40),
      ...p(2015, 22),
      ...p(2020, 25),
      ...p(2030, 30),
      ...p(2015, 100),
      ...c(2020, 2000, [500, 2000], [200, 1000], [1000, 1500]),
    ],
    results: 0,
  },
  {
    file: 'trung-son-do-luong-doi-song-van-hoa-2020-news.txt',
    source: 'https://doluong.gov.vn/xa-trung-son-tong-ket-20-nam-thuc-hien-phong-trao-toan-dan-doan-ket-xay-dung-doi-song-van-hoa-giai-doan-2000-2020/',
    about:
      'a district portal (Đô Lương, Nghệ An) on a commune (Trung Sơn) reviewing twenty years of the movement, July 2020: the headline, image numbers "33", "22", "11" and captions, "xây dựng mới 40 nhà và sửa chữa 30 nhà đại đoàn kết trị giá 2,5 tỷ đồng" (two), "giảm hộ nghèo còn 3,1%" (one), "1.197 hộ … 81,1% tăng 21%" (one), honours (none), "8/8 xóm …", "80% cơ quan …", "40% số hộ và người dân …" (three), "400 triệu đồng để xây dựng mới 4 nhà và hóa" (one), then "Đến 2025 phấn đấu: 98% số hộ đăng ký …, 85% gia đình văn hóa. … đạt 40% và 100 % người dân …" — four targets for 2025, eight results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 98, 85, 40, 100),
    results: 8,
  },
  {
    file: 'ky-son-hoa-binh-gia-dinh-van-hoa-2012-news.txt',
    source: 'http://cinet.vn/van-hoa-co-so/ky-son-hoa-binh-bieu-duong-cac-gia-dinh-van-hoa-tieu-bieu-320975.html',
    about:
      'the culture ministry\'s news site on a district\'s cultural families (Kỳ Sơn, Hòa Bình), 2012: "29.058 lượt hộ … (trong đó, năm 2007 là 5.637 hộ, chiếm 70%; … 2008 … 2009 … 2010 … năm 2011 là 5.813 hộ, chiếm 76% và năm 2012 kế hoạch giao 5.890 hộ, chiếm 77%" (six results, then the plan\'s count and share for 2012), the families three years running "năm 2007 là 677 hộ, chiếm 12%; … năm 2011 là 1.768 hộ, chiếm 30% và kế hoạch giao năm 2012 là 2.300 hộ/5.890 hộ, chiếm 39%" (five results, the plan\'s count and share), "mục tiêu từ nay đến năm 2015, toàn huyện phấn đấu mỗi năm tăng từ 1% trở lên số hộ đạt văn hóa; 100% số hộ có phương tiện nghe nhìn; 98" (a yearly rise and a share for 2015; the last figure cut, none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...c(2012, 5890), ...p(2012, 77), ...c(2012, 2300), ...p(2012, 39), ...g(2015, 1), ...p(2015, 100)],
    results: 11,
  },
  {
    file: 'hoa-binh-dai-hoi-tdtt-cap-xa-2026-news.txt',
    source: 'https://baohoabinh.com.vn/15/199186/Nang-cao-chat-luong-to-chuc-Dai-hoi-The-duc-the-thao-cap-xa.htm',
    about:
      'the provincial paper (Hòa Bình) on the communes\' sports festivals before the eighth provincial festival of 2026, 2025: no headline in the excerpt, "lần thứ VIII, năm 2026", a caption of a commune\'s festival "lần thứ II, năm 2025", "Kỳ Đại hội … năm 2026 phấn đấu có trên 98% xã, phường, thị trấn tổ chức Đại hội TDTT cấp xã…" (one target), "từ 5 môn thể thao trở lên" (kinds, none), a commune official quoted (cut)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2026, 98),
    results: 0,
  },
  {
    file: 'ca-mau-doi-song-van-hoa-co-so-2020-news.txt',
    source: 'http://cand.com.vn/tag/van-hoa-co-so-308339/',
    about:
      'the police paper\'s tag page "văn hóa cơ sở" with one item on Cà Mau: its headline and lead "Năm 2020, tỉnh Cà Mau phấn đấu trên 87% gia đình …; trên 76% ấp, khóm …; từ 75% trở lên số cơ quan, đơn vị, doanh nghiệp …" — three targets for 2020',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, 87, 76, 75),
    results: 0,
  },
  {
    file: 'toan-thang-phu-tho-dai-hoi-dang-bo-2025-news.txt',
    source: 'https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-toan-thang-lan-thu-i-nhiem-ky-2025-2030-237003.htm',
    about:
      'the provincial paper (Phú Thọ) on a merged commune\'s first Party congress (Toàn Thắng), July 2025: the index\'s " date 2025-07-29" glued to the headline, "156 đại biểu … 1.189 đảng viên" (none), "Nhiệm kỳ vừa qua, … đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: … 65%; … 70,88%; … 6,25%, … 9,58%; 94,64% …; 100% trường học …; 85,44% khu dân cư …, 89,42% hộ …. … 97%; … 93%" (ten results, told as the aims met), "Nhiệm kỳ 2025 – 2030, Đảng bộ phấn đấu thực hiện 16 chỉ tiêu chủ yếu, 6 nhiệm vụ trọng tâm và 3 khâu đột phá" (aims counted in words, no target) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 10,
  },
];
