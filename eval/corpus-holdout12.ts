/**
 * The twelfth held-out set (eval/holdout12/, issue 22): 12 texts that MIX results and aims, found with the search
 * tool (corpus "pages") and labelled by hand BEFORE the reader first ran on them (every source URL was checked
 * against the earlier sets). Its scope is the reader's known weakness, precision on reviews: results reports and
 * conference news of the 281 and 329 programmes (a district of Hà Nam, Đắk Nông, a district of Đắk Lắk, Hòa Bình),
 * congresses and yearly meetings of learning associations that review a term or a year and then set the next one's
 * aims (districts of Bạc Liêu, Kon Tum, Ninh Thuận and Thanh Hóa; the provinces of Long An and Nam Định), and two
 * reviews of the culture movement (Gia Lai's year 2018 with its aims for 2019, a district of Quảng Nam's year 2023).
 * Conventions as in the tenth set: a news text has no number or date of its own; a programme named only by its
 * title is labelled with the decision meant, the movement alone names none; a results count is the number of past
 * values the text reports, one per clause (a count with its share is one, "tăng từ 35% lên 37%" is one, a value
 * with its rise "tăng 1,3% so với năm 2022" or its margin over the target "vượt 2,97% so với chỉ tiêu" is one; money
 * and the delegates of a meeting are not counted; the association's own branches and members are); an aim set for
 * a term ("nhiệm kỳ 2018 – 2023") without a year of its own takes the term's last year; "mỗi hộ gia đình có ít nhất
 * 1 hội viên" is a rule per household and a fund per person in đồng is money, neither labelled as a target.
 */
import { p, type CorpusDoc } from './corpus.ts';

