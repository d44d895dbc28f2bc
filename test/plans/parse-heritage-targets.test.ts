/**
 * Rules found on the thirty-first held-out set (eval/holdout31/, issue 22: texts that set targets for heritage, relics, museums
 * and cultural centres), each in sentences written for the test in the grammar of the domain, clean and without diacritics:
 * what a heritage plan counts (scientific files, festivals, artisans, hamlets and villages) and what a relic's tourism counts
 * beside its visitors (lodgings, their rooms, hotels, jobs in thousands) are units of count targets; a plan's roadmap
 * (`lộ trình 2024 - 2026`) is a cue of aim; a sentence that frames its paragraph's aims with a year to reach and a verb of aim
 * but no figure (`Theo Đề án, từ nay đến năm 2027, huyện sẽ phấn đấu …`) makes the counts of the sentences after it aims; a
 * master plan that sets aims told of it (`Quy hoạch cũng đặt mục tiêu …`) and a document told by its kind alone with what a
 * place will do (`Theo Nghị quyết, …, tỉnh sẽ …`) are news; the centre's Party code printed `TƯ` keeps its `Ư` without
 * diacritics where the issuer after it is the centre; counts told in a plan's future (`tỉnh sẽ lập hồ sơ … cho 120 di tích`) are
 * aims, not `chia sẻ`, which folds alike (the last found on two pages added to the set after its first rules).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

describe('what a heritage plan counts', () => {
  it.each(
    both(
      `Phấn đấu đến năm 2027, tỉnh lập 12 hồ sơ khoa học xếp hạng di tích, phục dựng 4 lễ hội truyền thống, đề nghị phong tặng 8 nghệ nhân và hỗ trợ 3 xóm còn giữ nhà sàn truyền thống.\n`,
    ),
  )('files, festivals, artisans and hamlets are count targets (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2027, 12, 'count'],
      [2027, 4, 'count'],
      [2027, 8, 'count'],
      [2027, 3, 'count'],
    ]);
    expect(parsePlan(t!).targets[0]!.unit).toBe('hồ sơ');
  });
  it.each(both(`Năm 2023, Sở đã hoàn thành 5 hồ sơ khoa học xếp hạng di tích cấp tỉnh.\n`))('files done are no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('what a relic’s tourism counts beside its visitors', () => {
  it.each(both(`Đến năm 2028, khu di tích phấn đấu đón 90.000 lượt khách, có 8 cơ sở lưu trú du lịch với 160 phòng, trong đó có 2 khách sạn.\n`))(
    'lodgings, their rooms and the hotels among them are count targets (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2028, 90000, 'count'],
        [2028, 8, 'count'],
        [2028, 160, 'count'],
        [2028, 2, 'count'],
      ]);
    },
  );
  it.each(both(`Phấn đấu đến năm 2026, Sở kiện toàn 5 phòng, ban chuyên môn.\n`))('rooms are counted only as lodgings’ (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
  it.each(both(`Mục tiêu đến năm 2030 tạo khoảng 120 nghìn lao động trực tiếp trong ngành du lịch.\n`))('jobs in thousands are a count target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 120000, 'count']]);
  });
});

describe('a plan’s roadmap', () => {
  it.each(both(`Theo đó, lộ trình 2024 - 2026 huyện lập 6 hồ sơ xếp hạng di tích. Lập 2 hồ sơ di sản văn hóa phi vật thể.\n`))(
    'cues its counts as aims for its last year, and the sentence after it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2026, 6, 'count'],
        [2026, 2, 'count'],
      ]);
    },
  );
});

describe('a sentence framing its paragraph’s aims without a figure', () => {
  it.each(
    both(
      `Theo Đề án, từ nay đến năm 2027, huyện sẽ phấn đấu bảo tồn các làng nghề truyền thống. Đầu tư xây dựng 03 mô hình làng văn hóa. Khôi phục 5 lễ hội dân gian.\n`,
    ),
  )('makes the counts of the sentences after it aims of its year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2027, 3, 'count'],
      [2027, 5, 'count'],
    ]);
  });
  it.each(both(`Nhiệm kỳ 2019 - 2024, Hội đã nỗ lực thực hiện các mục tiêu mà đại hội đã đề ra. Năm 2019 Hội có 320 hội viên.\n`))(
    'not a term gone by that carried out aims named before (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
    },
  );
});

describe('a page that tells a document in the third person', () => {
  it.each(both(`Quy hoạch cũng đặt mục tiêu đến năm 2030 đón khoảng 3 triệu lượt khách du lịch nội địa.\n`))(
    'a master plan setting aims, told of it, is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
      expect(readTargets(t!)).toEqual([[2030, 3000000, 'count']]);
    },
  );
  it.each(both(`Theo Nghị quyết, từ nay đến năm 2026, tỉnh sẽ phấn đấu có 40% di sản văn hóa phi vật thể được kiểm kê.\n`))(
    'a document told by its kind alone, what a place will do, is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
      expect(readTargets(t!)).toEqual([[2026, 40, 'percent']]);
    },
  );
});

describe('the centre’s Party code printed `TƯ`', () => {
  it.each(
    both(
      `ỦY BAN NHÂN DÂN TỈNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nBẢO TỒN DI SẢN VĂN HÓA NĂM 2025\nThực hiện Nghị quyết số 15-NQ/TƯ ngày 05/5/2022 của Bộ Chính trị về phát triển Thủ đô; Nghị quyết số 09-NQ/TU ngày 22/02/2022 của Tỉnh ủy về công nghiệp văn hóa, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`,
    ),
  )('keeps it, without diacritics too, where the issuer after it is the centre; a province’s stays `TU` (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['15-NQ/TƯ', '09-NQ/TU']);
  });
});

describe('counts told in the future of a plan', () => {
  it.each(both(`Theo kế hoạch, giai đoạn 2023-2026, tỉnh sẽ lập hồ sơ khoa học cho 120 di tích và đầu tư tu bổ 6 di tích cấp quốc gia.\n`))(
    '`sẽ` cues them as aims of the period (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2026, 120, 'count'],
        [2026, 6, 'count'],
      ]);
    },
  );
  it.each(both(`Các nghệ nhân chia sẻ 12 làn điệu dân ca với học sinh tại buổi giao lưu.\n`))('not `chia sẻ`, to share (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});
