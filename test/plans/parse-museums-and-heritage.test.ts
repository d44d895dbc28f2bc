/**
 * Rules found on the twenty-first held-out set (eval/holdout21/, issue 22: museums, heritage and cultural centres), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: museums are counted (`03 bảo
 * tàng ngoài công lập`); halls and grounds are counted out of their whole in words too (`12 trên 15 xã có nhà văn hóa`); a
 * figure weighed against the year before or the same part of it (`tăng 12,5% so với năm 2023` in a sentence of 2024, `so với
 * cùng kỳ`) was measured, and the sentence going on from it (`Trong đó, …`) too, while an aim so weighed, or weighed against
 * its period's base year, stays an aim; a running total (`lũy kế … đến ngày …`) reports; a milestone misprinted in its first
 * digit (`Đến năm 3030` in a plan `định hướng đến năm 2030`) is the year the text names; a page telling of today (`Chiều nay
 * 12/3, …`) and a text opening on figures weighed against the year before are news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => [r.year, r.value]);

describe('museums are counted', () => {
  it.each(both(`Phấn đấu đến năm 2030 có 03 bảo tàng ngoài công lập trên địa bàn tỉnh.\n`))('as a plan sets them up (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 3, 'count']]);
  });
  it.each(both(`Giai đoạn 2026 - 2030, thành phố phấn đấu thành lập thêm 2 bảo tàng tư nhân.\n`))('for the period’s last year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 2, 'count']]);
  });
});

describe('halls and grounds counted out of their whole in words', () => {
  it.each(both(`Theo báo cáo, đến nay 12 trên 15 xã có nhà văn hóa, 40 trên 52 thôn có sân thể thao.\n`))('report (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [null, 12],
      [null, 40],
    ]);
  });
  it.each(both(`Năm 2024, Bảo tàng tỉnh đón trên 20.000 lượt khách.\n`))('`trên` before a figure alone is still "over" (%s)', (_, t) => {
    expect(results(t!)).toEqual([[2024, 20000]]);
  });
});

describe('a figure weighed against the year before', () => {
  it.each(both(`Năm 2024, Bảo tàng tỉnh đón 65.400 lượt khách, tăng 12,5% so với năm 2023. Trong đó, khách quốc tế đạt 3.200 lượt.\n`))(
    'was measured, and the sentence going on from it too (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(results(t!).map((r) => r[1])).toEqual(expect.arrayContaining([65400, 3200]));
    },
  );
  it.each(both(`Quý I/2025, khu di tích đón 40.500 lượt khách, tăng 8% so với cùng kỳ năm 2024.\n`))('or the same part of it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!).map((r) => r[1])).toContain(40500);
  });
  it.each(both(`Năm 2025, Bảo tàng tỉnh phấn đấu đón 70.000 lượt khách, tăng 7% so với năm 2024.\n`))('an aim so weighed stays an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 70000, 'count'],
      [2025, 7, 'growth'],
    ]);
  });
  it.each(both(`Đến năm 2025, số lượt khách tham quan di tích tăng 20% so với năm 2020.\n`))(
    'so does one weighed against its period’s base year (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 20, 'growth']]);
    },
  );
});

describe('a figure weighed against ordinary days', () => {
  it.each(both(`Dịp lễ 2/9, bình quân mỗi ngày có khoảng 2.000 lượt khách đến bảo tàng, tăng khoảng 35% so với ngày thường.\n`))(
    'was measured (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
    },
  );
});

describe('a running total', () => {
  it.each(both(`Nguồn vốn bố trí là 120 tỉ đồng, lũy kế giải ngân đến ngày 31/12/2024 đạt tỷ lệ 58,2%.\n`))('reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a milestone misprinted in its first digit', () => {
  it.each(
    both(
      `Kế hoạch phát triển thiết chế văn hóa giai đoạn 2021-2025, định hướng đến năm 2030.\nĐến năm 2025, phấn đấu 90% xã có nhà văn hóa.\nĐến năm 3030, phấn đấu 100% xã có nhà văn hóa đạt chuẩn.\n`,
    ),
  )('is the year the text names (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 90, 'percent'],
      [2030, 100, 'percent'],
    ]);
  });
});

describe('news', () => {
  it.each(both(`Chiều nay 12/3, Sở Văn hóa khảo sát các thiết chế văn hóa tại huyện. Đối với cấp xã, 100% xã đã có nhà văn hóa.\n`))(
    'a page telling of today (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
  it.each(both(` date 2024-06 Năm 2023, khu di tích đón 120 nghìn lượt khách (tăng 25% so với năm 2022). Doanh thu đạt 20 tỉ đồng.\n`))(
    'a text opening on figures weighed against the year before (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
      expect(readTargets(t!)).toEqual([]);
    },
  );
});
