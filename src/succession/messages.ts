import { errors, texts, type Lang } from '../core/i18n/index.ts';

/** What the hand-over pages, the API's descriptions and the command line say. */
export const successionText = texts({
  title: { vi: 'Bàn giao đơn vị đã kết thúc', en: 'Hand over ended units' },
  intro: {
    vi: 'Khi một đơn vị hành chính kết thúc (sáp nhập theo cải cách năm 2025), người dùng, cơ sở và kỳ báo cáo còn gắn với nó được chuyển sang đơn vị kế tiếp. Xem trước từng thay đổi, chọn đơn vị kế tiếp khi đơn vị cũ được chia cho nhiều nơi, rồi xác nhận: mọi thay đổi được thực hiện cùng lúc và ghi vào nhật ký.',
    en: 'When an administrative unit ends (merged by the 2025 reform), the users, institutions and reporting cycles still attached to it move to its successor. Preview each change, choose the successor where the old unit was split, then confirm: every change is made at once and logged.',
  },
  pendingCaption: { vi: 'Đơn vị đã kết thúc còn việc cần bàn giao', en: 'Ended units with something to hand over' },
  nonePending: { vi: 'Không còn đơn vị đã kết thúc nào cần bàn giao.', en: 'No ended unit has anything left to hand over.' },
  search: { vi: 'Tìm đơn vị theo tên', en: 'Find a unit by name' },
  searchButton: { vi: 'Tìm', en: 'Search' },
  shownOf: { vi: 'Hiện {shown}/{total} đơn vị.', en: 'Showing {shown} of {total} units.' },
  unitColumn: { vi: 'Đơn vị', en: 'Unit' },
  endedColumn: { vi: 'Kết thúc ngày', en: 'Ended on' },
  successorsColumn: { vi: 'Đơn vị kế tiếp', en: 'Successors' },
  pendingColumn: { vi: 'Cần bàn giao', en: 'To hand over' },
  counts: { vi: '{users} người dùng, {institutions} cơ sở, {cycles} kỳ báo cáo', en: '{users} users, {institutions} institutions, {cycles} cycles' },
  previewAll: { vi: 'Xem trước bàn giao tất cả', en: 'Preview handing over all' },
  previewTitle: { vi: 'Xem trước bàn giao: {unit}', en: 'Hand-over preview: {unit}' },
  previewAllTitle: { vi: 'Xem trước bàn giao tất cả đơn vị đã kết thúc', en: 'Hand-over preview of every ended unit' },
  back: { vi: '← Danh sách đơn vị cần bàn giao', en: '← Units to hand over' },
  endedInto: { vi: 'Kết thúc ngày {date}; đơn vị kế tiếp:', en: 'Ended on {date}; successors:' },
  noSuccessor: {
    vi: 'Kết thúc ngày {date}; không có đơn vị kế tiếp đang hoạt động: người dùng và cơ sở được giữ nguyên.',
    en: 'Ended on {date}; no successor in force: users and institutions stay as they are.',
  },
  splitNote: {
    vi: 'Đơn vị này được chia cho nhiều đơn vị kế tiếp: chọn nơi chuyển đến cho từng người dùng và cơ sở.',
    en: 'This unit was split among several successors: choose where each user and institution goes.',
  },
  usersHeading: { vi: 'Người dùng chuyển sang đơn vị kế tiếp', en: 'Users moving to the successor' },
  noUsers: { vi: 'Không còn người dùng nào gắn với đơn vị này.', en: 'No user belongs to this unit any more.' },
  moveUser: { vi: '{name} ({username}, {role}) chuyển sang', en: '{name} ({username}, {role}) moves to' },
  institutionsHeading: { vi: 'Cơ sở đổi đơn vị quản lý', en: 'Institutions changing unit' },
  noInstitutions: { vi: 'Không còn cơ sở nào thuộc đơn vị này sau ngày kết thúc.', en: 'No institution belongs to this unit after its end.' },
  moveInstitution: { vi: '{name} ({kind}) thuộc về, từ ngày {from},', en: '{name} ({kind}) belongs, from {from}, to' },
  alreadyMoved: { vi: '{n} cơ sở đã thuộc đơn vị kế tiếp, không cần chuyển', en: '{n} institutions already belong to a successor: nothing to do' },
  movedTo: { vi: '{name}: thuộc {unit} từ ngày {since}', en: '{name}: belongs to {unit} from {since}' },
  cyclesHeading: { vi: 'Kỳ báo cáo', en: 'Reporting cycles' },
  noCycles: { vi: 'Không còn kỳ báo cáo nào đang mở của đơn vị này.', en: 'No reporting cycle of this unit is open.' },
  closeCycle: {
    vi: 'Kỳ báo cáo năm {year} (hạn {due}) được đóng: đơn vị đã kết thúc trước hạn nên không nhận báo cáo năm {year}.',
    en: 'The {year} cycle (due {due}) is closed: the unit ended before the deadline and receives no {year} reports.',
  },
  dropDraft: {
    vi: 'Bản dự thảo báo cáo năm {year} chưa có nội dung được xóa: đơn vị không phải báo cáo năm {year}.',
    en: 'The empty {year} draft report is removed: no {year} report is asked of the unit.',
  },
  keepDraft: {
    vi: 'Bản dự thảo báo cáo năm {year} đã có nội dung được giữ lại để đọc; không gửi được nữa.',
    en: 'The {year} draft report, which has content, stays readable; it can no longer be submitted.',
  },
  choose: { vi: '— Chọn đơn vị kế tiếp —', en: '— Choose a successor —' },
  confirmNote: {
    vi: 'Bấm “Xác nhận bàn giao” để thực hiện tất cả thay đổi trên cùng lúc. Người dùng đăng nhập lần sau sẽ làm việc cho đơn vị mới.',
    en: 'Press “Confirm the hand-over” to make every change above at once. Users work for the new unit from their next page.',
  },
  confirm: { vi: 'Xác nhận bàn giao', en: 'Confirm the hand-over' },
  nothingToDo: { vi: 'Không còn gì cần bàn giao.', en: 'Nothing is left to hand over.' },
  done: {
    vi: 'Đã bàn giao: {users} người dùng, {institutions} cơ sở, {cycles} kỳ báo cáo, {drafts} bản dự thảo.',
    en: 'Handed over: {users} users, {institutions} institutions, {cycles} cycles, {drafts} drafts.',
  },
  lastHandover: { vi: 'Bàn giao gần nhất: {at}, do {by} thực hiện.', en: 'Last hand-over: {at}, by {by}.' },
  someone: { vi: 'dòng lệnh', en: 'the command line' },
  thereIsAProblem: { vi: 'Chưa bàn giao được', en: 'Nothing was handed over' },
  successorLink: { vi: 'Trang của {unit}', en: '{unit}’s page' },
  roleAdmin: { vi: 'quản trị', en: 'administrator' },
  roleOfficial: { vi: 'cán bộ quản lý', en: 'official' },
  roleStaff: { vi: 'nhân viên cơ sở', en: 'institution staff' },
  roleViewer: { vi: 'người xem', en: 'viewer' },
  roleCitizen: { vi: 'công dân', en: 'citizen' },
  navAdmin: { vi: 'Quản trị', en: 'Administration' },
  // the command line
  cliUnit: { vi: '{unit} ({code}), kết thúc ngày {date}', en: '{unit} ({code}), ended on {date}' },
  cliUser: { vi: '  người dùng {username} → {to}', en: '  user {username} → {to}' },
  cliInstitution: { vi: '  cơ sở {code} {name} → {to} từ {from}', en: '  institution {code} {name} → {to} from {from}' },
  cliCycle: { vi: '  đóng kỳ báo cáo năm {year}', en: '  close the {year} cycle' },
  cliDraft: { vi: '  xóa bản dự thảo trống năm {year}', en: '  remove the empty {year} draft' },
  cliChoose: { vi: '(cần chọn: {options})', en: '(choose: {options})' },
  cliDryRun: { vi: 'Chưa thay đổi gì: thêm --apply để bàn giao.', en: 'Nothing changed: add --apply to hand over.' },
});

