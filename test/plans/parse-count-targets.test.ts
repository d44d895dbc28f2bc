/**
 * Rules found on the thirty-third held-out set (eval/holdout33/, issue 22: what libraries, museums and cultural centres count
 * — visits, exhibitions, objects, film shows — as a year's plan or a year's tally), each in sentences written for the test in
 * the grammar of the domain, clean and without diacritics: a count's rise in the same unit on the year before is that count's
 * change, and a rise told after the share of the plan a count reaches is still the count's; what a unit named before it also
 * kept up (`… cũng duy trì thường xuyên …`) is the report going on, no cue of aim for the counts after it; the year's holidays
 * (`các ngày lễ lớn trong năm`) are what the work marked, no yearly rate.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const resultValues = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('a count and its rise on the year before', () => {
  it.each(both(`Trong năm 2024, Thư viện tỉnh đã phục vụ 85.420 lượt bạn đọc, tăng 6.300 lượt so với năm 2023.\n`))(
    "the rise in the same unit is the count's (%s)",
    (_, t) => {
      expect(resultValues(t!)).toEqual([85420]);
    },
  );
  it.each(both(`Quý I/2024, Bảo tàng tỉnh đã đón trên 12,5 nghìn lượt khách, đạt 30,2% kế hoạch năm, tăng 15,4% so với cùng kỳ năm trước.\n`))(
    "a rise after the share of the plan the count reaches is still the count's (%s)",
    (_, t) => {
      expect(resultValues(t!)).toEqual([12500]);
    },
  );
  it.each(both(`Năm 2024, thư viện đã cấp 1.200 thẻ bạn đọc và luân chuyển 8.000 bản sách về cơ sở.\n`))('two counts of their own stay two (%s)', (_, t) => {
    expect(resultValues(t!)).toEqual([1200, 8000]);
  });
});

describe('a unit that also kept up its work, as the report goes on', () => {
  it.each(
    both(
      `Bảo tàng tỉnh đón 40.000 lượt khách\n\nNăm 2023, Bảo tàng tỉnh đã đón 40.000 lượt khách, đạt 105% kế hoạch năm.\n\nBảo tàng cũng duy trì thường xuyên công tác kiểm tra di tích; sưu tầm và tiếp nhận 250 hiện vật.\n`,
    ),
  )('no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
  it.each(both(`Năm 2025, Thư viện tỉnh phấn đấu duy trì 20 câu lạc bộ đọc sách và phục vụ 90.000 lượt bạn đọc.\n`))(
    'an aim to keep something up is still an aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 20, 'count'],
        [2025, 90000, 'count'],
      ]);
    },
  );
});

describe("the year's holidays are no yearly rate", () => {
  it.each(
    both(
      `Bảo tàng tỉnh đón gần 38.000 lượt khách tham quan\nCập nhật: 21/09/2023\nTính đến đầu tháng 9/2023, Bảo tàng tỉnh đã đón 37.704 lượt khách, đạt 117,8% kế hoạch năm 2023.\n\nTích cực phối hợp tổ chức trên 12 cuộc trưng bày chuyên đề chào mừng các ngày lễ lớn trong năm.\n`,
    ),
  )('in a report, no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
  it.each(both(`Năm 2025, Thư viện tỉnh phấn đấu tổ chức 12 cuộc trưng bày sách trong năm.\n`))('an aim of a year stays an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 12, 'count']]);
  });
});

describe('themed exhibitions, counted by their noun after a figure', () => {
  it.each(both(`Năm 2025, Bảo tàng tỉnh phấn đấu tổ chức 6 trưng bày chuyên đề và đón 120.000 lượt khách.\n`))('are an aim under a cue of one (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.year, x.value, x.unit])).toEqual([
      [2025, 6, 'trưng bày chuyên đề'],
      [2025, 120000, 'lượt'],
    ]);
  });
  it.each(both(`Năm 2024, Bảo tàng đã tổ chức 5 trưng bày chuyên đề, trưng bày 400 hiện vật.\n`))(
    'are a result when told as done, and the verb `trưng bày` before a figure counts what it shows (%s)',
    (_, t) => {
      const p = parsePlan(t!);
      expect(p.targets).toEqual([]);
      expect(p.results.map((x) => [x.year, x.value, x.unit])).toEqual([
        [2024, 5, 'trưng bày chuyên đề'],
        [2024, 400, 'hiện vật'],
      ]);
    },
  );
});
