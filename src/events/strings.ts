/** UI strings of the events pages (vi first, en). */
export const S = {
  vi: {
    events: 'Sự kiện', allDays: 'Mọi ngày kỷ niệm', allKinds: 'Mọi loại', place: 'Địa bàn (mã đơn vị)', from: 'Từ ngày', to: 'Đến ngày', filter: 'Lọc',
    day: 'Ngày kỷ niệm', kind: 'Loại', when: 'Thời gian', where: 'Địa điểm', organiser: 'Đơn vị tổ chức', none: 'Không có sự kiện nào phù hợp.',
    register: 'Đăng ký tham gia', cancel: 'Hủy đăng ký', places: 'Chỗ', unlimited: 'không giới hạn', waiting: 'danh sách chờ',
    registered: 'Bạn đã đăng ký tham gia.', onWaitingList: 'Sự kiện đã đủ chỗ: bạn có tên trong danh sách chờ và sẽ được nhận khi có người hủy.',
    cancelled: 'Đã hủy đăng ký.', loginToRegister: 'Đăng nhập hoặc tạo tài khoản công dân để đăng ký', calendar: 'Lịch iCalendar',
    manage: 'Quản lý sự kiện', newEvent: 'Đăng sự kiện mới', title: 'Tên sự kiện', description: 'Mô tả', starts: 'Bắt đầu', ends: 'Kết thúc',
    capacity: 'Sức chứa (để trống: không giới hạn)', tasks: 'Nhiệm vụ kế hoạch thực hiện', publish: 'Đăng', attendance: 'Ghi nhận tham gia',
    walkIns: 'Số người tham gia không đăng ký trước', saveAttendance: 'Lưu và đánh dấu đã tổ chức', attendedQ: 'Có mặt', held: 'Đã tổ chức',
    participants: 'Người đăng ký', status: 'Trạng thái', saved: 'Đã lưu.', yourStatus: 'Trạng thái của bạn',
    cancelEvent: 'Hủy sự kiện', cancelNote: 'Lời nhắn gửi người đã đăng ký (lý do hủy)', eventCancelled: 'Sự kiện đã bị hủy',
    eventCancelledOk: 'Đã hủy sự kiện; người đăng ký thấy lời nhắn trong hồ sơ học tập của mình.',
  },
  en: {
    events: 'Events', allDays: 'All commemorative days', allKinds: 'All kinds', place: 'Place (unit code)', from: 'From', to: 'To', filter: 'Filter',
    day: 'Commemorative day', kind: 'Kind', when: 'When', where: 'Where', organiser: 'Organiser', none: 'No matching events.',
    register: 'Register', cancel: 'Cancel registration', places: 'Places', unlimited: 'unlimited', waiting: 'waiting list',
    registered: 'You are registered.', onWaitingList: 'The event is full: you are on the waiting list and get a place when someone cancels.',
    cancelled: 'Registration cancelled.', loginToRegister: 'Log in or create a citizen account to register', calendar: 'iCalendar feed',
    manage: 'Manage events', newEvent: 'Publish an event', title: 'Title', description: 'Description', starts: 'Starts', ends: 'Ends',
    capacity: 'Capacity (empty: unlimited)', tasks: 'Plan tasks fulfilled', publish: 'Publish', attendance: 'Attendance',
    walkIns: 'People who came without registering', saveAttendance: 'Save and mark as held', attendedQ: 'Present', held: 'Held',
    participants: 'Registrations', status: 'Status', saved: 'Saved.', yourStatus: 'Your status',
    cancelEvent: 'Cancel the event', cancelNote: 'Note to the registrants (why it is cancelled)', eventCancelled: 'This event is cancelled',
    eventCancelledOk: 'Event cancelled; registrants see the note in their learning record.',
  },
} as const;

export type Strings = { [K in keyof (typeof S)['vi']]: string };
export const strings = (lang: string): Strings => (lang === 'en' ? S.en : S.vi);