const ROLES = { admin: 'roleAdmin', official: 'roleOfficial', staff: 'roleStaff', viewer: 'roleViewer', citizen: 'roleCitizen' } as const;

/** A user's role in words. */
export const roleName = (lang: Lang, role: string): string => {
  const key = ROLES[role as keyof typeof ROLES];
  return key ? successionText(lang)[key] : role;
};

/** The hand-over's errors (E75xx). */
export const successionErrors = errors({
  adminOnly: { code: 'E7501', vi: 'Chỉ quản trị hệ thống mới bàn giao được đơn vị.', en: 'Only a system administrator can hand over units.' },
  notEnded: {
    code: 'E7502',
    vi: '{unit} vẫn đang hoạt động: chỉ bàn giao được đơn vị đã kết thúc.',
    en: '{unit} is still in force: only an ended unit can be handed over.',
  },
  unknownUnit: { code: 'E7503', vi: 'Không có đơn vị mã "{code}".', en: 'Unknown unit "{code}".' },
  choicesMissing: {
    code: 'E7504',
    vi: 'Hãy chọn đơn vị kế tiếp cho {n} mục bên dưới (đơn vị cũ được chia cho nhiều nơi); chưa có gì thay đổi.',
    en: 'Choose a successor for the {n} items below (the old unit was split); nothing has changed.',
  },
  chooseSuccessor: { code: 'E7505', vi: 'Chọn đơn vị kế tiếp mà {name} chuyển sang.', en: 'Choose the successor {name} moves to.' },
  notASuccessor: {
    code: 'E7506',
    vi: '"{chosen}" không phải đơn vị kế tiếp của {unit}: chọn {options}.',
    en: '"{chosen}" is not a successor of {unit}: choose {options}.',
  },
  badChoices: { code: 'E7507', vi: 'Có lựa chọn không hợp lệ bên dưới; chưa có gì thay đổi.', en: 'Some choices below are not valid; nothing has changed.' },
});
