/**
 * Rules found on the seventh held-out set (eval/holdout7/, issue 22), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: counts of what a library holds and
 * serves (copies, cards, points, libraries) are results unless a cue of aim sets them; `tặng` (to give)
 * folds like `tăng` (to grow) and is no cue; a count of units in a sentence that reports is a result; an
 * aim named as served (`Thực hiện mục tiêu trên, …`) sets nothing; `nền tảng`, `hạ tầng` are no growth;
 * a news story's sub-heading, its lead without an outlet's tag and an image's caption cell restate the
 * body; a dateline with its time after a bar (`16/09/2019 | 08:29 GMT+7`).
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

describe('what sums up a news story counts once', () => {
  it.each(
    both(
      `Tỉnh phê duyệt kế hoạch xây dựng xã hội học tập\n\nChia sẻ\n\nUBND tỉnh vừa ban hành kế hoạch xây dựng xã hội học tập giai đoạn 2023-2030.\n\nPhổ cập mầm non 100%\n\nKế hoạch đặt mục tiêu đến năm 2030 có 100% xã hoàn thành phổ cập giáo dục mầm non; 80% xã đạt chuẩn xóa mù chữ mức độ 2.\n\n70% thư viện có dịch vụ số\n\nĐến năm 2030, 70% thư viện cấp huyện có dịch vụ số.\n`,
    ),
  )('a sub-heading standing alone restates the paragraph under it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 100, 'percent'],
      [2030, 80, 'percent'],
      [2030, 70, 'percent'],
    ]);
  });

  it.each(
    both(
      `Tỉnh đặt mục tiêu phổ cập\n\n100% số xã đạt chuẩn phổ cập tiểu học mức độ 3\n\nKế hoạch đặt mục tiêu đến năm 2025 có 100% huyện đạt chuẩn xóa mù chữ mức độ 2.\n`,
    ),
  )('one whose words the later sentence does not give is a target of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toHaveLength(2);
  });

  it.each(
    both(
      `Số hóa di sản văn hóa của tỉnh\nSố hóa di sản để phát huy giá trị. Giai đoạn 2021-2030, 90% bảo vật quốc gia được số hóa.\n![]() |\n| Giai đoạn 2021-2030, 90% bảo vật quốc gia được số hóa |\nChủ tịch UBND tỉnh vừa ký quyết định phê duyệt chương trình. Mục tiêu cụ thể giai đoạn 2021-2030: 90% bảo vật quốc gia, 60% di tích cấp tỉnh được số hóa.\n`,
    ),
  )('a lead without an outlet’s tag and an image’s caption cell restate the body (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 90, 'percent'],
      [2030, 60, 'percent'],
    ]);
  });

  it.each(
    both(
      `Tỉnh triển khai văn hóa đọc\n\nTheo đó, kế hoạch đặt mục tiêu đến năm 2025 như sau:\n\n– 100% thư viện huyện có dịch vụ số.\n\n– 100% thư viện xã có tủ sách thiếu nhi.\n`,
    ),
  )('a list under the headline has no lead: its first item stays (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 100, 'percent'],
      [2025, 100, 'percent'],
    ]);
  });

  it.each(
    both(`Thư viện tỉnh nâng chất phục vụ bạn đọc\n\n16/09/2019 | 08:29 GMT+7\n\n(HG) - Trong quý III, Thư viện tỉnh đã phục vụ trên 50.600 lượt bạn đọc.\n`),
  )('a dateline with its time after a bar follows a headline (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.title).toMatch(/^Th/);
  });
});

describe('programmes by their titles, news by its day', () => {
  it.each(
    both(
      `Tiếp tục thực hiện Đề án ‘Xây dựng xã hội học tập giai đoạn 2021-2030’\n\nSau 8 năm thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020” ban hành kèm theo Quyết định số 89/QĐ-TTg, 100% tỉnh đạt chuẩn.\n`,
    ),
  )('the project a headline names in single quotes wins over the one the body cites (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1373/QĐ-TTg');
  });

  it.each(
    both(
      `Hội nghị tổng kết xây dựng xã hội học tập của huyện. Ngày 17/9, UBND huyện tổ chức tổng kết Đề án “Xây dựng xã hội học tập giai đoạn 2012 - 2020”.\n`,
    ),
  )('Project 89 by its title, and a text telling an event by its day is news (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.programme).toBe('89/QĐ-TTg');
    expect(p.kind).toBe('news');
  });

  it.each(
    both(
      `Bộ xây dựng Đề án “Đẩy mạnh các hoạt động học tập suốt đời trong các thư viện, bảo tàng, nhà văn hóa, câu lạc bộ đến năm 2030”, hoàn thành vào tháng 9.\n`,
    ),
  )('the 2014 project’s title with "đến năm 2030" is the programme of Decision 1520 (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1520/QĐ-TTg');
  });

  it.each(both(`Chiến lược phát triển văn hóa đến năm 2030\n\nThủ tướng Chính phủ vừa phê duyệt Chiến lược phát triển văn hóa đến năm 2030.\n`))(
    'the culture strategy by its title (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBe('1909/QĐ-TTg');
    },
  );
});

describe('related links under a headline', () => {
  it.each(
    both(
      `Đẩy mạnh chuyển đổi số thư viện tỉnh\n\n- Thư viện huyện số hóa 70% tài liệu địa chí trong năm 2024\n- Thư viện tỉnh đã phục vụ 52.000 lượt bạn đọc\n- Khai trương không gian đọc sách cho thiếu nhi\n\nUBND tỉnh vừa ban hành kế hoạch chuyển đổi số ngành thư viện. Theo đó, đến năm 2025, 70% tài liệu địa chí của thư viện tỉnh được số hóa.\n`,
    ),
  )('are the page’s, not the story’s: the headline is found and their figures are no targets (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.title).toMatch(/^Đẩy mạnh|^Day manh/);
    expect(readTargets(t!)).toEqual([[2025, 70, 'percent']]);
    expect(p.results).toEqual([]);
  });
});

describe('a table of two columns flattened to text', () => {
  it.each(
    both(
      `KẾ HOẠCH\nXây dựng xã hội học tập của tỉnh\n\nNội dung\n\nMục tiêu đến năm 2025\n\nMục tiêu đến năm 2030\n\n1. Xóa mù chữ\n\n- 60% xã đạt chuẩn xóa mù chữ mức độ 2;\n\n- 85% xã đạt chuẩn xóa mù chữ mức độ 2;\n\n2. Thư viện\n\n- 50% thư viện xã có dịch vụ số;\n\n- 90% thư viện xã có dịch vụ số.\n`,
    ),
  )('gives each row’s dashes the columns’ years in turn (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 60, 'percent'],
      [2030, 85, 'percent'],
      [2025, 50, 'percent'],
      [2030, 90, 'percent'],
    ]);
  });

  it.each(
    both(
      `KẾ HOẠCH\nXây dựng xã hội học tập của tỉnh\n\nMục tiêu đến năm 2025\n\n- 60% xã đạt chuẩn xóa mù chữ mức độ 2;\n\n- 50% thư viện xã có dịch vụ số.\n`,
    ),
  )('a single heading with a year still governs every dash under it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 60, 'percent'],
      [2025, 50, 'percent'],
    ]);
  });
});

describe('a photo’s caption without its credit', () => {
  it.each(
    both(
      `Đẩy mạnh chuyển đổi số thư viện tỉnh\n\nUBND tỉnh vừa ban hành kế hoạch chuyển đổi số ngành thư viện đến năm 2025, định hướng đến năm 2030.\n\nTheo mục tiêu kế hoạch đặt ra, đến năm 2025, 70% tài liệu địa chí của thư viện tỉnh được số hóa.\n\nPhòng đọc thiếu nhi của Thư viện tỉnh sau khi được nâng cấp\n\n100% thư viện cấp huyện có trang thông tin điện tử.\n`,
    ),
  )('opens no new matter: the paragraph under it keeps the year above (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 70, 'percent'],
      [2025, 100, 'percent'],
    ]);
  });
});

describe('the stock rules beside the eighth set’s counts (one reading of both)', () => {
  it.each(
    both(
      `Thư viện tỉnh tổng kết năm 2023\n\nThư viện tỉnh đã phối hợp với 8 thư viện huyện đưa xe thư viện lưu động phục vụ 60 điểm trường, với trên 300 học sinh tham gia.\n`,
    ),
  )('the partners of what was done are no count; who took part is a result (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(parsePlan(t!).results.map((r) => [r.value, r.unit])).toEqual([
      [60, 'điểm trường'],
      [300, 'học sinh'],
    ]);
  });

  it.each(both(`Kế hoạch phát triển văn hóa đọc năm 2024\n\nPhấn đấu đến năm 2025, mỗi cuộc thi đọc sách thu hút 500 học sinh tham gia.\n`))(
    'who takes part is a target with a cue of aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 500, 'count']]);
    },
  );

  it.each(both(`Thư viện huyện Sơn Tịnh\n\nNăm 2023, thư viện huyện đã bổ sung 2.000 bản sách và 150 cuốn sách thiếu nhi.\n`))(
    'copies are read once, whichever word counts them (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(parsePlan(t!).results.map((r) => [r.value, r.unit])).toEqual([
        [2000, 'bản sách'],
        [150, 'cuốn sách'],
      ]);
    },
  );

  it.each(
    both(
      `Tỉnh phê duyệt kế hoạch xây dựng xã hội học tập\n\nUBND tỉnh vừa ban hành kế hoạch xây dựng xã hội học tập giai đoạn 2023-2030.\n\nPhổ c3p mầm non 100%\n\nKế hoạch đặt mục tiêu đến năm 2030 có 100% xã hoàn thành phổ cập giáo dục mầm non.\n`,
    ),
  )('a sub-heading with a word a scan misread still restates the paragraph under it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 100, 'percent']]);
  });
});
