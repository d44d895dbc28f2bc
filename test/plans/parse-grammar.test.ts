/**
 * The grammar of real plans, reports and news beyond the seeds (issue 22): each rule in several
 * phrasings of the domain, clean and without diacritics (as a scan that lost them reads).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, toContract } from '../../src/plans/parse/index.ts';
import { score, type Expected } from './parse-expected.ts';
import { both } from '../support/plan-text.ts';

const expectTargets = (text: string, want: Expected[]) => {
  const s = score(want, parsePlan(text).targets);
  expect({ missing: s.missing, extra: s.extra }).toEqual({ missing: [], extra: [] });
};

const HEAD = `ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HƯNG YÊN                        Độc lập - Tự do - Hạnh phúc
Số: 66/KH-UBND                    Hưng Yên, ngày 14 tháng 4 năm 2023
KẾ HOẠCH
Triển khai Chương trình "Đẩy mạnh các hoạt động học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa" giai đoạn 2023 - 2025, định hướng đến năm 2030
`;

describe('years governed by a heading or an enumeration', () => {
  const plans = [
    `${HEAD}I. MỤC TIÊU
1. Mục tiêu chủ yếu đến năm 2025
- 100% thư viện công cộng cấp tỉnh có cung cấp dịch vụ phục vụ việc học tập suốt đời.
- 70% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
2. Mục tiêu đến năm 2030
- 100% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
`,
    `${HEAD}I. MỤC TIÊU
Mục tiêu chủ yếu đến năm 2025
– 100 % thư viện công cộng cấp tỉnh có cung cấp dịch vụ phục vụ việc học tập suốt đời;
– 70 % thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
Mục tiêu đến năm 2030
– 100 % thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
`,
    `${HEAD}I. MỤC TIÊU CỤ THỂ
a) Đến năm 2025
+ 100% thư viện công cộng cấp tỉnh có cung cấp dịch vụ phục vụ việc học tập suốt đời;
+ 70% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
b) Đến năm 2030
+ 100% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời.
`,
  ];
  const want: Expected[] = [
    ['LIB_LLL_PROVINCE', 2025, 100, 'percent'],
    ['LIB_LLL_DISTRICT', 2025, 70, 'percent'],
    ['LIB_LLL_DISTRICT', 2030, 100, 'percent'],
  ];
  for (const [i, plan] of plans.entries()) {
    it.each(both(plan))(`phrasing ${i + 1}, %s: the items under "đến năm 2025" are for 2025, not the title's 2030`, (_, text) => {
      expectTargets(text!, want);
    });
  }
});

describe("a value that leans on a later year takes the plan's near milestone", () => {
  const cases: [string, Expected[]][] = [
    [
      `${HEAD}I. MỤC TIÊU
- Phấn đấu 60% thư viện công cộng cấp xã có ứng dụng công nghệ thông tin và tiến tới là 80% vào năm 2030.
`,
      [
        ['LIB_IT_COMMUNE', 2025, 60, 'percent'],
        ['LIB_IT_COMMUNE', 2030, 80, 'percent'],
      ],
    ],
    [
      `${HEAD}I. MỤC TIÊU
- 60 % thư viện công cộng cấp xã có ứng dụng công nghệ thông tin, tiến tới đạt 80 % vào năm 2030.
`,
      [
        ['LIB_IT_COMMUNE', 2025, 60, 'percent'],
        ['LIB_IT_COMMUNE', 2030, 80, 'percent'],
      ],
    ],
    [
      `${HEAD}I. MỤC TIÊU
- Đạt 50% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời và đến năm 2030 đạt 100%.
`,
      [
        ['LIB_LLL_DISTRICT', 2025, 50, 'percent'],
        ['LIB_LLL_DISTRICT', 2030, 100, 'percent'],
      ],
    ],
  ];
  for (const [i, [plan, want]] of cases.entries()) {
    it.each(both(plan))(`phrasing ${i + 1}, %s`, (_, text) => expectTargets(text!, want));
  }

  it.each(both(`${HEAD}I. MỤC TIÊU\n- Phấn đấu 100% thư viện công cộng cấp huyện có ứng dụng công nghệ thông tin.\n`))(
    '"Phấn đấu 100% …" with no year of its own holds for the plan\'s period (2023 - 2025; 2030 is an orientation) (%s)',
    (_, text) => expectTargets(text!, [['LIB_IT_DISTRICT', 2025, 100, 'percent']]),
  );
});

describe('floors and ceilings: "ít nhất", "tối thiểu", "trên", "dưới", "từ … trở lên"', () => {
  const text = `${HEAD}I. MỤC TIÊU
- Đến năm 2025, có ít nhất 50% thư viện công cộng cấp xã có ứng dụng công nghệ thông tin.
- Phấn đấu trên 20% người dân ở vùng khó khăn được tiếp cận thông tin tại thư viện.
- Từ 25% trở lên người dân ở khu vực nông thôn được sử dụng dịch vụ thư viện.
- Tỷ lệ tài liệu hư hỏng trong kho thư viện tỉnh dưới 5%.
- Mỗi năm tổ chức tối thiểu 03 cuộc trưng bày, triển lãm sách.
`;
  it.each(both(text))('keeps the value and says which bound it is (%s)', (_, t) => {
    const got = parsePlan(t!).targets.map((x) => [x.value, x.min, x.max]);
    expect(got).toEqual([
      [50, 50, null],
      [20, 20, null],
      [25, 25, null],
      [5, null, 5],
      [3, 3, null],
    ]);
  });
});

describe('counts and per-capita figures, with their unit', () => {
  const text = `${HEAD}I. MỤC TIÊU
- Đến năm 2025, mỗi người dân đọc trung bình 2 bản sách/tài liệu/năm.
- Thư viện tỉnh phục vụ đạt 90.000 lượt/năm.
- Bảo tàng tỉnh tổ chức 04 cuộc/năm trưng bày chuyên đề.
- Trung tâm Văn hóa tỉnh mở 02 lớp/năm năng khiếu cho thiếu nhi.
- Đến năm 2030, đạt 1,5 bản sách/người/năm.
`;
  it.each(both(text))('reads bản/tài liệu/năm, lượt/năm, cuộc/năm, lớp/năm (%s)', (_, t) => {
    const got = parsePlan(t!).targets.map((x) => [x.kind, x.year, x.value, x.unit]);
    expect(got).toEqual([
      ['per_capita', 2025, 2, 'bản/người/năm'],
      ['count', 2025, 90000, 'lượt/năm'],
      ['count', 2025, 4, 'cuộc/năm'],
      ['count', 2025, 2, 'lớp/năm'],
      ['per_capita', 2030, 1.5, 'bản/người/năm'],
    ]);
    expect(parsePlan(t!).targets[0]!.indicator).toBe('LIB_READS_PER_CAPITA');
  });
});

describe('the programme, told by the form of its decision', () => {
  const basis = (cite: string, title = 'Triển khai thực hiện trên địa bàn tỉnh') =>
    `ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/KH-UBND                    A, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\n${title}\nCăn cứ ${cite}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n- Đến năm 2025, 100% thư viện công cộng cấp tỉnh có ứng dụng công nghệ thông tin.\n`;
  const cases: [string, string][] = [
    [basis('Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030"'), '1373/QĐ-TTg'],
    [basis('Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ'), '329/QĐ-TTg'],
    [basis('Chỉ thị số 20/CT-TTg ngày 12/6/2023 của Thủ tướng Chính phủ'), '20/CT-TTg'],
    [basis('Luật Thư viện năm 2019', 'Triển khai Quyết định số 206/QĐ-TTg ngày 11/02/2021 của Thủ tướng Chính phủ'), '206/QĐ-TTg'],
    [basis('Quyết định số 21/2023/QĐ-TTg ngày 10/8/2023 của Thủ tướng Chính phủ'), '21/2023/QĐ-TTg'],
    [
      basis(
        'Quyết định số 1520/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ; Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ',
        'Triển khai Chương trình "Đẩy mạnh các hoạt động học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa"',
      ),
      '1520/QĐ-TTg',
    ],
    [basis('Quyết định 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ'), '281/QĐ-TTg'],
  ];
  for (const [text, want] of cases) {
    it.each(both(text))(`${want} (%s)`, (_, t) => expect(parsePlan(t!).programme).toBe(want));
  }
});

describe('basis numbers in every official form, and Đ repaired inside codes', () => {
  const text = `ỦY BAN NHÂN DÂN HUYỆN B\nSố: 45/KH-UBND                    B, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\nThực hiện học tập suốt đời năm 2023\nCăn cứ Nghị định số 93/2020/NĐ-CP ngày 18/8/2020 của Chính phủ; Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ Giáo dục và Đào tạo; Kế hoạch số 66/KH-UBND ngày 14/4/2023 của UBND tỉnh; Quyết định số 696-QĐ/TU ngày 05/01/2023 của Tỉnh ủy; Quyết định số 494/QP-UBND ngày 01/3/2023 của UBND huyện; Nghị định 11/2019/NP-CP, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n- Đến năm 2025, 100% thư viện công cộng cấp xã có ứng dụng công nghệ thông tin.\n`;
  it.each(both(text))('keeps the head of N/YYYY/…, reads N-QĐ/TU, repairs QP and NP (%s)', (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['93/2020/NĐ-CP', '44/2014/TT-BGDĐT', '66/KH-UBND', '696-QĐ/TU', '494/QĐ-UBND', '11/2019/NĐ-CP']);
  });

  it('reads a number with its year and a Party number in the header', () => {
    expect(parsePlan('TỈNH ỦY HƯNG YÊN\nSố: 696-QĐ/TU     Hưng Yên, ngày 05 tháng 01 năm 2023\nQUYẾT ĐỊNH\nVề việc ban hành Chương trình\n').number).toBe(
      '696-QĐ/TU',
    );
    expect(parsePlan('ỦY BAN NHÂN DÂN TỈNH A\nSố: 15/2023/QĐ-UBND     A, ngày 05 tháng 01 năm 2023\nQUYẾT ĐỊNH\nBan hành quy chế\n').number).toBe(
      '15/2023/QĐ-UBND',
    );
  });
});

describe('commemorative days with or without "Việt Nam"', () => {
  const text = `${HEAD}I. NHIỆM VỤ\n- Tổ chức trưng bày nhân Ngày Di sản văn hóa, Ngày Văn hóa các dân tộc và Ngày Sách và Văn hóa đọc.\n- Tổ chức hoạt động nhân Ngày Di sản văn hóa Việt Nam.\n`;
  it.each(both(text))('%s', (_, t) => expect(parsePlan(t!).days).toEqual(['23/11', '19/4', '21/4']));
});

describe('past results in reports are results, not targets', () => {
  const report = `ỦY BAN NHÂN DÂN HUYỆN C
Số: 120/BC-UBND                    C, ngày 10 tháng 11 năm 2023
BÁO CÁO
Kết quả thực hiện phong trào học tập suốt đời
I. KẾT QUẢ THỰC HIỆN
Qua 8 năm thực hiện, 100% xã đạt chuẩn về thư viện cơ sở.
Đến năm 2019 có 1.385/1847 hộ đạt 70,48 % danh hiệu gia đình học tập.
Năm 2022, thư viện huyện đã phục vụ 45.000 lượt bạn đọc.
II. PHƯƠNG HƯỚNG
Phấn đấu đến năm 2025, 100% thư viện công cộng cấp xã có ứng dụng công nghệ thông tin.
`;
  it.each(both(report))('%s', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('report');
    expect(p.targets.map((x) => [x.indicator, x.year, x.value])).toEqual([['LIB_IT_COMMUNE', 2025, 100]]);
    expect(p.results.map((r) => [r.year, r.value])).toEqual([
      [null, 100],
      [2019, 70.48],
      [2022, 45000],
    ]);
  });

  it.each(
    both(`${HEAD}I. ĐÁNH GIÁ KẾT QUẢ
Tính đến hết năm 2022, toàn tỉnh có 85% thư viện cấp huyện có ứng dụng công nghệ thông tin.
II. MỤC TIÊU
Đến năm 2025, 100% thư viện công cộng cấp huyện có ứng dụng công nghệ thông tin.
`),
  )("a plan's review of the past is kept apart from its targets (%s)", (_, t) => {
    const p = parsePlan(t!);
    expect(p.targets.map((x) => [x.year, x.value])).toEqual([[2025, 100]]);
    expect(p.results.map((r) => r.value)).toEqual([85]);
  });
});

describe("read, don't gatekeep", () => {
  it.each(both(`${HEAD.trimEnd()}\n`))("a plan's first page (header only) is read, not refused (%s)", (_, t) => {
    const p = parsePlan(t!);
    expect(p).toMatchObject({ kind: 'plan', number: '66/KH-UBND', date: '2023-04-14', empty: false });
  });

  it('a text full of targets without the words thư viện / bảo tàng / văn hóa is read with a warning', () => {
    const p = parsePlan(
      'Phấn đấu đến năm 2025, 90% người dân trong độ tuổi lao động được học tập nâng cao kỹ năng số; 100% xã có trung tâm học tập cộng đồng hoạt động hiệu quả; 80% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số.',
    );
    expect(p.empty).toBe(false);
    expect(p.targets.map((t) => [t.year, t.value])).toEqual([
      [2025, 90],
      [2025, 100],
      [2025, 80],
    ]);
    expect(p.warnings.length).toBeGreaterThan(0);
  });

  it('says what a document is: a decision, a report, a news item', () => {
    expect(parsePlan('ỦY BAN NHÂN DÂN TỈNH A\nSố: 15/QĐ-UBND     A, ngày 05 tháng 01 năm 2023\nQUYẾT ĐỊNH\nBan hành Kế hoạch\n').kind).toBe('decision');
    expect(
      parsePlan('Thư viện tỉnh đẩy mạnh học tập suốt đời\nNăm 2023, Thư viện tỉnh phấn đấu 100% thư viện cấp huyện có ứng dụng công nghệ thông tin.').kind,
    ).toBe('news');
  });

  it('the contract carries kind, results and warnings after the fields it always had', () => {
    const c = toContract(parsePlan(`${HEAD}I. MỤC TIÊU\n- Đến năm 2025, 100% thư viện công cộng cấp tỉnh có ứng dụng công nghệ thông tin.\n`));
    expect(Object.keys(c).slice(-3)).toEqual(['kind', 'results', 'warnings']);
    expect(c.kind).toBe('plan');
  });

  it('refuses only a text nothing can be read from', () => {
    expect(parsePlan('Thời tiết hôm nay: trời nắng, nhiệt độ 32 độ C, độ ẩm 70%.').empty).toBe(true);
  });
});

describe('rules found on the held-out corpus', () => {
  it.each(
    both(`Huyện tổng kết đề án
Trong giai đoạn 2021-2030, huyện tiếp tục triển khai xây dựng xã hội học tập; phấn đấu 90% số người mới biết chữ tiếp tục tham gia học tập; 100% xã đạt phổ cập giáo dục tiểu học đúng độ tuổi.`),
  )('a period ("giai đoạn 2021-2030") gives the year of the values after it (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.year, x.value])).toEqual([
      [2030, 90],
      [2030, 100],
    ]);
  });

  it.each(
    both(
      'UBND tỉnh đặt mục tiêu đến năm 2025, 40% người lao động đạt danh hiệu và phải đạt 60% vào năm 2030. 60% cán bộ cấp xã đạt danh hiệu "Công dân học tập" và tiến tới là 80% vào năm 2030. Đến năm 2025, 40% cán bộ khuyến học được bồi dưỡng và lộ trình là 60% đến năm 2030.',
    ),
  )('a sentence may open with a figure; a year closing the clause belongs to its value (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.year, x.value])).toEqual([
      [2025, 40],
      [2030, 60],
      [2025, 60],
      [2030, 80],
      [2025, 40],
      [2030, 60],
    ]);
  });

  it.each(
    both(
      'Giai đoạn 2012-2020, cả nước xoá mù chữ cho trên 295.000 người, nâng tỷ lệ biết chữ trong độ tuổi này lên 97,85%. Trong đó: số người biết chữ trong độ tuổi 15 - 35 chiếm 99,3%; số người mới biết chữ không mù chữ trở lại chiếm 90,8%.\nTính đến năm 2018, toàn tỉnh có trên 206.450 gia đình học tập, chiếm tỷ lệ 51%, vượt 5% chỉ tiêu Trung ương giao.',
    ),
  )('"nâng … lên", "chiếm", "Trong đó:" after a result, "vượt … chỉ tiêu" are results (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.targets).toEqual([]);
    // ("trên 295.000 người", a count of people in figures, is read since the sixth held-out set)
    expect(p.results.map((r) => r.value)).toEqual([295000, 97.85, 99.3, 90.8, 51, 5]);
    expect(p.empty).toBe(false);
  });

  it.each(
    both(
      'Đến năm 2025, mỗi người dân trung bình đọc 4 cuốn sách/năm\nNgày 26-8, UBND tỉnh ban hành kế hoạch phát triển văn hóa đọc. Đến năm 2025, phấn đấu có 80% học sinh được tiếp cận thông tin ở thư viện.',
    ),
  )('a news headline states a target of its own, counted once (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.kind, x.year, x.value])).toEqual([
      ['per_capita', 2025, 4],
      ['percent', 2025, 80],
    ]);
  });

  it('a "Số:" inside a news text is not the document\'s number; a title in capitals keeps TTg', () => {
    const news = parsePlan(
      'Đề xuất giải pháp cho chương trình chuyển đổi số ngành thư viện\nVào ngày 11/02/2020 Thủ tướng Chính phủ phê duyệt Quyết định Số: 206/QĐ-TTg về Chương trình.',
    );
    expect(news).toMatchObject({ number: null, kind: 'news', programme: '206/QĐ-TTg', issuer: null });
    const plan = parsePlan(
      'ỦY BAN NHÂN DÂN\nSố: 154/KH-UBND | Vĩnh Phúc, ngày 17 tháng 5 năm 2023 |\nTHỰC HIỆN CHỈ THỊ SỐ 20/CT-TTG NGÀY 01/11/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ\nThực hiện Chỉ thị số 20/CT-TTg, UBND tỉnh ban hành Kế hoạch triển khai thực hiện.',
    );
    expect(plan).toMatchObject({ number: '154/KH-UBND', kind: 'plan', programme: '20/CT-TTg' });
  });

  it.each([
    ['Đẩy mạnh học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030', '1520/QĐ-TTg'],
    ['Đề án đẩy mạnh các hoạt động học tập suốt đời trong các thư viện, bảo tàng, nhà văn hóa, câu lạc bộ', '208/QĐ-TTg'],
    ['chương trình "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng và đơn vị giai đoạn 2023-2030"', '387/QĐ-TTg'],
    ['Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020', '281/QĐ-TTg'],
    ['Đề án "Phát triển văn hóa đọc trong cộng đồng đến năm 2020, định hướng đến năm 2030"', '329/QĐ-TTg'],
  ])('a programme named without its number: %s', (name, want) => {
    for (const t of both(`Tin tức\nUBND tỉnh triển khai ${name} trên địa bàn tỉnh, phấn đấu đến năm 2025 đạt 80% chỉ tiêu.`)) {
      expect(parsePlan(t[1]!).programme).toBe(want);
    }
  });
});

describe('rules found on the held-out set', () => {
  it.each(
    both(`Thư viện tỉnh: năm 2017 phục vụ 30.250 lượt bạn đọc
Trong 9 tháng đầu năm 2019, Thư viện tỉnh đã khắc phục khó khăn.
Kết quả, thư viện thu hút 61.300 lượt bạn đọc và 68.000 lượt sách báo luân chuyển đi cơ sở.
Website của Thư viện thu hút hơn 89.000 lượt người truy cập.
Năm 2017, thư viện tỉnh đã bổ sung 6.000 bản sách, phục vụ 30.250 lượt bạn đọc.`),
  )('a count of visits without a cue of aim is a result; a headline repeating a result is not a target (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.targets).toEqual([]);
    // (the copies added, "đã bổ sung 6.000 bản sách", are a result too since the seventh and eighth held-out sets: in the sentence's order)
    expect(p.results.map((r) => r.value)).toEqual([61300, 68000, 89000, 6000, 30250]);
  });

  it.each(
    both(
      'Giai đoạn 2023-2025, Bảo tàng phấn đấu phục vụ được từ 27.000 đến 35.000 lượt khách/năm và số hóa từ 10 đến 15% hiện vật; thư viện tỉnh đạt 90.000 lượt người đọc mỗi năm.',
    ),
  )('a range of visits per year, and visits with a cue of aim, are targets (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.kind, x.year, x.value ?? [x.min, x.max], x.unit])).toEqual([
      ['count', 2025, [27000, 35000], 'lượt/năm'],
      ['percent', 2025, [10, 15], '%'],
      ['count', 2025, 90000, 'lượt'],
    ]);
  });

  it.each(
    both(`Thạch Thất triển khai kế hoạch phát triển văn hóa đọc đến năm 2025, định hướng đến năm 2030
Thạch Thất phấn đấu đạt 01 bản sách/người dân trong hệ thống thư viện huyện, mỗi người dân trung bình đọc 04 cuốn sách/năm.`),
  )('"đến năm 2025, định hướng đến năm 2030": undated targets are for 2025 (%s)', (_, t) => {
    expect(parsePlan(t!).targets.map((x) => [x.year, x.value])).toEqual([
      [2025, 1],
      [2025, 4],
    ]);
  });

  it.each(
    both(
      'Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2018\n\n(NTO) Ngày 20-9, UBND tỉnh ban hành Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2018.',
    ),
  )('a news item naming only an event or a programme is read, not refused (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p).toMatchObject({ empty: false, kind: 'news', title: expect.stringMatching(/^T.+ 2018$/) });
    expect(parsePlan('Tin tức\nPhó Thủ tướng vừa ký Quyết định số 1315/QĐ-TTg ban hành Kế hoạch triển khai Phong trào.').empty).toBe(false);
  });
});

describe('spans point at the sentence', () => {
  it.each(
    both(
      'Thư viện tỉnh đẩy mạnh văn hóa đọc\nUBND tỉnh vừa ban hành kế hoạch. Đến năm 2025, phấn đấu 80% học sinh được tiếp cận thông tin ở thư viện; 25% người dân ở khu vực nông thôn được sử dụng dịch vụ thư viện.',
    ),
  )('a news target points at its own sentence, not at the headline (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.targets).toHaveLength(2);
    for (const x of p.targets) {
      expect(t!.slice(x.span.start, x.span.end)).toMatch(/^(?:Đến|Den) năm 2025|^(?:Đến|Den) nam 2025/);
      expect(t!.slice(x.valueSpan.start, x.valueSpan.end)).toMatch(/^\d+%$/);
    }
  });
});

describe("the plan's years, read from the document", () => {
  it.each(both(`${HEAD}I. MỤC TIÊU\n- Đến năm 2025, 100% thư viện công cộng cấp tỉnh có ứng dụng công nghệ thông tin.\n`))(
    '"giai đoạn 2023 - 2025, định hướng đến năm 2030" runs 2023–2030 (%s)',
    (_, t) => expect(parsePlan(t!).period).toEqual({ from: 2023, to: 2030 }),
  );

  it('a plan without its day and month (ngày tháng năm 2023) still starts in its year', () => {
    const p = parsePlan(
      'ỦY BAN NHÂN DÂN HUYỆN A\nSố: 12/KH-UBND      A, ngày   tháng   năm 2023\nKẾ HOẠCH\nThực hiện Chương trình đến năm 2030\nI. MỤC TIÊU\n- Đến năm 2025, 100% thư viện công cộng cấp huyện có ứng dụng công nghệ thông tin.\n',
    );
    expect(p.period).toEqual({ from: 2023, to: 2030 });
  });
});

describe('rules found on the second held-out set', () => {
  it.each(
    both(`Trên 70% xã, phường, thị trấn đạt chuẩn văn hóa nông thôn mới

Cập nhật lúc 20:21, Thứ Hai, 21/12/2020

Theo đó, mục tiêu thực hiện giai đoạn 2021-2025, phấn đấu trên 70% xã, phường, thị trấn đạt chuẩn văn hóa nông thôn mới.

Phấn đấu trên 80% xã có hồ bơi; trên 60% dân số khu vực nông thôn tham gia vào các hoạt động văn hóa, thể thao.`),
  )('a headline with a figure, set apart by a blank line; a period named once gives the year of what follows (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.targets.map((x) => [x.year, x.value, x.min])).toEqual([
      [2025, 70, 70],
      [2025, 80, 80],
      [2025, 60, 60],
    ]);
  });

  it.each(
    both(`KẾ HOẠCH
Đến năm 2025, 60% thư viện công cộng cấp xã có tủ sách.`),
  )('a type line followed at once by what the plan sets has no title: the sentence is read, not taken for one (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toBeNull();
    expect(p.targets.map((x) => [x.year, x.value])).toEqual([[2025, 60]]);
  });
});
