/**
 * Rules found on the twenty-eighth held-out set (eval/holdout28/, issue 22: reading culture — plans under the reading
 * project 329, libraries' years, school libraries to the standard, book days and fairs, mobile libraries), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: a school year (`năm học
 * 2023 - 2024`) dates the aims set for it by the year it ends; more units aimed at after their total (`tức phấn đấu đạt
 * thêm 5 trường`) are an aim of their own; a line printed twice right under itself says its figures once.
 */
import { describe, expect, it } from 'vitest';
import { both, readTargets } from '../support/plan-text.ts';

describe('a school year', () => {
  it.each(
    both(
      `Ngành giáo dục huyện phấn đấu đến hết năm học 2023 - 2024, toàn huyện sẽ có 35 trường đạt chuẩn quốc gia; 60% trường tiểu học có thư viện đạt chuẩn.\n`,
    ),
  )('dates the aims set for it by the year it ends (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2024, 35, 'count'],
      [2024, 60, 'percent'],
    ]);
  });

  it.each(both(`Trong năm học 2024-2025, phấn đấu 100% trường tiểu học tổ chức tiết đọc thư viện.\n`))('as one said with trong (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
  });
});

describe('more units aimed at after their total', () => {
  it.each(both(`Phấn đấu đến năm 2026, toàn tỉnh có 120 trường đạt chuẩn quốc gia, tức phấn đấu đạt thêm 8 trường, chiếm 52% tổng số trường.\n`))(
    'are an aim of their own, the share after them the total’s (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2026, 120, 'count'],
        [2026, 8, 'count'],
        [2026, 52, 'percent'],
      ]);
    },
  );

  it.each(both(`Năm 2023, toàn huyện có thêm 3 trường được công nhận đạt chuẩn quốc gia.\n`))('but no aim where none is set (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a line printed twice right under itself', () => {
  it.each(
    both(
      `Tags:\n\nvăn hóa đọc\n\nVăn hóa đọc: Phấn đấu đạt 5 bản sách/người/năm\n\nVăn hóa đọc: Phấn đấu đạt 5 bản sách/người/năm\n\nĐó là mục tiêu được đặt ra tại hội nghị tổng kết Ngày Sách.\n`,
    ),
  )('says its figure once (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[null, 5, 'per_capita']]);
  });

  it.each(both(`Mục tiêu đến năm 2025:\n\n- 80% trường học có thư viện đạt chuẩn.\n\n- 80% thôn, bản có tủ sách cộng đồng.\n`))(
    'but two aims of one figure on two lines of their own are two (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 80, 'percent'],
        [2025, 80, 'percent'],
      ]);
    },
  );
});
