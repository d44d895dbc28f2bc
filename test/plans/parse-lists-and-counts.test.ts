/**
 * Rules found on the fourth held-out set (eval/holdout4/, issue 22), each in sentences written for
 * the test in the grammar of the domain, clean and without diacritics: "thực hiện có" is no "hiện
 * có"; a stray line inside a bullet list does not end the list's heading; counts of people in
 * thousands and millions; "ít nhất 02-03 không gian đọc"; a news headline's far aim is not the term
 * of the plan the body names; the Đ of an education office given back in any part of a code; the date
 * after a cited code is the cited document's, not the news item's; a plan published as a web page
 * (its own title, Roman sections, no number) is a plan.
 */
import { describe, expect, it } from 'vitest';
import { repairCode } from '../../src/plans/parse/citations.ts';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const COMMUNE = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ                            Độc lập - Tự do - Hạnh phúc
Số: 07/KH-UBND                    An Phú, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập năm 2024
`;

describe('"thực hiện có" is a verb and its object, not "hiện có" (what there is now)', () => {
  it.each(
    both(`${COMMUNE}I. MỤC TIÊU, CHỈ TIÊU
1. Chỉ tiêu
1. Có 95% hộ gia đình đăng ký và thực hiện có hiệu quả danh hiệu “Gia đình học tập”.
`),
  )('a commune target phrased with "thực hiện có hiệu quả" stays a target of the plan year (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(readTargets(t!)).toEqual([[2024, 95, 'percent']]);
    expect(p.results).toEqual([]);
  });

  it.each(both(`${COMMUNE}II. KẾT QUẢ NĂM 2023\nHiện có 62% hộ gia đình đạt danh hiệu “Gia đình học tập”.\n`))(
    '"hiện có" on its own still reports what there is (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(parsePlan(t!).results.map((r) => r.value)).toEqual([62]);
    },
  );
});

const DISTRICT = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN BÌNH SƠN                       Độc lập - Tự do - Hạnh phúc
Số: 31/KH-UBND                    Bình Sơn, ngày 02 tháng 4 năm 2024
KẾ HOẠCH
Đẩy mạnh học tập suốt đời giai đoạn 2024 - 2030
`;

describe('a line without marker, figure or year inside a bullet list does not end its heading', () => {
  const NEWS = `Bình Sơn đẩy mạnh học tập suốt đời giai đoạn 2024-2030

Theo kế hoạch, huyện đặt mục tiêu cụ thể đến năm 2026 như sau:

– 75% gia đình đạt danh hiệu “Gia đình học tập”.

– 60% dòng họ đạt danh hiệu “Dòng họ học tập”.

Xem thêm: Hướng dẫn chấm điểm các danh hiệu học tập

– 85% cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”.
`;
  it.each(both(NEWS))('the items after a "Xem thêm" paragraph keep the heading year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 75, 'percent'],
      [2026, 60, 'percent'],
      [2026, 85, 'percent'],
    ]);
  });

  it.each(both(NEWS.replace('Xem thêm: Hướng dẫn chấm điểm các danh hiệu học tập', 'Định hướng đến năm 2030:')))(
    'a heading with its own year between the bullets still ends the first (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2026, 75, 'percent'],
        [2026, 60, 'percent'],
        [2030, 85, 'percent'],
      ]);
    },
  );
});

describe('counts of people in thousands and millions', () => {
  it.each(
    both(`${DISTRICT}I. MỤC TIÊU
1. Mục tiêu đến năm 2027: xóa mù chữ cho 12 nghìn người, nâng tỷ lệ biết chữ đạt 97,5%.
2. Mục tiêu đến năm 2030: xóa mù chữ cho 1,5 triệu người trong độ tuổi 15 - 60.
`),
  )('"12 nghìn người" and "1,5 triệu người" are counts of their year (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2027, 12_000, 'count'],
      [2027, 97.5, 'percent'],
      [2030, 1_500_000, 'count'],
    ]);
    expect(parsePlan(t!).targets[0]!.unit).toBe('người');
  });

  it.each(both(`${DISTRICT}II. KẾT QUẢ\nNăm qua toàn huyện mở lớp cho 4 nghìn người.\n`))('a count told without a cue reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('"ít nhất 02-03 không gian đọc": a count range with its floor word', () => {
  it.each(both(`${DISTRICT}I. MỤC TIÊU\nTrong năm 2025, xây dựng ít nhất 02-03 không gian đọc sách tại các xã.\n`))('is a count of 2 to 3 (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, [2, 3], 'count']]);
  });
});

