/**
 * Rules found on the sixth held-out set (eval/holdout6/, issue 22), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: a sentence that goes on from a
 * report (`Theo đó, …`, `Cạnh đó, …`) keeps reporting; a change told from a bare year to a later one
 * (`Năm 2017, đạt 55%, đến cuối năm 2022 đạt 76%`) and figures from statistics report results;
 * `Trong giai đoạn này, …` keeps the phase of the paragraph before; a count of people in figures
 * (`15.000 người`); a page's menu above its headline; pages that talk about a document are news;
 * the basis is read between a document's own number line and its first numbered part; a decision's
 * `QUYẾT ĐỊNH:` formula is not its title; a movement named without its programme names none; a
 * headline’s fraction the body gives again.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);

describe('a sentence that goes on from a report keeps reporting', () => {
  const REVIEW = `Hội nghị tổng kết phong trào học tập của huyện Sơn Tịnh\n\nSau 4 năm thực hiện, toàn huyện đã có 12.500 gia đình được công nhận “Gia đình học tập”, đạt 78%. Theo đó, số dòng họ học tập đạt gần 64%, số cộng đồng học tập đạt 90%. Cạnh đó, 9/9 xã được công nhận đơn vị học tập.\n`;
  it.each(both(REVIEW))('"Theo đó, …" and "Cạnh đó, …" after "đã có …" are results, not targets (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([78, 64, 90, 9]);
  });

  it.each(
    both(
      `Hội nghị tổng kết phong trào học tập của huyện Sơn Tịnh\n\nSau 4 năm thực hiện, toàn huyện đã có 12.500 gia đình được công nhận “Gia đình học tập”, đạt 78%. Theo đó, huyện phấn đấu đến năm 2027 có 85% gia đình đạt danh hiệu.\n`,
    ),
  )('one with an aim of its own ("phấn đấu đến năm 2027") sets a target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2027, 85, 'percent']]);
  });
});

describe('a report’s paragraph goes on reporting', () => {
  it.each(
    both(
      `Phong trào học tập ở huyện Sơn Tịnh\n\nTrong 3 năm (2020-2023), huyện có 21.400 gia đình đăng ký gia đình học tập, đạt 71,5% tổng số hộ. Có 40 dòng họ học tập và 75 cộng đồng học tập, đạt tỷ lệ 100%.\nĐến thời điểm hiện tại, có 12/12 xã đạt danh hiệu đơn vị học tập.\n`,
    ),
  )('a sentence without a year or an aim after a result, and "Đến thời điểm hiện tại", report (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([71.5, 100, 12]);
  });

  it.each(
    both(
      `Phong trào học tập ở huyện Sơn Tịnh\n\nĐến nay, huyện đã có 60% gia đình đạt danh hiệu gia đình học tập. Đến năm 2027, phấn đấu 80% gia đình đạt danh hiệu.\n`,
    ),
  )('a sentence with a year to reach after a result sets a target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2027, 80, 'percent']]);
  });
});

describe('a change told from a bare year to a later one is a result', () => {
  it.each(
    both(
      `Phong trào học tập ở huyện Sơn Tịnh\n\nNhững năm qua, số dòng họ học tập không ngừng tăng. Năm 2017, tỷ lệ dòng họ học tập đạt 55%, đến cuối năm 2022 đạt 76%.\n`,
    ),
  )('"Năm 2017, … đạt 55%, đến cuối năm 2022 đạt 76%" reports both (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([55, 76]);
  });

  it.each(
    both(`Kế hoạch xóa mù chữ của huyện Sơn Tịnh\n\nHuyện đặt mục tiêu năm 2026 có 70% và đến năm 2030 có 85% số người mới biết chữ tiếp tục học tập.\n`),
  )('with an aim ("đặt mục tiêu") the two years are milestones (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 70, 'percent'],
      [2030, 85, 'percent'],
    ]);
  });
});

describe('figures from statistics are results', () => {
  it.each(
    both(
      `Thư viện huyện Sơn Tịnh phục vụ bạn đọc nông thôn\n\nTheo số liệu thống kê, trong giai đoạn 2019 - 2022 thư viện huyện đạt trên 52.000 lượt bạn đọc.\n`,
    ),
  )('"Theo số liệu thống kê, … đạt trên 52.000 lượt" (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([52000]);
  });
});

describe('"Trong giai đoạn này" keeps the phase of the paragraph before', () => {
  it.each(
    both(
      `Huyện Sơn Tịnh xây dựng mô hình công dân học tập giai đoạn 2023 - 2030\n\nKế hoạch chia làm 2 giai đoạn. Giai đoạn 1, đến năm 2026, huyện phấn đấu: 100% cán bộ Hội Khuyến học được quán triệt tiêu chí; 45% người lớn đạt danh hiệu “Công dân học tập”.\nTrong giai đoạn này, huyện cũng phấn đấu có 65% người đạt danh hiệu có kỹ năng số.\nGiai đoạn 2, đến năm 2030, 70% người lớn đạt danh hiệu “Công dân học tập”.\n`,
    ),
  )('its 65% is for 2026, not the 2030 of the title (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 100, 'percent'],
      [2026, 45, 'percent'],
      [2026, 65, 'percent'],
      [2030, 70, 'percent'],
    ]);
  });
});

describe('a count of people written in figures', () => {
  it.each(both(`Kế hoạch xóa mù chữ của tỉnh\n\nĐến năm 2027, xóa mù chữ cho 15.000 người trong độ tuổi 15 - 60, nâng tỷ lệ biết chữ đạt 97%.\n`))(
    '"15.000 người" is a count target (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([
        [2027, 15000, 'count'],
        [2027, 97, 'percent'],
      ]);
    },
  );
});

describe('the furniture of a web page', () => {
  it.each(
    both(
      `TIN NỔI BẬT * THỜI SỰ * GIÁO DỤC * VĂN HÓA\n\nĐến năm 2027, 90% xã có tủ sách cộng đồng\n\n08-03-2024 09:15\nUBND tỉnh vừa ban hành kế hoạch phát triển văn hóa đọc. Theo đó, phấn đấu đến năm 2027, 90% xã có tủ sách cộng đồng.\n`,
    ),
  )('a menu line above the headline is no headline: the headline’s target counts once (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toMatch(/tủ sách cộng đồng|tu sach cong dong/);
    expect(readTargets(t!)).toEqual([[2027, 90, 'percent']]);
  });

  it.each(
    both(
      `12/04/2023 08:30\nThư viện tỉnh luân chuyển sách về cơ sở.\nNăm 2023, thực hiện chỉ tiêu phấn đấu có 30% người dân nông thôn được tiếp cận thư viện.\n`,
    ),
  )('a page opening on its dateline is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(
    both(
      `Nâng cao dân trí là mục tiêu xuyên suốt của tỉnh. Đó là nội dung của Kế hoạch số 118/KH-UBND của UBND tỉnh về xây dựng xã hội học tập. Theo kế hoạch, đến năm 2027, 70% xã đạt danh hiệu cộng đồng học tập, thư viện và bảo tàng mở cửa cho người học.\n`,
    ),
  )('a text without a header that names a plan by its number in a sentence of its own is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });

  it.each(
    both(
      `Tại Hội thảo, các đại biểu đánh giá kết quả xây dựng thư viện cơ sở; đến nay toàn tỉnh đã có 120 thư viện xã, chiếm 80%. Ủy ban nhân dân tỉnh đã có Kế hoạch số 75/KH-UBND về phát triển văn hóa đọc.\n`,
    ),
  )('a text telling an event ("Tại Hội thảo, …") is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('the basis lies between the document’s own number line and its first numbered part', () => {
  it.each(
    both(
      `- 1Quyết định 12/QĐ-TTg năm 2019 về thư viện do Thủ tướng Chính phủ ban hành\n- 2Nghị quyết 05-NQ/TU năm 2021 của Tỉnh ủy\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 55/KH-UBND | Sơn La, ngày 3 tháng 4 năm 2023 |\nThực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ về phát triển văn hóa đọc, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n1. Mục đích\n- Phát triển văn hóa đọc theo tinh thần Nghị quyết số 05-NQ/TU ngày 01/02/2021 của Tỉnh ủy.\n`,
    ),
  )('not the site’s list of related documents above it, nor a resolution cited in its purposes (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.number).toBe('55/KH-UBND');
    expect(p.basis.map((b) => b.number)).toEqual(['329/QĐ-TTg']);
  });

  it.each(
    both(
      `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 812/QĐ-UBND |\nSơn La, ngày 5 tháng 6 năm 2015 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\nCăn cứ Quyết định số 208/QĐ-TTg ngày 27 tháng 01 năm 2014 của Thủ tướng Chính phủ về việc phê duyệt Đề án;\nXét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch thực hiện Đề án trên địa bàn tỉnh, với những nội dung chính như sau:\n`,
    ),
  )('a decision’s "QUYẾT ĐỊNH:" formula before "Điều 1." is not its title: its basis is the "Căn cứ" above (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('decision');
    expect(p.title ?? '').not.toMatch(/^(?:Điều|Dieu) 1/);
    expect(p.basis.map((b) => b.number)).toEqual(['208/QĐ-TTg']);
  });
});

describe('a movement named without its programme names none', () => {
  it.each(
    both(
      `Huyện Sơn Tịnh vinh danh các mô hình học tập\n\nNhững năm qua, phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn huyện được Nhân dân hưởng ứng.\n`,
    ),
  )('"phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị" alone (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBeNull();
  });

  it.each(
    both(`Huyện Sơn Tịnh triển khai Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”.\n`),
  )('the programme by its title still names 387 (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('387/QĐ-TTg');
  });
});

describe('a headline restating the body', () => {
  it.each(
    both(`Sơn Tịnh có 9/12 xã đạt chuẩn văn hóa\n\nThứ Hai, 06/03/2023, 08:10 [GMT+7]\n\nĐến nay, toàn huyện có 9/12 xã đạt chuẩn văn hóa, chiếm tỷ lệ 75%.\n`),
  )('a headline’s fraction the body gives again with its share says nothing new (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([75]);
  });
});

describe('figures weighed against the plan, and a weekday dateline in words', () => {
  it.each(
    both(
      `Xã Tân Phú tổng kết các mô hình học tập\n\nSố gia đình, dòng họ đã đăng ký hằng năm đều đạt so với kế hoạch đề ra, cụ thể: gia đình học tập đến năm 2022 có 1.204/1.630 hộ đạt 73,9%.\n`,
    ),
  )('"đã đăng ký … đạt so với kế hoạch đề ra, cụ thể: … đến năm 2022 có …" reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([73.9]);
  });

  it.each(both(`Thứ Bảy, ngày 23 tháng 11 năm 2024\n\nPhát triển văn hóa đọc ở cơ sở\n\nNhiều thư viện xã đã đổi mới cách phục vụ bạn đọc.\n`))(
    '"Thứ Bảy, ngày 23 tháng 11 năm 2024" is the page’s dateline, not its headline (%s)',
    (_, t) => {
      const p = parsePlan(t!);
      expect(p.title).toMatch(/^Ph/);
      expect(p.date).toBeNull();
    },
  );
});
