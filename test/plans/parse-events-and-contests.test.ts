/**
 * Rules found on the twentieth held-out set (eval/holdout20/, issue 22: the programme's events and the plans for them —
 * reading contests, Heritage Day, the Lifelong Learning Week, Book Day, book festivals), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: a figure with no year of its own nor any the text runs
 * to, and no cue of aim, is what an event reached (`Hội sách đạt hơn 50.000 lượt khách`), while an aim so set with no year
 * is for the year of the page that tells it (the index's ` date 2025-…` line); the term of a title a person holds
 * (`Đại sứ … nhiệm kỳ 2023-2024`) is no term of the text; a contest's entries (`bài dự thi`) and the pupils and students it
 * drew (`1.250.000 học sinh, sinh viên`, `hơn 2 triệu học sinh`) are counts; what was received (`đã nhận được`), the span of
 * an event gone by (`sau 3 tháng phát động`, `Trong năm ngày diễn ra`) and the editions held (`tổ chức từ năm 2020 đến năm
 * 2024, thu hút …`) report; a page opening on its statistics by the organisers (`Theo thống kê của ban tổ chức, …`), on a
 * byline with its time, or on an event's span of days (`- Từ ngày 15/4 đến 5/5, Thư viện …`) is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => [r.year, r.value]);

describe('a figure with no year and no cue of aim', () => {
  it.each(
    both(
      `Hội sách mùa xuân khép lại sau sáu ngày tổ chức.\nTại công viên trung tâm, hội sách đạt hơn 50.000 lượt khách, còn điểm phụ đón khoảng 12.000 lượt người.\nSố bản sách bán ra đạt gần 40.000 bản.\n`,
    ),
  )('is what an event reached, not an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!).map((r) => r[1])).toEqual([50000, 12000, 40000]);
  });
  it.each(both(` date 2024-10-02 Câu lạc bộ đọc sách mở rộng hoạt động.\nMục tiêu của câu lạc bộ là xây dựng 200 tủ sách cho các trường vùng khó.\n`))(
    'an aim so set is for the year of the page that tells it (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2024, 200, 'count']]);
    },
  );
  it.each(
    both(
      `Ban chỉ đạo yêu cầu các cấp tiếp tục triển khai kế hoạch.\nMục tiêu: Duy trì kết quả xóa mù chữ ở 45/45 xã, phường. Củng cố chuẩn phổ cập giáo dục tiểu học: 07 huyện đạt mức độ 3.\n`,
    ),
  )('goes on setting aims in a paragraph an aim opened, though the sentence names none (%s)', (_, t) => {
    expect(readTargets(t!).map((x) => x[1])).toEqual([45, 7]);
    expect(results(t!)).toEqual([]);
  });
  it.each(
    both(
      ` date 2024-10-02 Nhà văn Lê Minh, Đại sứ Văn hóa đọc tỉnh nhiệm kỳ 2022-2023, cùng tham gia chương trình.\nMục tiêu của chương trình là trao 300 tủ sách cho thư viện cộng đồng.\n`,
    ),
  )('the term of a title a person holds is no term of the text (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2024, 300, 'count']]);
  });
  it.each(both(`Kế hoạch phát triển văn hóa đọc đến năm 2025\nPhấn đấu 100% trường học có thư viện đạt chuẩn.\n`))(
    'a plan with its horizon keeps its undated aims (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([[2025, 100, 'percent']]);
    },
  );
});

describe('what a contest drew', () => {
  it.each(both(`Ban Tổ chức đã nhận được hơn 12.000 bài dự thi của học sinh 95 trường.\n`))('entries received are a result (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([[null, 12000]]);
  });
  it.each(
    both(
      `Cuộc thi của tỉnh tổ chức từ năm 2020 đến năm 2024, thu hút hơn 300.000 bài dự thi.\nRiêng năm 2024, sau 3 tháng phát động, cuộc thi thu hút gần 70.000 bài dự thi; hơn 900 bài được lựa chọn vào vòng tỉnh.\n`,
    ),
  )('the editions held and the span of the launch gone by report (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!).map((r) => r[1])).toEqual([300000, 70000, 900]);
  });
  it.each(
    both(
      `Năm 2023, cuộc thi đã có sự tham gia của hơn 2 triệu học sinh, sinh viên.\nNăm 2024, cuộc thi thu hút hơn 1.250.000 học sinh, sinh viên từ 6.000 trường.\n`,
    ),
  )('the pupils and students it drew are counts (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([
      [2023, 2000000],
      [2024, 1250000],
    ]);
  });
  it.each(both(`Trong năm ngày diễn ra hội sách, 45 hoạt động được tổ chức.\n`))('the span of an event gone by reports its activities (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([[null, 45]]);
  });
  it.each(both(`Kế hoạch năm 2025\nPhấn đấu cuộc thi thu hút 80.000 bài dự thi.\n`))('entries a plan aims at are a target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 80000, 'count']]);
  });
});

describe('news of an event', () => {
  it.each(both(` date 2025-02 Theo thống kê của ban tổ chức, hội sách đón hơn 20.000 lượt khách.\n`))(
    "a page opening on the organisers' statistics is news (%s)",
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
  it.each(
    both(
      `Nhân Ngày Di sản văn hóa Việt Nam, nhiều di tích đón khách miễn phí.\nVăn hóa\n\nMinh Anh 09:15 23/11/2024\n\nCác bảo tàng của thành phố cũng mở cửa miễn phí trong ngày 23.11.\n`,
    ),
  )('a page with a byline and its time is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
  it.each(
    both(`Thư viện tỉnh: Trưng bày sách hưởng ứng Ngày Sách\n- Từ ngày 15/4 đến 5/5, Thư viện tỉnh tổ chức gian trưng bày sách về lịch sử địa phương.\n`),
  )("a page opening on an event's span of days is news (%s)", (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});
