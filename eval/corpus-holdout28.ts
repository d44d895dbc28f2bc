/**
 * The twenty-eighth held-out set (eval/holdout28/, issue 22): 12 texts on READING CULTURE — a city's plan under the
 * reading project 329/QĐ-TTg (Cần Thơ's 162/KH-UBND, its first page under a legal site's attribute block), a city
 * library's year told by the press (Cần Thơ 2017) and its ten years (Cần Thơ's television), the national review of two
 * years of the project (2019 statistics of the public libraries), a mirror of the project's targets on a spam site
 * (its title and body broken by a betting site's words), the Book Day's aim of books per person (a women's paper's tag
 * page), school libraries meeting the standard and the schools' aim for the school year (Vĩnh Long 2018), a book fair
 * (Hải Phòng 2019), a district's free library (Hải Phòng, Lê Chân), a reading festival at a school (Đồng Nai, Long
 * Khánh, 2025), a provincial library system's readers so far in the year (Vĩnh Long's television) and mobile libraries
 * handed to 31 provinces (a tag page) — found with the search tool (corpus "pages") and labelled by hand BEFORE the
 * reader first ran on them. Every source URL and every page title was checked against all earlier sets' labels
 * (eval/corpus.ts and eval/corpus*.ts): no page is one an earlier set holds. Every province has some text in an
 * earlier set; the ones here have no reading-culture text there (Cần Thơ: only its 1373 and heritage plans; Đồng Nai,
 * Hải Phòng, Vĩnh Long: none on these subjects), and nine of the twelve sites are new to the corpus (thuviennhadat.vn,
 * znews.vn and baovinhlong.com.vn are not: their pages here are). Pages of documents an earlier set holds were left
 * out: Sơn La's reading plan on its portal (262/KH-UBND, printed there "265/KH-UBND", tenth and twenty-fifth sets), the
 * 1687 grassroots-library programme on further press pages (development), Khánh Hòa's, Kon Tum's, Quảng Ninh's and
 * Đồng Tháp's reading plans, Huế's and An Giang's Book Day plans (development, thirteenth, twenty-third). The index
 * holds few provincial reading plans with their targets that no set has taken: the set has 11 targets and 22 results.
 * Conventions for targets as in the fifteenth, twenty-first and twenty-fifth sets: a news text has no number or date of
 * its own; a range ("20-25% người dân") is one target; a headline that restates a target of the body is not a second
 * one, but one whose body was cut ("Đến năm 2020, 100% cơ sở giáo dục có thư viện") is one; a nested share ("85% người
 * sử dụng thư viện (đối với học sinh, sinh viên là 90%)") is a target of its own; books per person per year ("4 bản
 * sách/người/năm") are per capita; an aim with no year anywhere in the text keeps none; a school year's end ("đến hết
 * năm học 2017- 2018") is the year it ends; an aim of more units ("tức phấn đấu đạt thêm 12 trường") is a count target of
 * its own beside the total it leads to (202). A programme named only by its title is labelled with the decision meant
 * (329 for "Đề án “Phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030”"); a bare "Đề án"
 * names none; the Book Day decision founds a day, it is no programme; a Party resolution is none. The basis is every
 * document the opening paragraphs cite as ground, in order, the earlier plan a plan carries on ("Trên cơ sở kế thừa,
 * phát huy những kết quả … Kế hoạch số 60/KH-UBND …") included.
 * Conventions for results as in the eighteenth, twenty-first and twenty-fifth sets: one per clause; what was added and
 * served with the share of the plan reached ("bổ sung 32.261 bản sách, đạt trên 140% kế hoạch") is one; schools and
 * libraries meeting a standard, told with their share ("190 trường đạt chuẩn quốc gia, chiếm 43,58%"), report, and the
 * parts in a sentence of their own ("Trong đó, mầm non có 43 trường, tiểu học có 109 trường, …") are one each; a total
 * with its rise ("24.080 thư viện (tăng 14%)") is one; booths and titles at a fair, students taking part, vehicles
 * handed over count; money ("gần 600 triệu đồng"), a building time ("hơn 1 tháng thi công"), inventories ("toàn thành
 * phố có 29 thư viện, 32 phòng đọc sách", "khoảng 210 ngàn bản sách", "hơn 1.500 đầu sách"), habitual yearly figures
 * ("Mỗi năm, … được bổ sung khoảng 20 ngàn đến 22 ngàn bản sách"), anniversaries ("64 năm", "135 năm"), ordinals
 * ("năm thứ 6"), a weather box ("23°C / 22-25°C") and figures in words ("hàng trăm cuốn sách") are not counted.
 */
