import { errors, texts } from '../core/i18n/catalogue.ts';
import type { Lang } from '../core/i18n/lang.ts';

/** The citizens' portal's own words: a place's home, signing up, the learning record, the search (Vietnamese first, English). */
export const portalText = texts({
  // a place's home
  thisWeek: { vi: 'Sự kiện tuần này', en: 'On this week' },
  comingUp: { vi: 'Sự kiện sắp tới', en: 'Coming up' },
  allEvents: { vi: 'Tất cả sự kiện', en: 'All events' },
  exhibitions: { vi: 'Triển lãm', en: 'Exhibitions' },
  nearYou: { vi: 'Gần bạn: thư viện, bảo tàng, nhà văn hóa, điểm học tập', en: 'Near you: libraries, museums, cultural houses, learning points' },
  choosePlace: { vi: 'Chọn địa phương', en: 'Choose a place' },
  sponsors: { vi: 'Ghi nhận nhà tài trợ và khen thưởng', en: 'Sponsors and honours' },
  myRecord: { vi: 'Hồ sơ học tập của tôi', en: 'My learning record' },
  createCitizenAccount: { vi: 'Tạo tài khoản công dân', en: 'Create a citizen account' },

  // signing up
  createAccountTitle: { vi: 'Tạo tài khoản', en: 'Create an account' },
  accountHelp: {
    vi: 'Tài khoản giúp bạn đăng ký sự kiện, tham gia câu lạc bộ và giữ hồ sơ học tập của mình.',
    en: 'An account lets you register for events, join clubs and keep your learning record.',
  },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  passwordHint: { vi: 'Mật khẩu (ít nhất 12 ký tự)', en: 'Password (12 characters or more)' },
  passwordAdvice: {
    vi: 'Một câu ngắn dễ nhớ là mật khẩu tốt, ví dụ "sáng chủ nhật đọc sách". Không dùng mật khẩu phổ biến hay tên đăng nhập.',
    en: 'A short sentence you remember makes a good password. Not a common password, nor your username.',
  },
  communeCode: { vi: 'Xã, phường nơi bạn sống (gõ tên, có dấu hay không dấu; không bắt buộc)', en: 'Your commune (type its name; optional)' },
  choosePlaceOf: { vi: 'Chọn một trong các nơi có tên "{text}":', en: 'Choose one of the places named "{text}":' },

  // finding a place
  findPlaceTitle: { vi: 'Tìm nơi bạn sống', en: 'Find your place' },
  findPlaceLabel: { vi: 'Tên xã, phường, tỉnh (có dấu hay không dấu đều được)', en: 'Name of a commune, ward or province (with or without accents)' },
  findPlaceButton: { vi: 'Tìm', en: 'Find' },
  placesFound: { vi: 'Các nơi có tên "{text}"', en: 'Places named "{text}"' },
  noPlaceFound: { vi: 'Không có nơi nào tên "{text}". Hãy thử gõ tên khác, ví dụ "vy da" hoặc "Đắk Hà".', en: 'No place is named "{text}". Try another name.' },
  morePlaces: { vi: 'Còn nơi khác: hãy gõ thêm chữ để thu hẹp.', en: 'There are more: type more of the name.' },
  orProvinces: { vi: 'Hoặc chọn tỉnh, thành phố', en: 'Or choose a province' },
  within: { vi: 'thuộc {parent}', en: 'in {parent}' },
  clubsHere: { vi: 'Câu lạc bộ, lớp năng khiếu', en: 'Clubs and classes' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  noAddress: { vi: 'chưa có địa chỉ', en: 'no address yet' },
  openingHours: { vi: 'Giờ mở cửa', en: 'Opening hours' },
  directions: { vi: 'Xem trên bản đồ: {name}', en: 'See on the map: {name}' },
  onTheMap: { vi: 'Bản đồ', en: 'Map' },
  changePlace: { vi: 'Chọn nơi khác', en: 'Choose another place' },
  rememberedPlace: { vi: 'Lần trước bạn xem {place}.', en: 'Last time you looked at {place}.' },
  openRemembered: { vi: 'Mở lại {place}', en: 'Open {place} again' },
  nearMe: { vi: 'Tìm nơi gần tôi', en: 'Find places near me' },
  nearMeHint: {
    vi: 'Trình duyệt sẽ hỏi bạn có cho biết vị trí không. Vị trí chỉ dùng để tìm nơi gần nhất, không được lưu lại.',
    en: 'Your browser will ask whether to share your location. It is only used to find the nearest places and is not kept.',
  },
  nearMeFailed: { vi: 'Không lấy được vị trí: hãy gõ tên nơi bạn sống.', en: 'The location could not be read: type the name of your place.' },
  nearMeWorking: { vi: 'Đang tìm vị trí…', en: 'Finding your location…' },
  nearestTitle: { vi: 'Nơi gần bạn', en: 'Places near you' },
  nearestPlace: { vi: 'Bạn đang ở gần {place}.', en: 'You are near {place}.' },
  openPlace: { vi: 'Mở trang {place}', en: 'Open the page of {place}' },
  nearestInstitutions: { vi: 'Cơ sở gần nhất', en: 'Nearest institutions' },
  noneNear: {
    vi: 'Không có cơ sở nào đã ghi tọa độ trong vòng 50 km. Hãy gõ tên nơi bạn sống.',
    en: 'No institution with a recorded location within 50 km. Type the name of your place.',
  },
  distance: { vi: 'cách {km} km', en: '{km} km away' },
  createAccount: { vi: 'Tạo tài khoản', en: 'Create account' },

  // the learning record
  recordTitle: { vi: 'Hồ sơ học tập', en: 'My learning record' },
  activities: { vi: 'Hoạt động học tập', en: 'Activities' },
  date: { vi: 'Ngày', en: 'Date' },
  activity: { vi: 'Hoạt động', en: 'Activity' },
  where: { vi: 'Nơi tổ chức', en: 'Where' },
  status: { vi: 'Trạng thái', en: 'Status' },
  criteriaOf: { vi: 'Tiêu chí "Công dân học tập" năm {year}', en: '"Learning citizen" criteria, {year}' },
  met: { vi: '(đạt)', en: '(met)' },
  notYet: { vi: '(chưa đạt)', en: '(not yet)' },
  allMet: { vi: 'Bạn đạt mọi tiêu chí của năm.', en: 'You meet every criterion this year.' },
  notAllMet: { vi: 'Chưa đạt đủ các tiêu chí.', en: 'Not every criterion is met yet.' },
  export: { vi: 'Tải về', en: 'Export' },
  // what an entry of the record counts toward, and its status, by their names
  measure_events_attended: { vi: 'Sự kiện', en: 'Event' },
  measure_clubs: { vi: 'Câu lạc bộ', en: 'Club' },
  measure_museum_bookings: { vi: 'Chương trình bảo tàng', en: 'Museum programme' },
  measure_club_sessions: { vi: 'Buổi sinh hoạt câu lạc bộ', en: 'Club session' },
  measure_loans: { vi: 'Mượn sách', en: 'Loan' },
  status_attended: { vi: 'đã tham gia', en: 'attended' },
  status_registered: { vi: 'đã đăng ký', en: 'registered' },
  status_waiting: { vi: 'danh sách chờ', en: 'waiting list' },
  status_member: { vi: 'thành viên', en: 'member' },
  status_booked: { vi: 'đã đặt lịch', en: 'booked' },
  status_held: { vi: 'đã tham gia', en: 'held' },
  status_returned: { vi: 'đã trả', en: 'returned' },
  status_on_loan: { vi: 'đang mượn', en: 'on loan' },
  status_event_cancelled: { vi: 'sự kiện đã bị hủy', en: 'event cancelled' },

  // the search
  searchLabel: { vi: 'Tìm sách, hiện vật, triển lãm, sự kiện, câu lạc bộ', en: 'Search books, objects, exhibitions, events, clubs' },
  searchButton: { vi: 'Tìm', en: 'Search' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  typeWords: { vi: 'Hãy nhập từ cần tìm.', en: 'Type some words to search.' },
  results: { vi: '{n} kết quả', en: '{n} results' },
  kinds: { vi: 'Loại', en: 'Kinds' },
  kind_book: { vi: 'Sách', en: 'Book' },
  kind_digital: { vi: 'Tài nguyên số', en: 'Digital resource' },
  kind_object: { vi: 'Hiện vật', en: 'Museum object' },
  kind_exhibition: { vi: 'Triển lãm', en: 'Exhibition' },
  kind_event: { vi: 'Sự kiện', en: 'Event' },
  kind_club: { vi: 'Câu lạc bộ', en: 'Club' },
});

/** A name of the catalogue for a code read from the data (a measure, a status, a kind), else the code itself. */
export function nameOf(lang: Lang, prefix: 'measure_' | 'status_' | 'kind_', code: string): string {
  const t: Readonly<Record<string, unknown>> = portalText(lang);
  const v = t[`${prefix}${code}`];
  return typeof v === 'string' ? v : code;
}

/** The portal's errors (E80xx). */
export const portalErrors = errors({
  // E8001, E8002 (a taken username, said as such) retired: a sign-up's answer no longer tells who has an account (E2511)
  unknownCommune: { code: 'E8003', vi: 'Không có đơn vị hành chính mã "{code}".', en: 'Unknown place.' },
  notFoundHere: { code: 'E8004', vi: 'Không tìm thấy', en: 'Not found' },
  unknownPlace: { code: 'E8005', vi: 'Không có đơn vị mã "{code}".', en: 'Unknown place.' },
  noPlaceNamed: { code: 'E8006', vi: 'Không có xã, phường nào tên "{text}".', en: 'No place is named "{text}".' },
  severalPlaces: { code: 'E8007', vi: 'Có nhiều nơi tên "{text}": hãy chọn một.', en: 'Several places are named "{text}": choose one.' },
  chooseOne: { code: 'E8008', vi: 'Chọn một nơi', en: 'Choose one' },
  badLocation: { code: 'E8020', vi: 'Vị trí không hợp lệ: hãy gõ tên nơi bạn sống.', en: 'That location is not valid: type the name of your place.' },
});
