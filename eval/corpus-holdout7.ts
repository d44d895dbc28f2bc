/**
 * The seventh held-out set (eval/holdout7/, issue 22): 12 texts of provinces, programmes and shapes
 * the earlier sets lack (Cao Bằng's 677 plan, Khánh Hòa's 387 plan and Quảng Ngãi's 206 plan under
 * their sites' summaries, the 1373 project and the heritage digitisation programme 2026 in the press,
 * the culture strategy 1909 as an infographic's lead, a ministry's 329 results report on a
 * department's portal, two provincial libraries' yearly and quarterly figures (Thái Bình, Hậu Giang),
 * a district's review of 208 (Quảng Điền), the 89 project's review and its sequel), found with the
 * search tool and labelled by hand BEFORE the reader first ran on them. Conventions as in the fifth
 * and sixth sets: a programme named only by its title is labelled with the decision meant; a headline,
 * lead, sub-headline or caption that restates a target of the body is not a second target; a news
 * text has no number or date of its own; a results count is the number of past values the text
 * reports, one per clause (a count with its share or growth in brackets is one); the basis is every
 * document the preamble cites, a Tờ trình included, in the order written.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT7: CorpusDoc[] = [
  {
    file: 'cao-bang-2202-kh-ubnd-2022.txt',
    source: 'https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-2202-KH-UBND-2022-Chuong-trinh-Xay-dung-mo-hinh-Cong-dan-hoc-tap-Cao-Bang-529083.aspx?tab=3',
    about:
      'provincial plan (Cao Bằng) for the learning-citizen programme 677: a web table export ("|" lines, the date broken after "ngày 23"), "a) Phấn đấu đến năm 2025" over dash items, the excerpt ending inside the second item (40% …, 60% …)',
    kind: 'plan',
    number: '2202/KH-UBND',
    date: '2022-08-23',
    programme: '677/QĐ-TTg',
    basis: ['677/QĐ-TTg'],
    targets: p(2025, 100, 40, 60),
  },
  {
    file: 'phunuthudo-1373-xa-hoi-hoc-tap-news.txt',
    source: 'https://baophunuthudo.vn/article/97367/214/thu-tuong-chinh-phu-phe-duyet-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030',
    about:
      'city women\'s newspaper (Hà Nội) on the approval of 1373: "Đề án đặt mục tiêu đến năm 2030 …", a paragraph without a year ("Đề án phấn đấu 70% …; 60% …. Trong đó, 15% …"), sub-headlines restating body targets ("Phổ cập mẫu giáo 100%", "90% các trường đại học …"), a caption printed twice, the excerpt ending mid-word',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: p(2030, 90, 100, 70, 40, 70, 60, 15, 90, 80, 60, 50),
  },
  {
    file: 'truyenhinhthanhhoa-2026-so-hoa-di-san-news.txt',
    source: 'http://truyenhinhthanhhoa.vn/van-hoa/202112/day-manh-chuyen-doi-so-lien-thong-du-lieu-so-quoc-gia-ve-di-san-van-hoa-8374121',
    about:
      'provincial television\'s site on the heritage digitisation programme 2026/QĐ-TTg: a lead and an image caption in "|" cells restating the body\'s "Giai đoạn 2021-2030, 100% …" targets; the period, not "đến năm", gives the year',
    kind: 'news',
    number: null,
    date: null,
    programme: '2026/QĐ-TTg',
    targets: p(2030, 100, 100, 100),
  },
  {
    file: 'thuathienhue-329-ket-qua-2021-2022-news.txt',
    source: 'https://svhtt.thuathienhue.gov.vn/?gd=27&cn=66&tc=37834',
    about:
      'a provincial culture department\'s portal on the ministry\'s report on the 329 project (by its title) for 2021-2022: "Theo số liệu thống kê năm 2022, … 24.102 thư viện", counts of libraries by level, "27.824.986 bản sách (tăng 10% …)", cards, visits — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 8,
  },
  {
    file: 'thaibinh-thu-vien-6000-the-news.txt',
    source: 'https://wwww.baothaibinh.com.vn/tin-tuc/9/192394/thu-vien-tinh-cap-moi-6-000-the-ban-doc',
    about:
      'provincial newspaper (Thái Bình) on the library\'s year: a headline with a result (6.000 thẻ), points served ("60 điểm trường"), visits, copies given ("gần 1.200 bản sách", "3.321 bản sách", "gần 8.000 bản sách"), related links with a date below the byline; no programme — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
  {
    file: 'khanh-hoa-4341-kh-ubnd-2022.txt',
    source: 'https://thuvienphapluat.vn/bulletin/document.aspx?key=oqin9uTorshyBFbAnL5vHg%3d%3d&bid=693c52a3-c219-4903-a3b5-5911af7cb9f0',
    about:
      'provincial plan (Khánh Hòa) for the 387 programme: the site\'s search box and summary above the header, the province\'s name broken inside a word ("KHÁNH H / ÒA"), a basis of a decision, a plan, a decision and a Tờ trình; first page, no targets',
    kind: 'plan',
    number: '4341/KH-UBND',
    date: '2022-05-16',
    programme: '387/QĐ-TTg',
    basis: ['387/QĐ-TTg', '10491/KH-UBND', '4607/QĐ-UBND', '926/TTr-SGDĐT'],
    targets: [],
  },
  {
    file: 'quang-ngai-165-kh-ubnd-2022.txt',
    source: 'https://thuviennhadat.vn/vbpl/ke-hoach-165-kh-ubnd-2022-trien-khai-chuong-trinh-chuyen-doi-so-nganh-thu-vien-quang-ngai-536134.html',
    about:
      'provincial plan (Quảng Ngãi) for the 206 programme: the site\'s summary (Số hiệu, Ngày ban hành, Ngày có hiệu lực) above the header, the province misspelt in the header ("QUNG NGÃI"), a Tờ trình in the basis; first page, no targets',
    kind: 'plan',
    number: '165/KH-UBND',
    date: '2022-10-14',
    programme: '206/QĐ-TTg',
    basis: ['206/QĐ-TTg', '1719/TTr-SVHTTDL'],
    targets: [],
  },
  {
    file: 'daidoanket-1373-tiep-tuc-news.txt',
    source: 'http://daidoanket.vn/tiep-tuc-thuc-hien-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030-555443.html',
    about:
      'national newspaper on continuing the learning society (1373, by its title in the headline) after 8 years of 89/QĐ-TTg: "100% tỉnh …; 98% số người …" reported, then the site\'s section links — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '1373/QĐ-TTg',
    targets: [],
    results: 2,
  },
  {
    file: 'quang-dien-208-hoc-tap-suot-doi-news.txt',
    source: 'https://quangdien.thuathienhue.gov.vn/?gd=3&cn=102&tc=4639',
    about:
      'a district portal (Quảng Điền, Thừa Thiên Huế) on five years of the 208 project: "Ngày cập nhật 16/11/2020", a caption, the district\'s plan "Kế hoạch số 49/KH-UBND ngày 23/4/2015" cited in the body, "Sau 5 năm …: … phát triển 05 mô hình tủ sách tư nhân" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '208/QĐ-TTg',
    targets: [],
    results: 1,
  },
  {
    file: 'baodanang-chien-luoc-van-hoa-2030-news.txt',
    source: 'https://baodanang.vn/infographics/202111/chien-luoc-phat-trien-van-hoa-den-nam-2030-3895075/',
    about:
      'city newspaper\'s infographic lead on the culture strategy to 2030 (1909/QĐ-TTg, by its title): "phấn đấu đến năm 2030 có 100% …; ít nhất 95% … và 70% …", then the graphic\'s credit and punctuation residue',
    kind: 'news',
    number: null,
    date: null,
    programme: '1909/QĐ-TTg',
    targets: p(2030, 100, 95, 70),
  },
  {
    file: 'vimarsana-89-xoa-mu-chu-tong-ket-news.txt',
    source: 'https://vimarsana.com/article/tren-300000-nguoi-da-duoc-xoa-mu-chu-trong-8-nam-qua-20210618103640807-htm',
    about:
      'an aggregator\'s copy of a national newspaper (Dân trí) on the review of Project 89 (by its title "Xây dựng xã hội học tập giai đoạn 2012-2020"): headline, outlet and lead run together on one line, "xóa mù chữ cho trên 300.000 người" in 8 years — one result, stated twice',
    kind: 'news',
    number: null,
    date: null,
    programme: '89/QĐ-TTg',
    targets: [],
    results: 1,
  },
  {
    file: 'hau-giang-thu-vien-quy-iii-2019-news.txt',
    source: 'http://www.baohaugiang.com.vn/van-hoa-trong-nuoc/tiep-tuc-nang-chat-phuc-vu-ban-doc-82981.html',
    about:
      'provincial newspaper (Hậu Giang) on the library\'s third quarter: "phục vụ trên 50.600 lượt bạn đọc", "luân chuyển 5.000 bản sách cho 23 thư viện cơ sở", copies added and catalogued, "trên 500 thẻ", a caption, the site\'s links; no programme — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 5,
  },
];
