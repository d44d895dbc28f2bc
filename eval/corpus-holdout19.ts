/**
 * The nineteenth held-out set (eval/holdout19/, issue 22): 10 texts of PLANS and of the portal and press pages that
 * state or follow them at the levels and in the provinces the earlier sets have least — a school's library plan for a
 * school year (THCS Đặng Tất, Quảng Điền), two communes' and a ward's portals (Toàn Lưu in Hà Tĩnh, Hòn Tre in Kiên
 * Giang on its district's portal, Phường 2 of Kiến Tường in Long An), the ministry's library department on Hà Tĩnh's
 * library digital transformation plan (402/KH-UBND, 206), a provincial steering committee's aims for the learning
 * society (Cà Mau, 1373), a provincial Party resolution on culture to 2025 and 2030 (Vĩnh Long) and the first pages of
 * three provincial plans (Hậu Giang's 206 plan 176/KH-UBND, Bình Dương's plan for Directive 20/CT-TTg 1699/KH-UBND,
 * Bình Thuận's learning-society plan 1904/KH-UBND for 89). Found with the search tool (corpus "pages") and labelled by
 * hand BEFORE the reader first ran on them. Every source URL was checked against the earlier sets' labels
 * (eval/corpus.ts and eval/corpus*.ts, the development corpus too) and against the twentieth and twenty-first sets
 * built beside it (read-only); the search index has been mined by eighteen sets before, and the pages of a document an
 * earlier set holds were left out (Quảng Vinh's and Thạnh Lợi's learning-society plans, Bình Định's, Kon Tum's and Khánh
 * Hòa's reading plans, Lào Cai's 1373 plan on its second portal, the 1687 programme on a second press page, Tam Kỳ's 387
 * aims, Hà Nội's 09/KH-UBND). Provinces the earlier sets have least: Long An and Kiên Giang (two mentions each), Hà Tĩnh (four);
 * Cà Mau, Hậu Giang, Bình Dương, Bình Thuận and Vĩnh Long by documents the earlier sets lack.
 * Three texts set 20 targets; four are a document's first page (the header and basis, cut before the targets); three
 * are communes' pages that report (14 results) and must yield no target.
 * Conventions as in the fifteenth and seventeenth sets: a programme named only by its title is labelled with the
 * decision meant ("Đề án xây dựng xã hội học tập đến năm 2030" is 1373; "Quyết định 281 của Thủ tướng Chính phủ" is
 * 281/QĐ-TTg); a Party resolution without a number, a congress and a school's plan name none; a news text has no number
 * or date of its own (a page's date line "20 Tháng Chín 2021", "(15:06 | 08/07/2020)", "15/01/2025", "Thúy
 * Quỳnh03/02/2026" is none); a target takes the year of the heading or sentence that opens its list ("Mục tiêu của kế
 * hoạch đến năm 2025 là …; 80% …; 60% …"), and an aim with no year anywhere in the text keeps none (Cà Mau's
 * "Mục tiêu: Duy trì …" follows only the horizon of the project's title, "đến năm 2030", which dates no aim of this
 * year); "101/101 xã, phường, thị trấn" in a list of aims is a count target of 101 (as "13/13 xã" in the sixteenth set),
 * "09 huyện/thành phố đạt mức độ 3" a count of 9 (the level "mức độ 3" none); "trên 95%", "từ 98% trở lên" are 95 and 98;
 * a term ("nhiệm kỳ 2025 -2030") and a period ("giai đoạn 2016-2020", "giai đoạn 2020 – 2025" cut) are no targets; a
 * number printed with spaces is read without them ("01 / KHTV- ĐT" is 01/KHTV-ĐT) and its date as printed (the school's
 * plan for 2024-2025 is dated "ngày 16 tháng 9 năm 2025"); the basis is every document the opening paragraphs cite as
 * ground, in order, as numbered (a plan cited without its number, "Căn cứ kế hoạch số: /KH-THCSĐT", is none). Results
 * as in the sixteenth set: one per clause, a count with its share is one ("2089/2215 hộ …, đạt tỷ lệ 94,31%"),
 * "445/445 gia đình đăng ký …, đạt 100%" is one, the association's members with their share one, scholarships and
 * classes counted; a school's inventory of classes, pupils and books is not labelled.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT19: CorpusDoc[] = [
  {
    file: 'ha-tinh-402-kh-ubnd-chuyen-doi-so-thu-vien-news.txt',
    source: 'http://vuthuvien.bvhttdl.gov.vn/articledetail.aspx?articleid=11249&sitepageid=418',
    about:
      'the ministry\'s library department (Vụ Thư viện) on Hà Tĩnh\'s plan 402/KH-UBND for the library digital transformation programme (206/QĐ-TTg, named by number in the headline): "Tin tức", the headline, a date line "20 Tháng Chín 2021          43 lượt xem", then "Mục tiêu của kế hoạch đến năm 2025 là Thư viện tỉnh … được hoàn thiện …; 80% thư viện chuyên ngành … và 60% thư viện huyện … có trang thông tin điện tử …; Số hoá 70% tài liệu cổ … do Thư viện tỉnh …; 60% tài liệu cổ … của thư viện các huyện …; 70% tài liệu, các công trình nghiên cứu khoa học …" (cut) — five targets for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: '206/QĐ-TTg',
    targets: [...p(2025, 80, 60, 70, 60, 70)],
    results: 0,
  },
  {
    file: 'hau-giang-176-kh-ubnd-2021.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-176-KH-UBND-2021-Chuong-trinh-chuyen-doi-so-nganh-thu-vien-tinh-Hau-Giang-den-2025-493737.aspx?tab=7',
    about:
      'provincial plan (Hậu Giang) for the library digital transformation programme 206/QĐ-TTg, the legal site\'s table export with "|" and the date split over two lines ("Hậu Giang, ngày\\n11 tháng 10 năm 2021"), the title in capitals, one sentence of basis "Thực hiện Quyết định số\\n206/QĐ-TTg …", "I. MỤC ĐÍCH, YÊU CẦU" and four purposes; cut — no targets',
    kind: 'plan',
    number: '176/KH-UBND',
    date: '2021-10-11',
    programme: '206/QĐ-TTg',
    basis: ['206/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'dang-tat-quang-dien-thu-vien-2024-2025.txt',
    source:
      'http://thcs-qthanh.quangdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-nam/kh-nam-thanh-vien-to-van-phong/kh-nam-nguyen-thi-hue/ke-hoach-cua-nguyen-thi-hue-nam-2024.html',
    about:
      'a lower secondary school\'s library plan for the school year 2024-2025 (THCS Đặng Tất, Quảng Điền, Huế) on the school\'s site: the staff member\'s name and "Kế hoạch năm 2024-2025", the header on two lines run together ("UBND HUYỆN QUẢNG ĐIỀN CỘNG HÒA …", "Số: 01 / KHTV- ĐT Quảng Thành, ngày 16 tháng 9 năm 2025"), "KẾ HOẠCH / THƯ VIỆN NĂM HỌC 2024-2025", two "Căn cứ kế hoạch số: /KH-…" without numbers, then the school\'s inventory (14 classes, 475 pupils, 38 staff, 5.471 books …; not labelled); cut in "1. Thuận lợi" — no targets, no programme',
    kind: 'plan',
    number: '01/KHTV-ĐT',
    date: '2025-09-16',
    programme: null,
    basis: [],
    targets: [],
  },
  {
    file: 'binh-duong-1699-kh-ubnd-2023.txt',
    source: 'https://thuvienphapluat.vn/bulletin/document.aspx?bid=377623f7-d45a-4d1a-812a-e7c40937b232&key=zQb7ImdfDwp3qJCBrL%2BPlw%3D%3D',
    about:
      'provincial plan (Bình Dương) for Directive 20/CT-TTg on libraries and children\'s reading, under the legal site\'s search box and attribute lines ("Số hiệu: 1699/KH-UBND", "Ngày ban hành: 11/04/2023"): the header, the title in capitals ("CHỈ THỊ SỐ 20/CT-TTG , NGÀY 01/11/2022 …"), one basis "Thực hiện Chỉ thị số 20/CT-TTg , ngày 01/11/2022 …" (a space before the comma), "I. MỤC ĐÍCH, YÊU CẦU / 1. Mục đích"; cut — no targets',
    kind: 'plan',
    number: '1699/KH-UBND',
    date: '2023-04-11',
    programme: '20/CT-TTg',
    basis: ['20/CT-TTg'],
    targets: [],
  },
  {
    file: 'ca-mau-xa-hoi-hoc-tap-2023-news.txt',
    source: 'http://pbgdpl.camau.gov.vn/ca-mau-thuc-hien-de-an-xay-dung-xa-hoi-hoc-tap-nam-2023.3265',
    about:
      'the province\'s legal-education portal (Cà Mau) on the steering committee for the learning society (1373, by the title "Đề án xây dựng xã hội học tập đến năm 2030"), from the middle of the page: two paragraphs of tasks, then "Mục tiêu: Duy trì … xóa mù chữ (XMC) ở 101/101 xã, phường, thị trấn. Duy trì 100% các huyện/thành phố; 100% các xã/phường/thị trấn … hoàn thành phổ cập giáo dục mầm non …: 09 huyện/thành phố đạt mức độ 3 …: 05 huyện/thành phố đạt mức độ 2, 04 huyện/thành phố mức độ 3 và tỉnh phấn đấu đạt mức" (cut) — no year in the text (the page\'s address says 2023), so the aims keep none: four counts and two shares, the levels ("mức độ 3") none',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: [...c(null, 101, 9, 5, 4), ...p(null, 100, 100)],
    results: 0,
  },
  {
    file: 'vinh-long-nghi-quyet-van-hoa-2025-2030-news.txt',
    source: 'http://admin.baovinhlong.vn/chinh-tri/202311/xay-dung-va-phat-trien-van-hoa-con-nguoi-vinh-long-3177500/',
    about:
      'the provincial paper (Vĩnh Long) on the provincial Party committee\'s resolution on culture and people "đến năm 2025, định hướng đến năm 2030" (no number, no programme): a headline, "Cập nhật, 05:30, Thứ Năm, 16/11/2023 (GMT+7)", then "phấn đấu đến năm 2025 toàn tỉnh duy trì có trên 95% hộ gia đình văn hóa; … từ 98% trở lên; … từ 98% trở lên; … từ 85% trở lên." and "Mục tiêu đến năm 2030, … từ 99% trở lên; … từ 99% trở lên; … từ 99% trở lên; … tăng lên 100%; 100% huyện, thị xã, thành ph" (cut) — four targets for 2025, five for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 95, 98, 98, 85), ...p(2030, 99, 99, 99, 100, 100)],
    results: 0,
  },
  {
    file: 'toan-luu-ha-tinh-khuyen-hoc-2025-2030-news.txt',
    source: 'https://toanluu.hatinh.gov.vn/tin-tuc/dai-hoi-hoi-khuyen-hoc-xa-toan-luu-lan-thu-nhat-nk-2025--2030-thanh-cong-tot-dep',
    about:
      'a commune\'s portal (Toàn Lưu, Hà Tĩnh, a commune formed in 2025) on the first congress of its learning association, term 2025 - 2030: the site\'s weather line twice, a byline run into its date ("Thúy Quỳnh03/02/2026") twice, "Chiều nay, 3/2/2026 …", then the past term: "4.850 hội viên, chiếm 26,94% dân số", "hơn 3.500 tài khoản được tạo lập", "đã mở 35 lớp học", "đã trao 4.068 suất quà" (four results); cut before the new term\'s aims — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'phuong-2-kien-tuong-long-an-khuyen-hoc-2024-news.txt',
    source: 'https://phuong2.kientuong.longan.gov.vn/van-hoa-xa-hoi/phuong-2-nang-cao-chat-luong-hieu-qua-cong-tac-khuyen-hoc-xay-dung-xa-hoi-hoc-tap-977394',
    about:
      'a ward\'s portal (Phường 2, Kiến Tường, Long An) on its learning society: a date line "15/01/2025", a headline in capitals, "Tính đến hết năm 2024, toàn phường đã có 2089/2215 hộ … đạt tỷ lệ 94,31%; Có 2/2 dòng họ …; Có 6/6 khu phố …; Có 1 cơ quan, 3 trường học …; Có 440/440 công dân …" (five results), then the work done ("cho 3 nhà trường", none); cut — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 5,
  },
  {
    file: 'hon-tre-kien-giang-hoc-tap-2020-news.txt',
    source: 'https://kienhai.kiengiang.gov.vn/trang/TinTuc/164/1837/Xa-Hon-Tre-dai-hoi-bieu-duong-cac-gia-dinh--dong-ho-hoc-tap-tieu-bieu.html',
    about:
      'a district\'s portal (An Biên, Kiên Giang) on a commune\'s congress honouring learning families (Hòn Tre), five years of the 281 project (281/QĐ-TTg, "Quyết định 281 của Thủ tướng Chính phủ"): the site\'s furniture, the headline, "(15:06 | 08/07/2020)", "giai đoạn 2016-2020", then "445/445 gia đình đăng ký …, đạt 100%, có 290 gia đình được công nhận …, trong có 36 gia đình được biểu dương …. Có 3/3 cộng đồng ấp …, có 5/5 đơn vị …" (five results); "Để thực hiện tốt hơn nữa trong giai đoạn 2020 – 2025, Ủy ban nhân dâ" (cut) — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 5,
  },
  {
    file: 'binh-thuan-1904-kh-ubnd-2013.txt',
    source: 'https://vanbanphapluat.co/ke-hoach-so-1904-kh-ubnd-2013-thuc-hien-de-an-xay-dung-xa-hoi-hoc-tap-binh-thuan-2012-2020',
    about:
      'provincial plan (Bình Thuận) for the learning-society project 89/QĐ-TTg (2012 - 2020), under the legal site\'s title line ("Kế hoạch số 1904/ KH-UBND 2013 …", a space after the slash) and a table export with "|": the header, the title "THỰC HIỆN ĐỀ ÁN “XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2012 - 2020”", the basis "Căn cứ Quyết định số 89/QĐ-TTg …" and "Thực hiện Công văn số 822/BCĐQG-XHHT …", "I. QUAN ĐIỂM" and three paragraphs of principles; cut — no targets',
    kind: 'plan',
    number: '1904/KH-UBND',
    date: '2013-05-23',
    programme: '89/QĐ-TTg',
    basis: ['89/QĐ-TTg', '822/BCĐQG-XHHT'],
    targets: [],
  },
];
