/**
 * Rules found on the twelfth held-out set (eval/holdout12/, issue 22: texts that mix results and aims), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: an association's or a
 * council's term (`nhiệm kỳ 2023 – 2028`) frames the aims set for it like a period; a level reached (`tăng … lên 30%
 * dân số`) or a share of the population (`so với dân số`) is no rate of growth; a report told (`Báo cáo tại hội nghị
 * cho biết, …`) reports over the paragraphs after it until a sentence sets an aim, even when its own figures are
 * none the reader counts; a meeting that reviews and turns to `nhiệm vụ năm 2025` reviews the year before; a learning
 * association counts its members and branches (`1.000 hội viên`, `126 chi hội`), reported unless an aim sets them, and a
 * membership per household (`mỗi hộ có ít nhất 1 hội viên`) is a norm, no total; a project by its number and author
 * (`Đề án 281 của Thủ tướng Chính phủ`) names its programme, the movement told by its four models names none; a text
 * without a header that tells a meeting just held, opens on the part of the day, shows a meeting's photo caption or
 * opens looking back on years of work is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, reviewedYear } from '../../src/plans/parse/index.ts';
import { both, readTargets, strip } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);
const fold = (s: string) => strip(s).toLowerCase();

describe('a term', () => {
  it.each(
    both(
      `Đại hội Hội Khuyến học xã lần thứ III đã thông qua các chỉ tiêu cho nhiệm kỳ 2023 – 2028. Trong đó, phấn đấu 75% hộ gia đình đạt danh hiệu Gia đình học tập và 60% thôn đạt danh hiệu Cộng đồng học tập.\n`,
    ),
  )('frames the aims set for it, like a period (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2028, 75, 'percent'],
      [2028, 60, 'percent'],
    ]);
  });

  it.each(
    both(
      `Hội Khuyến học huyện tổ chức Đại hội lần thứ IV (nhiệm kỳ 2020-2025).\n\nNhiệm kỳ mới, huyện phấn đấu 85% gia đình đạt danh hiệu gia đình học tập; nâng số hội viên lên 30% dân số; đến năm 2022 quỹ khuyến học của mỗi xã đạt 100 triệu đồng.\n`,
    ),
  )("is the text's horizon, not the year of a later clause about something else (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 85, 'percent'],
      [2025, 30, 'percent'],
    ]);
  });
});

describe('a level reached and a share of the population', () => {
  it.each(
    both(
      `Đến năm 2026, phấn đấu tăng số hội viên lên 30% dân số; số hội viên đạt từ 20 - 25% so với dân số ở các xã miền núi; số lượt bạn đọc tăng 5% so với năm 2025.\n`,
    ),
  )('are shares, not growth; a rise against a year is growth (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 30, 'percent'],
      [2026, [20, 25], 'percent'],
      [2026, 5, 'growth'],
    ]);
  });
});

describe('a report told', () => {
  it.each(
    both(
      `Báo cáo tại hội nghị cho biết, đến nay, toàn huyện đã có 215 chi hội khuyến học. Tỷ lệ hội viên đạt 21% dân số.\n\nPhong trào xây dựng xã hội học tập phát triển với 70% gia đình đạt danh hiệu gia đình học tập, 48% dòng họ được công nhận dòng họ học tập.\n\nNhiệm kỳ tới, huyện phấn đấu 80% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('reports over the paragraphs after it until a sentence sets an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[null, 80, 'percent']]);
    // (and the branches it counts, `215 chi hội`)
    expect(results(t!)).toEqual([215, 21, 70, 48]);
  });

  it.each(
    both(`Báo cáo tại hội nghị cho biết, đến nay, toàn huyện đã có 215 chi hội khuyến học.\n\n- Năm 2025, có 70% gia đình đạt danh hiệu gia đình học tập.\n`),
  )('but not into a list under it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 70, 'percent']]);
  });
});

describe('the year a meeting reviews', () => {
  it('is the year before the one it turns to, when that is the only year named', () => {
    expect(reviewedYear(fold('Sáng 15/1, UBND xã tổng kết phong trào xây dựng gia đình văn hóa, triển khai nhiệm vụ năm 2025.'))).toBe(2024);
    expect(reviewedYear(fold('Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.'))).toBe(2024);
    expect(reviewedYear(fold('Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.'))).toBe(2025);
  });

  it.each(
    both(
      `Sáng 15/1, UBND xã tổng kết phong trào xây dựng gia đình văn hóa, triển khai nhiệm vụ năm 2025.\n\nNăm 2024, toàn xã có 1.120/1.200 hộ đạt danh hiệu gia đình văn hóa (93,3%), tăng 0,8% so với năm 2023.\n`,
    ),
  )('so its figures for that year report (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toContain(93.3);
  });
});

describe("a learning association's members and branches", () => {
  it.each(
    both(
      `Năm 2024, Hội Khuyến học xã đã phát triển được 120 hội viên mới, nâng tổng số lên 3.150 hội viên với 14 chi hội. Năm 2025, Hội phấn đấu phát triển 200 hội viên mới; mỗi hộ gia đình có ít nhất 1 hội viên khuyến học; 80% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('are counted, reported unless an aim sets them; a membership per household is a norm (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 200, 'count'],
      [2025, 80, 'percent'],
    ]);
    expect(results(t!)).toEqual(expect.arrayContaining([120, 3150, 14]));
  });

  it.each([
    ...both(`Đến nay, toàn xã có hơn 2.400 gia đình hiếu học, 35 dòng họ hiếu học và 1.900 gia đình văn hóa.\n`),
    // (the term gone by tells what was done, like the year gone by)
    ...both(`Nhiệm kỳ qua, toàn xã có hơn 2.400 gia đình hiếu học, 35 dòng họ hiếu học và 1.900 gia đình văn hóa.\n`),
  ])('as are the families and clans a movement recognises by another name (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([2400, 35, 1900]);
  });
});

describe('the programme', () => {
  it.each(both(`Qua 4 năm triển khai Đề án 281 của Thủ tướng Chính phủ, toàn huyện có 72% gia đình đạt danh hiệu gia đình học tập.\n`))(
    'a project by its number and author names it (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBe('281/QĐ-TTg');
    },
  );

  it.each(
    both(
      `Năm 2024, việc thực hiện Chương trình 387 và Chương trình 677 của Thủ tướng Chính phủ đã đem lại nhiều kết quả, toàn huyện có 68% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('but two named together as work done name none (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBeNull();
  });

  it.each(
    both(
      `Hội nghị xác định nhiệm vụ trọng tâm là đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị học tập; phấn đấu 70% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('the movement told by its four models names none (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBeNull();
  });
});

describe('a sentence going on in a paragraph that reports', () => {
  it.each(
    both(
      `Năm 2024, Hội Khuyến học phường đã phát triển được 85 hội viên mới. Có 42 dòng họ học tập, 9 cộng đồng học tập và 16 đơn vị học tập.\n\nNăm 2025, phấn đấu có 50 dòng họ học tập.\n`,
    ),
  )('reports its counts, though it has no cue of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 50, 'count']]);
    expect(results(t!)).toEqual([85, 42, 9, 16]);
  });
});

describe("a page's own counter", () => {
  it.each(
    both(
      `Hội Khuyến học xã tổng kết công tác khuyến học năm 2023\n\nThứ 3, 09/01/2024 | 08:15:20\n812 lượt xem\nNăm 2023, toàn xã có 71% gia đình đạt danh hiệu gia đình học tập.\n`,
    ),
  )('under its dateline is no figure of the text (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([71]);
  });
});

describe('what a page is', () => {
  it.each([
    ...both(`(BT-HN) Huyện Kim Sơn vừa tổ chức Đại hội Hội Khuyến học lần thứ IV. Nhiệm kỳ qua, toàn huyện có 62% gia đình đạt danh hiệu gia đình học tập.\n`),
    ...both(
      `Chiều ngày 12/3, UBND thị xã tổng kết phong trào xây dựng gia đình văn hóa, triển khai nhiệm vụ năm 2025.\n\nNăm 2024, toàn thị xã có 94% hộ đạt danh hiệu gia đình văn hóa.\n`,
    ),
    ...both(`Các danh hiệu học tập được công nhận hằng năm đều tăng.\n\nQuang cảnh hội nghị\n\nNăm 2024, danh hiệu gia đình học tập tăng từ 52% lên 58%.\n`),
    ...both(`Sau 4 năm thực hiện Đề án phát triển văn hóa đọc trong cộng đồng, đến nay, tỉnh có 85% trường học có thư viện đạt chuẩn.\n`),
  ])('a text without a header telling a meeting, a day, a photo of a meeting or years of work is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});
