/**
 * Rules found on the thirty-second held-out set (eval/holdout32/, issue 22: texts that set targets for grassroots cultural
 * life and sport for all — cultural families and villages, grassroots institutions, the exercise campaign 2021 – 2030), each
 * in sentences written for the test in the grammar of the domain, clean and without diacritics: clubs by their short name and
 * athletes are counted, tournaments a year are a rate; `từ năm 2015 trở đi` sets its figure for that year; what a plan
 * assigned, told among the years gone by, is an aim; a figure with its own year right after it takes that year, and one of a
 * year before the page's, or the one a change starts from, is where things stood; a share that rises to between two levels
 * with no yearly cue is the level it reaches; the year after a figure names no subject a headline could differ on.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const resultValues = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('clubs by their short name, athletes, tournaments a year', () => {
  it.each(both(`Huyện phấn đấu đến năm 2026 có 120 CLB thể dục thể thao cơ sở, năm 2030 có 150 CLB.\n`))('are counts (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 120, 'count'],
      [2030, 150, 'count'],
    ]);
  });
  it.each(both(`Mục tiêu đến năm 2030, hằng năm tỉnh tổ chức đào tạo trên 300 vận động viên năng khiếu và từ 50 - 60 giải/năm.\n`))(
    'athletes and tournaments a year (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2030, 300, 'count'],
        [2030, [50, 60], 'count'],
      ]);
    },
  );
  it.each(both(`Giai đoạn 2024 - 2025: tham dự các giải thể thao, tổ chức các giải thể thao các cấp 250 giải.\n`))(
    'tournaments held, counted after the verb that holds them (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 250, 'count']]);
    },
  );
  it.each(both(`Năm 2024, đội tuyển của tỉnh đạt 5 giải tại Đại hội thể thao khu vực.\n`))('a prize won is no count (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a figure set from a year onward', () => {
  it.each(both(`Tỷ lệ trường học tổ chức hoạt động thể thao ngoại khóa đạt 100% từ năm 2026 trở đi. Phấn đấu đến năm 2030, 45% học sinh đạt chuẩn thể lực.\n`))(
    'is for that year (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2026, 100, 'percent'],
        [2030, 45, 'percent'],
      ]);
    },
  );
});

describe('what a plan assigned, told among the years gone by', () => {
  it.each(
    both(
      `Trong 3 năm (từ 2021-2023), toàn xã đã có 3.150 lượt hộ được công nhận gia đình văn hóa (trong đó, năm 2021 là 1.020 hộ, chiếm 81%; năm 2022 là 1.050 hộ, chiếm 83% và năm 2023 kế hoạch giao 1.080 hộ, chiếm 85%.\n`,
    ),
  )('is that year’s aim, the years before results (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2023, 85, 'percent']]);
    expect(resultValues(t!)).toEqual(expect.arrayContaining([81, 83]));
  });
  it.each(both(`Năm 2023, số hộ gia đình văn hóa đạt 92%, vượt chỉ tiêu giao 4%.\n`))('a figure weighed against it is none (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a figure with its own year right after it', () => {
  const page = `08:15, Thứ Hai, 15/03/2021 (GMT+7)\n\n`;
  it.each(both(`${page}Ngành thể thao phấn đấu đưa tỷ lệ người tập luyện thường xuyên từ 30% năm 2020 lên 36% năm 2025 và 40% vào năm 2030.\n`))(
    'takes that year; the figure a change starts from is where things stood (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 36, 'percent'],
        [2030, 40, 'percent'],
      ]);
      expect(resultValues(t!)).toContain(30);
    },
  );
  it.each(both(`${page}Số gia đình thể thao đạt 24% năm 2020 (tăng bình quân 1,2%/năm) cho đến năm 2025 đạt 30%.\n`))(
    'one of a year before the page’s, told beside the aim, is a result with its rise (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 30, 'percent']]);
      expect(resultValues(t!)).toEqual([24]);
    },
  );
  it.each(both(`${page}Số CLB thể thao năm 2020 đạt 860 CLB (tăng bình quân 6%/năm), phấn đấu đến năm 2025 có 1.100 CLB.\n`))(
    'and so is a count of a year gone by, read by its rise in brackets (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 1100, 'count']]);
      expect(resultValues(t!)).toEqual([6]);
    },
  );
});

describe('a share that rises to between two levels', () => {
  it.each(
    both(
      `Kế hoạch đề ra mục tiêu giai đoạn 2024 - 2025: Số người tập luyện thể dục thể thao thường xuyên tăng từ 41,5 - 43%. Số gia đình thể thao tăng từ 30,2 - 31%.\n\nGiai đoạn 2026 - 2030: Phấn đấu hàng năm, tỷ lệ người tập luyện thường xuyên tăng từ 1 - 1,5%. Gia đình thể thao tăng từ 0,5 - 1%.\n`,
    ),
  )('with no yearly cue is the level it reaches; with one, a rate (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, [41.5, 43], 'percent'],
      [2025, [30.2, 31], 'percent'],
      [2030, [1, 1.5], 'growth'],
      [2030, [0.5, 1], 'growth'],
    ]);
  });
});

describe('a headline with no year over the body’s aims by year', () => {
  it.each(
    both(
      `Phấn đấu 45% dân số tập luyện thể thao thường xuyên\n\nCập nhật, 08:15, Thứ Hai, 15/03/2021 (GMT+7)\n\nTheo kế hoạch, tỉnh phấn đấu đưa tỷ lệ dân số tập luyện thể thao thường xuyên từ 35% năm 2020 lên 40% năm 2025 và 45% vào năm 2030.\n`,
    ),
  )('restates the body’s aim of the same value (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 40, 'percent'],
      [2030, 45, 'percent'],
    ]);
  });
});

describe('a year’s close and what the work contributed to', () => {
  it.each(
    both(
      `(TN) - Kết thúc năm 2023, số người luyện tập thể dục thể thao thường xuyên toàn tỉnh là 412.300 người, đạt tỷ lệ 36,2% dân số, tăng 1,05% so với năm 2022. Sở phấn đấu năm 2024 có 37% dân số luyện tập thường xuyên.\n`,
    ),
  )('the year’s close is its tally, the share’s rise its companion (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2024, 37, 'percent']]);
    expect(resultValues(t!)).toEqual([412300]);
  });
  it.each(
    both(
      `Qua 20 năm, phong trào đã góp phần nâng cao đời sống văn hóa. Hỗ trợ 300 triệu đồng xóa đói giảm nghèo, góp phần giảm hộ nghèo còn 2,4%. Đến 2025 phấn đấu 90% gia đình văn hóa.\n`,
    ),
  )('a share the work helped reach is a result (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 90, 'percent']]);
    expect(resultValues(t!)).toContain(2.4);
  });
});

describe('a headline over a bracketed tag of the page', () => {
  it.each(
    both(
      `Phấn đấu 37% dân số luyện tập thể thao thường xuyên\n\n[Thể thao] 08:20 25/01/2024\n\nSở Văn hóa, Thể thao và Du lịch tỉnh đặt mục tiêu phấn đấu năm 2024, sẽ có 37% dân số luyện tập thể thao thường xuyên.\n`,
    ),
  )('is a headline, its figure the body’s (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
    expect(readTargets(t!)).toEqual([[2024, 37, 'percent']]);
  });
});
