/**
 * Rules found on the twenty-fourth held-out set (eval/holdout24/, issue 22: decisions, resolutions and plans with many
 * targets, and the pages that state them), each in sentences written for the test in the grammar of the domain, clean and
 * without diacritics: a share set as an aim with no year (`phấn đấu có 95% trẻ em …`) is for the term of the plan the page
 * tells of, which the page's own year is not (a count so set, `trang bị 1.000 tủ sách`, is for the page's year, as
 * before); sessions a day (`học 2 buổi/ngày`) tell how a school day runs, no count to reach; the products and the villages
 * a culture-and-tourism project builds (`5 sản phẩm du lịch`, `1 bản du lịch cộng đồng`) are counted; a page cut from a
 * story that opens on a word pointing back (`Cụ thể, …`, `Theo đó, …`) or tells what a resolution set (`Nghị quyết … đã
 * đưa ra các chỉ tiêu …`) is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

describe('a share set as an aim with no year, on a page of a year', () => {
  it.each(
    both(
      ` date 2024-06 Đối với giáo dục mầm non, phấn đấu có 95% trẻ em mẫu giáo đến trường; tỷ lệ trường ngoài công lập đạt 25%.\n\nĐối với giáo dục phổ thông, 70% huyện đạt chuẩn phổ cập mức độ 3.\n`,
    ),
  )('keeps no year: the page is not the plan (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [null, 95, 'percent'],
      [null, 25, 'percent'],
      [null, 70, 'percent'],
    ]);
  });

  it.each(both(` date 2024-06 Mục tiêu của chương trình là trang bị 1.000 tủ sách cho trường học vùng khó.\n`))(
    'but a count so set is for the year the page tells it in (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2024, 1000, 'count']]);
    },
  );
});

describe('sessions a day', () => {
  it.each(both(`Đến năm 2030, phấn đấu 100% học sinh tiểu học được học 2 buổi/ngày; 99% trẻ 5 tuổi đến lớp.\n`))(
    'tell how a school day runs, no count (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2030, 100, 'percent'],
        [2030, 99, 'percent'],
      ]);
    },
  );
});

describe('what a culture-and-tourism project builds', () => {
  it.each(
    both(
      `Đến năm 2025, tỉnh phấn đấu xây dựng 4 sản phẩm du lịch đặc trưng, trong đó ít nhất 2 sản phẩm đạt chuẩn OCOP; xây dựng 3 bản du lịch cộng đồng tiêu biểu.\n`,
    ),
  )('counts its products and villages (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 4, 'count'],
      [2025, 2, 'count'],
      [2025, 3, 'count'],
    ]);
  });
});

describe('a page cut from a story', () => {
  it.each(both(`Cụ thể, đến năm 2030 phấn đấu 99% học sinh hoàn thành tiểu học; 60% huyện đạt chuẩn mức độ 2.\n`))(
    'opening on a word pointing back, is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );

  it.each(
    both(
      `Nghị quyết số 12 của Tỉnh ủy đã đưa ra các chỉ tiêu cụ thể cùng 6 nhóm giải pháp. Đến năm 2025, tỷ lệ gia đình văn hóa trên 90%; 100% thôn có nhà văn hóa.\n`,
    ),
  )('telling what a resolution set, is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('a story of universal education', () => {
  it.each(
    both(
      `Cụ thể, đối với phổ cập giáo dục mầm non, tỷ lệ huy động trẻ đến trường đạt 40% trẻ trong độ tuổi nhà trẻ; phấn đấu 98% trẻ mẫu giáo được học 2 buổi/ngày.\n`,
    ),
  )('is read for its aims though they have no year (%s)', (_, t) => {
    expect(parsePlan(t!).empty).toBe(false);
    expect(readTargets(t!)).toEqual([
      [null, 40, 'percent'],
      [null, 98, 'percent'],
    ]);
  });
});

describe('an orientation right after a term', () => {
  it.each(
    both(
      `UBND tỉnh ban hành Đề án "Phát triển văn hóa gắn với du lịch giai đoạn 2021 - 2025, định hướng đến 2030" với mục tiêu xây dựng 6 sản phẩm du lịch đặc trưng.\n`,
    ),
  )('leaves the aims to the term (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 6, 'count']]);
  });
});

describe('a full stop glued to the next word', () => {
  it.each(
    both(
      `Tỉnh phấn đấu đầu tư cho văn hóa tối thiểu 3% tổng chi ngân sách hằng năm; dành từ 5 - 7% vốn đầu tư cho văn hóa.Đặt mục tiêu đến năm 2025 có trên 90% gia đình văn hóa.\n`,
    ),
  )('still ends its sentence: the yearly aims before it take the horizon (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 3, 'percent'],
      [2025, [5, 7], 'percent'],
      [2025, 90, 'percent'],
    ]);
  });

  it.each(both(`Đến năm 2025, TP.HCM phấn đấu 100% thư viện quận có dịch vụ trực tuyến.\n`))('but not after a capital, as in an abbreviation (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
  });
});

describe("a Party congress's resolution cited as ground", () => {
  it.each(
    both(
      `ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 05 tháng 3 năm 2022\n\nKẾ HOẠCH\nBẢO TỒN DI SẢN VĂN HÓA GIAI ĐOẠN 2022-2025\n\nCăn cứ Nghị quyết số 01-NQ/ĐHXVII ngày 16/10/2020 của Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVII;\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`,
    ),
  )('keeps the Đ of its code (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['01-NQ/ĐHXVII']);
  });
});
