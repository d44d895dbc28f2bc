/**
 * Rules found on the twenty-fifth held-out set (eval/holdout25/, issue 22: a plain sample of plans told by the press, a
 * decision, reviews and news), each in sentences written for the test in the grammar of the domain, clean and without
 * diacritics: a year after what a value is a share of (`… từ 2 đến 3% tổng chi ngân sách … cho sự nghiệp thư viện vào năm
 * 2025`) is the value's; a photo caption credited in brackets (`… (Nguồn: …)`) restates the body; the units of culture out
 * of their whole (`12/18 nhà văn hóa`, `5/9 trung tâm văn hóa`) are counts; what was set up (`đã thành lập`, `đã ban hành`)
 * and a rate judged with its figures in brackets (`đạt cao (cấp tỉnh đạt 97%, …)`) were done; a text opening on the part of
 * the year gone by without `Trong` (`6 tháng đầu năm, …`), on its posting line (`Đã đăng vào …`) or on a programme carried
 * out and what it brought (`Thực hiện Quyết định …, … đạt được nhiều kết quả`) is news; what each unit of a share has, as a
 * range (`100% xã … có từ 03 - 04 câu lạc bộ`), is one result with the share.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

describe('a year after what the value is a share of', () => {
  it.each(both(`Tỉnh phấn đấu dành từ 2 đến 3% tổng chi ngân sách địa phương cho sự nghiệp thư viện vào năm 2025.\n`))("is the value's (%s)", (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, [2, 3], 'percent']]);
  });
});

describe('a caption credited in brackets restates the body', () => {
  it.each(
    both(
      `Tin tức - Sự kiện\n\nTỉnh Hòa An: Đến năm 2025 phấn đấu hoàn thiện mạng lưới thư viện cơ sở\n\n15 Tháng Ba 2021\n\n(PTTP) - Đó là mục tiêu được đặt ra trong Đề án phát triển văn hóa đọc của tỉnh đến năm 2025.\n\nĐến năm 2025, phấn đấu 60% người dân ở nông thôn được tiếp cận sách báo thường xuyên. (Nguồn: thuvien.example.vn)\n\nĐề án đặt ra mục tiêu chung là nâng cao đời sống tinh thần của người dân.\n\nĐến năm 2025, tỉnh phấn đấu hoàn thiện mạng lưới thư viện cơ sở; sẽ nâng cấp 12/18 thư viện huyện; phấn đấu 60% người dân ở nông thôn được tiếp cận sách báo thường xuyên; trong đó có 40% xã có điểm đọc sách; 85% trường học có thư viện đạt chuẩn\n`,
    ),
  )('one target, not two (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 12, 'count'],
      [2025, 60, 'percent'],
      [2025, 40, 'percent'],
      [2025, 85, 'percent'],
    ]);
  });
});

describe('units of culture out of their whole', () => {
  it.each(both(`Đến năm 2025, tỉnh sẽ nâng cấp 12/18 nhà văn hóa xã và 5/9 trung tâm văn hóa huyện.\n`))('are counts (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 12, 'count'],
      [2025, 5, 'count'],
    ]);
  });
});

describe('what was set up, and a rate judged, were done', () => {
  it.each(both(`Nghị quyết về phát triển văn hóa đến năm 2030 được quán triệt sâu rộng. Trong tỉnh, 95% trường học đã thành lập câu lạc bộ đọc sách.\n`))(
    'đã thành lập (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
    },
  );
  it.each(
    both(
      `Nghị quyết về phát triển văn hóa đến năm 2030 được quán triệt sâu rộng, tỷ lệ cán bộ tham gia các lớp bồi dưỡng đạt cao (cấp tỉnh đạt 97%, cấp huyện đạt 92%).\n`,
    ),
  )('đạt cao (…) (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('news by its opening', () => {
  it.each(both(`6 tháng đầu năm, thư viện huyện đã phục vụ 3.200 lượt bạn đọc, luân chuyển 1.500 bản sách xuống cơ sở.\n`))(
    'the part of the year gone by (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
  it.each(
    both(
      `Chọn cỡ chữ để đọc bài viết.\n\nĐã đăng vào 05 Th3, 2021 lúc 8:15\n\nNăm 2020 toàn tỉnh có 95% hộ gia đình đạt danh hiệu gia đình văn hóa, 41/120 xã đạt chuẩn văn hóa nông thôn mới.\n`,
    ),
  )('a posting line (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
  it.each(
    both(
      `Thực hiện Quyết định số 1520/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ, hoạt động của các thư viện trong tỉnh có nhiều chuyển biến, qua đó đạt được nhiều kết quả. Năm 2023, toàn tỉnh có 12 cuộc trưng bày sách, 3 hội thi kể chuyện.\n`,
    ),
  )('a programme carried out and what it brought (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('what each unit of a share has, as a range', () => {
  it.each(both(`Tính đến năm 2023 có 100% xã trong huyện có từ 03 - 04 câu lạc bộ văn nghệ; thu hút trên 40% dân số tham gia sinh hoạt văn hóa.\n`))(
    'is one result with the share (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(parsePlan(t!).results.map((r) => r.value)).toEqual([100, 40]);
    },
  );
});
