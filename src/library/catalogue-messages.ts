import { texts } from '../core/i18n/catalogue.ts';

/** The catalogue's words: MARC import matching and its preview, editing a record and its copies (Vietnamese first, English). */
export const catalogueText = texts({
  // MARC import matching and its preview (issue 20)
  imported: {
    vi: '{file}: đọc {read} biểu ghi — {imported} biểu ghi mới, gộp {merged} vào biểu ghi đã có, {unchanged} đã có sẵn; {items} bản mới, {unchangedItems} bản đã có; từ chối {rejected}.',
    en: '{file}: {read} records read — {imported} new, {merged} merged into existing records, {unchanged} already there; {items} new items, {unchangedItems} already held; {rejected} rejected.',
  },
  matchRuleLabel: { vi: 'So khớp với biểu ghi đã có theo', en: 'Match existing records by' },
  rule_auto: { vi: 'Tự động (số kiểm soát, rồi ISBN, rồi nhan đề và tác giả)', en: 'Automatic (control number, then ISBN, then title and author)' },
  rule_isbn: { vi: 'ISBN', en: 'ISBN' },
  rule_control: { vi: 'Số kiểm soát (001, 035) của thư viện', en: "The library's control number (001, 035)" },
  'rule_title-author': { vi: 'Nhan đề và tác giả', en: 'Title and author' },
  previewButton: { vi: 'Xem trước', en: 'Preview' },
  previewTitle: { vi: 'Xem trước khi nhập: {file}', en: 'Preview of the import: {file}' },
  previewSummary: {
    vi: 'Đọc {read} biểu ghi: {created} biểu ghi mới, {merged} gộp vào biểu ghi đã có, {unchanged} đã có đủ (không thêm gì), {rejected} bị loại; {items} bản sách sẽ được thêm.',
    en: 'Read {read} records: {created} new, {merged} merged into existing records, {unchanged} already there (nothing added), {rejected} refused; {items} copies would be added.',
  },
  previewRule: { vi: 'Cách so khớp: {rule}', en: 'Matching: {rule}' },
  previewNothingWritten: { vi: 'Chưa có gì được ghi vào mục lục.', en: 'Nothing has been written to the catalogue yet.' },
  previewRecordNo: { vi: 'Số thứ tự', en: 'No.' },
  previewIncoming: { vi: 'Biểu ghi trong tệp', en: 'Record in the file' },
  previewOutcome: { vi: 'Kết quả', en: 'Outcome' },
  fate_new: { vi: 'Biểu ghi mới', en: 'New record' },
  fate_merged: { vi: 'Gộp vào:', en: 'Merged into:' },
  fate_mergedInFile: { vi: 'Gộp với biểu ghi trước trong tệp', en: 'Merged with an earlier record of the file' },
  fate_unchanged: { vi: 'Đã có đủ, không thêm', en: 'Already there, nothing added' },
  fate_rejected: { vi: 'Bị loại', en: 'Refused' },
  previewMore: {
    vi: 'Chỉ liệt kê {n} biểu ghi đầu; số liệu trên là của cả tệp.',
    en: 'Only the first {n} are listed; the figures above are for the whole file.',
  },
  confirmImport: { vi: 'Nhập tệp này', en: 'Import this file' },
  chooseAgain: { vi: 'Chọn tệp khác', en: 'Choose another file' },
  noTitleRead: { vi: '(không đọc được)', en: '(unreadable)' },

  // catalogue editing (issue 20)
  editRecordTitle: { vi: 'Sửa biên mục: {title}', en: 'Edit record: {title}' },
  recordFieldsH: { vi: 'Thông tin biên mục', en: 'Record' },
  materialLabel: { vi: 'Loại tài liệu', en: 'Material' },
  m_book: { vi: 'Sách', en: 'Book' },
  m_serial: { vi: 'Báo, tạp chí', en: 'Serial' },
  m_audio: { vi: 'Sách nói, âm thanh', en: 'Audio' },
  m_video: { vi: 'Phim, video', en: 'Video' },
  m_map: { vi: 'Bản đồ', en: 'Map' },
  m_music: { vi: 'Bản nhạc', en: 'Music' },
  m_other: { vi: 'Khác', en: 'Other' },
  notesLabel: { vi: 'Ghi chú', en: 'Notes' },
  saveRecordButton: { vi: 'Lưu biên mục', en: 'Save the record' },
  recordSaved: { vi: 'Đã lưu biên mục.', en: 'Record saved.' },
  itemsH: { vi: 'Bản sách của thư viện ({n})', en: "This library's copies ({n})" },
  noItemsHere: { vi: 'Thư viện chưa có bản nào của tên sách này.', en: 'This library has no copy of this title.' },
  itemH: { vi: 'Bản {barcode}', en: 'Item {barcode}' },
  callNumber: { vi: 'Ký hiệu xếp giá', en: 'Call number' },
  shelf: { vi: 'Kho, giá sách', en: 'Shelf' },
  itemStatus: { vi: 'Trạng thái', en: 'Status' },
  saveItemButton: { vi: 'Lưu bản {barcode}', en: 'Save item {barcode}' },
  itemSaved: { vi: 'Đã lưu bản {barcode}.', en: 'Item {barcode} saved.' },
  withdrawReason: { vi: 'Lý do thanh lý bản {barcode}', en: 'Reason for withdrawing item {barcode}' },
  withdrawButton: { vi: 'Thanh lý bản {barcode}', en: 'Withdraw item {barcode}' },
  itemWithdrawnNow: { vi: 'Đã thanh lý bản {barcode}: {reason}.', en: 'Item {barcode} withdrawn: {reason}.' },
  withdrawnOnBecause: { vi: 'Thanh lý ngày {date}: {reason}', en: 'Withdrawn on {date}: {reason}' },
  marcViewH: { vi: 'Dạng MARC 21', en: 'MARC 21 view' },
  marcViewHint: {
    vi: 'Các trường biên mục như hiện lưu; bản sách ở trường 952 ($p mã vạch, $o ký hiệu xếp giá, $c kho).',
    en: 'The fields as now kept; copies in field 952 ($p barcode, $o call number, $c shelf).',
  },
  marcTag: { vi: 'Trường', en: 'Tag' },
  marcInd: { vi: 'Chỉ thị', en: 'Indicators' },
  marcContent: { vi: 'Nội dung', en: 'Content' },
  backToTitle: { vi: 'Xem trang tên sách', en: 'View the title page' },
  languageCodeHint: { vi: 'Mã ngôn ngữ MARC (vie, eng…)', en: 'MARC language code (vie, eng…)' },
  yearLabel: { vi: 'Năm xuất bản', en: 'Year published' },
});

/** A copy's status (`lib_items.status`) by its name. */
export const itemStatusText = texts({
  available: { vi: 'Sẵn sàng', en: 'Available' },
  'on-loan': { vi: 'Đang cho mượn', en: 'On loan' },
  'on-hold': { vi: 'Giữ cho bạn đọc đặt trước', en: 'Held for a reservation' },
  'in-transit': { vi: 'Đang luân chuyển (chưa nhận)', en: 'In rotation, not yet received' },
  lost: { vi: 'Mất', en: 'Lost' },
  withdrawn: { vi: 'Thanh lý', en: 'Withdrawn' },
});
export type ItemStatus = keyof typeof itemStatusText.entries;
