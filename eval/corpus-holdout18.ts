/**
 * The eighteenth held-out set (eval/holdout18/, issue 22): 10 texts that REPORT — yearly, nine-month and monthly results of
 * provincial libraries and museums, a province's ten-year review of culture and a commune's yearly review, 2023 – 2026 —
 * from provinces the earlier sets have least (Bắc Ninh, Tuyên Quang, Bình Dương, Đồng Nai, Phú Thọ, Yên Bái had at most
 * four mentions among all earlier labels; Quảng Ninh, Lâm Đồng and Thái Nguyên a few more), found with the search tool
 * (corpus "pages") and labelled by hand BEFORE the reader first ran on them. Every source URL was checked against all
 * earlier sets' labels (eval/corpus*.ts, the sixteenth's in its worktree) and against the seventeenth set being built
 * beside it (read only): Cao Bằng's library half-year 2025, Thái Nguyên's library 2023, Bình Thuận's museum 2023 and Thái
 * Bình's library 2024 were dropped for that. Its scope is precision on reports: phrases that set targets in plans
 * ("đến hết năm 2025, tỷ lệ … đạt 96,3%", "Đến năm 2023, toàn tỉnh có …") here open results.
 * Conventions as in the fourteenth and sixteenth sets: a news text has no number or date of its own; a programme named in
 * passing (the national target programme for ethnic minority areas, whose Project 6 paid for bookcases) names none, one
 * whose task the text says the work is ("… là một trong những nhiệm vụ trọng tâm của Đề án phát triển văn hóa đọc trong
 * cộng đồng …") is labelled with its decision (329); a Party resolution (33-NQ/TW) is no programme. A results count is the
 * number of past values the text reports, one per clause: a count with its share ("hơn 1.662.000 lượt bạn đọc …; chiếm
 * 80% …"), its breakdown in brackets ("hơn 28 ngàn lượt … (tại thư viện hơn 1 ngàn lượt và ngoài thư viện hơn 27 ngàn
 * lượt)") or its companion ("142 buổi với trên 46.800 lượt bạn đọc", "7 điểm với gần 7 ngàn bản") is one, another
 * quantity joined by "và" is another; exhibitions, talks, objects shown, cards, visits and bookcases handed over are
 * counted; an inventory of what a province has ("toàn tỉnh có 7 thiết chế …", "660 di tích …") is not; nor money, land
 * area, awards, anniversaries and ordinals ("lần thứ 95", "vị khách thứ 1 triệu"), a typical load ("Một chuyến xe …
 * thường có trên 3.000 bản sách"), or a headline restating the body's figure. A figure a plan assigns for the year
 * ("Theo kế hoạch, trong năm 2023, … giao … bố trí 27 tủ sách cộng đồng") and one expected ("Dự kiến năm 2025, … đón
 * 1,1 triệu lượt khách", as the sixteenth's "Dự kiến, trong năm 2019 …") are count targets of that year.
 */
import { c, type CorpusDoc } from './corpus.ts';

