/**
 * Rules found on the twenty-sixth held-out set (eval/holdout26/, issue 22: the most recent texts, 2025 – 2026, on the
 * Politburo's resolution on culture, the national target programme on culture, education and the learning society), each
 * in sentences written for the test in the grammar of the domain, clean and without diacritics: a year said with `vào`
 * closing the clause of a value is that value's own; a time before a year opening a clause (`…, trước năm 2020, …`) tells
 * what stood then; a paragraph turning to a field (`Đối với …`, `Về …`) goes on with the year of the aims above it; a rate
 * per ten thousand people is per capita; a government resolution under its own type line is a decision, with its date on
 * the number's line though the comma is lost and the national target programme its basis names across a broken line; a
 * story of a resolution signed, or under the index's date line and the outlet's tag, is news; a story of culture or
 * education at large is read though it gives no figure.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

describe('a year said with vào closing the clause of a value', () => {
  it.each(
    both(
      `Mục tiêu đến năm 2030:\n\n- 95% nhà văn hóa thôn hoạt động thường xuyên.\n\n- Phấn đấu số hóa 100% hiện vật của bảo tàng tỉnh đã được kiểm kê, phân loại vào năm 2027.\n`,
    ),
  )('is the value’s own year, over the heading’s (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 95, 'percent'],
      [2027, 100, 'percent'],
    ]);
  });
});

describe('a time before a year opening a clause', () => {
  it.each(
    both(
      ` date 2025-11 Theo Giám đốc Thư viện tỉnh, trước năm 2020, số lượt bạn đọc mỗi năm chỉ đạt khoảng 150.000 lượt. Năm nay thư viện đã phục vụ hơn 400.000 lượt bạn đọc.\n`,
    ),
  )('tells what stood then: no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(parsePlan(t!).results.map((r) => r.value)).toContain(150000);
  });

  it.each(both(`Đến năm 2030, phấn đấu hoàn thành số hóa 80% tài liệu quý hiếm trước năm 2028.\n`))(
    'but a deadline after its verb stays an aim (%s)',
    (_, t) => {
      expect(readTargets(t!).map((x) => x[1])).toEqual([80]);
    },
  );
});

describe('a paragraph turning to a field', () => {
  it.each(
    both(
      `Mục tiêu cụ thể đến năm 2030, giáo dục thường xuyên sẽ phấn đấu có 90% trung tâm học tập cộng đồng hoạt động hiệu quả.\n\nVề thư viện, 70% thư viện cấp xã có phòng đọc thiếu nhi; Đối với bảo tàng, 60% bảo tàng có trưng bày số.\n\nĐến năm 2030, văn hóa đọc trở thành nhu cầu của người dân và đến năm 2045 trở thành nét đẹp của mọi gia đình.\n`,
    ),
  )('goes on with the year of the aims above it, not the later one named after (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 90, 'percent'],
      [2030, 70, 'percent'],
      [2030, 60, 'percent'],
    ]);
  });
});

describe('a rate per ten thousand people', () => {
  it.each(both(`Đến năm 2030, số thư viện công cộng/vạn dân đạt ít nhất là 3; số chỗ ngồi đọc/nghìn dân đạt 25.\n`))('is per capita (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 3, 'per_capita'],
      [2030, 25, 'per_capita'],
    ]);
  });
});

describe('a government resolution under its own type line', () => {
  const text = `CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 58/NQ-CP Hà Nội ngày 12 tháng 3 năm 2026\nNGHỊ QUYẾT\nVỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Nghị quyết số 162/2024/QH15 ngày 27 tháng 11 năm 2024 của Quốc hội về phê duyệt chủ\ntrương đầu tư Chương trình mục tiêu quốc gia về phát triển văn hóa giai đoạn 2025-2035;\nQUYẾT NGHỊ:\nĐiều 1. Giao các bộ, ngành, địa phương triển khai Chương trình.\n`;
  it.each(both(text))('is a decision, dated on its number’s line, carrying out the programme its basis names (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('decision');
    expect(p.number).toBe('58/NQ-CP');
    expect(p.date).toBe('2026-03-12');
    expect(p.programme).toBe('162/2024/QH15');
  });

  it.each(both(`UBND TỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhát triển văn hóa đọc\nCăn cứ các văn bản hiện hành, vào ngày 5 tháng 3 năm 2024 tỉnh đã họp.\n`))(
    'while a date in running text after a lower-case word stays none of the header’s (%s)',
    (_, t) => {
      expect(parsePlan(t!).date).toBeNull();
    },
  );
});

describe('a story of a resolution', () => {
  it.each(
    both(
      ` date 2026-02-10 Thay mặt Ban Thường vụ, Bí thư Tỉnh ủy đã ký ban hành Nghị quyết số 12 ngày 3.2.2026 về phát triển văn hóa tỉnh.\n\nNghị quyết nêu nhiều giải pháp cho giai đoạn tới.\n`,
    ),
  )('told as signed is news, read though it gives no figure (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.empty).toBe(false);
  });

  it.each(both(` date 2026-03-02 (Tin Văn Hóa) - Hội Khuyến học tỉnh triển khai nhiều giải pháp gắn với chuyển đổi số.\n`))(
    'under the index’s date line and the outlet’s tag is news (%s)',
    (_, t) => {
      const p = parsePlan(t!);
      expect(p.kind).toBe('news');
      expect(p.empty).toBe(false);
    },
  );

  it.each(both(` date 2026-01-20 (Tin Văn Hóa) - Bộ Chính trị chọn một ngày trong năm để tôn vinh công nghiệp văn hóa và di sản văn hóa của dân tộc.\n`))(
    'of culture at large is read though it gives no figure (%s)',
    (_, t) => {
      expect(parsePlan(t!).empty).toBe(false);
    },
  );
});