export const HOLDOUT12: CorpusDoc[] = [
  {
    file: 'binh-luc-281-tong-ket-news.txt',
    source: 'https://binhluc.hanam.gov.vn/Pages/binh-luc-tong-ket-5-nam-thuc-hien-quyet-dinh-281-cua-thu-tuong-chinh-phu.aspx',
    about:
      'district portal (Bình Lục, Hà Nam) on its five-year review of 281/QĐ-TTg under the site\'s "Skip Ribbon Commands" lines, the headline printed twice around a section name: "Đến nay, toàn huyện có 68,9% …, 50,5% …, 65,7% …, 83,5% … và 100% các xã …", then the next tasks without figures; pilot "tại 3 xã" is no result — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 5,
  },
  {
    file: 'dak-nong-281-so-ket-2018-news.txt',
    source: 'http://truyenhinhdaknong.vn/tin-tuc/trao-tang-gan-14500-suat-hoc-bong-cho-hang-ngan-hoc-sinh-ngheo-hieu-hoc-3991.html',
    about:
      'provincial television (Đắk Nông) on three years of 281 ("Đề án 281 của Thủ tướng Chính phủ"), the excerpt opening mid-article with captions between paragraphs: "giai đoạn 2016-2018 danh hiệu gia đình học tập tăng từ 35% lên 37 %; … từ 41% lên 68%; … từ 69% lên 78%; … dòng họ học tập của 3 năm qua đạt 48%", the year 2018\'s fund (money) and "gần 14.500 suất học bổng" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 5,
  },
  {
    file: 'lak-281-tong-ket-news.txt',
    source: 'https://ttthlak.gov.vn/tin-tuc/hoi-nghi-tong-ket-5-nam-thuc-hien-quyet-dinh-281-cua-thu-tuong-chinh-phu',
    about:
      'a district\'s media centre (Lắk, Đắk Lắk, by the site\'s name) on the five-year review of 281/QĐ-TTg (title quoted, "đến năm 2020"): "Đến nay, ước tính … 7.608 hộ … (đạt tỷ lệ 42,65%); 55 dòng họ … (ước đạt đạt trên 30%), 91 thôn … (đạt 61,49%); … 57 đơn vị, chiếm tỷ lệ 98%", literacy and primary levels as fractions of communes "5/11 … 6/11 … 8/11 … 3/11" with levels ("mức độ 2") that are no values; cut — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '281/QĐ-TTg',
    targets: [],
    results: 8,
  },
  {
    file: 'phuoc-long-khuyen-hoc-dai-hoi-news.txt',
    source: 'https://baocamau.vn/huyen-phuoc-long-van-dong-quy-xa-hoi-hoa-giao-duc-gan-23-ty-dong-a99145.html',
    about:
      'provincial newspaper on a district learning association\'s congress (Phước Long, Bạc Liêu; the tag "(BL-TQ)"), term 2016 - 2020: the past term "gần 20.000 hội viên; hơn 5.000 gia đình …, 170 dòng họ", money, "hơn 13.000 con" (piggy banks); then "Phấn đấu đến năm 2020, … từ 50% trở lên; mỗi hộ gia đình có ít nhất 1 hội viên …; 70% …; 50% …"; the site\'s footer',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, 50, 70, 50),
    results: 4,
  },
  {
    file: 'sa-thay-khuyen-hoc-dai-hoi-news.txt',
    source: 'https://kontumtv.vn/tin-tuc/tin-trong-nuoc/dai-hoi-dai-bieu-hoi-khuyen-hoc-huyen-sa-thay',
    about:
      'provincial television (Kon Tum) on a district learning association\'s congress (Sa Thầy), reviewing 2012 – 2017 and aiming at the term 2018 – 2023: "Đến nay, … hơn 4500 hội viên với 126 chi hội … thuộc 11 hội …; hơn 350 gia đình …; 33 dòng họ …; 11 cộng đồng …. Đến cuối năm 2018, … 1 gia đình …, 2 dòng họ … và 8 cộng đồng …", money; then "các chỉ tiêu … trong nhiệm kỳ 2018 – 2023. Trong đó, phấn đấu 100% …; mỗi xã có 60% …, 40% … và 50% …" (the term\'s last year); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2023, 100, 60, 40, 50),
    results: 9,
  },
  {
    file: 'ninh-phuoc-khuyen-hoc-2018-news.txt',
    source: 'http://baoninhthuan.com.vn/news/98681p24c32/trien-khai-cong-tac-khuyen-hoc-nam-2018.htm',
    about:
      'provincial newspaper (Ninh Thuận, tag "(NTO)") on a district learning association\'s year (Ninh Phước): a headline, "Năm 2017, … phát triển được 493 hội viên mới, nâng tổng số hội viên lên 25.417 người, đạt tỷ lệ 19,4% …. Có trên 10.600 gia đình …, 80 dòng họ …, 37 cộng đồng …, 9 trung tâm … và 54 đơn vị …", money, "2.157 suất học bổng"; a caption; then "Trong năm 2018, … phấn đấu phát triển 1.000 hội viên mới; 100% …; 85% …, 75% …, 70% trở lên …"',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [[2018, 1000, 'count'], ...p(2018, 100, 85, 75, 70)],
    results: 8,
  },
  {
    file: 'gia-lai-doi-song-van-hoa-2019-news.txt',
    source: 'https://baogialai.com.vn/channel/12378/201901/phan-dau-83-gia-dinh-dat-tieu-chuan-van-hoa-5617433/',
    about:
      'provincial newspaper (Gia Lai, tag "(GLO)-") on the culture movement\'s meeting for 2019 (no programme named), dot lines and a caption printed twice: "Phấn đấu cuối năm 2019 có 83% … ; 78% …", then "Được biết, trong năm 2018, …. Tính đến cuối năm 2018, toàn tỉnh có 68,26% …; hơn 264.000 gia đình văn hóa; 1.650 thôn …", a byline',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2019, 83, 78),
    results: 3,
  },
  {
    file: 'long-an-khuyen-hoc-2015-news.txt',
    source: 'https://baolongan.vn/ong-pham-thanh-phong-tai-dac-cu-chu-tich-hoi-khuyen-hoc-viet-nam-tinh-long-an-nhiem-ky-2015-2020-a11839.html',
    about:
      'provincial newspaper (Long An) on the provincial learning association\'s congress, term 2015 - 2020: a language switch and a dateline "30/12/2015 - 11:16" above the headline, the lifelong-learning movement named (no programme), captions, "phấn đấu đến năm 2020 phát triển hội viên đạt tỷ lệ từ 27- 30% so với dân số; … quỹ từ 20 triệu đồng trở lên (money); … đạt từ 50 - 70% hộ gia đình học tập" — aims only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2020, [27, 30], [50, 70]),
  },
  {
    file: 'hoa-binh-329-ket-qua-2019-news.txt',
    source:
      'https://hoabinh.gov.vn/tin-chi-tiet/-/bai-viet/ket-qua-trien-khai-thuc-hien-e-an-phat-trien-van-hoa-oc-trong-cong-ong-tren-ia-ban-tinh-12098-1358.html',
    about:
      'provincial portal (Hòa Bình) on two years of the reading-culture project (329, named by its title), no headline in the excerpt: "đến nay, tỉnh có 80% học sinh …; 25% người dân ở khu vực nông thôn, 20% … ; 100% cơ sở giáo dục …" — the project\'s own target shares, here reached — then "Từ năm 2018 đến nay, Thư viện tỉnh đã bổ sung 1.645 đầu sách và 34 đầu báo …; cấp được 12.000 thẻ …, phục vụ 133.400 lượt bạn đọc với 174.800 lượt sách …; 898.182 lượt …"; a coordination programme "giai đoạn 2019 - 2020" — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: '329/QĐ-TTg',
    targets: [],
    results: 10,
  },
  {
    file: 'nam-dinh-khuyen-hoc-dai-hoi-2017-news.txt',
    source: 'https://daidoanket.vn/nam-dinh-tap-trung-xay-dung-xa-hoi-hoc-tap-10085070.html',
    about:
      'national newspaper on Nam Định\'s provincial learning association\'s congress (term 2017-2022), no headline in the excerpt, a caption: "Báo cáo tại Đại hội cho biết, đến nay, … 12.652 chi hội …, tăng 1962 …. Số hội viên đạt hơn 24% …; 60% …, 55% …, 65 % …; 51,5% …", money, "4. 850 xe đạp, 40 xe lăn"; then "Nhiệm kỳ mới, … Toàn tỉnh phấn đấu có hơn 90% …, 80% …, 70% …; tăng số hội viên lên 28% dân số; đến năm 2020 số dư quỹ … 70.000 đồng/người" (the term\'s last year; the fund per person is money); cut',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: p(2022, 90, 80, 70, 28),
    results: 8,
  },
  {
    file: 'tien-phuoc-doi-song-van-hoa-2023-news.txt',
    source:
      'https://qrt.vn/xa-hoi/tien-phuoc-78-thon-khoi-pho-duoc-cong-nhan-thon-khoi-pho-van-hoa/?utm_source=rss&utm_medium=rss&utm_campaign=tien-phuoc-78-thon-khoi-pho-duoc-cong-nhan-thon-khoi-pho-van-hoa',
    about:
      'provincial television (Quảng Nam) on a district\'s review of the culture movement for 2023 (Tiên Phước), the index\'s " date 2024-02" line at the head, no headline: "Năm 2023, … 17.800/18.600 hộ … (96%), tăng 1,3% so với năm 2022. … 14.504/18.600 hộ (tỷ lệ 77,97%), vượt 2,97% so với chỉ tiêu; … 76 tộc … (tỷ lệ 89%). Có 78/79 thôn … (tỷ lệ 92%), vượt 3,8% so với chỉ tiêu; … 60 thôn … (71%); 47 … (55%); 11 … (13%); 109/111 … (98,2%)", "phát triển mới 3 câu lạc bộ nâng tổng số … lên 66 câu lạc bộ", awards (not counted), a byline — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 9,
  },
  {
    file: 'hau-loc-khuyen-hoc-dai-hoi-2021-news.txt',
    source: 'https://baothanhhoa.vn/giao-duc/dai-hoi-hoi-khuyen-hoc-huyen-hau-loc-lan-thu-v/146026.htm',
    about:
      'provincial newspaper (Thanh Hóa) on a district learning association\'s congress (Hậu Lộc), term 2021-2026, the index\'s " date 2021-10" line before the headline, 135 delegates (not counted), captions: "Đến nay … 23/23 HKH xã …; 6/6 HKH trường học …; 9 Ban …; 82 Chi hội … và 687 Ban …, với tổng số 45.406 hội viên", "đến hết năm 2020, … 31.975 gia đình, đạt 74,02% …, vượt chỉ tiêu 4,02%. Có 421 dòng họ …, đạt tỷ lệ 53,56% … (dòng họ có từ 10 hộ trở lên)"; cut before the new term\'s aims — results only',
    kind: 'news',
    number: null,
    date: null,
    programme: null,
    targets: [],
    results: 8,
  },
];
