import { texts } from '../core/i18n/catalogue.ts';

/** The overdue notices' words: the page, the e-mail and the printed letter (Vietnamese first, English). */
export const noticeText = texts({
  // overdue notices (issue 20)
  noticesTitle: { vi: 'Nhắc trả sách quá hạn', en: 'Overdue notices' },
  noticesByMail: {
    vi: 'Giấy nhắc được gửi qua e-mail cho bạn đọc có địa chỉ; bạn đọc chưa có e-mail được ghi nhận để in giấy nhắc.',
    en: 'Notices are e-mailed to readers with an address; readers without one are recorded for a printed notice.',
  },
  noticesNoMail: {
    vi: 'Chưa cấu hình máy chủ gửi thư: giấy nhắc được ghi nhận và in ra để gửi hoặc trao tận tay.',
    en: 'No mail server is configured: notices are recorded and printed, to post or hand over.',
  },
  noOverdueReaders: { vi: 'Không có bạn đọc nào quá hạn trả sách.', en: 'No reader has overdue loans.' },
  overdueReadersH: { vi: 'Bạn đọc quá hạn ({n})', en: 'Readers with overdue loans ({n})' },
  noticeChoose: { vi: 'Nhắc {name} (thẻ {card})', en: 'Notify {name} (card {card})' },
  noticedToday: { vi: 'đã nhắc hôm nay', en: 'notified today' },
  lastNotice: { vi: 'Lần nhắc gần nhất', en: 'Last notice' },
  neverNoticed: { vi: 'Chưa nhắc', en: 'Not yet notified' },
  noticeByMail: { vi: '{date} lúc {time}, {who}, qua e-mail', en: '{date} at {time}, {who}, by e-mail' },
  noticeOnPaper: { vi: '{date} lúc {time}, {who}, giấy in', en: '{date} at {time}, {who}, on paper' },
  someone: { vi: 'hệ thống', en: 'the system' },
  sendNoticesButton: { vi: 'Gửi giấy nhắc cho bạn đọc đã chọn', en: 'Send notices to the readers chosen' },
  printNoticesButton: { vi: 'Xem bản in', en: 'Print view' },
  noticesSent: {
    vi: 'Đã gửi e-mail cho {mailed} bạn đọc; {paper} bạn đọc cần giấy nhắc in; {skipped} bạn đọc đã được nhắc hôm nay nên không nhắc lại.',
    en: '{mailed} reader(s) e-mailed; {paper} need a printed notice; {skipped} already notified today, not again.',
  },
  printThese: { vi: 'In giấy nhắc cho bạn đọc chưa có e-mail', en: 'Print the notices of readers without e-mail' },
  noticeSubject: { vi: '{library}: sách mượn đã quá hạn trả', en: '{library}: overdue loans' },
  noticeGreeting: { vi: 'Kính gửi bạn đọc {name},', en: 'Dear {name},' },
  noticeIntro: {
    vi: '{library} xin nhắc: các tài liệu sau mượn bằng thẻ {card} đã quá hạn trả:',
    en: '{library} reminds you that these loans on card {card} are overdue:',
  },
  noticeLine: {
    vi: '- {title} (mã vạch {barcode}): hạn trả {due}, quá hạn {days} ngày',
    en: '- {title} (barcode {barcode}): due {due}, {days} day(s) overdue',
  },
  noticeClosing: {
    vi: 'Xin mời bạn đọc mang sách đến trả hoặc gia hạn tại {library}. Trân trọng cảm ơn.',
    en: 'Please return or renew them at {library}. Thank you.',
  },
  noticeLetterH: { vi: 'Giấy nhắc trả sách', en: 'Overdue notice' },
  noticeDated: { vi: 'Ngày {date}', en: 'Dated {date}' },
  backToNotices: { vi: 'Về danh sách nhắc trả', en: 'Back to the notices' },
});
