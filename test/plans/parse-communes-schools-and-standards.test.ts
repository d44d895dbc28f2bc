/**
 * Rules found on the nineteenth held-out set (eval/holdout19/, issue 22: plans of districts, communes, a school and
 * departments and the pages that state them), each in sentences written for the test in the grammar of the domain, clean
 * and without diacritics: the term of a plan a text says is being carried on (`tiếp tục triển khai Kế hoạch … đến năm
 * 2030`) is that plan's, no year for the aims the text then sets; a line of aims keeping a standard counts the districts
 * to reach its level (`Duy trì chuẩn …: 07 huyện/thị xã đạt mức độ 3, 02 huyện mức độ 2`), a count told with its own share
 * being that share; a sentence opening on what there is up to now (`Đến nay, …`) reports, a floor in it that bounds no
 * figure (`ít nhất một người`) no aim; the shares of wards, hamlets and citizens (`5/5 khu phố`, `320/320 công dân`) and the
 * accounts a movement opens are counted; a text opening on what a body asked of others (`Ban Chỉ đạo … yêu cầu các cấp …`)
 * is a story; a steering committee's code keeps its Đ (`BCĐQG`).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);

describe('the term of a plan carried on', () => {
  it.each(
    both(
      `Ban Chỉ đạo xây dựng xã hội học tập huyện yêu cầu các phòng, ban tiếp tục triển khai Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” đến năm 2030.\n\nMục tiêu: Duy trì 100% xã đạt chuẩn xóa mù chữ mức độ 2; 95% người mới biết chữ tiếp tục học tập.\n`,
    ),
  )('gives no year to the aims the text sets, and the text is a story of what the body asked (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [null, 100, 'percent'],
      [null, 95, 'percent'],
    ]);
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(
    both(
      `UBND huyện vừa ban hành Kế hoạch thực hiện Đề án xây dựng xã hội học tập đến năm 2030.\n\nTheo đó, phấn đấu 100% xã có trung tâm học tập cộng đồng hoạt động hiệu quả.\n`,
    ),
  )('while the term of the plan the text tells of is the aims’ own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 100, 'percent']]);
  });
});

describe('a line of aims that keeps a standard', () => {
  it.each(
    both(
      `Kế hoạch năm 2024. Mục tiêu: Duy trì 100% xã đạt chuẩn phổ cập giáo dục mầm non. Củng cố và duy trì chuẩn phổ cập giáo dục tiểu học: 07 huyện/thị xã đạt mức độ 3, 02 huyện mức độ 2.\n`,
    ),
  )('counts the districts to reach each level, not the levels (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2024, 100, 'percent'],
      [2024, 7, 'count'],
      [2024, 2, 'count'],
    ]);
  });

  it.each(both(`Năm 2023, huyện đã duy trì chuẩn phổ cập giáo dục tiểu học: 07 huyện/thị xã đạt mức độ 3.\n`))('but a standard kept is no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });

  it.each(both(`Sau 5 năm thực hiện, toàn huyện có 1.204 gia đình học tập (chiếm 35,2%), 12 thôn/tổ dân phố được công nhận cộng đồng học tập (70,6%).\n`))(
    'and a count told with its own share is that share (%s)',
    (_, t) => {
      expect(results(t!)).toEqual([35.2, 70.6]);
    },
  );
});

describe('what there is up to now', () => {
  it.each(both(`Đến nay, Hội Khuyến học phường có 2.130 hội viên, chiếm 31,5% dân số, hầu hết các hộ đều có ít nhất một hội viên.\n`))(
    'is reported, a floor that bounds no figure in it no aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(results(t!)).toEqual([31.5]);
    },
  );

  it.each(both(`Năm 2025, Hội phấn đấu mỗi chi hội có ít nhất 1 lớp sinh hoạt chuyên đề; 40% hội viên đạt danh hiệu công dân học tập.\n`))(
    'while a floor of an aim still sets it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toContainEqual([2025, 40, 'percent']);
    },
  );
});

describe('the shares and counts of a ward', () => {
  it.each(
    both(
      `Tính đến hết năm 2025, toàn xã đã có 1.450/1.600 hộ đạt gia đình học tập; có 5/5 khu phố đạt danh hiệu “Cộng đồng học tập”; có 9/9 ấp được công nhận; có 320/320 công dân đạt danh hiệu “Công dân học tập”. Hội đã hướng dẫn người dân đăng ký với hơn 2.100 tài khoản được tạo lập.\n`,
    ),
  )('are its results (%s)', (_, t) => {
    expect(results(t!)).toEqual([1450, 5, 9, 320, 2100]);
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a steering committee’s code', () => {
  it.each(
    both(
      `ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 215/KH-UBND\n\nAn Phú, ngày 10 tháng 3 năm 2014\n\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN “XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2012 - 2020”\n\nCăn cứ Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ;\nThực hiện Công văn số 822/BCĐQG-XHHT ngày 30/01/2013 của Ban chỉ đạo Quốc gia xây dựng xã hội học tập;\n\nI. MỤC TIÊU\n`,
    ),
  )('keeps its Đ when the scan drops it (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['89/QĐ-TTg', '822/BCĐQG-XHHT']);
  });
});
