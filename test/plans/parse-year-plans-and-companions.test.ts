/**
 * Rules found on the twenty-third held-out set (eval/holdout23/, issue 22: year plans of libraries, reading, museums and the
 * learning society), each in sentences written for the test in the grammar of the domain, clean and without diacritics:
 * what was approved (`đã phê duyệt mở 25 lớp …`) was done; a value told beside the one before it in the same clause — a count's
 * share (`… lên 12.480 người, đạt tỷ lệ 18,5% dân số`) or a share's count in brackets (`đạt 85% (hơn 4.100 lượt người)`) — is
 * its companion, one result with it (a count's new total, `nâng tổng số hội viên lên 12.480 người`, is a fact of its own); a report counts the groups of
 * visitors (`1.200 đoàn khách`), the photographs collected (`sưu tầm 45 hình ảnh`) and the portions given as awards (`khen thưởng …
 * 1.240 suất`); a paragraph of prose opening on what there is (`Có hơn 64.000 hộ gia đình đạt danh hiệu …`), with no year and
 * no cue of aim in it or just above it, reports it; a date whose year is misprinted with a digit too many (`ngày 12 tháng 3 năm 20225`) is the year the
 * text names that the misprint holds; a commune's Party committee's code is `ĐU` without its marks too (`44/DU`); a plan to
 * raise a learning fund (`Xây dựng quỹ khuyến học …`) grounded on several of the Prime Minister's documents carries out none
 * of them; a text without a header telling what a named place has done over the time gone by
 * (`thời gian qua, tỉnh Lào Cai luôn …`), or opening on what it has up to now (`Đến nay, huyện Bắc Bình có …`), is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const values = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('what was approved was done', () => {
  it.each(both(`Kế hoạch đặt mục tiêu đạt 95% vào năm 2025. Năm học 2022 - 2023, Phòng Giáo dục đã phê duyệt mở 25 lớp xóa mù chữ cho 610 học viên.\n`))(
    'a report beside the aims (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 95, 'percent']]);
      expect(values(t!)).toEqual([25]);
    },
  );
});

describe('a count and its companions are one result', () => {
  it.each(both(`Năm 2024, Hội Khuyến học thị xã đã phát triển được 512 hội viên mới, nâng tổng số hội viên lên 12.480 người, đạt tỷ lệ 18,5% dân số.\n`))(
    'its share; its new total is a fact of its own (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(values(t!)).toEqual([512, 12480]);
    },
  );
  it.each(both(`Năm 2023, lượng khách đến bảo tàng đạt 85% kế hoạch (hơn 4.100 lượt người).\n`))('a count in brackets after a share (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(values(t!)).toHaveLength(1);
  });
  it.each(both(`Năm 2026, Hội phấn đấu phát triển 600 hội viên mới, nâng tổng số hội viên lên 13.000 người.\n`))('an aim keeps its figures (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 600, 'count'],
      [2026, 13000, 'count'],
    ]);
  });
});

describe('what a report counts', () => {
  it.each(both(`Năm 2022, bảo tàng đã đón hơn 1.200 đoàn khách đến tham quan.\n`))('groups of visitors (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(values(t!)).toEqual([1200]);
  });
  it.each(both(`Trong năm, Hội đã hỗ trợ khen thưởng học sinh nghèo học giỏi 1.240 suất với số tiền 310 triệu đồng.\n`))(
    'the portions given as awards (%s)',
    (_, t) => {
      expect(values(t!)).toEqual([1240]);
    },
  );
  it.each(both(`Trong năm, bảo tàng đã sưu tầm 45 hình ảnh, hiện vật về lịch sử địa phương.\n`))('photographs collected (%s)', (_, t) => {
    expect(values(t!)).toEqual([45]);
  });
});

describe('what there is', () => {
  it.each(
    both(
      `Hội Khuyến học tỉnh triển khai công tác năm 2025.\n\nCó hơn 64.000 hộ gia đình đạt danh hiệu Gia đình học tập; 310 dòng họ đạt danh hiệu Dòng họ học tập.\n`,
    ),
  )('a paragraph opening on it reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(values(t!)).toEqual([64000, 310]);
  });
  it.each(both(`Phấn đấu đến năm 2030:\n\nCó 03 bảo tàng ngoài công lập.\n`))('under a line of aims it is no report (%s)', (_, t) => {
    expect(values(t!)).toEqual([]);
  });
});

describe('a year misprinted with a digit too many', () => {
  const plan = (y: string) =>
    `UBND XÃ AN PHÚ\nAn Phú, ngày 12 tháng 3 năm ${y}\nKẾ HOẠCH\nPhát triển văn hóa đọc xã An Phú năm 2025\nNgày 12 tháng 3 năm 2025, UBND xã tổ chức hội nghị.\n`;
  it.each(both(plan('20225')))('is the year the text names (%s)', (_, t) => {
    expect(parsePlan(t!).date).toBe('2025-03-12');
  });
  it.each(both(plan('2025')))('a year printed right is read as printed (%s)', (_, t) => {
    expect(parsePlan(t!).date).toBe('2025-03-12');
  });
});

describe('what a place has done over the time gone by', () => {
  it.each(both(`Đến nay, huyện Bắc Bình có 12.300 hộ gia đình đạt danh hiệu Gia đình học tập; 45 đơn vị đạt danh hiệu Đơn vị học tập.\n`))(
    'up to now, opening a text without a header, is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
  it.each(
    both(
      `Học tập suốt đời là chìa khóa của sự phát triển trong thời đại số.\n\nThực hiện phong trào thi đua, thời gian qua, tỉnh Lào Cai luôn xác định việc xây dựng xã hội học tập là nhiệm vụ thường xuyên, được các cấp ủy quan tâm thực hiện.\n`,
    ),
  )('is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('a commune’s own plan and its grounds', () => {
  const plan = (title: string) =>
    `UBND XÃ AN PHÚ\nSố: 15/KH-UBND\nAn Phú, ngày 12 tháng 3 năm 2025\nKẾ HOẠCH\n${title}\nCăn cứ Chỉ thị số 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ về đẩy mạnh công tác khuyến học; Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ;\nThực hiện Nghị quyết số 44/ĐU ngày 17/01/2025 của Đảng ủy xã An Phú;\nUBND xã ban hành kế hoạch như sau:\n`;
  it.each(both(plan('Xây dựng quỹ khuyến học, khuyến tài xã An Phú năm 2025')))('the Party committee’s code (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['14/CT-TTg', '1315/QĐ-TTg', '44/ĐU']);
  });
  it.each(both(plan('Xây dựng quỹ khuyến học, khuyến tài xã An Phú năm 2025')))('a fund carries out no programme (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBeNull();
  });
  it.each(both(plan('Thực hiện công tác khuyến học, khuyến tài xã An Phú năm 2025')))('a plan that carries out keeps its first ground (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('14/CT-TTg');
  });
});
