/**
 * Rules found on the twenty-second held-out set (eval/holdout22/, issue 22: reviews of learning associations, a library's
 * half-year and the culture movement, results and aims mixed), each in sentences written for the test in the grammar of the
 * domain, clean and without diacritics: the whole place with its name, then `có` and a count (`Toàn huyện Quế Sơn có 85 chi
 * hội, trong đó …`), tells what there is; the association's bodies by their short names (`tổ chức Hội Khuyến học`, `HKH`,
 * `Hội cơ sở`) and the pupils and students by theirs (`HS, SV`) are counted; the share of the year's plan a count reaches
 * (`đạt 55% kế hoạch năm`) and a rise told in brackets after a value (`(tăng 1,5% so với năm 2023)`) are that value's; on a
 * page of a year, what the whole place has in that year (`Năm 2025, toàn tỉnh có 90,5% …`) is where things stand, and a
 * headline rounding it (`Trên 95% …` above `95,4%`) says nothing new; a paragraph opening on a share after one that set aims
 * for a year goes on with its list; the teams to be kept (`duy trì … (1.200 tổ, đội văn nghệ; 950 đội thể thao)`) are
 * counted; `số lượng hội viên cuối năm 2025 là 6.350 hội viên` tells the number there is, and pupils and teachers given gifts
 * (`tặng quà cho 120 học sinh`, `… cho 08 thầy cô`) are counted; a text telling what a document says (`Văn bản nêu rõ, …`) is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => [r.year, r.value]);

describe('what the whole place, named, has', () => {
  it.each(both(`Toàn huyện Quế Sơn có 85 chi hội, trong đó có 60 chi hội thôn, 25 chi hội trường học.\n`))('branches and their parts (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [null, 85],
      [null, 60],
      [null, 25],
    ]);
  });
  it.each(both(`Toàn tỉnh phấn đấu có 120 chi hội khuyến học vào năm 2026.\n`))('an aim so told stays an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2026, 120, 'count']]);
    expect(results(t!)).toEqual([]);
  });
});

describe('the association’s bodies and the pupils by their short names', () => {
  it.each(both(`Toàn tỉnh hiện có 150 tổ chức Hội Khuyến học các cấp, 1.200 chi hội.\n`))('organisations (%s)', (_, t) => {
    expect(results(t!)).toEqual([
      [null, 150],
      [null, 1200],
    ]);
  });
  it.each(both(`Toàn tỉnh hiện có 48 HKH trực thuộc Tỉnh hội.\n`))('HKH (%s)', (_, t) => {
    expect(results(t!)).toEqual([[null, 48]]);
  });
  it.each(both(`Hội Khuyến học thành phố có 9 Hội cơ sở, với tổng số 5.400 hội viên, chiếm 18% dân số.\n`))('bases (%s)', (_, t) => {
    expect(results(t!)).toEqual([
      [null, 9],
      [null, 18],
    ]);
  });
  it.each(both(`Trong năm 2025, các cấp hội đã trao học bổng cho 12.500 HS, SV với số tiền 8 tỷ đồng.\n`))('HS, SV (%s)', (_, t) => {
    expect(results(t!)).toEqual([[2025, 12500]]);
  });
});

describe('the number there is, and who were given gifts', () => {
  it.each(both(`Có 40 ban khuyến học dòng họ, số lượng hội viên cuối năm 2025 là 6.350 hội viên.\n`))('`số lượng … là` (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [2025, 6350],
      [null, 40],
    ]);
  });
  it.each(both(`Phấn đấu số lượng hội viên đến năm 2027 là 8.000 hội viên.\n`))('a number set for a year to come stays an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2027, 8000, 'count']]);
  });
  it.each(both(`Nhân dịp này, Hội đã tặng quà cho 120 học sinh nghèo vượt khó; Hội Cựu giáo chức tặng quà cho 08 thầy cô.\n`))(
    'pupils and teachers given gifts (%s)',
    (_, t) => {
      expect(results(t!)).toEqual([
        [null, 120],
        [null, 8],
      ]);
    },
  );
});

describe('what belongs to the value before it', () => {
  it.each(both(`Trong 6 tháng đầu năm 2025, Thư viện tỉnh đã cấp 820 thẻ bạn đọc, đạt 55% kế hoạch năm; phục vụ 41.000 lượt bạn đọc, đạt 60% kế hoạch năm.\n`))(
    'the share of the year’s plan a count reaches (%s)',
    (_, t) => {
      expect(results(t!)).toEqual([
        [2025, 820],
        [2025, 41000],
      ]);
    },
  );
  it.each(both(`Đến nay, toàn tỉnh có 85,4% hộ gia đình đạt danh hiệu “Gia đình văn hóa” (tăng 1,5% so với năm 2023).\n`))(
    'a rise told in brackets (%s)',
    (_, t) => {
      expect(results(t!)).toEqual([[null, 85.4]]);
    },
  );
});

describe('on a page of a year, what the whole place has in it', () => {
  it.each(both(` date 2025-12-20 Năm 2025, toàn tỉnh có 90,5% gia đình đạt danh hiệu “Gia đình văn hóa”; 80% thôn đạt danh hiệu “Thôn văn hóa”.\n`))(
    'stands, no aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(results(t!)).toEqual([
        [2025, 90.5],
        [2025, 80],
      ]);
    },
  );
  it.each(both(` date 2025-01-10 Năm 2025, toàn tỉnh phấn đấu có 92% gia đình đạt danh hiệu “Gia đình văn hóa”.\n`))('an aim stays (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 92, 'percent']]);
  });
  it.each(both(` date 2025-12-26 Trên 95% thôn, tổ dân phố có Nhà văn hóa\n\nNăm 2025, toàn tỉnh có 95,4% thôn, tổ dân phố có Nhà văn hóa.\n`))(
    'a headline rounding it says nothing new (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(results(t!)).toEqual([[2025, 95.4]]);
    },
  );
});

describe('a list of aims going on in the next paragraph', () => {
  it.each(
    both(
      `Yêu cầu trong năm 2025, có 90% trở lên số hộ gia đình đạt danh hiệu văn hóa; 60% trở lên thôn đạt danh hiệu văn hóa.\nTrên 85% xã có Trung tâm Văn hóa - Thể thao; 100% thôn có nhà văn hóa.\n`,
    ),
  )('keeps the year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 90, 'percent'],
      [2025, 60, 'percent'],
      [2025, 85, 'percent'],
      [2025, 100, 'percent'],
    ]);
  });
  it.each(both(`Năm 2025, duy trì hoạt động của các đội văn nghệ, thể thao cơ sở (1.200 tổ, đội văn nghệ; 950 đội thể thao cơ sở).\n`))(
    'the teams to be kept (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 1200, 'count'],
        [2025, 950, 'count'],
      ]);
    },
  );
});

describe('a text telling what a document says', () => {
  it.each(both(`Người dân xã Tân Lập giữ gìn nét văn hóa truyền thống.\nVăn bản nêu rõ, năm 2025 phấn đấu có 90% hộ gia đình đạt danh hiệu văn hóa.\n`))(
    'is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
});
