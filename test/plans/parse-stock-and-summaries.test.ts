/**
 * Rules found on the seventh held-out set (eval/holdout7/, issue 22), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: counts of what a library holds and
 * serves (copies, cards, points, libraries) are results unless a cue of aim sets them; `tặng` (to give)
 * folds like `tăng` (to grow) and is no cue; a count of units in a sentence that reports is a result; an
 * aim named as served (`Thực hiện mục tiêu trên, …`) sets nothing; `nền tảng`, `hạ tầng` are no growth.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) =>
  parsePlan(t)
    .results.map((r) => r.value ?? 0)
    .sort((a, b) => a - b);

describe('counts of copies, cards, points and libraries', () => {
  it.each(
    both(
      `Thư viện huyện Sơn Tịnh luân chuyển sách về cơ sở\n\nNăm 2023, Thư viện huyện đã luân chuyển sách tại 124 điểm đọc sách, với tổng số 36.500 bản sách các loại. Thư viện cũng cấp mới 1.250 thẻ bạn đọc và tặng gần 900 bản sách cho các trường học.\n`,
    ),
  )('are results when the text reports them, "tặng" being no cue of aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([124, 900, 1_250, 36_500]);
  });

  it.each(
    both(
      `Thư viện huyện Sơn Tịnh tổng kết năm 2023\n\nThực hiện mục tiêu trên, năm 2023, Thư viện huyện đã phục vụ tại 86 điểm đọc sách với 21.000 bản sách.\n`,
    ),
  )('"Thực hiện mục tiêu trên, …" names an aim served, not one set (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([86, 21_000]);
  });

  it.each(
    both(
      `KẾ HOẠCH\nPhát triển văn hóa đọc năm 2024\n\nI. MỤC TIÊU\nPhấn đấu đến năm 2025 bổ sung 5.000 bản sách cho thư viện huyện và cấp mới 800 thẻ bạn đọc.\n`,
    ),
  )('are targets with a cue of aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 5_000, 'count'],
      [2025, 800, 'count'],
    ]);
  });

  it.each(both(`Văn hóa đọc ở huyện Sơn Tịnh\n\nĐến năm 2025, phấn đấu mỗi cơ quan, trường học có ít nhất 1 tủ sách; 60% người dân có kỹ năng đọc.\n`))(
    'a norm for each unit ("mỗi cơ quan … có ít nhất 1 tủ sách") is no total (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 60, 'percent']]);
    },
  );

  it.each(both(`Thư viện huyện Sơn Tịnh\n\nSau 5 năm thực hiện, huyện đã xây dựng 06 mô hình tủ sách gia đình và 12 phòng đọc cộng đồng.\n`))(
    'a count of units without a rate in a sentence that reports is a result (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(results(t!)).toEqual([6, 12]);
    },
  );

  it.each(
    both(`Số hóa di sản của tỉnh\n\nĐến năm 2030, 100% di tích quốc gia đặc biệt được số hóa và ứng dụng trên các nền tảng số, 80% bảo tàng có hạ tầng số.\n`),
  )('"nền tảng", "hạ tầng" are no growth (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 100, 'percent'],
      [2030, 80, 'percent'],
    ]);
  });
});
