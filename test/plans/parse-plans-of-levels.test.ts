/**
 * Rules found on the eleventh held-out set (eval/holdout11/, issue 22: plans and decisions of communes, districts,
 * departments and ministries' portals), each in sentences written for the test in the grammar of the domain, clean
 * and without diacritics: a plan for one year named in the text sets the year of its undated targets; `trong giai
 * đoạn này` is the period named before, not its orientation; `ngàn`/`nghìn` in a rate; a headline under a section's
 * name and a dateline in words, or under lines of bare punctuation; counts of districts a plan sets; a bracket that
 * says what a whole is made of, and an inventory broken down in brackets; a caption credited `- Nguồn: …`; a lead
 * the body gives again word for word; the learning-society project named without its period; a headline whose
 * figure the body gives for another subject; `N-TT/TU` and a Party congress's `ĐH`.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);

describe('a plan for one year, named in the text', () => {
  it.each(
    both(
      `Ngày 10/3/2023, UBND huyện ban hành Kế hoạch số 45/KH-UBND về phát triển văn hóa đọc năm 2023 trên địa bàn huyện.\n\nTheo đó, phấn đấu 80% trường học có tủ sách lớp học; 65% thôn có điểm đọc sách.\n`,
    ),
  )('gives its year to the targets that name none (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2023, 80, 'percent'],
      [2023, 65, 'percent'],
    ]);
  });

  it.each(
    both(
      `Tin tức\n\nUBND xã ban hành Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2022 về xây dựng xã hội học tập.\n\nPhấn đấu 70% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )("but not the year of the plan's own date (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([[null, 70, 'percent']]);
  });
});

describe('this period (trong giai đoạn này)', () => {
  it.each(
    both(
      `Tầm nhìn\n\nKế hoạch thực hiện Đề án phát triển thư viện cơ sở giai đoạn 2022-2026, định hướng đến năm 2030 của UBND tỉnh.\n\nCụ thể, trong giai đoạn này, tỉnh sẽ ưu tiên các xã vùng cao. Phấn đấu có 60% xã có thư viện hoặc tủ sách cộng đồng; 40% thôn có điểm đọc sách.\n`,
    ),
  )('is the period named before, not its orientation (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 60, 'percent'],
      [2026, 40, 'percent'],
    ]);
  });
});

describe('a rate in thousands or millions', () => {
  it.each(both(`Đến năm 2025, phấn đấu số lượt người sử dụng thư viện đạt 600 ngàn lượt/năm; đến năm 2030 đạt 1,2 triệu lượt/năm.\n`))(
    'is a count per year (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 600_000, 'count'],
        [2030, 1_200_000, 'count'],
      ]);
    },
  );
});

describe("a news page's headline", () => {
  it.each(
    both(
      `Tin tức\n\nQuảng Trị: Đến năm 2027, tu bổ 03 di tích quốc gia\n\n10:15, 12 Tháng Mười 2023\n\nSở Văn hóa, Thể thao và Du lịch đặt mục tiêu đến năm 2027, tu bổ 03 di tích quốc gia và lập hồ sơ 02 di sản văn hóa phi vật thể.\n`,
    ),
  )("under a section's name, with a dateline in words under it (%s)", (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.title).toMatch(/^Qu/);
    expect(readTargets(t!)).toEqual([
      [2027, 3, 'count'],
      [2027, 2, 'count'],
    ]);
  });

  it.each(
    both(
      `.\n.\n\nPhấn đấu mỗi người dân đọc 3 cuốn sách/năm\n\nThứ Ba, 10/08/2021, 08:00 [GMT+7]\n.\n\n(QTO)- UBND tỉnh vừa ban hành Kế hoạch phát triển văn hóa đọc. Đến năm 2030, mỗi người dân đọc 3 cuốn sách/năm; 90% trường học có thư viện đạt chuẩn.\n`,
    ),
  )('under lines of bare punctuation (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(readTargets(t!)).toEqual([
      [2030, 3, 'per_capita'],
      [2030, 90, 'percent'],
    ]);
  });

  it.each(
    both(
      `Lào Cai: Năm 2025, 100% thư viện huyện được hiện đại hóa\n\n10/05/2022 09:00\n\nUBND tỉnh vừa ban hành kế hoạch phát triển văn hóa đọc. Mục tiêu đến năm 2025, 100% trường học có thư viện đạt chuẩn; 50% xã có điểm đọc sách.\n`,
    ),
  )('whose figure the body gives for another subject is a target of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 100, 'percent'],
      [2025, 100, 'percent'],
      [2025, 50, 'percent'],
    ]);
  });
});

describe('counts of units a plan sets', () => {
  it.each(
    both(
      `Sở Giáo dục và Đào tạo ban hành kế hoạch năm 2024: phấn đấu 2 huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; duy trì 9/9 huyện đạt chuẩn xóa mù chữ mức độ 2.\n`,
    ),
  )('a number of districts to reach a standard (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2024, 2, 'count'],
      [2024, 9, 'count'],
    ]);
  });

  it.each(both(`Đến năm 2025, 100% thư viện công cộng (gồm thư viện tỉnh và 9/10 thư viện huyện) được số hóa tài liệu quý.\n`))(
    'but not the parts of a whole in brackets (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
    },
  );

  it.each(
    both(
      `Đến năm 2025, phấn đấu 60% di tích được tu bổ; toàn tỉnh có 45 di tích được xếp hạng (03 di tích quốc gia, 42 di tích cấp tỉnh); 20% hiện vật được số hóa.\n`,
    ),
  )('an inventory broken down in brackets is the state now (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 60, 'percent'],
      [2025, 20, 'percent'],
    ]);
    expect(results(t!)).toEqual([45]);
  });
});

describe('what a page says twice', () => {
  it.each(
    both(
      `Hà Giang: Năm 2025, 100% thư viện huyện có trang thông tin điện tử\n\n\tHà Giang phấn đấu 100% thư viện huyện có trang thông tin điện tử - Nguồn: thuvien.gov.vn\n\nUBND tỉnh Hà Giang vừa ban hành Kế hoạch chuyển đổi số ngành thư viện. Mục tiêu đến năm 2025, 100% thư viện huyện có trang thông tin điện tử.\n`,
    ),
  )('a caption credited "- Nguồn: …" (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
  });

  it.each(
    both(
      `Năm 2025, 80% trường tiểu học có thư viện xanh, trong đó 30% có không gian đọc ngoài trời.\nTTXVN - Nhằm phát triển văn hóa đọc trong nhà trường, tỉnh Hòa Bình đã ban hành Đề án thư viện xanh giai đoạn 2023 - 2025.\nTỉnh đặt mục tiêu, phấn đấu đến năm 2025, 80% trường tiểu học có thư viện xanh, trong đó 30% có không gian đọc ngoài trời.\n`,
    ),
  )("a lead the body gives again word for word, above the agency's tag (%s)", (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
    expect(readTargets(t!)).toEqual([
      [2025, 80, 'percent'],
      [2025, 30, 'percent'],
    ]);
  });
});

describe('the programme', () => {
  it.each(
    both(
      `Tin tức\nKế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2023 tại tỉnh Quảng Trị\nNgày cập nhật 06/04/2023\n\nNgày 05/4/2023, UBND tỉnh ban hành Kế hoạch số 70/KH-UBND thực hiện Đề án “Xây dựng xã hội học tập” năm 2023. Phấn đấu 45% người trong độ tuổi lao động được trang bị kỹ năng sống.\n`,
    ),
  )('the learning-society project without its period, in a year after 2020 (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1373/QĐ-TTg');
    expect(readTargets(t!)).toEqual([[2023, 45, 'percent']]);
  });
});

describe('the basis', () => {
  it.each(
    both(
      `KẾ HOẠCH\nPhát triển thư viện trường học\nCăn cứ Nghị quyết 02-NQ/ĐH ngày 20/10/2020 của Đại hội Đảng bộ tỉnh; Nghị quyết số 10-NQ/TU ngày 10/12/2021 của Ban chấp hành Đảng bộ tỉnh; Thông tri số 15-TT/TU ngày 27/8/2019 của Tỉnh ủy;\nI. MỤC TIÊU\n`,
    ),
  )("holds a party notice (Thông tri, N-TT/TU), and a congress's code keeps its Đ (%s)", (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['02-NQ/ĐH', '10-NQ/TU', '15-TT/TU']);
  });
});
