import { errors, names, texts } from '../core/i18n/catalogue.ts';

/** The clubs' pages' own words (Vietnamese first, English). */
export const cultureText = texts({
  schedule: { vi: 'Lịch sinh hoạt', en: 'Schedule' },
  members: { vi: 'Thành viên', en: 'Members' },
  join: { vi: 'Tham gia', en: 'Join' },
  isMember: { vi: 'Bạn là thành viên.', en: 'You are a member.' },
  loginToJoin: { vi: 'Đăng nhập để tham gia', en: 'Log in to join' },
  recordSession: { vi: 'Điểm danh buổi sinh hoạt', en: 'Record a session' },
  day: { vi: 'Ngày', en: 'Day' },
  present: { vi: 'Có mặt', en: 'Present' },
  recentSessions: { vi: 'Các buổi gần đây: {days}', en: 'Recent sessions: {days}' },
  noSessions: { vi: 'chưa có', en: 'none' },
  regularCaption: {
    vi: 'Câu lạc bộ, lớp năng khiếu — số tháng có sinh hoạt năm {year} (thường xuyên: từ {months} tháng)',
    en: 'Clubs — months with sessions in {year} (regular: {months}+)',
  },
  name: { vi: 'Tên', en: 'Name' },
  scheduleShort: { vi: 'Lịch', en: 'Schedule' },
  months: { vi: 'Số tháng', en: 'Months' },
  createClub: { vi: 'Thành lập câu lạc bộ, lớp, nhóm', en: 'Create a club, class or group' },
  description: { vi: 'Mô tả', en: 'Description' },
  memberList: { vi: 'Danh sách thành viên', en: 'Members' },
  memberName: { vi: 'Họ tên', en: 'Name' },
  birthYear: { vi: 'Năm sinh', en: 'Year of birth' },
  birthYearOptional: { vi: 'Năm sinh (không bắt buộc)', en: 'Year of birth (optional)' },
  contact: { vi: 'Liên hệ', en: 'Contact' },
  contactOptional: { vi: 'Số điện thoại hoặc địa chỉ liên hệ (không bắt buộc)', en: 'Phone or address (optional)' },
  account: { vi: 'Tài khoản', en: 'Account' },
  noAccount: { vi: 'chưa có tài khoản', en: 'no account' },
  addMember: { vi: 'Thêm thành viên', en: 'Add a member' },
  editMember: { vi: 'Sửa thông tin thành viên', en: 'Correct the member' },
  linkAccount: { vi: 'Gắn với tài khoản công dân', en: 'Link to a citizen account' },
  username: { vi: 'Tên đăng nhập của công dân', en: "The citizen's username" },
  link: { vi: 'Gắn tài khoản', en: 'Link' },
  removeMember: { vi: 'Xóa khỏi danh sách thành viên', en: 'Remove from the members' },
  removeExplained: {
    vi: 'Các buổi người này đã tham gia vẫn được giữ trong điểm danh và số liệu.',
    en: 'The sessions this person attended stay in the attendance and the statistics.',
  },
  joined: { vi: 'tham gia từ', en: 'member since' },
  note: { vi: 'Ghi chú (không bắt buộc)', en: 'Note (optional)' },
  noteHeader: { vi: 'Ghi chú', en: 'Note' },
  sessions: { vi: 'Các buổi sinh hoạt đã ghi nhận', en: 'Sessions recorded' },
  presentCount: { vi: 'Số người có mặt', en: 'Present' },
  noSessionsYet: { vi: 'Chưa có buổi sinh hoạt nào.', en: 'No sessions yet.' },
  correctSession: { vi: 'Sửa buổi sinh hoạt', en: 'Correct a session' },
  correctSessionOf: { vi: 'Sửa buổi sinh hoạt ngày {date}', en: 'Correct the session of {date}' },
  thereIsAProblem: { vi: 'Có vấn đề cần sửa', en: 'There is a problem' },
});

/** Kinds of club (`clubs.kind`) by their names. */
export const clubKindName = names({
  club: { vi: 'Câu lạc bộ', en: 'Club' },
  talent_class: { vi: 'Lớp năng khiếu', en: 'Talent class' },
  interest_group: { vi: 'Nhóm sở thích', en: 'Interest group' },
});
export type ClubKind = keyof typeof clubKindName.entries;

/** The clubs' errors (E70xx). */
export const cultureErrors = errors({
  alreadyMember: { code: 'E7001', vi: 'Bạn đã là thành viên của câu lạc bộ này.', en: 'Already a member.' },
  notMembers: { code: 'E7002', vi: 'Không phải thành viên câu lạc bộ: {ids}.', en: 'Not members of the club: {ids}.' },
  memberTwice: {
    code: 'E7003',
    vi: '{name} đã có trong danh sách thành viên (cùng họ tên và năm sinh).',
    en: '{name} is already a member (same name and year of birth).',
  },
  alreadyListed: { code: 'E7004', vi: 'Đã có trong danh sách', en: 'Already on the list' },
  badBirthYear: { code: 'E7005', vi: 'Năm sinh là một năm từ 1900 đến {max}.', en: 'The year of birth is a year from 1900 to {max}.' },
  noSuchMember: { code: 'E7006', vi: 'Không tìm thấy thành viên này trong câu lạc bộ.', en: 'No such member of the club.' },
  noSuchCitizen: { code: 'E7007', vi: 'Không có tài khoản công dân "{username}".', en: 'No citizen account "{username}".' },
  notACitizen: { code: 'E7008', vi: 'Không phải tài khoản công dân', en: 'Not a citizen account' },
  sessionInFuture: {
    code: 'E7009',
    vi: 'Ngày {date} chưa đến: chỉ ghi nhận buổi sinh hoạt đã diễn ra.',
    en: 'That day has not come yet: only sessions held can be recorded.',
  },
  notYet: { code: 'E7010', vi: 'Chưa đến ngày này', en: 'Not yet' },
  noSuchSession: { code: 'E7011', vi: 'Không tìm thấy buổi sinh hoạt này.', en: 'No such session.' },
});
