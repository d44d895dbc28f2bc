import { errors } from '../core/i18n/catalogue.ts';

/** The library's errors (E60xx). */
export const libraryErrors = errors({
  // circulation
  cardBlocked: { code: 'E6001', vi: 'Thẻ {card} đang bị khóa.', en: 'Card {card} is blocked.' },
  cardBlockedBecause: { code: 'E6002', vi: 'Thẻ {card} đang bị khóa: {reason}.', en: 'Card {card} is blocked: {reason}.' },
  cardExpired: { code: 'E6003', vi: 'Thẻ {card} đã hết hạn ngày {date}.', en: 'Card {card} expired on {date}.' },
  itemOnLoan: { code: 'E6004', vi: 'Bản sách {barcode} đang được mượn.', en: 'Item {barcode} is already on loan.' },
  itemOnLoanDue: { code: 'E6005', vi: 'Bản sách {barcode} đang được mượn (hạn trả {due}).', en: 'Item {barcode} is already on loan (due {due}).' },
  itemInTransit: {
    code: 'E6006',
    vi: 'Bản sách {barcode} không thể cho mượn (đang luân chuyển, chưa được nhận).',
    en: 'Item {barcode} cannot be lent (on rotation, not yet received).',
  },
  itemLost: { code: 'E6007', vi: 'Bản sách {barcode} không thể cho mượn (đã báo mất).', en: 'Item {barcode} cannot be lent (reported lost).' },
  itemWithdrawn: { code: 'E6008', vi: 'Bản sách {barcode} không thể cho mượn (đã thanh lý).', en: 'Item {barcode} cannot be lent (withdrawn).' },
  itemNotHere: { code: 'E6009', vi: 'Bản sách {barcode} không ở thư viện này.', en: 'Item {barcode} is not at this library.' },
  itemHeldForOther: { code: 'E6010', vi: 'Bản sách {barcode} đang được giữ cho bạn đọc khác đặt trước.', en: 'Item {barcode} is held for another reader.' },
  maxLoans: { code: 'E6011', vi: 'Bạn đọc {name} đã mượn tối đa {max} bản.', en: '{name} already has the maximum of {max} loans.' },
  itemNotOnLoan: { code: 'E6012', vi: 'Bản sách {barcode} không có trong danh sách đang mượn.', en: 'Item {barcode} is not on loan.' },
  maxRenewals: { code: 'E6013', vi: 'Đã gia hạn tối đa {max} lần.', en: 'Already renewed the maximum {max} times.' },
  renewReserved: {
    code: 'E6014',
    vi: 'Có bạn đọc khác đang đặt trước tên sách này; không thể gia hạn.',
    en: 'Another reader has reserved this title; it cannot be renewed.',
  },
  itemChanged: { code: 'E6015', vi: 'Bản sách {barcode} vừa được người khác xử lý; hãy thử lại.', en: 'Item {barcode} was changed meanwhile; try again.' },
  // the desk's privacy (issue 24): who works a circulation desk
  notALendingPlace: {
    code: 'E6120',
    vi: '{name} không phải thư viện: chỉ thư viện và điểm phục vụ có sách mới cho mượn, nhận trả và gia hạn.',
    en: '{name} is not a library: only libraries and service points with books lend, take back and renew.',
  },
  onlyDeskStaff: {
    code: 'E6121',
    vi: 'Chỉ nhân viên của {name} mới làm việc tại quầy mượn trả của thư viện này.',
    en: "Only the staff of {name} work this library's circulation desk.",
  },

  // cards
  cardNumberFormat: { code: 'E6016', vi: 'Số thẻ gồm 3–32 chữ, số hoặc dấu gạch.', en: 'Card number: 3–32 letters, digits or dashes.' },
  nameRequired: { code: 'E6017', vi: 'Cần họ tên bạn đọc.', en: 'Name is required.' },
  unknownCategory: { code: 'E6018', vi: 'Loại bạn đọc không hợp lệ.', en: 'Unknown patron category.' },
  cardInvalid: { code: 'E6019', vi: 'Thông tin thẻ bạn đọc chưa hợp lệ.', en: 'The card details are not valid.' },
  cardTaken: { code: 'E6020', vi: 'Số thẻ {card} đã được cấp.', en: 'Card {card} already exists.' },
  cardExists: { code: 'E6021', vi: 'Số thẻ đã tồn tại', en: 'Card number already exists' },
  noCard: {
    code: 'E6022',
    vi: 'Tài khoản của bạn chưa gắn thẻ bạn đọc; hãy đến thư viện để làm thẻ.',
    en: 'Your account has no library card yet; ask at the library.',
  },

  // cataloguing
  titleRequired: { code: 'E6023', vi: 'Cần nhan đề.', en: 'Title is required.' },
  isbnFormat: { code: 'E6024', vi: 'ISBN phải có 10 hoặc 13 chữ số.', en: 'An ISBN has 10 or 13 digits.' },
  isbnCheck: { code: 'E6025', vi: 'ISBN sai số kiểm tra.', en: 'The ISBN check digit is wrong.' },
  yearInvalid: { code: 'E6026', vi: 'Năm xuất bản không hợp lệ.', en: 'Invalid year.' },
  languageCode: { code: 'E6027', vi: 'Mã ngôn ngữ gồm 3 chữ (vie, eng…).', en: 'A language code has 3 letters (vie, eng…).' },
  materialUnknown: { code: 'E6028', vi: 'Loại tài liệu không hợp lệ.', en: 'Unknown material type.' },
  audienceUnknown: { code: 'E6029', vi: 'Đối tượng không hợp lệ: {audience}', en: 'Unknown audience: {audience}' },
  barcodeInvalid: { code: 'E6030', vi: 'Mã vạch không hợp lệ: {barcode}', en: 'Invalid barcode: {barcode}' },
  recordInvalid: { code: 'E6031', vi: 'Biểu ghi chưa hợp lệ.', en: 'The record is not valid.' },
  barcodesTaken: { code: 'E6032', vi: 'Mã vạch đã được dùng: {barcodes}.', en: 'Barcode(s) already in use: {barcodes}.' },
  barcodeExists: { code: 'E6033', vi: 'Mã vạch đã tồn tại', en: 'Barcode already exists' },

  // imports
  csvUnreadable: { code: 'E6034', vi: 'Tệp CSV không đọc được: {detail}', en: 'Unreadable CSV: {detail}' },
  dcBroken: { code: 'E6035', vi: 'Tệp Dublin Core hỏng: {detail}', en: 'Broken Dublin Core XML: {detail}' },
  csvLine: { code: 'E6036', vi: 'Dòng {n}: {vi}', en: 'Line {n}: {en}' },
  dcRecord: { code: 'E6037', vi: 'Biểu ghi số {n}: {vi}', en: 'Record {n}: {en}' },
  noLibrary: { code: 'E6038', vi: 'Không có thư viện mã "{code}".', en: 'No library with code "{code}".' },
  libraryCodeUnknown: { code: 'E6039', vi: 'Mã thư viện không tồn tại', en: 'Unknown library code' },
  libraryWithoutUnit: { code: 'E6040', vi: 'Thư viện {code} không thuộc đơn vị hành chính nào.', en: 'Library {code} belongs to no administrative unit.' },
  recordBarcodeTaken: { code: 'E6041', vi: 'Biểu ghi số {n}: mã vạch {barcode} đã được dùng.', en: 'Record {n}: barcode {barcode} is already in use.' },
  fileEmpty: { code: 'E6042', vi: 'Tệp không có biểu ghi nào.', en: 'The file holds no records.' },
  fileRefused: { code: 'E6043', vi: 'Tệp có {count} biểu ghi lỗi; không nhập biểu ghi nào.', en: '{count} bad record(s); nothing was imported.' },
  notMarc: { code: 'E6044', vi: 'Tệp không phải MARC 21 (ISO 2709 hoặc MARCXML).', en: 'Not a MARC 21 file (ISO 2709 or MARCXML).' },
  chooseMarcFile: { code: 'E6045', vi: 'Chọn một tệp MARC.', en: 'Choose a MARC file.' },
  noFileChosen: { code: 'E6046', vi: 'Chưa chọn tệp', en: 'No file chosen' },
  fileTooLarge: { code: 'E6047', vi: 'Tệp quá lớn (tối đa 50 MB).', en: 'The file is too large (50 MB at most).' },

  // a MARC record that cannot be read, by its number in the file
  marcNoTitle: { code: 'E6048', vi: 'Biểu ghi số {n}: thiếu nhan đề (trường 245).', en: 'Record {n}: no title (field 245).' },
  marcNotUtf8: {
    code: 'E6049',
    vi: 'Biểu ghi số {n}: văn bản không phải UTF-8 hợp lệ dù đầu biểu ghi (leader/09 = a) khai báo UTF-8.',
    en: 'Record {n}: text is not valid UTF-8 although the leader (09 = a) says UTF-8.',
  },
  marcBadMarc8: { code: 'E6050', vi: 'Biểu ghi số {n}: mã MARC-8 không đọc được ({detail}).', en: 'Record {n}: unreadable MARC-8 ({detail}).' },
  marcBadDirectoryEntry: { code: 'E6051', vi: 'Biểu ghi số {n}: mục danh mục thứ {entry} sai.', en: 'Record {n}: directory entry {entry} is malformed.' },
  marcFieldOutside: {
    code: 'E6052',
    vi: 'Biểu ghi số {n}: trường {tag} vượt ra ngoài biểu ghi hoặc không kết thúc đúng.',
    en: 'Record {n}: field {tag} runs outside the record or is not terminated.',
  },
  marcTruncated: {
    code: 'E6053',
    vi: 'Biểu ghi số {n}: biểu ghi bị cắt cụt (thiếu ký tự kết thúc biểu ghi).',
    en: 'Record {n}: record is truncated (no record terminator).',
  },
  marcTooShort: { code: 'E6054', vi: 'Biểu ghi số {n}: biểu ghi quá ngắn.', en: 'Record {n}: record is too short.' },
  marcLengthNotNumber: {
    code: 'E6055',
    vi: 'Biểu ghi số {n}: độ dài biểu ghi trong đầu biểu ghi không phải là số.',
    en: 'Record {n}: record length in the leader is not a number.',
  },
  marcLengthDiffers: {
    code: 'E6056',
    vi: 'Biểu ghi số {n}: độ dài khai báo {declared} khác độ dài thực {actual}.',
    en: 'Record {n}: declared length {declared} differs from the actual {actual}.',
  },
  marcBadLeader: {
    code: 'E6057',
    vi: 'Biểu ghi số {n}: đầu biểu ghi sai (số chỉ thị, độ dài mã trường con phải là 2).',
    en: 'Record {n}: bad leader (indicator count and subfield code length must be 2).',
  },
  marcBadBase: {
    code: 'E6058',
    vi: 'Biểu ghi số {n}: địa chỉ bắt đầu dữ liệu hoặc danh mục trường sai.',
    en: 'Record {n}: bad base address of data or directory.',
  },
  marcNoFields: { code: 'E6059', vi: 'Biểu ghi số {n}: biểu ghi không có trường nào.', en: 'Record {n}: record has no fields.' },
  marcControlNoTag: { code: 'E6060', vi: 'Biểu ghi số {n}: trường điều khiển thiếu nhãn (tag).', en: 'Record {n}: control field without tag.' },
  marcDataBadTag: { code: 'E6061', vi: 'Biểu ghi số {n}: trường dữ liệu thiếu hoặc sai nhãn (tag).', en: 'Record {n}: data field with a missing or bad tag.' },
  marcNoLeader: { code: 'E6062', vi: 'Biểu ghi số {n}: thiếu đầu biểu ghi (leader) 24 ký tự.', en: 'Record {n}: missing 24-character leader.' },
  marcXmlBroken: {
    code: 'E6063',
    vi: 'Biểu ghi số {n}: tệp XML hỏng tại dòng {where}, không đọc tiếp được.',
    en: 'Record {n}: the XML is broken at line {where}; reading stopped.',
  },
  marcXmlTooDeep: {
    code: 'E6100',
    vi: 'Tệp MARCXML lồng quá sâu: hơn {max} cấp thẻ tại dòng {line} (một biểu ghi thật chỉ khoảng 5 cấp). Tệp không được nhập.',
    en: 'The MARCXML file nests too deep: over {max} levels of tags at line {line} (a real record has about 5). Nothing was imported.',
  },
  marcXmlDoctype: {
    code: 'E6101',
    vi: 'Tệp MARCXML có khai báo DOCTYPE (thực thể tự định nghĩa), không được chấp nhận. Hãy xuất lại tệp MARCXML chuẩn. Tệp không được nhập.',
    en: 'The MARCXML file has a DOCTYPE declaration (own entities), which is not accepted: export plain MARCXML. Nothing was imported.',
  },

  // digital resources
  formatUnknown: { code: 'E6064', vi: 'Loại tài nguyên không hợp lệ.', en: 'Unknown format.' },
  linkOrFile: { code: 'E6065', vi: 'Cần đường dẫn hoặc tệp.', en: 'A link or a file is required.' },
  linkScheme: { code: 'E6066', vi: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://', en: 'The link must start with http:// or https://' },
  licenceRequired: { code: 'E6067', vi: 'Cần ghi giấy phép (ví dụ CC BY 4.0).', en: 'A licence is required (e.g. CC BY 4.0).' },
  digitalInvalid: { code: 'E6068', vi: 'Tài nguyên số chưa hợp lệ.', en: 'The digital resource is not valid.' },

  // rotation
  batchEmpty: { code: 'E6069', vi: 'Chưa có bản sách nào trong đợt luân chuyển.', en: 'The batch has no items.' },
  oneBarcodeAtLeast: { code: 'E6070', vi: 'Nhập ít nhất một mã vạch.', en: 'Type at least one barcode.' },
  sameDestination: { code: 'E6071', vi: 'Nơi nhận phải khác thư viện gửi.', en: 'The destination must differ from the sender.' },
  chooseOtherDestination: { code: 'E6072', vi: 'Chọn nơi nhận khác.', en: 'Choose another destination.' },
  destinationKind: { code: 'E6073', vi: 'Nơi nhận phải là thư viện hoặc điểm phục vụ.', en: 'The destination must be a library or service point.' },
  chooseLibraryOrPoint: { code: 'E6074', vi: 'Chọn thư viện hoặc điểm phục vụ.', en: 'Choose a library or service point.' },
  unknownBarcode: { code: 'E6075', vi: '{barcode}: không có mã vạch này.', en: '{barcode}: unknown barcode.' },
  notOwnedBySender: { code: 'E6076', vi: '{barcode}: không thuộc thư viện gửi.', en: '{barcode}: not owned by the sending library.' },
  notAvailableToSend: {
    code: 'E6077',
    vi: '{barcode}: không sẵn sàng ở thư viện (đang mượn hoặc đang luân chuyển).',
    en: '{barcode}: not available at the library (on loan or away).',
  },
  batchRefused: {
    code: 'E6078',
    vi: 'Có bản sách không gửi được; đợt luân chuyển chưa được tạo.',
    en: 'Some items cannot be sent; the batch was not created.',
  },
  batchAlreadyReceived: { code: 'E6079', vi: 'Đợt luân chuyển này đã được nhận.', en: 'This batch was already received.' },
  batchAlreadyReturned: { code: 'E6080', vi: 'Đợt luân chuyển này đã được trả về.', en: 'This batch was already returned.' },
  batchStillOnLoan: { code: 'E6081', vi: 'Còn {count} bản đang được mượn tại nơi nhận: {barcodes}.', en: '{count} item(s) still on loan there: {barcodes}.' },
  itemStillOnLoan: { code: 'E6082', vi: '{barcode} đang được mượn', en: '{barcode} is on loan' },

  // loan rules (the Vietnamese of a field's problem is the rule check's own, {reason})
  ruleInvalid: { code: 'E6083', vi: 'Quy định mượn không hợp lệ.', en: 'Invalid loan rule.' },
  ruleLoanDays: { code: 'E6084', vi: '{reason}', en: 'Loan period: whole days, 1–365.' },
  ruleMaxLoans: { code: 'E6085', vi: '{reason}', en: 'Maximum loans: 0–1000.' },
  ruleMaxRenewals: { code: 'E6086', vi: '{reason}', en: 'Renewals: 0–50.' },
  ruleHoldDays: { code: 'E6087', vi: '{reason}', en: 'Hold pickup period: 1–90 days.' },
  ruleFinesFree: { code: 'E6088', vi: '{reason}', en: 'Fines-free: yes or no.' },

  // holds, visits, trips
  holdNoCopy: { code: 'E6089', vi: 'Thư viện đã chọn không có bản nào của tên sách này.', en: 'The chosen library holds no copy of this title.' },
  chooseLibraryWithCopy: { code: 'E6090', vi: 'Chọn thư viện có sách.', en: 'Choose a library that holds the title.' },
  holdDuplicate: { code: 'E6091', vi: 'Bạn đã đặt trước tên sách này.', en: 'You have already reserved this title.' },
  visitCount: { code: 'E6092', vi: 'Số lượt phải là số nguyên dương.', en: 'The count must be a positive whole number.' },
  visitCountRange: { code: 'E6093', vi: 'Số nguyên từ 1 đến 100.000', en: 'A whole number from 1 to 100,000' },
  dayInvalid: { code: 'E6094', vi: 'Ngày không hợp lệ.', en: 'Invalid date.' },
  dateFormat: { code: 'E6095', vi: 'Dạng YYYY-MM-DD', en: 'As YYYY-MM-DD' },
  tripDayInvalid: { code: 'E6096', vi: 'Ngày chuyến đi không hợp lệ.', en: 'Invalid trip date.' },
  tripNoStops: { code: 'E6097', vi: 'Chuyến đi cần ít nhất một điểm dừng.', en: 'A trip needs at least one stop.' },
  addStop: { code: 'E6098', vi: 'Thêm điểm dừng.', en: 'Add a stop.' },
  stopReaders: { code: 'E6099', vi: 'Số bạn đọc phải là số nguyên không âm.', en: 'The number of readers must be a whole number, 0 or more.' },
});
