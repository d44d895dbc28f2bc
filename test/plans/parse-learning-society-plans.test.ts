/**
 * Rules found on the thirtieth held-out set (eval/holdout30/, issue 22: texts that set targets for the learning society —
 * the aims of the project 1373 and the programmes 387 and 677 told by the press, a province's, a district's and the
 * national association's aims), each in sentences written for the test in the grammar of the domain, clean and without
 * diacritics: a line in lower case after a blank line and a closed sentence (a site's tag over a related story) opens matter
 * of its own, so the list above keeps its year; a time, a bar and the day (`22:25 | 30/07/2021 GMT+7`) is a dateline, and a
 * text-size toggle (`aa`) under the headline does not hide it; a sub-heading sums up the paragraph right under it, the same
 * figure there is its own though the page cut the paragraph; people who signed up to strive (`đăng ký phấn đấu`) are a
 * tally, and a paragraph opening on what the writer learnt (`Được biết, …`) reports.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const resultValues = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('a line in lower case after a blank line and a closed sentence', () => {
  it.each(
    both(
      `Kế hoạch nhằm đẩy mạnh phong trào học tập suốt đời trong các tầng lớp nhân dân của huyện.\n\nMục tiêu đến năm 2025: 75% gia đình được công nhận “Gia đình học tập”; 70% dòng họ được công nhận “Dòng họ học tập”.\n\n45% người lao động trong các gia đình học tập đạt danh hiệu “Công dân học tập”.\n\ngiáo dục\nPhong trào học tập suốt đời lan tỏa mạnh mẽ tại các thôn bản vùng cao của tỉnh\n\nMục tiêu đến năm 2030: 100% cán bộ, hội viên được quán triệt các mô hình học tập giai đoạn 2026 - 2030 ở cơ sở.\n`,
    ),
  )('opens matter of its own (a site’s tag over a related story): the list above keeps its year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 75, 'percent'],
      [2025, 70, 'percent'],
      [2025, 45, 'percent'],
      [2030, 100, 'percent'],
    ]);
  });
});

describe('a time, a bar and the day, and a text-size toggle under the headline', () => {
  it.each(
    both(
      `Trang chủ Giáo dục\n09:15 | 12/08/2022 GMT+7\n\nTỉnh ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2021-2030\n\naa\nNgày 10/8/2022, UBND tỉnh đã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn tỉnh.\n\nKế hoạch đặt mục tiêu đến năm 2030 có 90% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.\n`,
    ),
  )('are the page’s dateline and furniture: the line between them is the headline (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toMatch(/^T[iỉ]nh ban h/);
    expect(p.kind).toBe('news');
    expect(readTargets(t!)).toEqual([[2030, 90, 'percent']]);
  });
});

describe('a sub-heading over the paragraph it sums up', () => {
  it.each(
    both(
      `Tỉnh ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2021-2030\n\nNgày 10/8/2022, UBND tỉnh đã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.\n\nXóa mù chữ 95%\n\nKế hoạch đặt mục tiêu đến năm 2030 có 90% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; 95% xã đạt chuẩn xóa mù ch`,
    ),
  )('gives no aim of its own when the paragraph right under it gives its figure, cut as it is (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 90, 'percent'],
      [2030, 95, 'percent'],
    ]);
  });

  it.each(
    both(
      `Tỉnh ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2021-2030\n\nNgày 10/8/2022, UBND tỉnh đã ban hành Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.\n\nXóa mù chữ 95%\n\nKế hoạch đặt mục tiêu đến năm 2030 có 90% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.\n\nNgoài ra, 95% trung tâm học tập cộng đồng được xếp loại tốt vào năm 2030.\n`,
    ),
  )('but one a later paragraph gives about another subject is not its (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2030, 95, 'percent'],
      [2030, 90, 'percent'],
      [2030, 95, 'percent'],
    ]);
  });
});

describe('people who signed up to strive, in a paragraph of what the writer learnt', () => {
  it.each(
    both(
      `Giai đoạn 2021 - 2030, mô hình “Công dân học tập” sẽ được nhân rộng trong toàn tỉnh.\nĐược biết, tỉnh là một trong những địa phương được lựa chọn thực hiện thí điểm mô hình “Công dân học tập”. Cả 9 huyện với 100% Hội Khuyến học cấp xã đều tham gia với 640 công dân đăng ký phấn đấu trở thành “Công dân học tập”. Kết quả, đã có 410 công dân đạt danh hiệu, chiếm 64,06%.\n`,
    ),
  )('are a tally the paragraph reports, no aim for the model’s term (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toEqual(expect.arrayContaining([100, 640]));
  });

  it.each(both(`Được biết, năm 2025 huyện phấn đấu có 90% gia đình đạt danh hiệu “Gia đình học tập”.\n`))(
    'while a sentence of that paragraph that sets an aim still sets it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 90, 'percent']]);
    },
  );

  it.each(both(`Hội Khuyến học huyện cam kết phấn đấu đến năm 2025 có 80% gia đình đạt danh hiệu “Gia đình học tập”.\n`))(
    'and a body’s pledge to strive is its aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 80, 'percent']]);
    },
  );
});

describe('a page cut from a story about a programme, opening on its aims', () => {
  it.each(
    both(
      `Mục tiêu cụ thể của Chương trình đến năm 2025 là 75% gia đình được công nhận đạt danh hiệu “Gia đình học tập”; 70% dòng họ được công nhận đạt danh hiệu “Dòng họ học tập”.\nNhân rộng các mô hình học tập\nMột trong các nhiệm vụ, giải pháp thực hiện Chương trình là hoàn thiện các bộ tiêu chí đánh giá các mô hình học tập.\nBên cạnh đó, Chương trình cũng nêu rõ nhiệm vụ tăng cường ứng dụng công nghệ số trong các hoạt động học tập suốt đời.\n`,
    ),
  )('is news when it tells what the programme states (`Chương trình cũng nêu rõ …`) (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
    expect(readTargets(t!)).toEqual([
      [2025, 75, 'percent'],
      [2025, 70, 'percent'],
    ]);
  });

  it.each(
    both(
      `Chương trình nhằm đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị.\n\nMục tiêu cụ thể đến năm 2025: 75% gia đình được công nhận đạt danh hiệu “Gia đình học tập”.\n\ngiáo dục\nNhiều dòng họ ở vùng cao xây dựng quỹ khuyến học từ đóng góp của con cháu\n\nMục tiêu cụ thể đến năm 2030: 100% cán bộ, hội viên được quán triệt các chủ trương mới.\n`,
    ),
  )('and when the site set a related story in it, its tag over its headline (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
    expect(readTargets(t!)).toEqual([
      [2025, 75, 'percent'],
      [2030, 100, 'percent'],
    ]);
  });

  it.each(
    both(
      `Chương trình nhằm đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị.\n\nMục tiêu cụ thể đến năm 2025: 75% gia đình được công nhận đạt danh hiệu “Gia đình học tập”.\n\nMục tiêu cụ thể đến năm 2030: 100% cán bộ, hội viên được quán triệt các chủ trương mới.\n`,
    ),
  )('but without either it reads as the programme’s own text (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('plan');
  });
});
