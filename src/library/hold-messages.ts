import { texts } from '../core/i18n/catalogue.ts';

/** The holds' words: the pickup list, holds placed by the desk and their expiry (Vietnamese first, English). */
export const holdText = texts({
  // the holds pickup list (issue 20)
  toPullH: { vi: 'Cần lấy trên giá', en: 'To pull from the shelf' },
  toPullHint: {
    vi: 'Bạn đọc đặt trước, thư viện có bản trên giá: lấy bản sách, quét mã vạch rồi bấm "Giữ cho bạn đọc".',
    en: 'Readers waiting, a copy on the shelf here: take it, scan its barcode and press "Set aside".',
  },
  noneToPull: { vi: 'Không có sách nào cần lấy.', en: 'Nothing to pull.' },
  readyH: { vi: 'Đang giữ chờ bạn đọc đến nhận', en: 'Set aside, awaiting pickup' },
  noneReady: { vi: 'Không có sách nào đang giữ.', en: 'Nothing set aside.' },
  readyHint: {
    vi: 'Sách bạn đọc không đến nhận tự hết hạn giữ sau ngày "Giữ đến", lúc 00:15 đêm đó: bản sách chuyển cho người đặt kế tiếp, hoặc trở về giá.',
    en: 'A copy nobody collects stops being held after its "Kept until" day, at 00:15 that night: it goes to the next reader waiting, or back on the shelf.',
  },
  copyToSetAside: { vi: 'Mã vạch bản lấy cho "{title}"', en: 'Barcode of the copy for "{title}"' },
  onShelf: { vi: 'Bản trên giá', en: 'On the shelf' },
  queueNo: { vi: 'Thứ tự', en: 'Queue' },
  placedOn: { vi: 'Ngày đặt', en: 'Placed' },
  setAsideButton: { vi: 'Giữ cho bạn đọc', en: 'Set aside' },
  filled: { vi: 'Đã giữ {barcode} ("{title}") cho bạn đọc đến hết ngày {until}.', en: 'Set aside {barcode} ("{title}") until {until}.' },
  keptUntil: { vi: 'Giữ đến', en: 'Kept until' },
  pickupLapsed: { vi: '{date} — đã quá hạn nhận', en: '{date} — pickup period over' },
  handOut: { vi: 'Cho mượn tại quầy', en: 'Lend at the desk' },

  // holds placed by the desk, and their expiry (issue 20)
  staffHoldH: { vi: 'Đặt trước cho bạn đọc', en: 'Place a hold for this reader' },
  staffHoldLabel: { vi: 'ISBN, mã vạch một bản sách, hoặc nhan đề', en: "ISBN, a copy's barcode, or the title" },
  staffHoldHint: { vi: 'Bạn đọc nhận sách tại {library}.', en: 'The reader collects it at {library}.' },
  staffHoldButton: { vi: 'Đặt trước', en: 'Place the hold' },
  staffHoldPlaced: { vi: 'Đã đặt trước "{title}" cho bạn đọc, thứ {n} trong hàng chờ.', en: 'Hold placed on "{title}", number {n} in the queue.' },
  holdChoicesH: { vi: 'Chọn tên sách cần đặt trước', en: 'Choose the title to reserve' },
  holdThisTitle: { vi: 'Đặt trước: {title}', en: 'Reserve: {title}' },
  expireNowButton: { vi: 'Cho hết hạn ngay', en: 'Expire now' },
  expireNowLabel: { vi: 'Cho hết hạn lượt giữ "{title}" của {reader}', en: 'Expire the hold on "{title}" for {reader}' },
  expiredToShelf: {
    vi: 'Lượt đặt trước "{title}" đã hết hạn; bản {barcode} trở lại giá.',
    en: 'The hold on "{title}" has expired; item {barcode} is back on the shelf.',
  },
  expiredToNext: {
    vi: 'Lượt đặt trước "{title}" đã hết hạn; bản {barcode} được giữ cho {reader} đến hết ngày {until}.',
    en: 'The hold on "{title}" has expired; item {barcode} is now kept for {reader} until {until}.',
  },
  // a reader whose card is another library's
  readerOfOtherLibrary: { vi: 'Thẻ {card} (thư viện khác)', en: 'Card {card} (another library)' },
});

/** What a run of the expiry of holds nobody collected says (`lifelong holds expire`, the server's nightly log). */
export const holdExpiryText = texts({
  expiryLine: { vi: '{library}: {what}', en: '{library}: {what}' },
  expiryTotal: {
    vi: '{n} lượt đặt trước quá hạn nhận đã hết hạn (tính đến ngày {date}).',
    en: '{n} holds past their pickup period expired (as of {date}).',
  },
  expiryTotalDry: {
    vi: 'Chạy thử (--dry-run), chưa ghi gì: {n} lượt đặt trước quá hạn nhận sẽ hết hạn (tính đến ngày {date}).',
    en: 'Dry run (--dry-run), nothing written: {n} holds past their pickup period would expire (as of {date}).',
  },
  expiryGone: {
    vi: '{n} lượt khác vừa được xử lý ở nơi khác (tại quầy hoặc một lần chạy khác) nên không đụng đến.',
    en: '{n} others were dealt with elsewhere meanwhile (at the desk or by another run) and left alone.',
  },
});
