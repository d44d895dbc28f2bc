/** UI strings of the museum pages (vi first, en). */
export const S = {
  vi: {
    exhibitions: 'Triển lãm', museum: 'Bảo tàng', objects: 'Hiện vật', share: 'Đường dẫn chia sẻ', stops: 'Các điểm dừng', opens: 'Mở cửa', closes: 'Đóng cửa',
    identifier: 'Số hiệu', title: 'Tên hiện vật', creator: 'Tác giả, chủ nhân', subject: 'Chủ đề', description: 'Mô tả', dateText: 'Niên đại', type: 'Loại hình',
    format: 'Chất liệu, kích thước', provenance: 'Nguồn gốc, xuất xứ', ethnicGroup: 'Dân tộc', rights: 'Quyền sử dụng', image: 'Ảnh (tối đa 20 MB)', alt: 'Mô tả ảnh cho người khiếm thị',
    newObject: 'Thêm hiện vật', newExhibition: 'Tạo triển lãm', kind: 'Loại', exhibitionTitle: 'Tên triển lãm', intro: 'Lời giới thiệu', save: 'Lưu',
    addItem: 'Đưa hiện vật vào triển lãm', caption: 'Lời thuyết minh', publish: 'Công bố', unpublish: 'Ngừng công bố (về bản nháp)', unpublished: 'Đã ngừng công bố: triển lãm trở về bản nháp.', published: 'Đã công bố', draft: 'Bản nháp', visits: 'Lượt khách theo ngày',
    day: 'Ngày', visitors: 'Tổng lượt khách', students: 'Học sinh, sinh viên', study: 'Đến để học tập, nghiên cứu', notPublished: 'Triển lãm chưa được công bố.',
    addStop: 'Thêm điểm dừng', stopPlace: 'Nơi trưng bày', from: 'Từ ngày', to: 'Đến ngày', saved: 'Đã lưu.', manage: 'Quản lý bảo tàng', enlarge: 'Xem ảnh lớn',
    programmes: 'Chương trình giáo dục cho trường học', book: 'Đặt lịch cho lớp', school: 'Trường', className: 'Lớp', studentsN: 'Số học sinh', maxStudents: 'Tối đa học sinh/lượt',
  },
  en: {
    exhibitions: 'Exhibitions', museum: 'Museum', objects: 'Objects', share: 'Link to share', stops: 'Stops', opens: 'Opens', closes: 'Closes',
    identifier: 'Identifier', title: 'Title', creator: 'Creator', subject: 'Subject', description: 'Description', dateText: 'Date', type: 'Type',
    format: 'Material, dimensions', provenance: 'Provenance', ethnicGroup: 'Ethnic group', rights: 'Rights', image: 'Image (up to 20 MB)', alt: 'Image description for blind readers',
    newObject: 'Add an object', newExhibition: 'Create an exhibition', kind: 'Kind', exhibitionTitle: 'Exhibition title', intro: 'Introduction', save: 'Save',
    addItem: 'Add an object to the exhibition', caption: 'Caption', publish: 'Publish', unpublish: 'Unpublish (back to draft)', unpublished: 'Unpublished: the exhibition is a draft again.', published: 'Published', draft: 'Draft', visits: 'Visitors by day',
    day: 'Day', visitors: 'Visitors', students: 'Students', study: 'Coming to study or research', notPublished: 'This exhibition is not published.',
    addStop: 'Add a stop', stopPlace: 'Place', from: 'From', to: 'To', saved: 'Saved.', manage: 'Manage the museum', enlarge: 'View the large image',
    programmes: 'Education programmes for schools', book: 'Book for a class', school: 'School', className: 'Class', studentsN: 'Students', maxStudents: 'Max students per visit',
  },
} as const;

export type Strings = { [K in keyof (typeof S)['vi']]: string };
export const strings = (lang: string): Strings => (lang === 'en' ? S.en : S.vi);
