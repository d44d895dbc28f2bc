/**
 * The twenty-second held-out set (eval/holdout22/, issue 22): 9 texts that MIX what was done with what is aimed at —
 * yearly and half-yearly reviews and meetings of learning associations (Hội Khuyến học: a district's half-year, a
 * district's Tết meeting, a competition cluster of four provinces, the national association's board twice), a provincial
 * library's half-year, and the culture movement's reviews and plan of three provinces (the steering committees of "Toàn
 * dân đoàn kết xây dựng đời sống văn hóa"), 2023 – 2026 — from provinces the earlier sets have least (Sóc Trăng had three
 * mentions among all earlier labels, Tuyên Quang four, Gia Lai six, Đắk Lắk eight, Phú Thọ and Thanh Hóa a dozen), found
 * with the search tool (corpus "pages") and labelled by hand BEFORE the reader first ran on them. Every source URL was
 * checked against all earlier sets' labels (eval/corpus.ts and eval/corpus*.ts) and against the twenty-third and
 * twenty-fourth sets being built beside it (/work/eval26, /work/eval27, read only): Tiên Phước's culture review 2023 and
 * Gia Lai's movement plan 2019 (twelfth set), Nam Định's association congress (twelfth), the national association's aims
 * 2021-2026 and Sóc Trăng's library in 2024 (fourteenth), Toàn Lưu's commune association congress 2025 and Cà Mau's
 * learning society 2023 (nineteenth), Bà Rịa - Vũng Tàu's plan 49/KH-UBND (development corpus) and Ninh Thuận's review of
 * Project 89 (fifth) were left out for that. Two texts labelled here first, Gia Lai's provincial association reviewing 2024
 * (baogialai.com.vn …post306133) and Thanh Hóa's provincial board reviewing 2025 (baothanhhoa.vn …275357), were dropped
 * after the first run: the twenty-third set, committed twelve seconds after this one (d2a4b53 in /work/eval26), holds
 * them too, and the sets share no document; their first-run lines are kept in eval/README.md.
 * The search index holds few texts of these meetings whose excerpt reaches the next year's figures: most excerpts stop
 * after the year's results, and one (Tuyên Quang's yearly plan of the movement) gives the aims alone; the set therefore
 * tests above all that a review's figures, told in the present ("Toàn tỉnh hiện có …", "Đến nay, toàn tỉnh có …") or in
 * the past, are read as results and never as aims, beside words of aim without figures ("phương hướng, nhiệm vụ trọng tâm cho
 * năm 2025").
 * Conventions as in the fourteenth, sixteenth and eighteenth sets: a news text has no number or date of its own; the
 * movement alone names no programme, a national target programme named in passing names none, and two programmes a
 * meeting reviews side by side ("2 chương trình 387, 677 của Thủ tướng Chính phủ") name none either; an aim of "Yêu cầu
 * trong năm 2024, có 91% trở lên …" is a target of 2024, and so is the next paragraph of the list ("Trên 90% cấp huyện …;
 * 100% xã …"); the teams to be kept ("Duy trì và nâng cao chất lượng hoạt động của các đội … (2.638 tổ, đội …; 4.391 đội
 * …)") are count targets of that year, as the nineteenth's "Duy trì … 101/101 xã". A results count is the number of past
 * values the text reports, one per clause: a count or a share with its rise or share ("81,62% số hộ … (tăng 2% …)",
 * "18.857 hội viên, chiếm 24,87% dân số") or its companion ("93.354 lượt người, … với 224.868 lượt tài liệu") is one; the parts after "trong đó" are one each
 * ("197 chi hội, trong đó có 123 …, 47 …, 16 …, 7 …"), as the fourteenth's and twenty-first's; the association's own
 * branches, bases and members are counted, and so are the scholarships and gifts handed over ("trao 61 suất học bổng",
 * "tặng quà cho 175 học sinh"); the share of a year's plan a half-year reaches ("đạt 54,8% kế hoạch năm") is no result
 * of its own; money (funds, "Tổng Quỹ khuyến học toàn huyện Như Xuân là 660 triệu đồng"), awards ("6 cá nhân được trao tặng Kỷ niệm chương"),
 * a board's members ("32 thành viên Ban Chỉ đạo"), numbered tasks ("7 nhiệm vụ trọng tâm", "10 nhiệm vụ"), ordinals
 * ("lần thứ năm", "Cụm thi đua số 4") and a headline restating the body's figure are not counted.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT22: CorpusDoc[] = [
  {
    file: 'bac-trung-bo-khuyen-hoc-2025-news.txt',
    source: 'https://baothanhhoa.vn/xay-dung-phong-trao-khuyen-hoc-khuyen-tai-cac-tinh-bac-trung-bo-khong-ngung-phat-trien-271646.htm',
    about:
      'the provincial paper (Thanh Hóa) on the yearly meeting of the learning associations\' competition cluster no. 4 (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị), December 2025: " date 2025-12-13" before the headline, captions, "toàn cụm hiện có trên 3 triệu hội viên, trong đó riêng HKH tỉnh Thanh Hóa thu hút hơn 1,1 triệu hội viên" (two), "hơn 450 tỷ đồng" (money), "hàng trăm nghìn lượt" (words), "trao học bổng cho 90.680 HS, SV …; hỗ trợ 110.953 HS, SV …; khen thưởng 241.482 HS, SV …", "Nghệ An trao học bổng, khen thưởng cho hơn 189.300 lượt HS, SV" (four); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 6,
  },
  {
    file: 'tuyen-quang-doi-song-van-hoa-2024-news.txt',
    source: 'https://baotuyenquang.com.vn/toan-tinh-phan-dau-co-91-gia-dinh-dat-danh-hieu-van-hoa-189117.html',
    about:
      'the provincial paper (Tuyên Quang) on the province\'s yearly document for the culture movement in 2024, opening on a caption: the two national target programmes named in passing (no programme), "Yêu cầu trong năm 2024, có 91% trở lên …; 95% trở lên …; 41% trở lên …; 72% trở lên …", "Trên 90% cấp huyện, cấp xã có Trung tâm …; 100% xã … có điểm sinh hoạt …", "Duy trì và nâng cao chất lượng hoạt động của các đội … (2.638 tổ, đội …; 4.391 đội thể thao cơ sở)" — six percent and two count targets for 2024; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2024, 91, 95, 41, 72, 90, 100), ...c(2024, 2638, 4391)],
    results: 0,
  },
  {
    file: 'soc-trang-thu-vien-6-thang-2025-news.txt',
    source: 'https://www.thuviensoctrang.org.vn/vi/news/groups/tin-noi-bat',
    about:
      'the provincial library\'s list of highlights (Sóc Trăng), 2025: "Trong 6 tháng đầu năm 2025, … đã cấp 753 thẻ thư viện, đạt 54,8% kế hoạch năm; phục vụ được 93.354 lượt người, đạt 62,24 % kế hoạch năm với 224.868 lượt tài liệu, đạt 64,25% kế hoạch năm" (two results; the shares of the year\'s plan are none), then two events with dates ("lần thứ Tư", "hai ngày 31/3 và 01/4/2025": none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'khuyen-hoc-viet-nam-2025-news.txt',
    source: 'https://dantri.com.vn/giao-duc/nhieu-dan-an-chuyen-minh-chien-luoc-cua-hoi-khuyen-hoc-viet-nam-20251226160100957.htm',
    about:
      'a national daily on the national learning association\'s board meeting reviewing 2025 and setting the direction of 2026, opening on " date 2025-12-26": a caption, "thu gọn đầu mối từ 63 tỉnh, thành xuống còn 34 tỉnh, thành phố" (one), "29/34 tỉnh đã kiện toàn hội khuyến học xã, phường" (one), "2 tỷ đồng" (money); cut before the aims',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'nhu-xuan-thanh-hoa-khuyen-hoc-2025-news.txt',
    source: 'https://baomoi.net.vn/thanh-hoa-tiep-nhan-hon-400-trieu-dong-xay-dung-quy-khuyen-hoc-huyen-c51452374.epi',
    about:
      'a news aggregator on a district\'s learning association (Như Xuân, Thanh Hóa) at its Tết meeting of 2025: a headline and lead on money ("hơn 400 triệu đồng"), an image line and caption, "Toàn huyện Như Xuân có 197 chi hội, trong đó có 123 chi hội khu phố, thôn, 47 chi hội trường …, 16 chi hội cơ quan …, 7 chi hội đồng hương" (five), "Có 90 Ban khuyến học dòng họ" (one), "số lượng hội viên cuối năm 2024 là 21.268 hội viên" (one), the fund (money), "6 cá nhân được trao tặng Kỷ niệm chương" (awards); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
  {
    file: 'lak-dak-lak-khuyen-hoc-6-thang-2024-news.txt',
    source: 'https://ttthlak.gov.vn/tin-tuc/van-hoa-xa-hoi/hoi-khuyen-hoc-huyen-so-ket-6-thang-dau-nam',
    about:
      'a district\'s radio and television site (Lắk, Đắk Lắk) on the district learning association\'s half-year review of 2024 and five years of Conclusion 49 (no programme): "11 Hội cơ sở …, 44 cơ sở giáo dục, với tổng số 18.857 hội viên, chiếm 24,87% dân số" (three), "11.583 công dân đăng ký …, chiếm 23,55%; … 12.222/18.734 hộ …; 104/109 thôn …; 58/59 cơ quan …" (four), the fund (money), "trao 61 suất học bổng cho 61 em …", "tặng cho quà cho 175 học sinh …" (two), "04 cán bộ" given medals (awards), "tặng quà cho 05 thầy cô" (one); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 10,
  },
  {
    file: 'phu-tho-doi-song-van-hoa-2025-news.txt',
    source: 'https://baophutho.vn/tren-99-thon-ban-to-dan-pho-khu-dan-cu-co-nha-van-hoa-244788.htm',
    about:
      'the provincial paper (Phú Thọ) on the culture movement in 2025, " date 2025-12-26" before a headline restating the body\'s figure ("Trên 99% thôn …": none), "năm 2025, toàn tỉnh có 88,2% gia đình …; 75% thôn, tổ dân phố …; 99,2% thôn, làng … có Nhà văn hóa" (three results), captions, the work in words; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'gia-lai-doi-song-van-hoa-2022-news.txt',
    source: 'https://baogialai.com.vn/toan-tinh-co-8162-so-ho-dat-gia-dinh-van-hoa-post233499.html',
    about:
      'the provincial paper (Gia Lai) on the steering committee of the culture movement reviewing 2022 and setting the tasks of 2023, opening on " date 2023-04": "Đến nay, toàn tỉnh có 81,62% số hộ … (tăng 2% …); tỷ lệ khu cư văn hóa chiếm 86,36%. Toàn tỉnh có 145/182 xã đạt tiêu chí số 6 …, đạt tỷ lệ 79,67% (tăng 2,20% …); có 171/182 xã …, 93,95% …; có 1.359/1.694 cơ quan …, đạt 80,22% (…)" (five results), then "Để thực hiện tốt nhiệm vụ công tác năm 2023, … đề nghị 32 thành viên Ban Chỉ đạo tỉnh tiếp tục triển khai 7 nhiệm vụ trọng tâm" (a board and numbered tasks: none); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 5,
  },
  {
    file: 'khuyen-hoc-viet-nam-2024-news.txt',
    source: 'https://lite.baomoi.com/hoc-tap-suot-doi-dap-ung-yeu-cau-phat-trien-ben-vung-thoi-ky-chuyen-doi-so-c51098765.epi',
    about:
      'a news aggregator on the national learning association\'s board meeting (lần thứ năm, khóa VI, nhiệm kỳ 2021-2026) reviewing 2024, December 2024: a headline, "năm 2024, … cơ bản hoàn thành nhiệm vụ …", "đánh giá kết quả công tác thực hiện 10 nhiệm vụ …, phân tích sâu việc thực hiện 2 chương trình 387, 677 của Thủ tướng Chính phủ" (two programmes reviewed side by side: none), "phương hướng, nhiệm vụ trọng tâm cho năm 2025" — no figure to read; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
];
