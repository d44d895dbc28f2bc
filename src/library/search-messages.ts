import { texts } from '../core/i18n/catalogue.ts';
import type { Lang } from '../core/i18n/lang.ts';

/** The search's and a title's page words, and the names of the kinds, audiences and languages its filters show (Vietnamese first, English). */
export const searchText = texts({
  // the search and a title's page
  search: { vi: 'Tra cứu', en: 'Search' },
  searchTitle: { vi: 'Tra cứu sách và tài liệu', en: 'Search books and resources' },
  searchLabel: { vi: 'Từ khóa (nhan đề, tác giả, chủ đề…)', en: 'Words (title, author, subject…)' },
  searchButton: { vi: 'Tìm', en: 'Search' },
  results: { vi: 'kết quả', en: 'results' },
  over: { vi: 'Hơn {n}', en: 'Over {n}' },
  tooMany: {
    vi: 'Quá nhiều tài liệu khớp để xếp hạng hết: đây là những kết quả phù hợp nhất trong {n} tài liệu mới nhất. Thêm từ để thu hẹp kết quả.',
    en: 'Too many matches to rank them all: these are the best of the newest {n}. Add a word to narrow the search.',
  },
  noResults: { vi: 'Không tìm thấy tài liệu nào.', en: 'Nothing found.' },
  noTerms: {
    vi: 'Từ khóa không có chữ hoặc số nào để tìm; hãy nhập tên sách, tác giả hoặc chủ đề.',
    en: 'The search has no letters or digits; type a title, author or subject.',
  },
  filters: { vi: 'Lọc kết quả', en: 'Refine' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  f_kind: { vi: 'Loại', en: 'Type' },
  f_library: { vi: 'Thư viện', en: 'Library' },
  f_language: { vi: 'Ngôn ngữ', en: 'Language' },
  f_year: { vi: 'Năm', en: 'Year' },
  f_subject: { vi: 'Chủ đề', en: 'Subject' },
  f_audience: { vi: 'Đối tượng', en: 'Audience' },
  available: { vi: 'sẵn sàng', en: 'available' },
  of: { vi: 'trên', en: 'of' },
  inRotation: { vi: 'đang luân chuyển tới đây', en: 'here on rotation' },
  noCopies: { vi: 'Chưa có bản nào.', en: 'No copies.' },
  copies: { vi: 'Số bản', en: 'Copies' },
  prev: { vi: '← Trang trước', en: '← Previous' },
  next: { vi: 'Trang sau →', en: 'Next →' },
  by: { vi: 'Tác giả', en: 'Author' },
  publisher: { vi: 'Nhà xuất bản', en: 'Publisher' },
  holdings: { vi: 'Nơi có sách', en: 'Where to find it' },
  placeHold: { vi: 'Đặt trước', en: 'Place a hold' },
  holdAt: { vi: 'Nhận sách tại', en: 'Collect at' },
  loginToHold: { vi: 'Đăng nhập để đặt trước', en: 'Log in to place a hold' },
  noCard: { vi: 'Tài khoản của bạn chưa gắn thẻ bạn đọc; hãy đến thư viện để làm thẻ.', en: 'Your account has no library card yet; ask at the library.' },

  // a title's copies and its hold form
  editRecordLink: { vi: 'Sửa biên mục và bản sách', en: 'Edit the record and its copies' },
  copiesH: { vi: 'Các bản sách', en: 'Copies' },
  onLoanUntil: { vi: 'Đang cho mượn, hạn trả {date}', en: 'On loan, due {date}' },
  holdPlacedAt: {
    vi: 'Đã đặt trước, nhận tại {library}. Bạn đứng thứ {n} trong hàng chờ; thư viện giữ sách cho bạn khi có bản.',
    en: 'Hold placed, to collect at {library}. You are number {n} in the queue; the library sets a copy aside for you when one is free.',
  },
  yourHoldHere: { vi: 'Bạn đã đặt trước tên sách này: {state}, nhận tại {library}.', en: 'You have a hold on this title: {state}, at {library}.' },
  myHoldsLink: { vi: 'Xem sách mượn và đặt trước của tôi', en: 'See my loans and holds' },
  holdWithCard: { vi: 'Đặt bằng thẻ', en: 'With the card' },
  chooseCardOption: { vi: '— Chọn thẻ —', en: '— Choose a card —' },
  chooseLibraryOption: { vi: '— Chọn thư viện —', en: '— Choose a library —' },

  // kinds, audiences and languages by their names
  k_book: { vi: 'Sách, tài liệu in', en: 'Books and print' },
  k_digital: { vi: 'Tài nguyên số', en: 'Digital resources' },
  k_object: { vi: 'Hiện vật bảo tàng', en: 'Museum objects' },
  k_exhibition: { vi: 'Triển lãm', en: 'Exhibitions' },
  k_event: { vi: 'Sự kiện', en: 'Events' },
  k_club: { vi: 'Câu lạc bộ', en: 'Clubs' },
  a_children: { vi: 'Thiếu nhi', en: 'Children' },
  'a_ethnic-minority': { vi: 'Tiếng dân tộc thiểu số', en: 'Ethnic-minority language' },
  a_accessible: { vi: 'Định dạng dễ tiếp cận', en: 'Accessible format' },

  l_vie: { vi: 'Tiếng Việt', en: 'Vietnamese' },
  l_eng: { vi: 'Tiếng Anh', en: 'English' },
  l_fre: { vi: 'Tiếng Pháp', en: 'French' },
  l_fra: { vi: 'Tiếng Pháp', en: 'French' },
  l_rus: { vi: 'Tiếng Nga', en: 'Russian' },
  l_chi: { vi: 'Tiếng Trung', en: 'Chinese' },
  l_zho: { vi: 'Tiếng Trung', en: 'Chinese' },
  l_jpn: { vi: 'Tiếng Nhật', en: 'Japanese' },
  l_kor: { vi: 'Tiếng Hàn', en: 'Korean' },
  l_ger: { vi: 'Tiếng Đức', en: 'German' },
  l_deu: { vi: 'Tiếng Đức', en: 'German' },
  l_khm: { vi: 'Tiếng Khmer', en: 'Khmer' },
  l_lao: { vi: 'Tiếng Lào', en: 'Lao' },
  l_tha: { vi: 'Tiếng Thái Lan', en: 'Thai' },
  l_hmn: { vi: 'Tiếng H’Mông', en: 'Hmong' },
  l_tai: { vi: 'Tiếng Tày, Thái', en: 'Tai languages' },
  l_mkh: { vi: 'Tiếng Môn-Khmer', en: 'Mon-Khmer languages' },
  l_cmc: { vi: 'Tiếng Chăm', en: 'Chamic languages' },
  l_spa: { vi: 'Tiếng Tây Ban Nha', en: 'Spanish' },
  l_mul: { vi: 'Nhiều ngôn ngữ', en: 'Several languages' },
  l_und: { vi: 'Chưa xác định', en: 'Undetermined' },
});

/** A filter value read from the data (a kind, an audience, a language) by its name, else the code itself. */
export function searchValueName(lang: Lang, prefix: 'k_' | 'a_' | 'l_', code: string): string {
  const t: Readonly<Record<string, unknown>> = searchText(lang);
  const v = t[`${prefix}${code}`];
  return typeof v === 'string' ? v : code;
}
