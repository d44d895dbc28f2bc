/**
 * Rules found on the thirteenth held-out set (eval/holdout13/, issue 22: documents that set targets, from provinces and
 * levels the earlier sets have least), each in sentences written for the test in the grammar of the domain, clean and
 * without diacritics: a lettered heading with a stop (`a. …:`) under a year's heading; the orientation of a plan the
 * text names with its term is no default year; a year closing the sentence (`… đến 2025`); `năm nay` after a meeting
 * that turns to a year's tasks; units listed before the standard they reach (`từ 37 thôn, buôn, khu phố trở lên`); a
 * province's plan named by the reading project's words, the lifelong-learning title with a term after 2020; an
 * ampersand inside a code (`SGD&ĐT`); a plan in its own voice published without its header; a page's logo and reading
 * toolbar, and a dateline with a weekday in another language, above the headline; a headline without a year restating
 * the body's target for another year; a plan for one year carrying out a project whose period is quoted in its title.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

describe('a lettered heading with a stop', () => {
  it.each(
    both(
      `Kế hoạch của UBND huyện về xây dựng xã hội học tập giai đoạn 2021-2030\n\n1. Mục tiêu đến năm 2025\n\na. Về phổ cập giáo dục:\n\n- Trên 98% người từ 15 đến 60 tuổi biết chữ;\n\n- 100% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.\n\nb. Về các mô hình học tập:\n\n- 70% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )("(`a. Về …:`) keeps the year's heading above it (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 98, 'percent'],
      [2025, 100, 'percent'],
      [2025, 70, 'percent'],
    ]);
  });
});

describe('the orientation of a plan the text names with its term', () => {
  it.each(
    both(
      `UBND tỉnh vừa ban hành Kế hoạch số 77/KH-UBND thực hiện Đề án phát triển thư viện số đến năm 2025, định hướng đến năm 2030.\n\nKế hoạch cũng đặt mục tiêu phấn đấu 65% thư viện huyện có trang thông tin điện tử; 35% trường học có thư viện số.\n`,
    ),
  )('is no default year for what it sets without one (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 65, 'percent'],
      [2025, 35, 'percent'],
    ]);
  });

  it.each(
    both(
      `UBND tỉnh vừa ban hành Kế hoạch thực hiện Đề án phát triển thư viện số định hướng đến năm 2030.\n\nPhấn đấu 65% thư viện huyện có trang thông tin điện tử.\n`,
    ),
  )('but stands when the text names no other term (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 65, 'percent']]);
  });
});

describe('a year closing the sentence', () => {
  it.each(
    both(
      `Huyện Cam Lộ phấn đấu 55% cán bộ, công chức đạt danh hiệu "Công dân học tập" có kỹ năng số đến 2025\n\nHội Khuyến học huyện vừa triển khai kế hoạch.\n`,
    ),
  )('is the year of the value before it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 55, 'percent']]);
  });

  it.each(both(`Phấn đấu đạt 60% và tiến tới là 80% vào năm 2030.\n\nKế hoạch giai đoạn 2021 - 2025.\n`))(
    'but a value with another between them keeps the milestone before it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 60, 'percent'],
        [2030, 80, 'percent'],
      ]);
    },
  );
});

describe('this year (năm nay)', () => {
  it.each(
    both(
      `Sáng 12/1, UBND huyện Đồng Xuân tổng kết phong trào xây dựng đời sống văn hóa năm 2023, triển khai nhiệm vụ năm 2024.\n\nNăm nay, huyện phấn đấu có trên 93% gia đình văn hóa. Huyện cũng phấn đấu 100% thôn có nhà văn hóa.\n`,
    ),
  )('is the year the meeting turns to, for its paragraph (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2024, 93, 'percent'],
      [2024, 100, 'percent'],
    ]);
  });
});

describe('units listed before the standard they reach', () => {
  it.each(both(`Năm 2024, xã phấn đấu có từ 12 thôn, bản, tổ dân phố trở lên đạt chuẩn văn hóa.\n`))('are a count of the first (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2024, 12, 'count']]);
  });
});

describe('programmes by their titles', () => {
  it.each(
    both(
      `Sở Văn hóa tỉnh\n\nUBND tỉnh vừa ban hành Kế hoạch phát triển văn hóa đọc trong cộng đồng giai đoạn 2021 - 2025 trên địa bàn tỉnh.\n\nPhấn đấu 80% học sinh được tiếp cận thư viện.\n`,
    ),
  )("a province's plan in the reading project's words is 329 (%s)", (_, t) => {
    expect(parsePlan(t!).programme).toBe('329/QĐ-TTg');
  });

  it.each(
    both(
      `Trang tin xã\n\nUBND xã triển khai thực hiện Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng giai đoạn 2021 - 2030" trên địa bàn xã.\n\nKế hoạch căn cứ Kế hoạch của huyện về đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và Đề án xây dựng xã hội học tập giai đoạn 2021 - 2030.\n`,
    ),
  )('the lifelong-learning title with a term after 2020 is 387, not 281 (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('387/QĐ-TTg');
  });

  it.each(both(`Trang tin\n\nHuyện triển khai Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020".\n`))(
    'and with its own term, 281 (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBe('281/QĐ-TTg');
    },
  );
});

describe('an ampersand inside a code', () => {
  it.each(
    both(
      `ỦY BAN NHÂN DÂN\nHUYỆN TÂY SƠN\n\nSố: 310/KH-UBND\n\nTây Sơn, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\n\nXây dựng xã hội học tập năm 2023\n\nCăn cứ Công văn số 88/PGD&ĐT-GDTX ngày 15/02/2023 của Phòng GD&ĐT huyện;\n\nXét Tờ trình số 12/TTr-SGD&ĐT ngày 20/02/2023;\n\nI. MỤC TIÊU\n`,
    ),
  )("is the agency's (`PGD&ĐT`, `SGD&ĐT`) (%s)", (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['88/PGD&ĐT-GDTX', '12/TTr-SGD&ĐT']);
  });
});

describe('a plan in its own voice, without its header', () => {
  it.each(
    both(
      `Cổng thông tin điện tử huyện\nKế hoạch của xã về văn hóa đọc\n\nThực hiện Kế hoạch số 40/KH-UBND của UBND huyện, UBND xã Hòa Bình xây dựng kế hoạch phát triển văn hóa đọc năm 2024 cụ thể như sau:\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nHình thành thói quen đọc sách trong nhân dân.\n`,
    ),
  )('is a plan (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('plan');
  });

  it.each(
    both(
      `Cổng thông tin điện tử huyện\nKế hoạch của xã về văn hóa đọc\n\nUBND xã Hòa Bình vừa ban hành kế hoạch phát triển văn hóa đọc năm 2024 với các nội dung như sau:\n\nI. MỤC TIÊU\n\nHình thành thói quen đọc sách trong nhân dân.\n`,
    ),
  )('but a story that it was just issued is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe("a page's furniture above the headline", () => {
  it.each(
    both(
      `Logo\nA- A A+ | Tăng tương phản Giảm tương phản\n\nSơn Hòa: Phấn đấu trên 95% gia đình văn hóa\n\nUBND huyện Sơn Hòa vừa triển khai nhiệm vụ năm 2024. Năm nay, huyện phấn đấu trên 95% gia đình văn hóa.\n`,
    ),
  )('(its logo, its reading toolbar) is no headline (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toMatch(/^S[ơo]n H[òo]a:/);
    expect(readTargets(t!)).toEqual([[2024, 95, 'percent']]);
  });

  it.each(
    both(
      `Monday, 14/03/2022 - 09:15|\nA- A A+ | Chia sẻ bài viết\n\nHUYỆN TRIỂN KHAI KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP\n\nPhấn đấu đến năm 2025, 60% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('nor a dateline with a weekday in another language and its time (%s)', (_, t) => {
    expect(parsePlan(t!).title).toMatch(/^HUY[ỆE]N TRI[ỂE]N KHAI/);
  });
});

describe('a headline without a year', () => {
  it.each(
    both(
      `Phấn đấu mỗi người dân đọc 3,5 cuốn sách/năm\n\nUBND tỉnh vừa ban hành Kế hoạch phát triển văn hóa đọc giai đoạn 2021-2025, định hướng đến năm 2030.\n\nĐến năm 2025, mỗi người dân đọc 3 cuốn sách/năm; đến năm 2030, mỗi người dân đọc 3,5 cuốn sách/năm.\n`,
    ),
  )("restates the body's target of its value, whatever the body's year (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 3, 'per_capita'],
      [2030, 3.5, 'per_capita'],
    ]);
  });
});

describe('a plan for one year carrying out a project whose period is quoted in its title', () => {
  it.each(
    both(
      `Tin tức\n\nUBND huyện vừa ban hành Kế hoạch số 215/KH-UBND về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” năm 2024 trên địa bàn huyện.\n\nMục tiêu cụ thể: duy trì 100% xã đạt chuẩn xóa mù chữ mức độ 2; 75% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )("takes the plan's year, not the quoted period's (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2024, 100, 'percent'],
      [2024, 75, 'percent'],
    ]);
  });

  it.each(
    both(
      `Tin tức\n\nUBND huyện vừa ban hành Kế hoạch số 215/KH-UBND về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn huyện.\n\nPhấn đấu 75% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('but without a year of its own the quoted period stands (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 75, 'percent']]);
  });
});
