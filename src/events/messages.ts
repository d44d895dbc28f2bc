import { errors, names, texts, type Catalogue } from '../core/i18n/catalogue.ts';
import type { Lang } from '../core/i18n/lang.ts';

/** The events pages' own words (Vietnamese first, English). */
export const eventsText = texts({
  events: { vi: 'Sự kiện', en: 'Events' },
  allDays: { vi: 'Mọi ngày kỷ niệm', en: 'All commemorative days' },
  allKinds: { vi: 'Mọi loại', en: 'All kinds' },
  place: { vi: 'Xã, phường, tỉnh (gõ tên, có dấu hay không dấu)', en: 'Commune, ward or province (type its name)' },
  choosePlace: { vi: 'Có nhiều nơi tên "{text}": chọn một', en: 'Several places are named "{text}": choose one' },
  within: { vi: 'thuộc {parent}', en: 'in {parent}' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  filter: { vi: 'Lọc', en: 'Filter' },
  day: { vi: 'Ngày kỷ niệm', en: 'Commemorative day' },
  when: { vi: 'Thời gian', en: 'When' },
  where: { vi: 'Địa điểm', en: 'Where' },
  organiser: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
  none: { vi: 'Không có sự kiện nào phù hợp.', en: 'No matching events.' },
  register: { vi: 'Đăng ký tham gia', en: 'Register' },
  cancel: { vi: 'Hủy đăng ký', en: 'Cancel registration' },
  places: { vi: 'Chỗ', en: 'Places' },
  unlimited: { vi: 'không giới hạn', en: 'unlimited' },
  waiting: { vi: 'danh sách chờ', en: 'waiting list' },
  registered: { vi: 'Bạn đã đăng ký tham gia.', en: 'You are registered.' },
  onWaitingList: {
    vi: 'Sự kiện đã đủ chỗ: bạn có tên trong danh sách chờ và sẽ được nhận khi có người hủy.',
    en: 'The event is full: you are on the waiting list and get a place when someone cancels.',
  },
  cancelled: { vi: 'Đã hủy đăng ký.', en: 'Registration cancelled.' },
  loginToRegister: { vi: 'Đăng nhập hoặc tạo tài khoản công dân để đăng ký', en: 'Log in or create a citizen account to register' },
  createAccount: { vi: 'Tạo tài khoản', en: 'Create an account' },
  calendar: { vi: 'Lịch iCalendar', en: 'iCalendar feed' },
  newEvent: { vi: 'Đăng sự kiện mới', en: 'Publish an event' },
  institutionCode: { vi: 'Mã cơ sở (chữ hoa hay thường đều được)', en: 'Institution code (any case)' },
  institution: { vi: 'Cơ sở tổ chức', en: 'Organising institution' },
  chooseInstitution: { vi: '— Chọn cơ sở —', en: '— Choose an institution —' },
  registrationClosed: { vi: 'Sự kiện đã bắt đầu hoặc đã diễn ra: không còn nhận đăng ký.', en: 'The event has begun or is over: registration is closed.' },
  title: { vi: 'Tên sự kiện', en: 'Title' },
  description: { vi: 'Mô tả', en: 'Description' },
  starts: { vi: 'Bắt đầu', en: 'Starts' },
  ends: { vi: 'Kết thúc', en: 'Ends' },
  capacity: { vi: 'Sức chứa (để trống: không giới hạn)', en: 'Capacity (empty: unlimited)' },
  tasks: { vi: 'Nhiệm vụ kế hoạch thực hiện', en: 'Plan tasks fulfilled' },
  publish: { vi: 'Đăng', en: 'Publish' },
  attendance: { vi: 'Ghi nhận tham gia', en: 'Attendance' },
  walkIns: { vi: 'Số người tham gia không đăng ký trước', en: 'People who came without registering' },
  saveAttendance: { vi: 'Lưu và đánh dấu đã tổ chức', en: 'Save and mark as held' },
  attendedQ: { vi: 'Có mặt', en: 'Present' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  participants: { vi: 'Người đăng ký', en: 'Registrations' },
  name: { vi: 'Họ tên', en: 'Name' },
  status: { vi: 'Trạng thái', en: 'Status' },
  yourStatus: { vi: 'Trạng thái của bạn', en: 'Your status' },
  cancelEvent: { vi: 'Hủy sự kiện', en: 'Cancel the event' },
  cancelNote: { vi: 'Lời nhắn gửi người đã đăng ký (lý do hủy)', en: 'Note to the registrants (why it is cancelled)' },
  eventCancelled: { vi: 'Sự kiện đã bị hủy', en: 'This event is cancelled' },
  eventCancelledOk: {
    vi: 'Đã hủy sự kiện; người đăng ký thấy lời nhắn trong hồ sơ học tập của mình.',
    en: 'Event cancelled; registrants see the note in their learning record.',
  },
  checkIn: { vi: 'Ghi nhận có mặt bằng mã', en: 'Check in by code' },
  checkInCode: { vi: 'Mã trên xác nhận đăng ký (quét hoặc gõ, rồi Enter)', en: 'Code on the confirmation (scan or type, then Enter)' },
  checkInButton: { vi: 'Ghi nhận', en: 'Check in' },
  checkedInOk: { vi: 'Đã ghi nhận {name} có mặt lúc {at}.', en: '{name} checked in at {at}.' },
  checkedInSoFar: { vi: 'Đã có mặt ({n})', en: 'Checked in ({n})' },
  noneYet: { vi: 'Chưa ai được ghi nhận.', en: 'Nobody checked in yet.' },
  yourCode: { vi: 'Mã vào cửa của bạn', en: 'Your entry code' },
  barcodeOf: { vi: 'Mã vạch của mã vào cửa {code}', en: 'Barcode of the entry code {code}' },
  yourCodeHint: {
    vi: 'Đưa mã này cho ban tổ chức khi đến (quét hoặc đọc to) để được ghi nhận có mặt.',
    en: 'Show this code to the organisers when you arrive (scanned or read out) to be checked in.',
  },
  at: { vi: 'Lúc', en: 'At' },
  backToEvent: { vi: 'Về trang sự kiện', en: 'Back to the event' },
  // an event's status (`events.status`) by its name
});

export type EventsText = Catalogue<typeof eventsText.entries>;

/** Kinds of event (`events.kind`) by their names; what each counts is `EVENT_KINDS` (catalogue.ts). */
export const eventKindName = names({
  talk: { vi: 'Tọa đàm, nói chuyện chuyên đề', en: 'Talk' },
  book_exhibition: { vi: 'Trưng bày, triển lãm sách', en: 'Book exhibition' },
  reading_festival: { vi: 'Ngày hội đọc sách', en: 'Reading festival' },
  contest: { vi: 'Cuộc thi', en: 'Contest' },
  training: { vi: 'Tập huấn, bồi dưỡng cán bộ', en: 'Staff training' },
  communication: { vi: 'Hoạt động truyền thông, tuyên truyền', en: 'Communication activity' },
  performance: { vi: 'Biểu diễn nghệ thuật', en: 'Performance' },
  festival: { vi: 'Lễ hội, liên hoan', en: 'Festival' },
  class: { vi: 'Lớp học, khóa học', en: 'Class or course' },
  museum_education: { vi: 'Chương trình giáo dục tại bảo tàng', en: 'Museum education programme' },
});
export type EventKind = keyof typeof eventKindName.entries;

/** An event kind's name; an unknown code read from the data is shown as it is. */
export const kindName = (code: string, lang: Lang): string => eventKindName(lang, code);

/** An event status's name; an unknown one is shown as it is. */
const eventStatusName = names({
  published: { vi: 'Đã đăng', en: 'Published' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
});
export const statusName = (lang: Lang, status: string): string => eventStatusName(lang, status);

/** A registration's status as its organiser and the registrant read it (attended: they came). */
export const registrationStatusName = names({
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  waiting: { vi: 'Trong danh sách chờ', en: 'On the waiting list' },
  attended: { vi: 'Đã tham gia', en: 'Attended' },
});

/** The events' errors (E55xx). */
export const eventsErrors = errors({
  invalidId: { code: 'E5501', vi: 'Mã sự kiện không hợp lệ.', en: 'Invalid event id.' },
  unknownUnit: { code: 'E5502', vi: 'Không có đơn vị mã "{code}".', en: 'Unknown unit.' },
  notFoundHere: { code: 'E5503', vi: 'Không tìm thấy', en: 'Not found' },
  unknownInstitution: { code: 'E5504', vi: 'Không tìm thấy cơ sở với mã đã nhập.', en: 'Unknown institution.' },
  institutionWithoutUnit: { code: 'E5505', vi: 'Cơ sở không tồn tại hoặc không còn thuộc đơn vị nào.', en: 'Unknown institution.' },
  noSuchInstitution: { code: 'E5506', vi: 'Không tìm thấy cơ sở', en: 'Institution not found' },
  unknownDays: { code: 'E5507', vi: 'Ngày kỷ niệm không có trong danh mục: {days}.', en: 'Unknown commemorative day.' },
  unknownTasks: { code: 'E5508', vi: 'Nhiệm vụ kế hoạch không tồn tại: {ids}.', en: 'Unknown plan task.' },
  closed: { code: 'E5509', vi: 'Sự kiện này không còn nhận đăng ký.', en: 'This event no longer takes registrations.' },
  started: { code: 'E5510', vi: 'Sự kiện đã bắt đầu lúc {at}: không thể đăng ký nữa.', en: 'The event has already started: registration is closed.' },
  alreadyWaiting: { code: 'E5511', vi: 'Bạn đã có tên trong danh sách chờ của sự kiện này.', en: 'You are already registered for this event.' },
  alreadyRegistered: { code: 'E5512', vi: 'Bạn đã đăng ký sự kiện này rồi.', en: 'You are already registered for this event.' },
  notRegistered: { code: 'E5513', vi: 'Bạn chưa đăng ký sự kiện này.', en: 'You are not registered for this event.' },
  walkIns: {
    code: 'E5514',
    vi: 'Số người tham gia không đăng ký phải là số nguyên không âm.',
    en: 'The number of people who came without registering must be a whole number, 0 or more.',
  },
  invalid: { code: 'E5515', vi: 'Không hợp lệ', en: 'Invalid' },
  wasCancelled: { code: 'E5516', vi: 'Sự kiện đã bị hủy.', en: 'The event was cancelled.' },
  notBegun: { code: 'E5517', vi: 'Sự kiện chưa diễn ra: chưa thể ghi nhận tham gia.', en: 'The event has not begun yet.' },
  notOfEvent: { code: 'E5518', vi: 'Đăng ký không thuộc sự kiện này: {ids}.', en: 'Registrations not of this event: {ids}.' },
  alreadyCancelled: { code: 'E5519', vi: 'Sự kiện này đã bị hủy trước đó.', en: 'The event is already cancelled.' },
  noPlaceNamed: { code: 'E5521', vi: 'Không có xã, phường, tỉnh nào tên "{text}".', en: 'No place is named "{text}".' },
  chooseInstitution: { code: 'E5520', vi: 'Chọn cơ sở tổ chức sự kiện.', en: 'Choose the organising institution.' },
  enterCode: { code: 'E5540', vi: 'Quét hoặc gõ mã trên xác nhận đăng ký.', en: 'Scan or type the code on the confirmation.' },
  notEmpty: { code: 'E5541', vi: 'Chưa có mã', en: 'No code' },
  unknownCode: { code: 'E5542', vi: 'Không có đăng ký nào mang mã {code}.', en: 'No registration has the code {code}.' },
  unknownCodeShort: { code: 'E5543', vi: 'Không có mã này', en: 'Unknown code' },
  otherEventsCode: {
    code: 'E5544',
    vi: 'Mã {code} là của sự kiện khác: "{title}" ({at}).',
    en: 'The code {code} is for another event: "{title}" ({at}).',
  },
  otherEvent: { code: 'E5545', vi: 'Mã của sự kiện khác', en: 'Another event’s code' },
  notItsDay: { code: 'E5546', vi: 'Chưa đến ngày sự kiện ({day}): chưa thể ghi nhận.', en: 'The event is on {day}: check-in opens that day.' },
  notYet: { code: 'E5547', vi: 'Chưa đến ngày', en: 'Not yet its day' },
  registrationCancelled: { code: 'E5548', vi: '{name} đã hủy đăng ký.', en: '{name} cancelled their registration.' },
  cancelledShort: { code: 'E5549', vi: 'Đăng ký đã hủy', en: 'Registration cancelled' },
  stillWaiting: {
    code: 'E5550',
    vi: '{name} đang trong danh sách chờ, chưa có chỗ: hãy tính là người đến không đăng ký trước.',
    en: '{name} is on the waiting list without a place: count them as a walk-in.',
  },
  waitingShort: { code: 'E5551', vi: 'Đang chờ chỗ', en: 'On the waiting list' },
  alreadyCheckedIn: { code: 'E5552', vi: '{name} đã được ghi nhận có mặt lúc {at}.', en: '{name} was already checked in at {at}.' },
  alreadyCheckedInShort: { code: 'E5553', vi: 'Đã ghi nhận lúc {at}', en: 'Checked in at {at}' },
});
