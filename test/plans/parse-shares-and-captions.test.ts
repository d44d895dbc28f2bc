/**
 * Rules found on the fifth held-out set (eval/holdout5/, issue 22), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: a period qualifying a noun inside a
 * list item sets no year for the items after it; shares of units written as a fraction (`12/15 xã`);
 * counts of learning models (`3 đơn vị học tập`); a span of years looked back on (`Trong 5 năm
 * (2016-2020), …`) and a sentence opening with "Hiện" before its subject (`Hiện toàn huyện có …`) report results; a photo caption repeating a target of the story.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const DISTRICT = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỨC CƠ                         Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND                    Đức Cơ, ngày 12 tháng 5 năm 2023
KẾ HOẠCH
Đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030
I. MỤC TIÊU
`;

describe('a period inside a list item names its subject’s span, not the year of the items after it', () => {
  it.each(
    both(
      `${DISTRICT}Huyện phấn đấu đến năm 2026, 100% hội viên Hội Khuyến học được quán triệt các văn bản về xây dựng xã hội học tập giai đoạn 2021 – 2030; 75% gia đình đạt danh hiệu “Gia đình học tập”, 60% dòng họ đạt danh hiệu “Dòng họ học tập”.\n`,
    ),
  )('the items after "giai đoạn 2021 – 2030" keep the year 2026 (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 100, 'percent'],
      [2026, 75, 'percent'],
      [2026, 60, 'percent'],
    ]);
  });

  it.each(both(`${DISTRICT}Có 100% xã và 95% thôn đạt chuẩn giai đoạn 2023 - 2025.\n`))(
    'a period closing the sentence still frames the values before it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 100, 'percent'],
        [2025, 95, 'percent'],
      ]);
    },
  );
});

describe('units counted out of their whole are count targets', () => {
  it.each(
    both(
      `${DISTRICT}Mục tiêu đến năm 2027, 100% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 2, trong đó có 12/15 xã đạt mức độ 3; 3/4 trường trung học cơ sở có thư viện đạt chuẩn.\n`,
    ),
  )('"12/15 xã", "3/4 trường" give 12 and 3, each a share of its whole (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2027, 100, 'percent'],
      [2027, 12, 'count'],
      [2027, 3, 'count'],
    ]);
    const counts = parsePlan(t!).targets.filter((x) => x.kind === 'count');
    expect(counts.map((x) => [x.unit, x.perYear])).toEqual([
      ['xã', false],
      ['trường', false],
    ]);
  });
});

describe('counts of the learning models a plan builds', () => {
  it.each(both(`${DISTRICT}Trong năm 2024 sẽ xây dựng thí điểm 3 đơn vị học tập, 2 cộng đồng học tập và 15 gia đình học tập tại xã Ia Dơk.\n`))(
    '"thí điểm 3 đơn vị học tập, 2 cộng đồng học tập và 15 gia đình học tập" are counts for 2024 (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2024, 3, 'count'],
        [2024, 2, 'count'],
        [2024, 15, 'count'],
      ]);
      expect(parsePlan(t!).targets.map((x) => x.unit)).toEqual(['đơn vị học tập', 'cộng đồng học tập', 'gia đình học tập']);
    },
  );
});

describe('a span of years looked back on reports results', () => {
  const REVIEW = `Tổng kết phong trào khuyến học giai đoạn 2016-2020

Ngày 20-12, Hội Khuyến học tỉnh tổ chức hội nghị tổng kết.

Trong 5 năm (2016-2020), toàn tỉnh có 41.220/80.115 hộ được công nhận “Gia đình học tập”, đạt 51,5%; có 312/640 dòng họ được công nhận “Dòng họ học tập”, đạt 48,8%. Trong 3 năm qua, 92% thôn có tủ sách.
`;
  // (a fraction the clause gives again as a percentage, "41.220/80.115 hộ …, đạt 51,5%", is that percentage, not a second value)
  it.each(both(REVIEW))('"Trong 5 năm (2016-2020), …", "Trong 3 năm qua, …" are results, not targets (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(readTargets(t!)).toEqual([]);
    expect(p.results.map((r) => r.value)).toEqual([51.5, 48.8, 92]);
  });

  it.each(
    both(
      `Hội nghị tổng kết xây dựng xã hội học tập\n\nHiện toàn huyện có 100% xã thành lập trung tâm học tập cộng đồng; 87% thôn có tủ sách.\n\nHiện thực hóa mục tiêu, huyện phấn đấu đến năm 2025 có 90% thôn có tủ sách.\n`,
    ),
  )('"Hiện toàn huyện có …" tells what there is now; "Hiện thực hóa" is another word (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 90, 'percent']]);
    expect(parsePlan(t!).results.map((r) => r.value)).toEqual([100, 87]);
  });

  it.each(both(`${DISTRICT}Trong 5 năm (2023-2027), phấn đấu 80% gia đình đạt danh hiệu “Gia đình học tập”.\n`))(
    'a span ahead with a verb of aim stays a target (%s)',
    (_, t) => {
      expect(readTargets(t!).map((x) => x[1])).toEqual([80]);
    },
  );
});

describe('a photo caption repeating a target of the story', () => {
  const NEWS = `Đức Cơ đẩy mạnh phổ cập giáo dục

(GLO)- UBND huyện Đức Cơ vừa ban hành kế hoạch phổ cập giáo dục giai đoạn 2023-2027.

Theo đó, đến năm 2027 phấn đấu 80% xã hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo; 100% xã đạt chuẩn xóa mù chữ mức độ 2.

Phấn đấu đến năm 2027, 80% xã hoàn thành phổ cập giáo dục mầm non cho trẻ em mẫu giáo. Ảnh: Minh Hòa

Về trình độ của người dân, huyện phấn đấu có 45% số người trong độ tuổi lao động được trang bị kỹ năng số.
`;
  it.each(both(NEWS))('counts once; the caption’s credit does not carry into the next paragraph (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2027, 80, 'percent'],
      [2027, 100, 'percent'],
      [2027, 45, 'percent'],
    ]);
  });

  it.each(both(NEWS.replace('Phấn đấu đến năm 2027, 80% xã hoàn thành', 'Phấn đấu đến năm 2027, 70% thôn có nhà văn hóa; ảnh chụp lễ ra mắt')))(
    'a caption with a target of its own keeps it (%s)',
    (_, t) => {
      expect(readTargets(t!).map((x) => x[1])).toEqual([80, 100, 70, 45]);
    },
  );
});
