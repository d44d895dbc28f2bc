import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';

const by = { author: 'Phòng Văn hóa', date: '2023-03-01T08:00:00Z' };

/**
 * A plan in Word with its reviewer's changes still tracked, as Word writes them (`w:ins`, `w:del`): the share was
 * 50 % and is now 60 %, and a sentence of the past was added.
 */
export async function trackedPlan(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          p('ỦY BAN NHÂN DÂN HUYỆN MỘT'),
          p('Số: 21/KH-UBND'),
          p('Một, ngày 01 tháng 3 năm 2023'),
          p('KẾ HOẠCH'),
          p('Thực hiện Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”'),
          p('I. MỤC TIÊU'),
          new Paragraph({
            children: [
              new TextRun('Đến năm 2025, '),
              new DeletedTextRun({ ...by, id: 1, text: '50%' }),
              new InsertedTextRun({ ...by, id: 2, text: '60%' }),
              new TextRun(' thư viện công cộng cấp xã được hướng dẫn tổ chức hoạt động phục vụ học tập suốt đời.'),
            ],
          }),
          new Paragraph({
            children: [new InsertedTextRun({ ...by, id: 3, text: 'Năm 2022, thư viện huyện đã phục vụ 45.000 lượt bạn đọc.' })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
