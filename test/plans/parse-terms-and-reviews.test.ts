/**
 * Rules found on the twelfth held-out set (eval/holdout12/, issue 22: texts that mix results and aims), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: an association's or a
 * council's term (`nhiệm kỳ 2023 – 2028`) frames the aims set for it like a period; a level reached (`tăng … lên 30%
 * dân số`) or a share of the population (`so với dân số`) is no rate of growth; a report told (`Báo cáo tại hội nghị
 * cho biết, …`) reports over the paragraphs after it until a sentence sets an aim, even when its own figures are
 * none the reader counts; a meeting that reviews and turns to `nhiệm vụ năm 2025` reviews the year before.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, reviewedYear } from '../../src/plans/parse/index.ts';
import { both, readTargets, strip } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);
const fold = (s: string) => strip(s).toLowerCase();

describe('a term', () => {
  it.each(
    both(
      `Đại hội Hội Khuyến học xã lần thứ III đã thông qua các chỉ tiêu cho nhiệm kỳ 2023 – 2028. Trong đó, phấn đấu 75% hộ gia đình đạt danh hiệu Gia đình học tập và 60% thôn đạt danh hiệu Cộng đồng học tập.\n`,
    ),
  )('frames the aims set for it, like a period (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2028, 75, 'percent'],
      [2028, 60, 'percent'],
    ]);
  });

  it.each(
    both(
      `Hội Khuyến học huyện tổ chức Đại hội lần thứ IV (nhiệm kỳ 2020-2025).\n\nNhiệm kỳ mới, huyện phấn đấu 85% gia đình đạt danh hiệu gia đình học tập; nâng số hội viên lên 30% dân số; đến năm 2022 quỹ khuyến học của mỗi xã đạt 100 triệu đồng.\n`,
    ),
  )("is the text's horizon, not the year of a later clause about something else (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 85, 'percent'],
      [2025, 30, 'percent'],
    ]);
  });
});

describe('a level reached and a share of the population', () => {
  it.each(
    both(
      `Đến năm 2026, phấn đấu tăng số hội viên lên 30% dân số; số hội viên đạt từ 20 - 25% so với dân số ở các xã miền núi; số lượt bạn đọc tăng 5% so với năm 2025.\n`,
    ),
  )('are shares, not growth; a rise against a year is growth (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 30, 'percent'],
      [2026, [20, 25], 'percent'],
      [2026, 5, 'growth'],
    ]);
  });
});

describe('a report told', () => {
  it.each(
    both(
      `Báo cáo tại hội nghị cho biết, đến nay, toàn huyện đã có 215 chi hội khuyến học. Tỷ lệ hội viên đạt 21% dân số.\n\nPhong trào xây dựng xã hội học tập phát triển với 70% gia đình đạt danh hiệu gia đình học tập, 48% dòng họ được công nhận dòng họ học tập.\n\nNhiệm kỳ tới, huyện phấn đấu 80% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('reports over the paragraphs after it until a sentence sets an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[null, 80, 'percent']]);
    expect(results(t!)).toEqual([21, 70, 48]);
  });

  it.each(
    both(`Báo cáo tại hội nghị cho biết, đến nay, toàn huyện đã có 215 chi hội khuyến học.\n\n- Năm 2025, có 70% gia đình đạt danh hiệu gia đình học tập.\n`),
  )('but not into a list under it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 70, 'percent']]);
  });
});

describe('the year a meeting reviews', () => {
  it('is the year before the one it turns to, when that is the only year named', () => {
    expect(reviewedYear(fold('Sáng 15/1, UBND xã tổng kết phong trào xây dựng gia đình văn hóa, triển khai nhiệm vụ năm 2025.'))).toBe(2024);
    expect(reviewedYear(fold('Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.'))).toBe(2024);
    expect(reviewedYear(fold('Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.'))).toBe(2025);
  });

  it.each(
    both(
      `Sáng 15/1, UBND xã tổng kết phong trào xây dựng gia đình văn hóa, triển khai nhiệm vụ năm 2025.\n\nNăm 2024, toàn xã có 1.120/1.200 hộ đạt danh hiệu gia đình văn hóa (93,3%), tăng 0,8% so với năm 2023.\n`,
    ),
  )('so its figures for that year report (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toContain(93.3);
  });
});
