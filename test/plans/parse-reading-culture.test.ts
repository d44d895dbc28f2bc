/**
 * Rules found on the twenty-eighth held-out set (eval/holdout28/, issue 22: reading culture — plans under the reading
 * project 329, libraries' years, school libraries to the standard, book days and fairs, mobile libraries), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: a school year (`năm học
 * 2023 - 2024`) dates the aims set for it by the year it ends; more units aimed at after their total (`tức phấn đấu đạt
 * thêm 5 trường`) are an aim of their own; a line printed twice right under itself says its figures once; a tag page, an event
 * told by its day and place and an institution's statistics told are news; the students taking part in an event, vans of
 * mobile libraries handed over, a fair's booths and titles, totals with their rises in brackets (one each), copies per person
 * named before their figure and schools by their level are results, a count with its share (`, chiếm 55%`) one; what a
 * library system has now, told as it stands, and what it is given each year, told as usual and about, are neither.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
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
      `Tags:\n\nthư viện cộng đồng\n\nPhát triển thư viện cộng đồng: Phấn đấu đạt 5 bản sách/người/năm\n\nPhát triển thư viện cộng đồng: Phấn đấu đạt 5 bản sách/người/năm\n\nĐó là một trong những mục tiêu được Bộ đặt ra tại Hội nghị toàn quốc tổng kết 5 năm thực hiện Quyết định của Thủ tướng Chính phủ về Ngày Sách Việt Nam.\n`,
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

describe('what a page is', () => {
  it.each(both(`Tags:\n\nthư viện trường học\n\nThư viện trường học: Phấn đấu 100% trường có tủ sách lớp học\n\nĐó là mục tiêu ngành giáo dục đặt ra.\n`))(
    'a tag page, opening on its tags, is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );

  it.each(
    both(
      `Khai mạc Hội sách thiếu nhi năm 2024.\nHưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4). Sáng 20/4 tại Công viên trung tâm, Sở Văn hóa và Thể thao tổ chức Khai mạc Hội sách thiếu nhi năm 2024.\n`,
    ),
  )('an event told by its day and place is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(both(`Theo thống kê của Thư viện tỉnh, từ đầu năm đến nay hệ thống thư viện trong toàn tỉnh đã phục vụ trên 80.000 lượt người đọc.\n`))(
    'an institution’s statistics told is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
});

describe('what a reading event and a library system report', () => {
  it.each(both(`Chương trình có sự tham gia của hơn 400 học sinh nhà trường.\n`))('the students taking part (%s)', (_, t) => {
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([400]);
  });

  it.each(both(`Sáng 15-9, Vụ Thư viện đã trao tặng 12 xe thư viện cho 12 tỉnh miền núi.\n`))('vans of mobile libraries handed over (%s)', (_, t) => {
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([12]);
  });

  it.each(both(`Hội sách tỉnh diễn ra từ ngày 19/4 đến ngày 23/4/2024 với hơn 30 gian hàng và hơn 15.000 đầu sách.\n`))(
    'booths and titles of a fair that took place (%s)',
    (_, t) => {
      expect(parsePlan(t!).results.map((r) => r.value)).toEqual([30, 15000]);
    },
  );

  it.each(
    both(
      `Năm 2023, hệ thống thư viện công cộng của tỉnh có tổng số 320 thư viện (tăng 5%); trong đó, số thư viện cấp xã là 150 thư viện (tăng 8%); số phòng đọc sách, tủ sách cơ sở là 170 (tăng 3,5%) so với năm 2022. Tính đến nay, bình quân số bản sách/người/năm trong hệ thống thư viện công cộng là 0,6.\n`,
    ),
  )('totals with their rises in brackets, one each, and the copies per person (%s)', (_, t) => {
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([320, 150, 170, 0.6]);
  });

  it.each(
    both(
      `Hiện toàn huyện có 40 trường đạt chuẩn quốc gia, chiếm 50% tổng số trường. Trong đó, mầm non có 10 trường, tiểu học có 18 trường và THCS có 12 trường. Hiện tại có 30 thư viện đạt chuẩn, chiếm trên 45% tổng số thư viện.\n`,
    ),
  )('schools by their level, and a count with its share once (%s)', (_, t) => {
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([50, 10, 18, 12, 30]);
  });
});

describe('what a library system has and usually gets', () => {
  it.each(
    both(
      `Theo thống kê của Thư viện tỉnh, hiện nay, toàn tỉnh có 45 thư viện, 60 phòng đọc sách và hàng trăm tủ sách, hướng đến phục vụ nhiều đối tượng. Hiện, thư viện tỉnh có khoảng 180 ngàn bản sách.\n`,
    ),
  )('what it has now, told as it stands, is an inventory: no result (%s)', (_, t) => {
    expect(parsePlan(t!).results).toEqual([]);
  });

  it.each(both(`Năm 2023, cả nước hiện có 27.500.000 bản sách (tăng 8% so với năm 2022).\n`))('but a stock told with its rise is a result (%s)', (_, t) => {
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([27500000]);
  });

  it.each(
    both(`Mỗi năm, hệ thống thư viện của tỉnh được bổ sung khoảng 15 ngàn đến 18 ngàn bản sách, trong đó thư viện tỉnh bổ sung từ 8 ngàn đến 10 ngàn bản.\n`),
  )('what it is given each year, told as usual and about, is neither a result nor an aim (%s)', (_, t) => {
    expect(parsePlan(t!).results).toEqual([]);
    expect(readTargets(t!)).toEqual([]);
  });

  it.each(both(`Mục tiêu đến năm 2025: Mỗi năm, thư viện tỉnh được bổ sung tối thiểu 5.000 bản sách.\n`))('but a yearly aim is one (%s)', (_, t) => {
    expect(readTargets(t!).map((x) => x[1])).toEqual([5000]);
  });
});
