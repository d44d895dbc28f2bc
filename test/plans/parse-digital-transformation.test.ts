/**
 * Rules found on the twenty-seventh held-out set (eval/holdout27/, issue 22: the digital transformation of libraries,
 * museums and heritage), each in sentences written for the test in the grammar of the domain, clean and without
 * diacritics: what a museum, an archive or a place holds, told in the present (`lưu giữ`, `sở hữu`, `hiện có`, `… có N di
 * tích đã được xếp hạng`), is neither a result nor an aim, though work done on it is a result and an aim set on it stays one;
 * a page telling what a named museum holds, quoting someone in the first person, an official by office and name, what an
 * institution did with a manner between (`đã nhanh chóng xây dựng`), or where a named place stands up to a day, is news.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const resultValues = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('what an institution or a place holds', () => {
  it.each(
    both(
      `Bảo tàng tỉnh Quảng Trị hiện lưu giữ gần 25.000 hiện vật gốc, trưng bày gần 1.200 hiện vật, hình ảnh và 54 di tích được giới thiệu trên không gian số. Năm 2024, bảo tàng đã số hóa 320 hiện vật tiêu biểu.\n`,
    ),
  )('is its holdings, neither a result nor an aim; what was digitised is a result (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toEqual([320]);
  });

  it.each(
    both(
      `Tính đến tháng 6 năm 2025, tỉnh Kon Tum có 112 di tích đã được xếp hạng, trong đó có 02 di tích quốc gia đặc biệt, 18 di tích quốc gia và 92 di tích cấp tỉnh. Ngoài ra, toàn tỉnh có hơn 400 di tích trong danh mục kiểm kê.\n`,
    ),
  )('a place’s relics up to a day, and its parts, are an inventory (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toEqual([]);
  });

  it.each(both(`Nước ta hiện có 180 bảo tàng, trong đó 40 bảo tàng của bộ, ngành và 95 bảo tàng ở tỉnh, thành phố.\n`))(
    'so are the country’s museums (%s)',
    (_, t) => {
      expect(resultValues(t!)).toEqual([]);
    },
  );

  it.each(both(`Năm 2024, toàn tỉnh có 12 di tích cấp quốc gia và cấp tỉnh được tu bổ, tôn tạo; Bảo tàng tỉnh đã sưu tầm 560 hiện vật.\n`))(
    'but work done on what a place has is a result (%s)',
    (_, t) => {
      expect(resultValues(t!)).toEqual([12, 560]);
    },
  );

  it.each(both(`Phấn đấu đến năm 2030, Bảo tàng tỉnh lưu giữ 40.000 hiện vật và có 05 bảo tàng ngoài công lập.\n`))(
    'and a holding set as an aim stays one (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2030, 40000, 'count'],
        [2030, 5, 'count'],
      ]);
    },
  );
});

describe('a page without a headline or a dateline', () => {
  it.each(
    both(
      `Số hóa là hướng đi tất yếu của các bảo tàng trong thời đại số.\n\nSở hữu hơn 20.000 hiện vật, Bảo tàng tỉnh Hà Nam được biết đến là điểm đến của nhiều đoàn học sinh.\n`,
    ),
  )('telling what a named museum holds is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(
    both(
      `Chuyển đổi số mở ra cách tiếp cận mới với di sản.\n\n“Số tài liệu được số hóa còn ít, nhưng trong thời gian tới chúng tôi sẽ mở rộng kho dữ liệu số”, đại diện thư viện chia sẻ.\n`,
    ),
  )('quoting someone in the first person is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(both(`Kho lưu trữ đã được số hóa từng bước.\n\nGiám đốc Trung tâm Lưu trữ lịch sử tỉnh Nguyễn Văn Bình cho biết, đơn vị đang số hóa tài liệu.\n`))(
    'an official told by office and name is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );

  it.each(
    both(
      `Những năm gần đây, chuyển đổi số trong bảo tàng được đẩy mạnh.\n\nNắm bắt xu thế, Bảo tàng Hùng Vương đã nhanh chóng xây dựng kế hoạch số hóa hiện vật.\n`,
    ),
  )('what an institution did, a manner between, is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(both(`Công tác quản lý di tích được tin học hóa.\n\nTính đến tháng 9 năm 2024, tỉnh Lào Cai có 207 di tích đã được xếp hạng.\n`))(
    'where a named place stands up to a day is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
});

describe('what a museum digitised', () => {
  it.each(both(`Từ cuối năm 2023, với việc số hóa 4 bảo vật quốc gia, khách tham quan đã có thêm nhiều trải nghiệm.\n`))(
    'counts the national treasures digitised as a result (%s)',
    (_, t) => {
      expect(resultValues(t!)).toEqual([4]);
      expect(readTargets(t!)).toEqual([]);
    },
  );

  it.each(both(`Năm 2024, bảo tàng đã hoàn thành hồ sơ khoa học đề nghị công nhận 3 bảo vật quốc gia.\n`))(
    'but not the treasures a dossier asks to be recognised, an honour (%s)',
    (_, t) => {
      expect(resultValues(t!)).toEqual([]);
    },
  );

  it.each(both(`Tổng số hiện vật được số hóa còn khiêm tốn, chỉ có 520 hiện vật, chủ yếu là hiện vật trưng bày.\n`))(
    'the total of what has been digitised is a result (%s)',
    (_, t) => {
      expect(resultValues(t!)).toEqual([520]);
      expect(readTargets(t!)).toEqual([]);
    },
  );
});

describe('a sub-heading of a page that breaks its paragraphs by a single line', () => {
  it.each(
    both(
      `Thư viện số mở rộng cơ hội đọc\n- Bạn đọc nhỏ với sách điện tử\n- Thư viện lưu động về vùng cao\nSố hóa 80% tài liệu địa chí tại thư viện tỉnh\nTheo kế hoạch, đến năm 2025, 80% tài liệu địa chí của thư viện tỉnh được số hóa. 100% thư viện cấp huyện có trang thông tin điện tử.\n`,
    ),
  )('restating the paragraph under it, is no target of its own (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 80, 'percent'],
      [2025, 100, 'percent'],
    ]);
  });
});

describe('the heritage digitisation programme named by its title', () => {
  it.each(
    both(
      `Số hóa di sản trên địa bàn tỉnh\n\n(BĐT) - Thực hiện Chương trình số hóa Di sản văn hóa giai đoạn 2021 – 2030 trên địa bàn tỉnh, Sở Văn hóa sẽ số hóa hồ sơ di tích. Mục tiêu đến năm 2030, 100% di tích quốc gia được số hóa.\n`,
    ),
  )('is Decision 2026/QĐ-TTg (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('2026/QĐ-TTg');
  });

  it.each(
    both(
      `Bảo tàng tỉnh đẩy mạnh số hóa\n\nCăn cứ hướng dẫn của Bộ về thực hiện Chương trình số hóa Di sản văn hóa Việt Nam giai đoạn 2021 - 2030, thời gian qua Bảo tàng tỉnh đã số hóa 200 hiện vật.\n`,
    ),
  )('with the nation’s name too (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('2026/QĐ-TTg');
  });

  it.each(
    both(
      `Thành phố số hóa di sản\n\n(CT) - UBND thành phố vừa ban hành Chương trình số hóa Di sản văn hóa thành phố giai đoạn 2023 - 2030 với nhiều nhiệm vụ.\n`,
    ),
  )('but not a city’s own programme (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBeNull();
  });
});

describe('a decision copied without its first article', () => {
  it.each(
    both(
      `BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 1234/QĐ-BVHTTDL\nHà Nội, ngày 10 tháng 3 năm 2025\nBAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH THƯ VIỆN NĂM 2025\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCăn cứ Luật Thư viện số 46/2019/QH14 ngày 21 tháng 11 năm 2019;\nCăn cứ Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ;\nTheo đề nghị của Vụ trưởng Vụ Thư viện.\nQUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nKẾ HOẠCH\n1. Căn cứ chính trị\n- Căn cứ Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị.\n`,
    ),
  )('keeps the grounds above its formula as its basis, not those of what it issues (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('decision');
    expect(p.number).toBe('1234/QĐ-BVHTTDL');
    expect(p.date).toBe('2025-03-10');
    expect(p.basis.map((b) => b.number)).toEqual(['46/2019/QH14', '43/2025/NĐ-CP']);
  });
});
