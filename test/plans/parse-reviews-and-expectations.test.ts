/**
 * Rules found on the eighteenth held-out set (eval/holdout18/, issue 22: texts that report — libraries', museums' and
 * culture reviews), each in sentences written for the test in the grammar of the domain, clean and without diacritics: a
 * review opened by the span it looks back on (`Sau 5 năm thực hiện …`) tells where things stand, dated too (`Đến năm 2024,
 * toàn huyện có …`, `năm 2023 đạt 90%`), until it turns to what lies ahead; an aim a text says its work served (`góp phần
 * thực hiện mục tiêu …`) is named, not set; what is expected (`Dự kiến năm 2026, …`) and what a plan assigns (`Theo kế hoạch,
 * …`) set counts of visits and stock; a text opening on the part of the year gone by (`Từ đầu năm đến nay, …`) is news;
 * relics counted out of their whole (`5/8 di tích`) are a count; in a review of a year, a paragraph going on listing the work
 * after one that reported reports too.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => [r.year, r.value]);

describe('a review opened by the span it looks back on', () => {
  it.each(
    both(
      `Sau 5 năm thực hiện Kế hoạch, phong trào có nhiều chuyển biến, góp phần thực hiện mục tiêu xây dựng huyện văn minh.\nĐến năm 2024, toàn huyện có 12 nhà văn hóa; tỷ lệ thôn có nhà văn hóa đạt 88%.\nTỷ lệ gia đình văn hóa đạt 91,2%; năm 2023 đạt 90%.\nThời gian tới, huyện phấn đấu đến năm 2030 có 100% thôn có nhà văn hóa.\n`,
    ),
  )('reports where things stand, dated too, until it turns to its aims (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2030, 100, 'percent']]);
    expect(results(t!)).toEqual([
      [2024, 12],
      [2024, 88],
      [null, 91.2],
      [2023, 90],
    ]);
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('what is expected and what a plan assigns', () => {
  it.each(both(`Dự kiến năm 2026, thư viện phục vụ 500.000 lượt bạn đọc.\n`))('an expected count of visits is a target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2026, 500000, 'count']]);
  });
  it.each(
    both(`Từ đầu năm đến nay, Thư viện tỉnh đã cấp 1.200 thẻ bạn đọc.\nTheo kế hoạch, trong năm 2024, Sở giao Thư viện tỉnh bố trí 15 tủ sách cộng đồng.\n`),
  )('a count the plan assigns is a target; the text opening on the year gone by is news (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(readTargets(t!)).toEqual([[2024, 15, 'count']]);
    expect(results(t!)).toEqual([[null, 1200]]);
    expect(p.kind).toBe('news');
  });
});

describe('relics counted out of their whole', () => {
  it.each(both(`Năm 2024, Sở đã bàn giao 7/10 di tích quốc gia cho các huyện quản lý.\n`))('are a count (%s)', (_, t) => {
    expect(results(t!)).toEqual([[2024, 7]]);
  });
  it.each(
    both(
      `Tổng kết công tác bảo tàng năm 2024\nTrong năm 2024, Bảo tàng tỉnh đã tham mưu tổ chức Lễ Giỗ Tổ Hùng Vương.\nPhối hợp với các huyện bàn giao 5/8 di tích cấp tỉnh về địa phương quản lý.\n`,
    ),
  )('in a review of a year, the paragraph going on listing the work reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([[null, 5]]);
  });
  it.each(both(`Kế hoạch năm 2025\nPhối hợp với các huyện bàn giao 5/8 di tích cấp tỉnh về địa phương quản lý.\n`))(
    'in a plan, the same paragraph sets a target (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 5, 'count']]);
    },
  );
});

describe('a paragraph going on from a report', () => {
  it.each(
    both(
      `Năm 2024, Thư viện tỉnh đã cấp mới 900 thẻ bạn đọc.\nBên cạnh công tác phục vụ, Thư viện tỉnh tổ chức nhiều hoạt động như: trưng bày sách Tết; tổ chức 3 cuộc trưng bày sách trực tuyến kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (1954-2024); tổ chức 12 cuộc giới thiệu sách trên sóng phát thanh.\n`,
    ),
  )('reports its counts over its clauses, an anniversary in brackets being no year of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [2024, 900],
      [null, 3],
      [null, 12],
    ]);
  });
  it.each(
    both(
      `Năm 2024, Thư viện tỉnh đã phục vụ 30.000 lượt bạn đọc.\nBên cạnh đó, thư viện luân chuyển đến 9 điểm với gần 5 ngàn bản sách; trưng bày trên 200 tài liệu, hiện vật về Bác Hồ.\n`,
    ),
  )('reports copies in thousands and documents shown (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [2024, 30000],
      [null, 5000],
      [null, 200],
    ]);
  });
});

describe('figures told once', () => {
  it.each(both(`Bảo tàng tỉnh đón hơn 31 nghìn lượt khách\nTrong 6 tháng đầu năm 2024, Bảo tàng tỉnh đón khoảng 31.274 lượt khách đến tham quan.\n`))(
    "a headline giving the body's figure rounded says nothing new (%s)",
    (_, t) => {
      expect(results(t!)).toEqual([[2024, 31274]]);
    },
  );
  it.each(both(`Năm 2024, xe thư viện lưu động đã phục vụ 120 buổi tại các trường học. Mỗi chuyến xe thường có trên 2.000 bản sách các loại.\n`))(
    'what is usual is no result (%s)',
    (_, t) => {
      expect(results(t!)).toEqual([[2024, 120]]);
    },
  );
  it.each(both(`Năm 2024, Thư viện tỉnh đã phục vụ hơn 250.000 lượt bạn đọc; chiếm 70% bạn đọc là học sinh.\n`))(
    "a share brought in by '; chiếm' is the count's (%s)",
    (_, t) => {
      expect(results(t!)).toEqual([[2024, 250000]]);
    },
  );
});
