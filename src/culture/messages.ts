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
});
