import { errors, names, texts } from '../core/i18n/catalogue.ts';
import type { Lang } from '../core/i18n/lang.ts';

/** The museum pages' own words (Vietnamese first, English). */
export const museumText = texts({
  exhibitions: { vi: 'Triển lãm', en: 'Exhibitions' },
  museum: { vi: 'Bảo tàng', en: 'Museum' },
  objects: { vi: 'Hiện vật', en: 'Objects' },
  share: { vi: 'Đường dẫn chia sẻ', en: 'Link to share' },
  stops: { vi: 'Các điểm dừng', en: 'Stops' },
  opens: { vi: 'Mở cửa', en: 'Opens' },
  closes: { vi: 'Đóng cửa', en: 'Closes' },
  identifier: { vi: 'Số hiệu', en: 'Identifier' },
  title: { vi: 'Tên hiện vật', en: 'Title' },
  creator: { vi: 'Tác giả, chủ nhân', en: 'Creator' },
  subject: { vi: 'Chủ đề', en: 'Subject' },
  description: { vi: 'Mô tả', en: 'Description' },
  dateText: { vi: 'Niên đại', en: 'Date' },
  type: { vi: 'Loại hình', en: 'Type' },
  format: { vi: 'Chất liệu, kích thước', en: 'Material, dimensions' },
  provenance: { vi: 'Nguồn gốc, xuất xứ', en: 'Provenance' },
  ethnicGroup: { vi: 'Dân tộc', en: 'Ethnic group' },
  rights: { vi: 'Quyền sử dụng', en: 'Rights' },
  image: { vi: 'Ảnh (tối đa 20 MB)', en: 'Image (up to 20 MB)' },
  alt: { vi: 'Mô tả ảnh cho người khiếm thị', en: 'Image description for blind readers' },
  newObject: { vi: 'Thêm hiện vật', en: 'Add an object' },
  newExhibition: { vi: 'Tạo triển lãm', en: 'Create an exhibition' },
  exhibitionTitle: { vi: 'Tên triển lãm', en: 'Exhibition title' },
  intro: { vi: 'Lời giới thiệu', en: 'Introduction' },
  addItem: { vi: 'Đưa hiện vật vào triển lãm', en: 'Add an object to the exhibition' },
  caption: { vi: 'Lời thuyết minh', en: 'Caption' },
  publish: { vi: 'Công bố', en: 'Publish' },
  unpublish: { vi: 'Ngừng công bố (về bản nháp)', en: 'Unpublish (back to draft)' },
  unpublished: { vi: 'Đã ngừng công bố: triển lãm trở về bản nháp.', en: 'Unpublished: the exhibition is a draft again.' },
  published: { vi: 'Đã công bố', en: 'Published' },
  draft: { vi: 'Bản nháp', en: 'Draft' },
  visits: { vi: 'Lượt khách theo ngày', en: 'Visitors by day' },
  day: { vi: 'Ngày', en: 'Day' },
  visitors: { vi: 'Tổng lượt khách', en: 'Visitors' },
  students: { vi: 'Học sinh, sinh viên', en: 'Students' },
  study: { vi: 'Đến để học tập, nghiên cứu', en: 'Coming to study or research' },
  addStop: { vi: 'Thêm điểm dừng', en: 'Add a stop' },
  stopPlace: { vi: 'Nơi trưng bày', en: 'Place' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  manage: { vi: 'Quản lý bảo tàng', en: 'Manage the museum' },
  programmes: { vi: 'Chương trình giáo dục cho trường học', en: 'Education programmes for schools' },
  book: { vi: 'Đặt lịch cho lớp', en: 'Book for a class' },
  school: { vi: 'Trường', en: 'School' },
  className: { vi: 'Lớp', en: 'Class' },
  studentsN: { vi: 'Số học sinh', en: 'Students' },
  maxStudents: { vi: 'Tối đa học sinh/lượt', en: 'Max students per visit' },
  booked: { vi: 'Đã đặt lịch.', en: 'Booked.' },
  loginToBook: { vi: 'Đăng nhập để đặt lịch', en: 'Log in to book' },
  markHeld: { vi: 'Đã tổ chức', en: 'Held' },
  // a booking's status (`edu_bookings.status`) by its name
  booking_booked: { vi: 'đã đặt lịch', en: 'booked' },
  booking_held: { vi: 'đã tổ chức', en: 'held' },
  booking_cancelled: { vi: 'đã hủy', en: 'cancelled' },
});

/** Kinds of exhibition (`exhibitions.kind`) by their names. */
export const exhibitionKindName = names({
  permanent: { vi: 'Trưng bày thường xuyên', en: 'Permanent display' },
  thematic: { vi: 'Triển lãm chuyên đề', en: 'Thematic exhibition' },
  travelling: { vi: 'Triển lãm lưu động', en: 'Travelling exhibition' },
  virtual: { vi: 'Triển lãm ảo', en: 'Virtual exhibition' },
});
export type ExhibitionKind = keyof typeof exhibitionKindName.entries;

/** A booking status's name; an unknown one is shown as it is. */
export function bookingStatusName(lang: Lang, status: string): string {
  const t: Readonly<Record<string, unknown>> = museumText(lang);
  const v = t[`booking_${status}`];
  return typeof v === 'string' ? v : status;
}

/** The museum's errors (E65xx). */
export const museumErrors = errors({
  programmeNotFound: { code: 'E6501', vi: 'Không tìm thấy chương trình.', en: 'Programme not found.' },
  notFound: { code: 'E6502', vi: 'Không tìm thấy.', en: 'Not found.' },
  notPublished: { code: 'E6503', vi: 'Triển lãm chưa được công bố.', en: 'Exhibition not published.' },
  imageNotFound: { code: 'E6504', vi: 'Không tìm thấy ảnh.', en: 'Image not found.' },
  imageTooLarge: { code: 'E6505', vi: 'Ảnh quá lớn (tối đa 20 MB).', en: 'The image is larger than 20 MB.' },
  over20MB: { code: 'E6506', vi: 'Quá 20 MB', en: 'Over 20 MB' },
  unknownInstitution: { code: 'E6507', vi: 'Không có cơ sở mã "{code}".', en: 'Unknown institution.' },
  unknownUnit: { code: 'E6508', vi: 'Không có đơn vị mã "{code}".', en: 'Unknown unit.' },
  notFoundHere: { code: 'E6509', vi: 'Không tìm thấy', en: 'Not found' },
  exhibitionNotPublished: { code: 'E6510', vi: 'Triển lãm này chưa được công bố.', en: 'Exhibition not published.' },
  closesBeforeOpens: { code: 'E6511', vi: 'Ngày đóng phải sau ngày mở.', en: 'The closing day must come after the opening day.' },
  beforeOpening: { code: 'E6512', vi: 'Trước ngày mở', en: 'Before the opening day' },
  objectNotOfMuseum: { code: 'E6513', vi: 'Hiện vật không thuộc bảo tàng tổ chức triển lãm.', en: 'The object does not belong to this museum.' },
  invalid: { code: 'E6514', vi: 'Không hợp lệ', en: 'Invalid' },
  endsBeforeStarts: { code: 'E6515', vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The last day must come after the first.' },
  beforeStart: { code: 'E6516', vi: 'Trước ngày bắt đầu', en: 'Before the first day' },
  stopsOnlyTravelling: { code: 'E6517', vi: 'Chỉ triển lãm lưu động mới có điểm dừng.', en: 'Only a travelling exhibition has stops.' },
  virtualNeedsObject: { code: 'E6518', vi: 'Triển lãm ảo cần ít nhất một hiện vật trước khi công bố.', en: 'A virtual exhibition needs at least one object.' },
  empty: { code: 'E6519', vi: 'Trống', en: 'Empty' },
  notPublishedYet: { code: 'E6520', vi: 'Triển lãm này chưa được công bố.', en: 'The exhibition is not published.' },
  identifierTaken: { code: 'E6521', vi: 'Số hiệu hiện vật "{identifier}" đã có trong bảo tàng.', en: 'Identifier already used.' },
  exists: { code: 'E6522', vi: 'Đã tồn tại', en: 'Already exists' },
  collectionNotOfMuseum: { code: 'E6523', vi: 'Sưu tập không thuộc bảo tàng này.', en: 'The collection does not belong to this museum.' },
  dayPassed: { code: 'E6524', vi: 'Ngày {date} đã qua: không thể đặt lịch.', en: 'That day has passed.' },
  passed: { code: 'E6525', vi: 'Đã qua', en: 'Passed' },
  tooManyStudents: { code: 'E6526', vi: 'Chương trình nhận tối đa {max} học sinh một lượt.', en: 'The programme takes at most {max} students a visit.' },
  atMost: { code: 'E6527', vi: 'Tối đa {max}', en: 'At most {max}' },
  classBooked: { code: 'E6528', vi: 'Lớp {className} ({school}) đã đặt lịch ngày {date}.', en: 'This class already booked that day.' },
  booked: { code: 'E6529', vi: 'Đã đặt', en: 'Booked' },
  bookingCancelled: { code: 'E6530', vi: 'Lượt đặt lịch đã hủy.', en: 'The booking was cancelled.' },
  altRequired: { code: 'E6531', vi: 'Cần mô tả ảnh (văn bản thay thế) cho người không nhìn thấy ảnh.', en: 'An image needs a text description (alt).' },
  notEmpty: { code: 'E6532', vi: 'Không được để trống', en: 'Required' },
  fileTooHeavy: { code: 'E6533', vi: 'Tệp "{name}" nặng {size} MB, quá giới hạn 20 MB.', en: 'The image is larger than 20 MB.' },
  notAnImage: { code: 'E6534', vi: 'Tệp "{name}" không phải là ảnh (JPEG, PNG, WebP, GIF, TIFF, AVIF).', en: 'The file is not an image.' },
  notImage: { code: 'E6535', vi: 'Không phải ảnh', en: 'Not an image' },
});