export const HOLDOUT18: CorpusDoc[] = [
  {
    file: 'binh-duong-bao-tang-2024-news.txt',
    source: 'https://sovhttdl.binhduong.gov.vn/van-hoa/tong-ket-cong-tac-bao-tang-nam-2024-va-trien-khai-nhiem-vu-cong-tac-nam-2025-354808',
    about:
      'the culture department\'s portal (Bình Dương) on the provincial museum\'s meeting reviewing 2024 and setting the tasks of 2025 (no figures for 2025): a headline, "Sáng ngày 10/01/2025, …", a caption, ceremonies ("Lễ Giỗ lần thứ 95", "66 năm", "lần thứ 29": none), "thực hiện bàn giao 09/12 di tích quốc gia về các địa phương quản lý" (one result); cut mid-sentence',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 1,
  },
  {
    file: 'phu-tho-thu-vien-tu-sach-cong-dong-2026-news.txt',
    source: 'https://baophutho.vn/thu-vien-tinh-phu-tho-ban-giao-tu-sach-cong-dong-cho-24-xa-vung-dan-toc-thieu-so-va-mien-nui-245916.htm',
    about:
      'the provincial newspaper (Phú Thọ) on the library handing over community bookcases, January 2026: the index\'s " date 2026-01-16 {title}" line, "đã bàn giao 24 tủ sách cộng đồng", a caption, "11 xã được hỗ trợ 1 tủ, 233 bản sách; 13 xã được tăng cường … với 299 bản sách" (three results), the national target programme for ethnic minority areas 2021-2030 named in passing, a byline',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'vinh-phu-phu-tho-van-hoa-2025-news.txt',
    source: 'https://baophutho.vn/xa-vinh-phu-phat-huy-hieu-qua-cong-tac-van-hoa-thong-tin-the-thao-245691.htm',
    about:
      'the provincial newspaper (Phú Thọ) on a commune\'s review of culture, information and sport in 2025 (Vĩnh Phú), January 2026: " date 2026-01-13" before the headline, a caption, "Nhờ vậy đến hết năm 2025, tỷ lệ “Gia đình văn hóa” … đạt 96,3%; 20,4% số thôn …", "… trực tuyến … đạt trên 98%; tỷ lệ hồ sơ … đạt trên 98%" (four results, none a target), the tasks of 2026 without figures; cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 4,
  },
  {
    file: 'tuyen-quang-nghi-quyet-33-tong-ket-2024-news.txt',
    source: 'https://nhandan.vn/tuyen-quang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-33-cua-ban-chap-hanh-trung-uong-dang-post811842.html',
    about:
      'the Party daily on Tuyên Quang\'s review of ten years of the Party\'s culture resolution 33-NQ/TW (no programme), opening without a headline on "Sau 10 năm thực hiện …", a caption; "Đến năm 2023, toàn tỉnh có 7 thiết chế văn hóa cấp tỉnh (an inventory); … đạt 51%; … đạt 96%", "… đạt 93,5%; … đạt 96,9%; … năm 2022 đạt 92%; … năm 2022 đạt 80%" (six results), "Hiện nay, toàn tỉnh có 660 di tích …, 3 …, 182 …" (an inventory); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 6,
  },
  {
    file: 'dong-nai-thu-vien-thang-5-2024-news.txt',
    source: 'https://baomoi.com/thu-vien-dong-nai-phuc-vu-hon-28-ngan-luot-ban-doc-c49214154.epi',
    about:
      'a news aggregator\'s copy of the provincial paper (Đồng Nai) on the library in May 2024: a headline restating the body, "trong tháng 5-2024, thư viện phục vụ hơn 28 ngàn lượt bạn đọc (tại thư viện hơn 1 ngàn lượt và ngoài thư viện hơn 27 ngàn lượt)" (one), "luân chuyển đến 7 điểm với gần 7 ngàn bản sách, báo" (one), "xếp sách nghệ thuật với 3 ngàn bản sách" (one), a contest open "đến hết ngày 10-6", the byline and the source\'s URL',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'yen-bai-thu-vien-luu-dong-2023-news.txt',
    source: 'https://toquoc.vn/mang-anh-sang-tri-thuc-den-voi-nguoi-dan-vung-sau-vung-xa-20231107083627514.htm',
    about:
      'the culture ministry\'s paper on Yên Bái\'s mobile library in 2023, its lead tagged "(Tổ Quốc) - ": "từ đầu năm đến nay, xe … đã phục vụ … 142 buổi với trên 46.800 lượt bạn đọc và gần 90.000 lượt sách báo luân chuyển" (two results), the work framed as a task of "Đề án phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030" (329, no target), "Một chuyến xe … thường có trên 3.000 bản sách" (a typical load, none); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 2,
  },
  {
    file: 'bac-ninh-bao-tang-9-thang-2023-news.txt',
    source: 'https://syt.bacninh.gov.vn/web/bacninh/news/-/details/20182/bao-tang-tinh-on-hon-52-nghin-luot-khach-tham-quan-trai-nghiem-51711559',
    about:
      'a provincial portal (Bắc Ninh) on the provincial museum\'s first nine months of 2023, tagged "(BNP) - ": a headline restating the body, a caption, "Trong 9 tháng đầu năm 2023, Bảo tàng tỉnh đón khoảng 52.569 lượt khách" (one), travelling exhibitions by name, "trưng bày 02 chuyên đề …; tổ chức trưng bày trên 100 tài liệu, hiện vật …" (two); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 3,
  },
  {
    file: 'thai-nguyen-thu-vien-9-thang-2024-news.txt',
    source: 'https://baothainguyen.vn/van-hoa/202409/phuc-vu-gan-27000-luot-ban-doc-53c23e0',
    about:
      'the provincial paper (Thái Nguyên) on the library to September 2024: a headline restating the body, a byline with the time "09:44, 25/09/2024", "Tính đến hết tháng 9-2024, … cấp mới 577 thẻ và phục vụ gần 27.000 lượt bạn đọc; luân chuyển hơn 49.000 lượt sách báo; phục vụ hơn 1.100 lượt … và gần 124.000 lượt truy cập website" (five), a caption printed twice, "tổ chức 2 cuộc trưng bày sách trực tuyến …" and "tổ chức 36 cuộc giới thiệu sách …" (two), anniversaries, an award (none)',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 7,
  },
  {
    file: 'lam-dong-thu-vien-2023-news.txt',
    source: 'https://baolamdong.vn/xa-hoi/202311/thu-vien-lam-dong-trien-khai-nhieu-hoat-dong-thiet-thuc-90b30d0',
    about:
      'the provincial paper (Lâm Đồng) on the library in 2023, no headline in the excerpt: "Từ đầu năm đến nay, … đã cấp 6.243 Thẻ bạn đọc, phục vụ hơn 1.662.000 lượt bạn đọc …; chiếm 80% bạn đọc là học sinh, sinh viên" (two: the share is the count\'s), "luân chuyển hơn 260.000 lượt tài liệu" (one); then "Theo kế hoạch, trong năm 2023, … đã giao Thư viện Lâm Đồng bố trí 27 tủ sách cộng đồng tại 27 xã …" (a count target for 2023), money; the page\'s comment box',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...c(2023, 27)],
    results: 3,
  },
  {
    file: 'quang-ninh-bao-tang-khach-thu-1-trieu-2025-news.txt',
    source: 'https://thoibaotaichinhvietnam.vn/bao-tang-quang-ninh-don-vi-khach-thu-1-trieu-trong-nam-2025-188690.html',
    about:
      'the finance ministry\'s paper on Quảng Ninh\'s provincial museum welcoming its millionth visitor of 2025: " date 2025-12-12 (TBTCO) - Ngày 12/12, …", "vị khách thứ 1 triệu" (an ordinal, none), a caption "Dự kiến năm 2025, Bảo tàng Quảng Ninh đón 1,1 triệu lượt khách tham quan. Ảnh T.T" (a count target for 2025, given nowhere else), a visitor\'s age, the area "15.000 m2" (none); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [...c(2025, 1100000)],
    results: 0,
  },
];
