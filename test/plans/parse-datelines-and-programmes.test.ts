/**
 * Header rules found on the fifth held-out set (eval/holdout5/, issue 22), in texts written for the
 * test, clean and without diacritics: a web page's weekday dateline and an act the text reports are
 * not the document's date; a portal's section name and dateline above the headline; the
 * learning-citizen and literacy programmes named by their titles; the programme a plan's title names
 * wins over a directive its basis cites first; a text opening with an outlet's tag or telling that an
 * authority "vừa ban hành" a document is news; a photo's caption opening a page is no headline.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets, strip } from '../support/plan-text.ts';

describe('dates that are not the document’s own', () => {
  const PORTAL = `Tin hoạt động
Chủ nhật, Ngày 14/05/2023, 08:30
Đắk Nông: Phấn đấu đến năm 2030 có 85% gia đình đạt danh hiệu "Gia đình học tập"
Cỡ chữ: Giảm Mặc định Tăng

TTĐT - UBND tỉnh ban hành Kế hoạch thực hiện chương trình "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2023 - 2030".

Đến năm 2030, phấn đấu 85% gia đình được công nhận danh hiệu "Gia đình học tập", 75% dòng họ được công nhận danh hiệu "Dòng họ học tập".
`;
  it.each(both(PORTAL))('a weekday dateline under the section name: no date, the headline is the line after it (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.date).toBeNull();
    expect(p.kind).toBe('news');
    expect(p.title).toMatch(/^(?:Đắk Nông|Dak Nong): Ph/);
    // the headline restates the body's target: counted once
    expect(readTargets(t!)).toEqual([
      [2030, 85, 'percent'],
      [2030, 75, 'percent'],
    ]);
  });

  const REPORTED = `Nghiên cứu tình trạng tái mù chữ ở huyện Mường Nhé

Để huy động cả hệ thống chính trị tham gia công tác xoá mù chữ, ngày 12/6/2014, UBND tỉnh đã phê duyệt “Kế hoạch Xoá mù chữ đến năm 2020 trên địa bàn tỉnh”. Kế hoạch đặt mục tiêu tỷ lệ người biết chữ độ tuổi 15-60 đạt 92% vào năm 2015 và 95% vào năm 2020.
`;
  it.each(both(REPORTED))('", ngày 12/6/2014, UBND tỉnh đã phê duyệt …" after running text is a reported act (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.date).toBeNull();
    expect(p.programme).toBe('692/QĐ-TTg');
    expect(readTargets(t!)).toEqual([
      [2015, 92, 'percent'],
      [2020, 95, 'percent'],
    ]);
  });

  it.each(both(`ỦY BAN NHÂN DÂN QUẬN 5\nSố: 88/KH-UBND\nQuận 5, ngày 03 tháng 3 năm 2023\nKẾ HOẠCH\nPhát triển văn hóa đọc năm 2023\n`))(
    'a place written with a figure ("Quận 5, ngày …") still dates the plan (%s)',
    (_, t) => {
      expect(parsePlan(t!).date).toBe('2023-03-03');
    },
  );
});

describe('programmes named by their titles', () => {
  it.each(
    both(
      `UBND tỉnh vừa ban hành kế hoạch triển khai thực hiện chương trình xây dựng mô hình “Công dân học tập” giai đoạn 2021-2030 trên địa bàn tỉnh.\nTheo đó, đến năm 2025, 45% người lớn trong gia đình học tập đạt danh hiệu Công dân học tập.\n`,
    ),
  )('the learning-citizen programme is Decision 677, and the text is news (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.programme).toBe('677/QĐ-TTg');
    expect(p.kind).toBe('news');
  });

  it.each(both(`Tỉnh đặt mục tiêu đẩy mạnh xây dựng mô hình “Công dân học tập”: đến năm 2025, 45% người lớn đạt danh hiệu.\n`))(
    'the model alone names no programme (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBeNull();
    },
  );

  const CITY = `ỦY BAN NHÂN DÂN
THÀNH PHỐ VỊ THANH
Số: 120/KH-UBND
Vị Thanh, ngày 05 tháng 11 năm 2021
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2021 - 2030” TRÊN ĐỊA BÀN THÀNH PHỐ
Thực hiện Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2021 của Thủ tướng Chính phủ; Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
`;
  it.each(both(CITY))('the project the title names, not the directive the basis cites first (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1373/QĐ-TTg');
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['14/CT-TTg', '1373/QĐ-TTg']);
  });

  it('a scan that read the Đ of "ĐỀ ÁN" in capitals as P', () => {
    const t = strip(CITY).replace('DE AN', 'PE AN');
    expect(parsePlan(t).programme).toBe('1373/QĐ-TTg');
  });
});

describe('news without a headline', () => {
  it.each(
    both(
      `(baodaknong.vn) – Hội Khuyến học tỉnh tổ chức hội nghị quán triệt kế hoạch của tỉnh. Theo đó, đến năm 2025 phấn đấu 70% gia đình được công nhận danh hiệu gia đình học tập.\n`,
    ),
  )('a text opening with the outlet’s tag is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(
    both(
      `Ảnh minh họa (Nguồn: daknong.gov.vn)\nẢnh minh họa (Nguồn: daknong.gov.vn)\n\nMục tiêu của Kế hoạch là thúc đẩy học tập suốt đời.\n\nĐắk Nông phấn đấu đến năm 2025, 40% người lớn đạt danh hiệu “Công dân học tập”.\n`,
    ),
  )('a page opening on its photo’s caption: the caption is no headline, and the page is news (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toBeNull();
    expect(p.kind).toBe('news');
    expect(readTargets(t!)).toEqual([[2025, 40, 'percent']]);
  });
});