describe("a news headline's far aim is not the term of the plan the body names", () => {
  const NEWS = `Phấn đấu vào năm 2035, Ninh Sơn trở thành huyện học tập

UBND huyện Ninh Sơn vừa ban hành Kế hoạch số 15/KH-UBND về phát triển văn hóa đọc đến năm 2028, định hướng đến năm 2035.

Theo kế hoạch, đến năm 2028, phấn đấu 70% học sinh sử dụng thư viện thường xuyên.

Mục tiêu của huyện là 60% trường học có thư viện đạt chuẩn; 45% người dân có kỹ năng đọc.
`;
  it.each(both(NEWS))('a paragraph with no year takes the plan term, 2028, not the headline 2035 (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2028, 70, 'percent'],
      [2028, 60, 'percent'],
      [2028, 45, 'percent'],
    ]);
  });

  it.each(both(NEWS.replace('vào năm 2035', 'đến năm 2027').replace('Phấn đấu', 'Phấn đấu 80% trường học có thư viện')))(
    'a headline nearer than the plan keeps its own year (%s)',
    (_, t) => {
      expect(readTargets(t!).slice(-2)).toEqual([
        [2027, 60, 'percent'],
        [2027, 45, 'percent'],
      ]);
    },
  );
});

describe('the Đ of an education office is given back in any part of a code', () => {
  it('Bộ, Sở and Phòng GDĐT, at the end or inside a joint code', () => {
    expect(repairCode('TT-BGDDT')).toBe('TT-BGDĐT');
    expect(repairCode('KHLT-PGDDT-HKH')).toBe('KHLT-PGDĐT-HKH');
    expect(repairCode('TTr-SGDPT')).toBe('TTr-SGDĐT');
    expect(repairCode('KH-UBND')).toBe('KH-UBND');
  });

  it.each(
    both(`${COMMUNE}Căn cứ Kế hoạch liên tịch số 52/KHLT-PGDĐT-HKH ngày 03/3/2023 của Phòng Giáo dục và Đào tạo và Hội Khuyến học huyện;
I. CHỈ TIÊU
1. Có 90% gia đình đăng ký danh hiệu “Gia đình học tập”.
`),
  )('a joint plan of the district education office keeps its code (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['52/KHLT-PGDĐT-HKH']);
  });
});

describe("the date after a cited code is the cited document's", () => {
  const NEWS = `Phấn đấu đến năm 2030, 95% xã đạt chuẩn xóa mù chữ mức độ 2

Bộ Giáo dục và Đào tạo vừa ban hành Quyết định 1102/QĐ-BGDĐT, ngày 12/6/2024 phê duyệt kế hoạch xóa mù chữ. Theo đó, đến năm 2030, 95% xã đạt chuẩn xóa mù chữ mức độ 2.
`;
  it.each(both(NEWS))('a news item citing "Quyết định N/…, ngày …" has no date of its own (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.date).toBeNull();
    expect(p.basis.map((b) => b.number)).toContain('1102/QĐ-BGDĐT');
  });

  it.each(
    both(
      `${COMMUNE.replace('An Phú, ngày 10 tháng 01 năm 2024', '').replace('Số: 07/KH-UBND', 'Số: 07/KH-UBND, ngày 10 tháng 01 năm 2024')}I. CHỈ TIÊU\n1. Có 90% gia đình đăng ký danh hiệu “Gia đình học tập”.\n`,
    ),
  )('a plan\'s own "Số: N/KH-UBND, ngày …" keeps its date (%s)', (_, t) => {
    expect(parsePlan(t!).date).toBe('2024-01-10');
  });
});

describe('a plan published as a web page is a plan, a news item about a plan is news', () => {
  const PAGE = `Kế hoạch xây dựng xã hội học tập năm 2025 trên địa bàn xã Hòa Bình
Ngày cập nhật 14/02/2025

UBND xã xây dựng kế hoạch thực hiện trên địa bàn xã như sau:

I. MỤC TIÊU

- 85% gia đình đạt danh hiệu “Gia đình học tập”;

II. TỔ CHỨC THỰC HIỆN

Giao công chức Văn hóa - Xã hội theo dõi, tổng hợp kết quả.
`;
  it.each(both(PAGE))('its own "Kế hoạch …" title and Roman sections make it a plan (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('plan');
  });

  it.each(
    both(
      'Kế hoạch mới giúp xã Hòa Bình đẩy mạnh học tập\n\nUBND xã vừa ban hành kế hoạch xây dựng xã hội học tập năm 2025, phấn đấu 85% gia đình đạt danh hiệu “Gia đình học tập”.\n',
    ),
  )('a headline that merely starts with "Kế hoạch" over running prose stays news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});
