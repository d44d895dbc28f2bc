/**
 * The fifteenth held-out set (eval/holdout15/, issue 22): 10 texts that SET TARGETS, from the provinces, cities and
 * programmes the earlier sets have least, found with the search tool (corpus "pages") and labelled by hand BEFORE the
 * reader first ran on them (every source URL was checked against the earlier sets' sources; pages of a document an
 * earlier set already holds — Kiên Giang's 206 plan 10/KH-UBND, Hà Nội's reading plan 62/KH-UBND, Thanh Hóa's museum
 * project, the 1687 programme's press page — were left out). Provinces and cities with no text of their own before:
 * Kon Tum by its culture-strategy plan, Đồng Tháp by its own document, a district of Đắk Lắk (Ea H'Leo), a district of
 * Đà Nẵng (Sơn Trà), Ninh Thuận by a plan; Điện Biên and Hà Nội by plans the earlier sets lack; Hà Tĩnh through a district
 * portal. Programmes: the culture strategy 1909 (three texts), the national target programme on culture 2025 – 2035
 * (Nghị quyết 162/2024/QH15, the 2025–2030 period), the library digital transformation 206, reading culture 329, the
 * heritage programme 1230, Hà Nội's culture and reading-model plans. One is the document itself (Đồng Tháp's 329 plan
 * 91/KH-UBND, its first page: the results of 2017-2020 begin where the excerpt ends); nine are portal and press pages
 * that state a plan's targets. 32 targets, no labelled results.
 * Conventions as in the eleventh and thirteenth sets: a programme named only by its title is labelled with the decision
 * meant ("Chiến lược phát triển văn hóa đến năm 2030" is 1909; "Chương trình chuyển đổi số ngành Thư viện đến năm 2025,
 * định hướng đến năm 2030" is 206); a plan whose aim is set out in the reading project's words ("phát triển văn hóa đọc
 * trong cộng đồng") is 329; the national target programme on culture is labelled by the resolution that approved it,
 * 162/2024/QH15; a news text has no number or date of its own; a headline whose figure the body does not give is a target
 * of its own; a period named once ("giai đoạn 2022-2026") gives its values its last year; yearly figures ("mỗi năm",
 * "hằng năm") take the plan's horizon; counts of visits and activities are counts; counts of groups of aims or tasks
 * ("13 nhóm mục tiêu", "05 nhóm nhiệm vụ") and of kinds of institution ("3 loại hình thiết chế") are no targets; the basis
 * is every document the opening paragraphs cite as ground, in order, as printed (a law cited by date only is none).
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT15: CorpusDoc[] = [
  {
    file: 'kontum-157-kh-ubnd-chien-luoc-van-hoa-news.txt',
    source: 'https://kontum.gov.vn/pages/detail/39964/Ke-hoach-trien-khai-Chien-luoc-phat-trien-van-hoa-va-Chien-luoc-van-hoa-doi-ngoai-den-nam-2030.html',
    about:
      'the province\'s portal (Kon Tum) on its plan 157/KH-UBND for the culture strategy (1909, by its title) and the cultural diplomacy strategy: the site\'s day line "Thứ sáu, Ngày 27/12/2024 -", a headline, "Ngày đăng: 18/01/2022 07:19", "Mặc định Cỡ chữ"; "mục tiêu cụ thể đến năm 2030 … 3 loại hình thiết chế …; phấn đấu 100% Trung tâm … đạt chuẩn …; 98% thôn …; 100% làng … nhà rông …", "… và 100% di tích … được tu bổ", "Bảo đảm ít nhất 75% người dân …, 80% các xã …", "Phấn đấu đến năm 2030 có 93% hộ gia đình …" (cut) — seven targets for 2030',
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: [...p(2030, 100, 98, 100, 100, 75, 80, 93)],
  },
  {
    file: 'dien-bien-572-kh-ubnd-van-hoa-2025-2035-news.txt',
    source: 'http://svhttdl.dienbien.gov.vn/portal/pages/2026-01-23/Dien-Bien-cu-the-hoa-Chuong-trinh-muc-tieu-quoc-gi.aspx',
    about:
      'the culture department\'s portal (Điện Biên) on the province\'s plan 572/KH-UBND (called a decision, "Quyết định số 572/KH-UBND") for phase I of the national target programme on culture 2025 – 2035 (Nghị quyết 162/2024/QH15, carried out by 114/NQ-CP, 41/2025/QĐ-TTg, 3399/QĐ-BVHTTDL): "đến năm 2030 phấn đấu đạt 13 nhóm mục tiêu cụ thể: (1) … (2) … 100 % xã, phường …; 72% thôn, bản …; 100% thôn, bản … gắn biển tên …. (3) Trên 80% người dân ở vùng cao …" (cut) — four targets for 2030, the 13 groups none',
    kind: 'news',
    number: null,
    date: null,
    programme: '162/2024/QH15',
    targets: [...p(2030, 100, 72, 100, 80)],
  },
  {
    file: 'qdnd-ha-noi-thiet-che-van-hoa-2022-2026-news.txt',
    source: 'https://www.qdnd.vn/van-hoa/doi-song/ha-noi-phan-dau-100-quan-huyen-thi-xa-co-thiet-che-van-hoa-the-thao-694627',
    about:
      'the army paper on Hà Nội\'s aims for culture over 2022-2026 (no programme named): a caption under the layout\'s "leftcenterrightdel", then one sentence "Hà Nội phấn đấu giai đoạn 2022-2026 toàn thành phố có 80% …; 100% quận, huyện, thị xã …; 50% phường …; 86-88% gia đình …; 75% tổ dân phố …; 70-73% cơ quan … hằng năm." and the byline — six targets for the period\'s end, two of them ranges',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2026, 80, 100, 50, [86, 88], 75, [70, 73])],
  },
  {
    file: 'huongkhe-ha-tinh-van-hoa-doc-2021-2025-news.txt',
    source:
      'https://huongkhe.hatinh.gov.vn/ha-tinh-ban-hanh-ke-hoach-trien-khai-thuc-hien-de-an-phat-trien-van-hoa-doc-trong-cong-dong-giai-doan-2021-2025-1633680928.html',
    about:
      'a district\'s portal (Hương Khê) on Hà Tĩnh\'s plan for the reading-culture project (329, its aims in the project\'s words "phát triển văn hóa đọc trong cộng đồng"; the page\'s headline is not in the excerpt): the purposes, "nhiệm kỳ 2020 – 2025" of the Party congress (a term, no target), then "Kế hoạch đề ra các mục tiêu cụ thể đến năm 2025. … 100% thư viện cấp huyện, 80% thư viện cấp xã … internet miễn phí. … Phấn đấu 80% học sinh, sinh viên …" — three targets for 2025',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [...p(2025, 100, 80, 80)],
  },
  {
    file: 'tek4tv-ha-noi-mo-hinh-doc-sach-2025-news.txt',
    source: 'https://cdnwebhn.tek4tv.vn/ha-noi-dat-muc-tieu--den-nam-2025-se-co-85-nguoi-dan-su-dung-cac-mo-hinh-doc-sach-79604.htm',
    about:
      'the city television\'s page on Hà Nội\'s plan for reading models to 2025 (268/KH-UBND, not named in the excerpt; no programme): a headline "… đến năm 2025 sẽ có 85% người dân sử dụng các mô hình đọc sách" that the body does not give again, then "Mỗi năm, … ít nhất 1.000 hoạt động …", "Phấn đấu ít nhất 3.000.000 lượt …; đạt ít nhất 2.000.000 lượt trên không gian mạng hàng năm", "Phấn đấu 100% cơ sở giáo dục …, trong đó, 100% trường …", "… để có 100% người làm công tác thư viện …" — seven targets for 2025 (three counts)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...p(2025, 85), ...c(2025, 1000, 3000000, 2000000), ...p(2025, 100, 100, 100)],
  },
  {
    file: 'infographics-vn-chien-luoc-van-hoa-2030-news.txt',
    source: 'https://infographics.vn/mot-so-muc-tieu-trong-chien-luoc-phat-trien-van-hoa-den-nam-2030/42212.vna',
    about:
      'the news agency\'s infographic page on the culture strategy to 2030 (1909, by its title): the title twice around the tag "#IG-42212" and the section "Văn hóa - Xã hội", a lead "Hà Nội (TTXVN 18/11) … phấn đấu đến năm 2030 có 100% … 3 loại hình thiết chế văn hóa; 100% … có Trung tâm Văn hóa-Thể thao; ít nhất 95% … và khoảng 70% … được tu bổ, tôn tạo; có ít nhất 5 di sản được UNESCO ghi danh …", "Xuất bản:Thứ năm, 18/11/2021 10:02 (GMT+7)" — five targets for 2030, one a count',
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: [...p(2030, 100, 100, 95, 70), ...c(2030, 5)],
  },
  {
    file: 'dong-thap-91-kh-ubnd-2021.txt',
    source:
      'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-91-KH-UBND-2021-De-an-phat-trien-van-hoa-doc-trong-cong-dong-tinh-Dong-Thap-468976.aspx?ac=emails',
    about:
      'provincial plan (Đồng Tháp) for the reading-culture project 329/QĐ-TTg under the legal site\'s search box and attribute lines: "Số: 91/KH-UBND", "Đồng Tháp, ngày 23 tháng 3 năm 2021", the title "… GIAI ĐOẠN 2021 - 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030 …", a basis of the library law (by date), decree "93/2020/NĐ-CP" and 329; "Phần thứ nhất / KẾT QUẢ TRIỂN KHAI …" of 2017-2020, cut in its first paragraph — no targets, no figures',
    kind: 'plan',
    number: '91/KH-UBND',
    date: '2021-03-23',
    programme: '329/QĐ-TTg',
    basis: ['93/2020/NĐ-CP', '329/QĐ-TTg'],
    targets: [],
  },
  {
    file: 'eahleo-dak-lak-chuyen-doi-so-thu-vien-news.txt',
    source:
      'https://eahleo.daklak.gov.vn/day-manh-cac-hoat-dong-chuyen-doi-so-du-lieu-so-nganh-thu-vien-huyen-ea-hleo-den-nam-2025-dinh-huong-den-nam-2030-2968.html',
    about:
      'a district\'s portal (Ea H\'Leo, Đắk Lắk) on its plan for the library digital transformation (206, by its title "Chương trình chuyển đổi số ngành Thư viện đến năm 2025, định hướng đến năm 2030"): a headline with the same term, the purposes, a caption, "Theo kế hoạch, mục tiêu đến năm 2025, đối với thư viện huyện phấn đấu có trang thông tin điện tử, …" — aims without a figure, no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '206/QĐ-TTg',
    targets: [],
  },
  {
    file: 'son-tra-249-kh-ubnd-chien-luoc-van-hoa-news.txt',
    source: 'https://sontra.danang.gov.vn/chitiettintuc.aspx?ID=317290',
    about:
      'a city district\'s portal (Sơn Trà, Đà Nẵng) on its plan 249/KH-UBND for the culture strategy (1909, by its title): a headline twice around the font toolbar "A+ | A | A-" and "Ngày đăng: 23/11/2022", "Ngày 22/11/2022, … ban hành Kế hoạch số 249/KH-UBND …", "05 nhóm nhiệm vụ, giải pháp" (no target), the office in charge, the byline — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: [],
  },
  {
    file: 'ninh-thuan-4654-kh-ubnd-di-san-2021-2025-news.txt',
    source:
      'http://www.ninhthuan.gov.vn/chinhquyen/sonv/Pages/Trien-khai-thuc-hien-Chuong-trinh-Bao-ton-va-phat-huy-ben-vung-gia-tri-di-san-van-hoa-Viet-Nam.aspx',
    about:
      'a provincial department\'s portal (Ninh Thuận, under the section "Tôn giáo") on the province\'s plan 4654/KH-UBND ("Kế hoạch  đô 4654/KH-UBND", a typing slip) for the heritage programme 1230/QĐ-TTg, 2021-2025: the page opens on "Căn cứ Quyết định số 1230/QĐ-TTg …" like a document, then "Ngày 03/9/2021, UBND tỉnh ban hành …", the aim and requirement in words — no targets',
    kind: 'news',
    number: null,
    date: null,
    programme: '1230/QĐ-TTg',
    targets: [],
  },
];
