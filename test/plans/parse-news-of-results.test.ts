/**
 * Rules found on the twenty-ninth held-out set (eval/holdout29/, issue 22: press reports and reviews of the learning
 * society, the learning associations and museums, 2022 – 2026, that mix what was done with what is aimed at), each in
 * sentences written for the test in the grammar of the domain, clean and without diacritics: `Hiện` before a figure tells
 * what there is now; a year's figures taken alone (`Chỉ tính riêng năm …`) are a tally; each year above the one before
 * (`năm sau cao hơn năm trước`) looks back; a rate judged, its figures after a colon (`có tỷ lệ cao: …`), reports; a
 * paragraph opening on who told it (`Theo UBND huyện …, …`, the page's time run into it) reports; a figure weighed
 * against the start of the term is measured; a point reached after a field turned to (`Về …, đến hết năm 2024, …`) in a
 * review is where things stood; a share to the hundredth with no cue of aim is a measure; the page's section alone above
 * the headline is no headline; a lead the body gives again word for word (cut with `…`, or misread by a scan) is read
 * where the body gives it.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const resultValues = (t: string) => parsePlan(t).results.map((r) => r.value);

describe('`Hiện` before a figure, opening a sentence', () => {
  it.each(
    both(
      `Thực hiện Đề án xây dựng xã hội học tập giai đoạn 2021-2030, huyện đã đầu tư nhiều trang thiết bị. Hiện 95% các xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.\n`,
    ),
  )('tells what there is now, not an aim for the project’s term (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toContain(95);
  });
});

describe('a year’s figures taken alone', () => {
  it.each(
    both(
      `Các mô hình học tập được nhân rộng. Riêng trong năm 2023, chỉ tính riêng các xã vùng cao, toàn huyện có 4.120 hộ gia đình; 12 dòng họ được công nhận. Có 8/10 trung tâm học tập cộng đồng được xếp loại tốt.\n`,
    ),
  )('are a tally, and the next sentence of the paragraph reports with them (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toEqual(expect.arrayContaining([4120, 12]));
  });
});

describe('each year above the one before', () => {
  it.each(both(`Số hội viên năm sau cao hơn năm trước, hàng năm có 98% hộ gia đình đăng ký xây dựng gia đình học tập.\n`))(
    'looks back on the years gone by: a result (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(resultValues(t!)).toContain(98);
    },
  );
});

describe('a rate judged, its figures after a colon', () => {
  it.each(both(`Việc đăng ký các danh hiệu học tập có tỷ lệ cao: 3.410 hộ (tỷ lệ 91,2%) đăng ký gia đình học tập; 100% dòng họ đăng ký dòng họ học tập.\n`))(
    'reports them (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(resultValues(t!)).toContain(100);
    },
  );
});

describe('a paragraph opening on who told it', () => {
  it.each(
    both(
      `Huyện Lâm Hà: 2.400 gia đình hiếu học\n\n08:15, 12/05/2023\nTheo UBND huyện Lâm Hà, từ năm 2010, huyện đã đạt chuẩn xóa mù chữ. Hằng năm, trẻ 6 tuổi vào lớp 1 đạt tỷ lệ 99%.\n`,
    ),
  )('reports over its sentences, the page’s time run into it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toContain(99);
  });

  it.each(both(`Theo kế hoạch, năm 2026 huyện có 80% gia đình đạt danh hiệu gia đình học tập.\n`))('but a plan told stays an aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2026, 80, 'percent']]);
  });
});

describe('a figure weighed against the start of the term', () => {
  it.each(both(`Nhiệm kỳ 2019 - 2024, hội đã đạt nhiều kết quả. Cuối năm 2023 có 920 hội viên tăng 150% so với đầu nhiệm kỳ.\n`))(
    'is measured: no growth aim (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(resultValues(t!)).toContain(920);
    },
  );
});

describe('a point reached after a field turned to, in a review', () => {
  it.each(
    both(
      `Sau 5 năm thực hiện Đề án, nhiều chỉ tiêu đạt và vượt kế hoạch.\n\nVề nâng cao kỹ năng của người dân, đến hết năm 2024, có 81% người lao động được bồi dưỡng kỹ năng số; 70% được trang bị kỹ năng sống.\n`,
    ),
  )('is where things stood (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toEqual(expect.arrayContaining([81, 70]));
  });
});

describe('a share to the hundredth', () => {
  it.each(both(`Năm 2024, tỷ lệ gia đình học tập là 86,42%; dòng họ học tập đạt 100%; công dân học tập đạt 61% so với tổng số.\n`))(
    'with no cue of aim is a measure: results (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(resultValues(t!)).toEqual(expect.arrayContaining([86.42, 100, 61]));
    },
  );

  it.each(both(`Trong năm 2025, tỉnh phấn đấu:\n\nTỷ lệ gia đình văn hóa đạt 93,25%; tỷ lệ thôn văn hóa đạt 88,5%.\n`))(
    'but under `phấn đấu` just above it stays an aim (%s)',
    (_, t) => {
      expect(readTargets(t!).map((x) => x[1])).toEqual([93.25, 88.5]);
    },
  );
});

describe('the page’s section alone above the headline', () => {
  it.each(
    both(
      `Giáo dục\n\nHuyện Đông Hải: Gia đình học tập đạt tỷ lệ 79,5%\n\nHội Khuyến học huyện có 14 hội cơ sở. Đến nay, năm 2024, gia đình học tập đạt 79,5%, dòng họ học tập đạt 90%.\n`,
    ),
  )('is no headline: the headline under it restates the body’s figure, no aim (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toMatch(/Đông Hải|Dong Hai/);
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a lead the body gives again word for word', () => {
  const lead = `Hội Khuyến học quận Cầu Giấy có 8 tổ chức Hội cơ sở với 190 chi hội. 100% tổ dân phố có chi hội khuyến học, 100% trường học có ban khuyến học ở các cấp học`;
  it.each(
    both(
      `Quận Cầu Giấy: hội viên chiếm 21% dân số\n\n${lead}…\n\nĐược sự quan tâm của quận, hội đạt nhiều kết quả.\n\nĐến nay, ${lead}. Số hội viên hiện chiếm 21% dân số.\n`,
    ),
  )('cut with an ellipsis, is read where the body gives it: no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
  });
});

describe('a page of a meeting without a headline', () => {
  it.each(
    both(
      `Năm 2026 đã đến, Hội Khuyến học phường Trung Hòa sẽ tổ chức nhiều hoạt động chào mừng Đại hội Hội Khuyến học thành phố lần thứ VI.\nÔng Nguyễn Văn Hùng - Chủ tịch Hội Khuyến học phường phát biểu tại Hội nghị\nNgày 12/12/2025, Hội đã tổng kết công tác khuyến học năm 2025.\n`,
    ),
  )('with a speaker’s caption is news of the sector, read though it gives no figure (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.empty).toBe(false);
  });

  it.each(both(`Các thành viên tham dự đông đủ.\nQuang cảnh Hội nghị.\nHiện nay, toàn tỉnh có trên 40.000 gia đình học tập, 30 dòng họ học tập.\n`))(
    'with the meeting’s caption closing on a stop is news (%s)',
    (_, t) => {
      expect(parsePlan(t!).kind).toBe('news');
    },
  );
});

describe('an official who told the paper’s reporter', () => {
  it.each(
    both(
      `Trong số 20 bảo tàng của thành phố, nhiều nơi đông khách. Ông Trần Minh, Giám đốc Bảo tàng thành phố thông tin đến phóng viên, bảo tàng đón hơn 900.000 lượt khách năm 2024.\n`,
    ),
  )('makes the page news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
  });
});

describe('the learning-society project by its first five years', () => {
  it.each(both(`Sau 5 năm thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2025”, tỉnh đạt nhiều kết quả.\n`))(
    'is 1373/QĐ-TTg, as a province carries it out (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBe('1373/QĐ-TTg');
    },
  );
});

describe('pupils rewarded', () => {
  it.each(both(`Nhiệm kỳ qua, Hội đã khen thưởng cho trên 450 học sinh giỏi các cấp. Hiện toàn xã có 4 chi hội khuyến học.\n`))(
    'are counted as scholarships are (%s)',
    (_, t) => {
      expect(readTargets(t!)).toEqual([]);
      expect(resultValues(t!)).toEqual(expect.arrayContaining([450, 4]));
    },
  );

  it.each(both(`Dịp này, UBND huyện khen thưởng cho 9 tập thể, 12 cá nhân có thành tích xuất sắc.\n`))('but bodies honoured are not (%s)', (_, t) => {
    expect(resultValues(t!)).toEqual([]);
  });
});

describe('a count whose kinds are named in a bracket after it', () => {
  it.each(
    both(
      `Đến nay, các huyện đã triển khai xây dựng 4 mô hình học tập (Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập). Toàn tỉnh đã công nhận 52.300 gia đình học tập.\n`,
    ),
  )('names kinds, no result (%s)', (_, t) => {
    expect(resultValues(t!)).toEqual([52300]);
  });
});

describe('a rise or a comparison told of the figure before', () => {
  it.each(
    both(
      `Bảo tàng tỉnh đón hơn 5.000 lượt khách mỗi ngày dịp lễ; tổng hơn 410.000 lượt khách năm 2024, tăng 18,35% so với cùng kỳ năm 2023. Đáng chú ý, con số trên còn cao hơn 4,5% so với năm 2019.\n`,
    ),
  )('is that figure’s: one result with it (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).not.toContain(18.35);
    expect(resultValues(t!)).not.toContain(4.5);
    expect(resultValues(t!)).toContain(410000);
  });
});

describe('the times groups and people took part', () => {
  it.each(both(`Năm học 2024-2025, có 48 lượt tập thể, cá nhân tham gia hội thi các cấp, đạt kết quả cao.\n`))('are a count of what was done (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(resultValues(t!)).toContain(48);
  });
});
