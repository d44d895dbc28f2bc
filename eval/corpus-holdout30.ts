/**
 * The thirtieth held-out set (eval/holdout30/, issue 22): 12 texts that SET TARGETS for the learning society — the
 * project 1373 ("Xây dựng xã hội học tập giai đoạn 2021-2030"), the programmes 387 (learning families, clans, communities
 * and units) and 677 (learning citizens), literacy and universal education, community learning centres — and the press
 * reports of those plans, 2010 – 2025, found with the search tool (corpus "pages", queries in Vietnamese with and without
 * diacritics) and labelled by hand BEFORE the reader first ran on them: the national aims of 1373 as a law paper (lsvn.vn)
 * and a ministry-of-ethnic-affairs story (VietNamNet, 2025) state them, the approval of 1373 on a press site (thoidai), the
 * aims of 387 for 2025 and 2030 on two pages (infonet, Yên Bái's paper), the aims of 677 for 2030 in a legal Q&A
 * (thuvienphapluat) and on a spam site's mirror of a news story (2025), a province's association signing its programme of
 * coordination to 2030 (Bà Rịa - Vũng Tàu, 2023), a district association's congress setting its term's aims (Mai Sơn, Sơn
 * La, 2021), the national association's congress of 2010 with its aims for 2010 and 2015 (VOV), and two reports without
 * aims (Hòa Bình's learning citizens, a commune's five years of learning models in Tuy Phong, Bình Thuận, 2020).
 * Every source URL, every page's title and every document number was checked against all earlier sets' labels (eval/corpus.ts
 * and eval/corpus*.ts). The index kept few unused pages of provincial, district or commune plans with their aims in the
 * first 2,000 characters: left out because an earlier set holds them are Bắc Bình's learning-citizen plan, Bình Dương's
 * 387 plan (fifth), Bà Rịa - Vũng Tàu's 49/KH-UBND, Hưng Yên's 2020 aims, infonet's "mục tiêu vàng", lsu.vn's 1373 and 387
 * pages, Khánh Hòa's training (development corpus), Hà Nội's 290/KH-UBND (sixth, seventeenth, twenty-first) and its
 * city-of-learning plan (dansinh), Bắc Ninh's and Phú Yên's learning-citizen plans (fifth), Đắk Lắk's 102/KH-UBND
 * (seventeenth), Tam Kỳ's 387 aims, Cao Phong's and Hậu Lộc's congresses, Phước Long's (twelfth), Long An's (twelfth),
 * Hà Nội's and Điện Biên's literacy plans, Vĩnh Long's literacy and universal-education plans, the 525/QĐ-TTg plan on
 * universal education (twenty-fourth; TPO's page of the same plan too); pages in English or Lao (vietnam.vn) were not taken;
 * commune plans whose aims begin after the excerpt's end (Quảng Thạch, Xuân Hiệp — both in earlier sets anyway) give none.
 * So the set leans on national aims told by the press, with four provincial, district and commune texts.
 * 46 targets (all shares), 23 results.
 * Conventions for targets as in the fifteenth, twenty-fourth and twenty-ninth sets: a news text has no number or date of
 * its own (the index's " date 2025-12-03" line, "Thứ hai 03/02/2025 00:24", "22:25 | 30/07/2021 GMT+7", "Cập nhật:
 * 19:17, 08/09/2023 (GMT+7)", "Ngày 20 tháng 10 năm 2021" are none; nor is a cited decision's date); a programme is labelled
 * when the text names it by number ("Quyết định số 1373/QĐ-TTg", "Quyết định 677/QĐ-TTg") or title, and a text that says
 * only "Đề án" or "Chương trình" names none (the twenty-eighth set's mirror), however plainly its aims are those of one;
 * a province's own programme of coordination, a congress and its term name none, nor does the national digital
 * transformation programme named in passing; a list keeps the year of its heading to its end, the paragraph after a
 * heading's list included ("Mục tiêu cụ thể đến năm 2025: 70% …; 80% …." then "40% người lao động …, 60% …"); a period
 * named once ("giai đoạn 2023-2030", "Đề án … giai đoạn 2021-2030 với bốn mục tiêu; … 70% …; 70% …") gives its undated
 * values its last year; a term ("Nhiệm kỳ 2021-2026, … mục tiêu phấn đấu: Giữ vững 100% …") gives its last year; a
 * subhead restating the body's figure ("Phổ cập mẫu giáo 100%" above "… 100% các tỉnh hoàn th") counts once; a share cut
 * after its figure counts; levels ("mức độ 2", "mức độ 3"), ages ("từ 15 tuổi"), groups of aims ("bốn mục tiêu") and of
 * tasks ("10 nhiệm vụ trọng tâm") are none.
 * Conventions for results as in the twenty-second and twenty-ninth sets: one per clause — a count with its share ("hơn 304
 * ngàn hội viên chiếm khoảng 26,5% dân số", "355 công dân …, chiếm 62,06%") or a fraction ("163,055/195,201 gia đình", "8/9
 * dòng họ", "1.385/1847 hộ đạt 70,48%") is one; an association's bodies and members ("22 Hội Khuyến học xã …, 399 chi hội
 * …, hơn 31.600 hội viên": three), the models it had recognised over five years (six), the gifts to pupils ("tặng 20.000
 * phần quà cho học sinh"), the country's centres, members, branches and provinces with the association everywhere are
 * counted; delegates ("42 đại biểu", "gần 700 đại biểu … từ 63 tỉnh"), the agencies that signed ("đại diện 9 cơ quan, đơn
 * vị"), deputy prime ministers appointed, money ("500 triệu đồng", "640 tỷ đồng"), durations ("23 năm hoạt động", "5 năm
 * qua"), congresses' ordinals and a figure cut before its noun ("năm 2020 có 1.568") are not.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT30: CorpusDoc[] = [
  {
    file: 'lsvn-1373-muc-tieu-2030-news.txt',
    source: 'https://lsvn.vn/moi-nguoi-dan-deu-co-co-hoi-tiep-can-he-thong-giao-duc-mo1627742129-a106886.html',
    about:
      'the lawyers\' paper (Luật sư Việt Nam) on the aims of the learning-society project for 2030, 2021, from the body (a caption "Ảnh minh họa." first, the project only "Đề án", never by its title or number): "Đề án đặt mục tiêu đến năm 2030 đạt 90% …; 100% …; 70% …; 40% …. Về năng lực …, Đề án phấn đấu 70% …; 60% dân số từ 15 tuổi trở lên …. Trong đó, 15% …", "Bên cạnh đó, Đề án phấn đấu đến năm 2030 có 90% …; 80% …. 60% công dân …; 50% các huyện …; 35% các tỉnh …", a subhead on a law of lifelong learning; cut — twelve shares for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 90, 100, 70, 40, 70, 60, 15, 90, 80, 60, 50, 35),
    results: 0,
  },
  {
    file: 'infonet-387-muc-tieu-2025-2030-news.txt',
    source:
      'https://m.infonet.vietnamnet.vn/gioi-tre/hoc-duong/day-manh-phong-trao-hoc-tap-suot-doi-trong-gia-dinh-dong-ho-cong-dong-don-vi-giai-doan-2021-2030-408873.html',
    about:
      'a national paper (infonet) on the aims of the programme for learning families, clans, communities and units (387, only "Chương trình" in the text), 2022, from the body: the national digital transformation programme "giai đoạn 2021 - 2030" in passing, "Mục tiêu cụ thể đến năm 2025: 70% gia đình …, 65% dòng họ …; 65% cộng đồng …; 80% các tổ chức …", the next paragraph "40% người lao động …, 60% cán bộ …" (same year), a related link "khuyến học / Phong trào học tập suốt đời …", "Mục tiêu cụ thể đến năm 2030: 100% cán bộ, hội viên …" and "giai đoạn 2026 - 2030" inside it; cut — six shares for 2025, one for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 70, 65, 65, 80, 40, 60), ...p(2030, 100)],
    results: 0,
  },
  {
    file: 'baoyenbai-387-muc-tieu-2025-news.txt',
    source: 'http://baoyenbai.com.vn/45/240291/Nhan-rong-cac-mo-hinh-hoc-tap-tr111ng-gia-dinh-dong-ho-cong-dong.aspx',
    about:
      'the provincial paper (Yên Bái) on the same programme\'s aims (387, "Chương trình" only), 2022, from the body: "Mục tiêu cụ thể của Chương trình đến năm 2025 là 70% …, 65% …; 65% …; 80% …", "Bên cạnh đó, 40% người lao động …, 60% cán bộ …" (same year), a subhead and the programme\'s tasks in words; cut — six shares for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2025, 70, 65, 65, 80, 40, 60),
    results: 0,
  },
  {
    file: 'thuvienphapluat-677-muc-tieu-2030-qa.txt',
    source:
      'https://thuvienphapluat.vn/hoi-dap-phap-luat/59A55-hd-muc-tieu-cu-the-den-nam-2030-cua-chuong-trinh-xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030.html',
    about:
      'a legal site\'s questions and answers on the learning-citizen programme\'s aims for 2030, quoting Quyết định 677/QĐ-TTg: the question as title and again, "Tại Tiết b Tiểu mục 2 Mục I Điều 1 Quyết định 677/QĐ-TTg năm 2022 …", "b) Phấn đấu đến năm 2030", dashes "- Tiếp tục quán triệt …;", "- 60% người lớn …, 80% cán bộ …;", "- 90% những người … ; trong đó 80% thành thạo kỹ năng số …", the next question; cut — four shares for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: p(2030, 60, 80, 90, 80),
    results: 0,
  },
  {
    file: 'keobongda-677-cong-dan-hoc-tap-mirror-news.txt',
    source: 'https://keobongda123news.org/xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030-292344.html',
    about:
      'a betting site\'s mirror of a law paper\'s story on the approval of the learning-citizen programme (677), its day line "Thứ hai 03/02/2025 00:24", the headline three times, "Quyết định số 677/QĐ-TTg ngày 3/6/2022" (the decision\'s date), the aim in words, "Chương trình phấn đấu đến năm 2025 đạt 100% cán bộ, hội viên …", "Đến năm 2030 có 60% người lớn …, 80% cán bộ …; 90% những người …" (cut) — one share for 2025, three for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '677/QĐ-TTg',
    targets: [...p(2025, 100), ...p(2030, 60, 80, 90)],
    results: 0,
  },
  {
    file: 'thoidai-1373-phe-duyet-2021-news.txt',
    source: 'https://tacnghiep.thoidai.com.vn/thu-tuong-chinh-phu-phe-duyet-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030-146357.html',
    about:
      'a press site (Thời Đại) on the approval of the learning-society project, July 2021: "22:25 | 30/07/2021 GMT+7", the headline, "Quyết định 1373/QĐ-TTg", two related links (four deputy prime ministers "nhiệm kỳ 2021-2026", appointed by the assembly "khóa XV (2021 - 2026)"; the government\'s powers against the epidemic), the aim in words, the headline again, the subhead "Phổ cập mẫu giáo 100%" (restates the body), "Đề án đặt mục tiêu đến năm 2030 đạt 90% các tỉnh …; 100% các tỉnh hoàn th" (cut) — two shares for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2030, 90, 100),
    results: 0,
  },
  {
    file: 'vietnamnet-xoa-mu-chu-dan-toc-2025-news.txt',
    source: 'https://vietnamnet.vn/chung-tay-dua-tri-thuc-den-voi-dong-bao-vung-dan-toc-thieu-so-2468873.html',
    about:
      'a national paper (VietNamNet) on literacy among ethnic minorities, December 2025, from the body: " date 2025-12-03", "Quyết định số 1373/QĐ-TTg phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” với bốn mục tiêu; trong đó, mục tiêu đầu tiên là xóa mù chữ và phổ cập giáo dục cho 70% các tỉnh, …; 70% các tỉnh …" (undated: the project\'s term), "Đề án cũng đặt ra mục tiêu đến năm 2030, 90% …; phấn đấu 100% …; 70% …", the ministry\'s tasks in words; cut — five shares for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2030, 70, 70, 90, 100, 70),
    results: 0,
  },
  {
    file: 'bariavungtau-ky-ket-khuyen-hoc-2023-news.txt',
    source: 'https://baobariavungtau.com.vn/xa-hoi/202309/day-manh-hoat-dong-khuyen-hoc-khuyen-tai-va-xay-dung-xa-hoi-hoc-tap-989630/index.htm',
    about:
      'the provincial paper (Bà Rịa - Vũng Tàu) on the association signing its programme of coordination for 2023 – 2030 with nine agencies, September 2023: "Cập nhật: 19:17, 08/09/2023 (GMT+7)", a caption twice, "Trải qua 23 năm hoạt động, … hiện có hơn 304 ngàn hội viên chiếm khoảng 26,5% dân số …; 163,055/195,201 gia đình …; 8/9 dòng họ …; 483/503 cộng đồng …; 345/359 đơn vị …" (five), "đại diện 9 cơ quan, đơn vị đã cùng ký kết …" (none), "phấn đấu 100% các cơ quan, đơn vị thành lập Ban Khuyến học, 100% cán bộ, đảng viên đăng ký “Công dân học tập”, 100% gia đình …" — three shares for 2030 (the period named once)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2030, 100, 100, 100),
    results: 5,
  },
  {
    file: 'mai-son-son-la-khuyen-hoc-2021-news.txt',
    source: 'http://www.baosonla.org.vn/vi/bai-viet/dai-hoi-khuyen-hoc-huyen-mai-son-lan-thu-v-44456',
    about:
      'the provincial paper (Sơn La) on a district association\'s fifth congress (Mai Sơn), October 2021: "Ngày 20 tháng 10 năm 2021", "nhiệm kỳ 2021-2026", "42 đại biểu" (none), "hiện có 22 Hội Khuyến học xã, thị trấn và 399 chi hội (ban) …, với hơn 31.600 hội viên" (three), "5 năm qua, có hơn 27.400 hộ …; 65 dòng hộ …; 95 bản, tiểu khu …; 61 trường học …; 20 cơ quan, đơn vị …; 10/22 xã …" (six), "500 triệu đồng" (money), "tặng 20.000 phần quà cho học sinh …" (one), "hàng trăm suất học bổng", "Nhiệm kỳ 2021-2026, … đã đề ra các mục tiêu phấn đấu: Giữ vững 100% bản, tiểu k" (cut) — one share for 2026',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2026, 100),
    results: 10,
  },
  {
    file: 'hoa-binh-cong-dan-hoc-tap-news.txt',
    source: 'https://baohoabinh.com.vn/218/168702/Nhan-rong-mo-hinh-cong-dan-hoc-tap.htm',
    about:
      'the provincial paper (Hòa Bình) on spreading the learning-citizen model, 2022: a commune\'s community learning centre (Thu Phong, Cao Phong), "Giai đoạn 2021 - 2030, mô hình “Công dân học tập” sẽ được nhân rộng trong toàn tỉnh" (an aim in words, in a caption), a vice-chair\'s words, "Cả 10 huyện, thành phố với 100% HKH xã, phường, thị trấn … đều tham gia với 572 công dân đăng ký …" (two: the share and the count), "đã có 355 công dân đạt danh hiệu CDHT, chiếm 62,06%" (one); cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'vinh-hao-tuy-phong-mo-hinh-hoc-tap-2020-news.txt',
    source:
      'https://tuyphong.binhthuan.gov.vn/xa-vinh-hao-66981/xa-vinh-hao-to-chuc-hoi-nghi-tong-ket-5-nam-cac-mo-hinh-gia-dinh-hieu-hoc-dong-hoc-hieu-hoc-cong-576624',
    about:
      'a district portal (Tuy Phong, Bình Thuận) on a commune\'s review of five years of learning models (Vĩnh Hảo), July 2020, its lines broken by the page: the headline in capitals with "GIAI ĐOẠN 2016 -2020", "Kế hoạch 493/KH-UBND ngày 23/02/2026 của UBND tỉnh" (a misprinted year, cited), "Kế hoạch số 76/KH-UBND", "ngày 03/7/2020", the guests, "năm sau cao hơn năm trước, cụ thể: gia đình hiếu học đến năm 2019 có 1.385/1847 hộ đạt 70,48%" (one), "năm 2020 có 1.568" (cut before its noun: none) — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'vov-hoi-khuyen-hoc-dai-hoi-2010-news.txt',
    source: 'https://vov.vn/xa-hoi/giao-duc/dai-hoi-toan-quoc-hoi-khuyen-hoc-viet-nam-148307.vov',
    about:
      'the national radio (VOV) on the association\'s fourth national congress, July 2010: "tháng 9/2010", "gần 700 đại biểu đến từ 63 tỉnh" (none), "lần thứ IV (2010-2015)", "10 nhiệm vụ trọng tâm" (none), "phấn đấu đến hết năm 2010, số hội viên ở cơ sở đạt 10% dân số địa phương" (a share for 2010), "Từ nay đến năm 2015, phấn đấu 50% trung tâm học tập cộng đồng …" (a share for 2015), "Tính đến nay, cả nước có tới 9.600 trung tâm học tập cộng đồng với 6,5 triệu hội viên … trong khoảng 300.000 chi hội" (three), "Hiện đã có 48 tỉnh, thành phố có tổ chức Hội ở 100% xã …" (one), "640 tỷ đồng" (money)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2010, 10), ...p(2015, 50)],
    results: 4,
  },
];
