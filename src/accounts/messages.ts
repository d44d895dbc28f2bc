import { errors, names, texts } from '../core/i18n/index.ts';

/** The accounts' errors (E25xx): who an account belongs to and its password. */
export const accountsErrors = errors({
  officialNeedsUnit: { code: 'E2501', vi: 'Cán bộ và người xem phải gắn với một đơn vị.', en: 'Officials and viewers belong to a unit.' },
  citizenNoInstitution: { code: 'E2502', vi: 'Tài khoản công dân không gắn với cơ sở.', en: 'A citizen account belongs to no institution.' },
  staffNeedsInstitution: { code: 'E2503', vi: 'Nhân viên phải gắn với một cơ sở.', en: 'Staff belong to an institution.' },
  passwordTooShort: { code: 'E2504', vi: 'Mật khẩu cần ít nhất {min} ký tự.', en: 'The password needs at least {min} characters.' },
  required: { code: 'E2505', vi: 'Bắt buộc', en: 'Required' },
  notUsed: { code: 'E2506', vi: 'Không dùng', en: 'Not used' },
  tooShort: { code: 'E2507', vi: 'Quá ngắn', en: 'Too short' },
  passwordTooLong: { code: 'E2508', vi: 'Mật khẩu dài tối đa {max} ký tự.', en: 'The password has at most {max} characters.' },
  passwordCommon: {
    code: 'E2509',
    vi: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ.',
    en: 'This password is too common and easily guessed. Choose another, a short sentence for instance.',
  },
  passwordHasUsername: { code: 'E2510', vi: 'Mật khẩu không được chứa tên đăng nhập.', en: 'The password must not contain the username.' },
  signUpRefused: {
    code: 'E2511',
    vi: 'Không thể tạo tài khoản với tên đăng nhập này. Hãy chọn tên khác.',
    en: 'No account can be made with this username. Choose another.',
  },
  usernameUnusable: { code: 'E2512', vi: 'Hãy chọn tên khác', en: 'Choose another' },
  tooManySignUps: {
    code: 'E2513',
    vi: 'Có quá nhiều lượt đăng ký từ nơi bạn truy cập. Vui lòng thử lại sau ít phút.',
    en: 'Too many sign-ups from where you are. Try again in a while.',
  },
  // people administered in the browser (issue 19)
  notAllowedToManage: {
    code: 'E2514',
    vi: 'Chỉ quản trị hệ thống và cán bộ quản lý đơn vị mới quản lý được tài khoản.',
    en: 'Only administrators and officials manage accounts.',
  },
  notSaved: { code: 'E2515', vi: 'Chưa lưu được tài khoản: hãy sửa các ô được đánh dấu.', en: 'The account was not saved: correct the marked fields.' },
  usernameTaken: { code: 'E2516', vi: 'Tên đăng nhập "{username}" đã có người dùng.', en: 'The username "{username}" is taken.' },
  usernameForm: {
    code: 'E2517',
    vi: 'Tên đăng nhập gồm 3–40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
    en: 'A username is 3–40 letters without diacritics, digits, dots, hyphens or underscores.',
  },
  roleAbove: { code: 'E2518', vi: 'Bạn không thể cấp vai trò "{role}".', en: 'You cannot grant the role "{role}".' },
  unknownRole: { code: 'E2519', vi: 'Không có vai trò này.', en: 'No such role.' },
  unknownUnit: { code: 'E2520', vi: 'Không có đơn vị "{unit}".', en: 'No unit "{unit}".' },
  unknownInstitution: { code: 'E2521', vi: 'Không có cơ sở "{institution}".', en: 'No institution "{institution}".' },
  unitOutside: {
    code: 'E2522',
    vi: '"{unit}" nằm ngoài địa bàn bạn quản lý.',
    en: '"{unit}" lies outside the area you manage.',
  },
  institutionOutside: {
    code: 'E2523',
    vi: 'Cơ sở "{institution}" nằm ngoài địa bàn bạn quản lý.',
    en: 'The institution "{institution}" lies outside the area you manage.',
  },
  noSuchUser: { code: 'E2524', vi: 'Không có tài khoản "{username}".', en: 'No account "{username}".' },
  userOutside: {
    code: 'E2525',
    vi: 'Tài khoản "{username}" nằm ngoài địa bàn bạn quản lý.',
    en: 'The account "{username}" lies outside the area you manage.',
  },
  notYourself: {
    code: 'E2526',
    vi: 'Bạn không tự sửa vai trò, địa bàn hay khóa tài khoản của mình ở đây.',
    en: 'You do not change your own role or scope, nor disable yourself, here.',
  },
  resetInvalid: {
    code: 'E2527',
    vi: 'Liên kết đặt lại mật khẩu không dùng được (đã dùng, đã hết hạn hoặc sai). Hãy xin một liên kết mới.',
    en: 'This reset link cannot be used (used, expired or wrong). Ask for a new one.',
  },
  wrongPassword: { code: 'E2528', vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  passwordsDiffer: { code: 'E2529', vi: 'Hai lần nhập mật khẩu mới không giống nhau.', en: 'The two new passwords differ.' },
  nameRequired: { code: 'E2530', vi: 'Hãy nhập họ và tên.', en: 'Enter the name.' },
  scopeRequired: { code: 'E2531', vi: 'Hãy chọn {what}.', en: 'Choose {whatEn}.' },
  placeAmbiguous: {
    code: 'E2532',
    vi: 'Có nhiều nơi mang tên "{name}": hãy chọn một nơi trong danh sách.',
    en: 'Several places are called "{name}": choose one from the list.',
  },
  noSuchPlace: { code: 'E2533', vi: 'Không tìm thấy nơi nào tên "{name}" trong địa bàn bạn quản lý.', en: 'No place called "{name}" in the area you manage.' },
  tokenNameRequired: { code: 'E2534', vi: 'Hãy đặt tên cho mã truy cập.', en: 'Name the token.' },
});

/** The roles in words. */
export const roleNames = names({
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  official: { vi: 'Cán bộ quản lý', en: 'Official' },
  staff: { vi: 'Nhân viên cơ sở', en: 'Institution staff' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
  citizen: { vi: 'Công dân', en: 'Citizen' },
});

/** The accounts' words: the login's refusals, the account page (tokens, sessions). */
export const accountsText = texts({
  loginLocked: {
    vi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many failed attempts. Try again in {minutes} minutes.',
  },
  accountTitle: { vi: 'Tài khoản của tôi', en: 'My account' },
  signedInAs: { vi: 'Đăng nhập với tên {username}.', en: 'Signed in as {username}.' },
  sessionsTitle: { vi: 'Phiên đăng nhập', en: 'Sessions' },
  sessionsHelp: {
    vi: 'Nếu bạn đã đăng nhập trên máy khác (máy ở thư viện, điện thoại bị mất…), hãy đăng xuất khỏi mọi thiết bị. Mã truy cập API không bị ảnh hưởng: thu hồi chúng ở dưới.',
    en: 'If you signed in on another computer (at the library, a lost phone…), sign out everywhere. API tokens are not affected: revoke them below.',
  },
  signOutEverywhere: { vi: 'Đăng xuất khỏi mọi thiết bị', en: 'Sign out everywhere' },
  tokensTitle: { vi: 'Mã truy cập API', en: 'API tokens' },
  tokensHelp: {
    vi: 'Mã truy cập cho các chương trình gọi API thay bạn. Mã được tạo bằng lệnh "lifelong users token" hoặc qua API (POST /api/v1/me/tokens) và hết hạn sau {days} ngày.',
    en: 'Tokens for programs that call the API for you. They are made with "lifelong users token" or through the API (POST /api/v1/me/tokens) and expire after {days} days.',
  },
  noTokens: { vi: 'Bạn chưa có mã truy cập nào.', en: 'You have no API tokens.' },
  tokenName: { vi: 'Tên', en: 'Name' },
  created: { vi: 'Ngày tạo', en: 'Created' },
  lastUsed: { vi: 'Dùng lần cuối', en: 'Last used' },
  expires: { vi: 'Hết hạn', en: 'Expires' },
  expired: { vi: '(đã hết hạn)', en: '(expired)' },
  never: { vi: 'Chưa dùng', en: 'Never' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  revokeNamed: { vi: 'Thu hồi mã "{name}"', en: 'Revoke token "{name}"' },
  actions: { vi: 'Thao tác', en: 'Action' },
  revoked: { vi: 'Đã thu hồi mã truy cập.', en: 'The token is revoked.' },
  passwordTitle: { vi: 'Đổi mật khẩu', en: 'Change your password' },
  passwordLink: { vi: 'Đổi mật khẩu', en: 'Change your password' },
  passwordHelp: {
    vi: 'Mật khẩu mới cần ít nhất {min} ký tự, không phải mật khẩu phổ biến và không chứa tên đăng nhập. Một câu ngắn dễ nhớ là tốt nhất. Các phiên đăng nhập khác của bạn sẽ kết thúc.',
    en: 'The new password needs at least {min} characters, not a common one, not holding your username. A short sentence is best. Your other sessions will end.',
  },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  confirmPassword: { vi: 'Nhập lại mật khẩu mới', en: 'The new password again' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change the password' },
  passwordChanged: { vi: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.', en: 'Your password is changed. Your other sessions ended.' },
  thereIsAProblem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  resetTitle: { vi: 'Đặt mật khẩu mới', en: 'Set a new password' },
  resetFor: { vi: 'Tài khoản: {username}', en: 'Account: {username}' },
  setPassword: { vi: 'Đặt mật khẩu', en: 'Set the password' },
  passwordSet: { vi: 'Đã đặt mật khẩu mới. Bạn có thể đăng nhập.', en: 'The new password is set. You can log in.' },
  goToLogin: { vi: 'Đến trang đăng nhập', en: 'Go to the login page' },
  signedOutEverywhere: { vi: 'Đã đăng xuất khỏi mọi thiết bị. Hãy đăng nhập lại.', en: 'Signed out everywhere. Log in again.' },
});
