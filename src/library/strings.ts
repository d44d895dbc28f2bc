import type { Lang } from '../core/i18n/index.ts';

/** The library pages' own words (vi first, en), kept here so other modules' tables stay untouched. */
const S = {
  search: ['Tra cứu', 'Search'],
  searchTitle: ['Tra cứu sách và tài liệu', 'Search books and resources'],
  searchLabel: ['Từ khóa (nhan đề, tác giả, chủ đề…)', 'Words (title, author, subject…)'],
  searchButton: ['Tìm', 'Search'],
  results: ['kết quả', 'results'],
  noResults: ['Không tìm thấy tài liệu nào.', 'Nothing found.'],
  noTerms: ['Từ khóa không có chữ hoặc số nào để tìm; hãy nhập tên sách, tác giả hoặc chủ đề.', 'The search has no letters or digits; type a title, author or subject.'],
  filters: ['Lọc kết quả', 'Refine'],
  clearFilters: ['Bỏ lọc', 'Clear filters'],
  f_kind: ['Loại', 'Type'],
  f_library: ['Thư viện', 'Library'],
  f_language: ['Ngôn ngữ', 'Language'],
  f_year: ['Năm', 'Year'],
  f_subject: ['Chủ đề', 'Subject'],
  f_audience: ['Đối tượng', 'Audience'],
  k_book: ['Sách, tài liệu in', 'Books and print'],
  k_digital: ['Tài nguyên số', 'Digital resources'],
  a_children: ['Thiếu nhi', 'Children'],
  'a_ethnic-minority': ['Tiếng dân tộc thiểu số', 'Ethnic-minority language'],
  a_accessible: ['Định dạng dễ tiếp cận', 'Accessible format'],
  available: ['sẵn sàng', 'available'],
  of: ['trên', 'of'],
  inRotation: ['đang luân chuyển tới đây', 'here on rotation'],
  noCopies: ['Chưa có bản nào.', 'No copies.'],
  prev: ['← Trang trước', '← Previous'],
  next: ['Trang sau →', 'Next →'],
  by: ['Tác giả', 'Author'],
  publisher: ['Nhà xuất bản', 'Publisher'],
  holdings: ['Nơi có sách', 'Where to find it'],
  placeHold: ['Đặt trước', 'Place a hold'],
  holdAt: ['Nhận sách tại', 'Collect at'],
  loginToHold: ['Đăng nhập để đặt trước', 'Log in to place a hold'],
  noCard: ['Tài khoản của bạn chưa gắn thẻ bạn đọc; hãy đến thư viện để làm thẻ.', 'Your account has no library card yet; ask at the library.'],
  holdPlaced: ['Đã đặt trước. Thư viện sẽ giữ sách khi có bản trả về.', 'Hold placed. The library will set a copy aside when one comes back.'],
  myLoans: ['Sách tôi mượn', 'My loans'],
  exactFirst: ['khớp đúng dấu', 'exact match'],
} as const satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof S;
export const tr = (lang: Lang, key: Key): string => S[key][lang === 'en' ? 1 : 0];
export const trMaybe = (lang: Lang, key: string, fallback: string): string => (key in S ? tr(lang, key as Key) : fallback);
