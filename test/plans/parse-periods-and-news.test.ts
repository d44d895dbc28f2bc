/**
 * Rules found on the third held-out set (eval/holdout3/, issue 22), each in sentences written for
 * the test in the grammar of the domain, clean and without diacritics: a period after the values
 * frames them; a paragraph that adds to the one before keeps its year; a news item's headline and
 * lead restate the body's targets; a per-capita figure written in words.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets, strip } from '../support/plan-text.ts';

const HEAD = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG SƠN                       Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                    Đông Sơn, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Phổ cập giáo dục và xóa mù chữ giai đoạn 2021 - 2030
`;

describe('a period named after the values frames them, it is no later milestone', () => {
  it.each(
    both(`${HEAD}I. MỤC TIÊU
1. Mục tiêu đến năm 2025
- Có 100% trường tiểu học và 95% trường trung học cơ sở đạt chuẩn phổ cập giai đoạn 2021 - 2025.
2. Mục tiêu đến năm 2030
- Có 100% xã và 100 % thị trấn duy trì chuẩn xóa mù chữ mức độ 2 giai đoạn 2026 - 2030.
`),
  )('values under a year heading keep its year when a period closes their sentence (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 100, 'percent'],
      [2025, 95, 'percent'],
      [2030, 100, 'percent'],
      [2030, 100, 'percent'],
    ]);
  });

  it.each(both('Huyện phấn đấu 90% thôn, bản có tủ sách cộng đồng hoạt động thường xuyên giai đoạn 2021 - 2025.'))(
    'with no heading, a period closing the sentence gives its last year (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 90, 'percent']]);
    },
  );

  it.each(both('Phấn đấu đạt 60% vào năm 2025 và tiến tới là 80% vào năm 2030 số thư viện cấp xã có máy tính kết nối internet.'))(
    'a later year named with "vào năm" still splits the values (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 60, 'percent'],
        [2030, 80, 'percent'],
      ]);
    },
  );
});

describe('a paragraph that adds to the one before keeps its year', () => {
  it.each(
    both(`Huyện Đông Sơn đặt mục tiêu học tập suốt đời

Theo kế hoạch giai đoạn 2021 - 2030, huyện đặt mục tiêu đến năm 2025 có 85% gia đình đạt danh hiệu "Gia đình học tập".

Ngoài ra, có 60% người lao động đạt danh hiệu "Công dân học tập"; 45% cán bộ khuyến học cấp xã được bồi dưỡng tin học.

Bên cạnh đó, 100% trung tâm học tập cộng đồng được nối mạng.`),
  )('"Ngoài ra", "Bên cạnh đó" carry the 2025 of the paragraph before, not the 2030 of the period (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 85, 'percent'],
      [2025, 60, 'percent'],
      [2025, 45, 'percent'],
      [2025, 100, 'percent'],
    ]);
  });

  it.each(both(`Đến năm 2025 có 85% gia đình đạt danh hiệu "Gia đình học tập".\n\nĐồng thời, đến năm 2030 có 95% gia đình đạt danh hiệu này.`))(
    'a paragraph naming its own year keeps it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2025, 85, 'percent'],
        [2030, 95, 'percent'],
      ]);
    },
  );
});

describe("a news item's headline and lead restate the body's targets", () => {
  it.each(
    both(`Đông Sơn: Phấn đấu đến năm 2025, có 85% gia đình đạt danh hiệu "Gia đình học tập"

07:15, 12/04/2022

Huyện vừa tổng kết phong trào khuyến học. Toàn huyện phấn đấu đến năm 2025, có 85% gia đình đạt danh hiệu "Gia đình học tập", 60% dòng họ đạt danh hiệu "Dòng họ học tập".`),
  )('a headline followed by its dateline is a headline: its target counts once (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(strip(p.title ?? '')).toMatch(/^Dong Son: Phan dau/);
    expect(readTargets(t!)).toEqual([
      [2025, 85, 'percent'],
      [2025, 60, 'percent'],
    ]);
  });

  it.each(
    both(`12/04/2022 07:15 GMT+7

Đến 2025 mỗi người dân Đông Sơn đọc 3 cuốn sách mỗi năm

THANH HÀ

ĐSO - Huyện Đông Sơn đặt mục tiêu đến năm 2025 mỗi người dân trung bình đọc 3 cuốn sách mỗi năm.

Kế hoạch phát triển văn hóa đọc của huyện vừa được ban hành. Theo kế hoạch, đến năm 2025, bình quân mỗi người dân đọc 3 cuốn sách mỗi năm; thư viện huyện đạt 20.000 lượt bạn đọc mỗi năm.`),
  )('a dateline above the headline, a lead restating the body: the per-capita target counts once (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(strip(p.title ?? '')).toMatch(/^Den 2025 moi nguoi/);
    expect(p.targets.map((x) => [x.year, x.value, x.kind, x.unit])).toEqual([
      [2025, 3, 'per_capita', 'cuốn/người/năm'],
      [2025, 20000, 'count', 'lượt'],
    ]);
  });

  it.each(both('(ĐSO) - Huyện phấn đấu đến năm 2025 có 70% thôn có tủ sách cộng đồng.\n\nCác xã sẽ huy động sách từ nhân dân.'))(
    'a target only the lead states is kept (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 70, 'percent']]);
    },
  );
});

describe('a per-capita figure written in words', () => {
  it.each(
    both(
      'Phấn đấu đến năm 2030, mỗi người dân trung bình đọc 5 cuốn sách mỗi năm; bình quân 2 bản sách một năm cho mỗi học sinh. Thư viện bổ sung 3 cuốn sách mỗi năm cho tủ sách.',
    ),
  )('"mỗi người … N cuốn sách mỗi năm" is per capita; books added without "mỗi người" are not (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.year, x.value, x.kind, x.unit])).toEqual([
      [2030, 5, 'per_capita', 'cuốn/người/năm'],
      [2030, 2, 'per_capita', 'bản/người/năm'],
      // (a yearly count of books added, read since the eighth held-out set)
      [2030, 3, 'count', 'cuốn sách'],
    ]);
  });
});