import { p, c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT28: CorpusDoc[] = [
  {
    file: 'can-tho-162-kh-ubnd-2021.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-162-kh-ubnd-2021-phat-trien-van-hoa-doc-trong-cong-dong-can-tho-giai-doan-2021-2025-486933.html',
    about:
      'the city\'s plan for reading culture 2021 – 2025 to 2030 (Cần Thơ, 329), on a legal site: a title line, the attribute block ("Số hiệu 162/KH-UBND", "Ngày ban hành 02/08/2021"), the header ("Số: 162/KH-UBND", "Cần Thơ, ngày 02 tháng 8 năm 2021"), "Căn cứ Quyết định số 329/QĐ-TTg …", "Trên cơ sở kế thừa, phát huy những kết quả đạt được trong việc thực hiện Kế hoạch số 60/KH-UBND ngày 29 tháng 3 năm 2018 …" (the plan it carries on), "I. MỤC ĐÍCH, YÊU CẦU" (cut) — no target',
    kind: 'plan',
    number: '162/KH-UBND',
    date: '2021-08-02',
    programme: '329/QĐ-TTg',
    basis: ['329/QĐ-TTg', '60/KH-UBND'],
    targets: [],
    results: 0,
  },
  {
    file: 'can-tho-thu-vien-2017-news.txt',
    source: 'http://baocantho.com.vn/phong-trao-doc-sach-phat-trien-sau-rong-a94175.html',
    about:
      'the city paper (Cần Thơ) on its library system\'s year 2017 and the tasks of 2018 (no programme): "10/01/2018 - 10:19", "Ngày 9-1-2018, …", the tasks of 2018 in words, "Năm qua, toàn ngành thư viện bổ sung 32.261 bản sách, đạt trên 140% kế hoạch; phục vụ 2.961.000 lượt bạn đọc, đạt 100% kế hoạch" (two results) — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'can-tho-thu-vien-10-nam-news.txt',
    source: 'http://canthotv.vn/tin-tuc/10-nam-mang-tri-thuc-den-voi-nguoi-dan/',
    about:
      'the city television (Cần Thơ) on ten years of its public libraries (no programme; "Nghị quyết 45-NQ/TW" a Party resolution): "đến năm 2007, toàn bộ hệ thống TV quận, huyện đã phủ kín" (no figure), an inventory ("toàn thành phố có 29 thư viện, 32 phòng đọc sách và hàng trăm tủ sách", "khoảng 210 ngàn bản sách", "hơn 1.500 đầu sách"), habitual yearly additions ("Mỗi năm, … khoảng 20 ngàn đến 22 ngàn bản sách, trong đó thư viện TPCT bổ sung từ 10 ngàn đến 12 ngàn bản"); cut — no target, no result counted',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'phunuvietnam-ngay-sach-4-ban-sach-news.txt',
    source: 'https://phunuvietnam.vn/phat-trien-van-hoa-doc.html',
    about:
      'a national women\'s paper\'s tag page ("phát triển văn hóa đọc"): the headline "Phát triển văn hóa đọc: Phấn đấu đạt 4 bản sách/người/năm" printed twice (one per capita target, no year anywhere), the ministry\'s review of "5 năm thực hiện Quyết định của Thủ tướng Chính phủ về Ngày Sách Việt Nam" (the Book Day, no programme)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[null, 4, 'per_capita']],
    results: 0,
  },
  {
    file: 'vinh-long-thu-vien-truong-hoc-dat-chuan-2018-news.txt',
    source: 'http://baovinhlong.com.vn/xa-hoi/201802/cuoi-nam-hoc-2017-2018-phan-dau-46-so-truong-dat-chuan-quoc-gia-2880083/',
    about:
      'the provincial paper (Vĩnh Long) on schools and school libraries meeting the standard, February 2018 (no programme): a kicker "Cuối năm học 2017- 2018" over the headline "Phấn đấu 46% số trường đạt chuẩn quốc gia" (restated by the body), "Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia, chiếm 43,58% …" (one result) and its parts in a sentence of their own (four), "hiện tại có 174 thư viện đạt chuẩn, chiếm trên 55% …" (one) and its parts (three), a caption printed twice, "Ngành giáo dục phấn đấu đến hết năm học 2017- 2018, toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn đấu đạt thêm 12 trường, chiếm 46% …" — two count targets and one percent target for 2018, nine results',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...c(2018, 202, 12), ...p(2018, 46)],
    results: 9,
  },
  {
    file: 'hai-phong-hoi-sach-2019-news.txt',
    source: 'https://thanhphohaiphong.gov.vn/khai-mac-hoi-sach-hai-phong-2019-dong-luc-gop-phan-lam-thay-doi-nhan-thuc-cong-dong-ve-van-hoa-doc.html',
    about:
      'the city portal (Hải Phòng) on its book fair for the Book Day, April 2019 (no programme): a caption, "Kỷ niệm 64 năm Ngày Giải phóng Hải Phòng" (an anniversary, none), "Hội Sách Hải Phòng diễn ra từ ngày 19/4 đến ngày 21/4/2019 với hơn 20 gian hàng và hơn 10.000 đầu sách" (two results), "Năm 2019 là năm thứ 6 …" (an ordinal, none) — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'hai-phong-le-chan-thu-vien-mien-phi-2019-news.txt',
    source: 'https://giadinh.net.vn/can-canh-thu-vien-doc-sach-mien-phi-o-duoc-dau-tu-gan-600-trieu-o-hai-phong-172190907171637088.htm',
    about:
      'a national family paper on a district\'s free library (Lê Chân, Hải Phòng), September 2019: a weather box "Hà Nội / 23°C / 22-25°C", the headline, "Thứ bảy, 17:29 07/09/2019", "Sau hơn 1 tháng thi công, với kinh phí đầu tư gần 600 triệu đồng, đầu tháng 9/2019 …" (time and money, none), five captions "Hải Phòng: Đầu tư 600 triệu đồng … - Ảnh 1." to "Ảnh 5.", a pupil of "lớp 4A5" quoted — no target, no result',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 0,
  },
  {
    file: 'dong-nai-long-khanh-ngay-hoi-doc-sach-2025-news.txt',
    source: 'https://longkhanh.dongnai.gov.vn/Pages/newsdetail.aspx?CatId=118&NewsId=17971',
    about:
      'a city portal (Long Khánh, Đồng Nai) on the provincial library\'s reading festival at a school for the Book Day, May 2025 (no programme): "Sáng ngày 16/5/2025, …", "Chương trình có sự tham gia của hơn 500 học sinh nhà trường" (one result), "kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)" (an anniversary, none), "hàng trăm cuốn sách" (in words, none) — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'vinh-long-thu-vien-125000-luot-news.txt',
    source: 'https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/tu-dau-nam-den-nay-he-thong-thu-vien-trong-tinh-phuc-vu-tren-125-000-luot-nguoi-doc/',
    about:
      'the provincial television (Vĩnh Long) on its library system\'s readers so far in the year (no programme, no year named): "từ đầu năm đến nay hệ thống thư viện trong toàn tỉnh đã phục vụ trên 125.000 lượt người đọc. Trong đó … gần 99% lượt người đến đọc sách trực tuyến …" (two results), the comment form\'s words — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 2,
  },
  {
    file: 'moitruong-31-xe-thu-vien-news.txt',
    source: 'https://moitruong.net.vn/thu-vien-ptag.html',
    about:
      'an environment paper\'s tag page ("thư viện") with one story: the ministry\'s library department "đã trao tặng 31 xe thư viện cho 31 tỉnh, thành phố trong cả nước" (one result: mobile libraries handed over), "Sáng 20-8" — no target',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'znews-thu-vien-cong-cong-2019-news.txt',
    source: 'https://znews.vn/viet-nam-co-hon-24000-thu-vien-cong-cong-post1026508.html',
    about:
      'a national news site on the review of two years of the reading project (329, by its title "Đề án “Phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030”"), December 2019: "Ngày 15/3/2017, …", "hôm 16/12", the ministry\'s statistics of 2019 "tổng số 24.080 thư viện (tăng 14%); trong đó, số thư viện cấp xã là 3.290 thư viện (tăng 11%); số phòng đọc sách, tủ sách cơ sở là 19.881 (tăng 11,4%) so với năm 2018" (three results), "tổng số bản sách … đạt gần 44 triệu bản sách (tăng 3% so với năm 2018)" (one), "bình quân số bản sách/người/năm … là 0,45" (one), "hơn 2 năm" (none), two captions — no target, five results',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 5,
  },
  {
    file: 'marimbapop-329-muc-tieu-2020-mirror-news.txt',
    source: 'https://marimbapop.com/html/39f799540.html',
    about:
      'a spam site mirroring a news story on the reading project\'s aims (the project is only "Đề án", no programme named), its words broken by a betting site\'s ("【kèo nhà cái k cộng】", "Đếnnămcơsởgiaacuteodụccoacutethưviệkèo nhà cái k cộng" inside a sentence): the headline "Đến năm 2020, 100% cơ sở giáo dục có thư viện" (the body cut before it: one target), "Về mục tiêu cụ thể, đến năm 2020, phấn đấu 80% …. Phấn đấu 20-25% …, 15-20% …", "Về nâng cao kiến thức, kỹ năng đọc: Phấn đấu 40-50% …; Phấn đấu 85% người sử dụng thư viện (đối với học sinh, sinh viên là 90%) …" (cut) — seven percent targets for 2020, three of them ranges',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, 100, 80, [20, 25], [15, 20], [40, 50], 85, 90),
    results: 0,
  },
];
