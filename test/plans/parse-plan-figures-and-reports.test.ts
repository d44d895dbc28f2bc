/**
 * Rules found on the tenth held-out set (eval/holdout10/, issue 22), each in sentences written for the test in
 * the grammar of the domain, clean and without diacritics: a result weighed against the plan's figure in
 * brackets (`đạt 6,5% (kế hoạch là 6,2%)`) reports, and the bracketed figure is neither a target nor a result;
 * a paragraph printed again under itself counts once; a paragraph that opens on what a report says
 * (`Báo cáo … cho hay`) reports until a sentence sets an aim; `đã huy động được` reports; a programme told of
 * (`Chương trình đặt mục tiêu …`) and a page with a photo's caption among its lines are news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);

describe("the plan's figure in brackets beside a result", () => {
  it.each(
    both(
      `Năm 2019, tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 88,5% (kế hoạch là 87%); tỷ lệ thôn văn hóa đạt 70% (kế hoạch 72%).\n\nNăm 2020, huyện phấn đấu có 90% hộ gia đình đạt chuẩn văn hóa.\n`,
    ),
  )('reports the result, and the bracket is no figure of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2020, 90, 'percent']]);
    expect(results(t!)).toEqual([88.5, 70]);
  });
});

describe('a paragraph printed again under itself', () => {
  it.each(
    both(
      `# miền núi\n\nQuảng Trị xây dựng tủ sách cộng đồng, phục vụ học tập tại vùng miền núi\nĐến năm 2027, tỉnh Quảng Trị phấn đấu có tủ sách cộng đồng tại 30% số thôn, phù hợp với điều kiện địa phương.\n\nĐến năm 2027, tỉnh Quảng Trị phấn đấu có tủ sách cộng đồng tại 30% số thôn, phù hợp với điều kiện địa phương.\n`,
    ),
  )('on a tag page, counts once (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2027, 30, 'percent']]);
  });

  it.each(
    both(
      `KẾ HOẠCH\n\n1. Mục tiêu đến năm 2025\n\n- Có 80% xã có thư viện hoặc tủ sách cộng đồng đạt chuẩn theo quy định.\n\n2. Mục tiêu đến năm 2030\n\n- Có 80% xã có thư viện hoặc tủ sách cộng đồng đạt chuẩn theo quy định.\n`,
    ),
  )('but the same item under another heading is another target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 80, 'percent'],
      [2030, 80, 'percent'],
    ]);
  });
});

describe('what a report says', () => {
  it.each(
    both(
      `Báo cáo của Sở Văn hóa cho hay, toàn tỉnh duy trì 100% xã có nhà văn hóa. Số thư viện huyện đạt chuẩn tăng từ 5 (năm 2020) lên 9 (năm 2023), tăng 80% so với đầu giai đoạn.\n\nThư viện tỉnh đã huy động được 12.000 bản sách, bình quân mỗi năm là 3.000 bản sách.\n\nĐến năm 2025, tỉnh phấn đấu 100% thư viện huyện đạt chuẩn.\n`,
    ),
  )('reports until a sentence sets an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
    expect(results(t!).length).toBeGreaterThanOrEqual(4);
  });
});

describe('what a page is', () => {
  it.each(both(`Chương trình đặt mục tiêu xây dựng cơ sở dữ liệu về di sản văn hóa của tỉnh.\nĐến năm 2030, phấn đấu 100% di tích cấp tỉnh được số hóa.\n`))(
    'a programme told of in the third person ("Chương trình đặt mục tiêu …") is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );

  it.each(
    both(
      `Đến năm 2030, phấn đấu 100% di tích cấp tỉnh được số hóa và ứng dụng trên các nền tảng số.\nTrong ảnh: Trưng bày hiện vật tại Bảo tàng tỉnh – Ảnh: Thu Hà\nCụ thể, 100% người làm công tác chuyên môn được đào tạo.\n`,
    ),
  )("a page with a photo's caption among its lines is news (%s)", (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});
