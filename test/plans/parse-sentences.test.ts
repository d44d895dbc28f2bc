import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { foldOcr, foldPlain, toOriginal } from '../../src/plans/parse/normalise.ts';
import { score, type Expected } from './parse-expected.ts';

const targets = (text: string) => parsePlan(text).targets;
const expectTargets = (text: string, want: Expected[]) => {
  const s = score(want, targets(text));
  expect({ missing: s.missing, extra: s.extra }).toEqual({ missing: [], extra: [] });
};

describe('folding', () => {
  it('undoes OCR confusions without touching clean text, and maps back to the original', () => {
    const ocr = foldOcr(foldPlain('Pén nam 2025, thu vién x3, 70% thw vién co s& gido duc phé thong ting 10% mdi nim'));
    expect(ocr.text).toBe('den nam 2025, thu vien xa, 70% thu vien co so giao duc phe thong tang 10% moi nam');
    const clean = 'Đến năm 2025, thư viện xã, 70% thư viện cơ sở giáo dục phổ thông tăng 10% mỗi năm';
    expect(foldOcr(foldPlain(clean)).text).toBe(foldPlain(clean).text);
    const f = foldOcr(foldPlain(clean));
    const at = f.text.indexOf('thu vien co so');
    const span = toOriginal(f, at, at + 'thu vien co so'.length);
    expect(clean.slice(span.start, span.end)).toBe('thư viện cơ sở');
  });

  it('accepts decomposed (NFD) input and keeps offsets into it', () => {
    const nfd = 'Đến năm 2030, đạt 100% thư viện công cộng cấp tỉnh có cung cấp dịch vụ phục vụ việc học tập suốt đời.'.normalize('NFD');
    const [t] = targets(nfd);
    expect(t).toMatchObject({ indicator: 'LIB_LLL_PROVINCE', year: 2030, value: 100 });
    expect(nfd.slice(t!.valueSpan.start, t!.valueSpan.end)).toBe('100%');
  });
});

describe('target grammar', () => {
  it('"respectively": values in order go to the kinds of the sentence before', () => {
    expectTargets(
      'Đến năm 2025, Thư viện huyện và 20% thư viện công cộng cấp xã, 70% thư viện cơ sở giáo dục có ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý. Đến năm 2030, đạt 60%, 20% và 80% các chỉ tiêu tương ứng.',
      [
        ['LIB_IT_DISTRICT', 2025, 100, 'percent'],
        ['LIB_IT_COMMUNE', 2025, 20, 'percent'],
        ['LIB_IT_EDU', 2025, 70, 'percent'],
        ['LIB_IT_DISTRICT', 2030, 60, 'percent'],
        ['LIB_IT_COMMUNE', 2030, 20, 'percent'],
        ['LIB_IT_EDU', 2030, 80, 'percent'],
      ],
    );
  });

  it('"respectively" in a clause after a semicolon, and one value for all', () => {
    expectTargets(
      'Đến năm 2025, 100% thư viện công cộng cấp tỉnh, 50% thư viện công cộng cấp huyện có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện; đến năm 2030, đạt 100% các chỉ tiêu tương ứng.',
      [
        ['LIB_LLL_PROVINCE', 2025, 100, 'percent'],
        ['LIB_LLL_DISTRICT', 2025, 50, 'percent'],
        ['LIB_LLL_PROVINCE', 2030, 100, 'percent'],
        ['LIB_LLL_DISTRICT', 2030, 100, 'percent'],
      ],
    );
  });

  it('two years before one subject: "đạt 70% và đến năm 2030 đạt 100% X"', () => {
    expectTargets(
      'Đến năm 2025, đạt 70% và đến năm 2030 đạt 100% trung tâm văn hóa, thể thao xã, nhà văn hóa - khu thể thao thôn có lớp năng khiếu, câu lạc bộ, nhóm sở thích.',
      [
        ['CC_CLUBS_COMMUNE', 2025, 70, 'percent'],
        ['CC_CLUBS_COMMUNE', 2030, 100, 'percent'],
      ],
    );
  });

  it('ranges: "8% đến 10%", "10 - 15%", "từ 15 đến 20%", "từ 04 đến 05 cuộc"', () => {
    expectTargets(
      `- Phấn đấu số lượt người sử dụng thư viện hằng năm tăng bình quân từ 8% đến 10%; tỷ lệ người dân sử dụng thư viện đạt từ 15 đến 20% số dân.
- Đến năm 2030, số lượt người sử dụng thư viện tăng bình quân 10 - 15% mỗi năm.
- Hằng năm thực hiện từ 04 đến 05 cuộc triển lãm lưu động và từ 06 đến 08 cuộc triển lãm chuyên đề.`,
      [
        ['LIB_USERS_GROWTH', 2030, [8, 10], 'growth'],
        ['LIB_USERS_SHARE', 2030, [15, 20], 'percent'],
        ['LIB_USERS_GROWTH', 2030, [10, 15], 'growth'],
        ['MUS_EXH_TRAVELLING', 2030, [4, 5], 'count'],
        ['MUS_EXH_THEMATIC', 2030, [6, 8], 'count'],
      ],
    );
  });

  it('a growth sentence with no subject continues the previous one', () => {
    expectTargets('Đến năm 2025, số lượt người sử dụng thư viện tăng bình quân 8% mỗi năm. Đến năm 2030, tăng bình quân 8 - 10% mỗi năm.', [
      ['LIB_USERS_GROWTH', 2025, 8, 'growth'],
      ['LIB_USERS_GROWTH', 2030, [8, 10], 'growth'],
    ]);
  });

  it('the attribute at the end of a list covers the list; a kind without one takes the previous', () => {
    expectTargets(
      'Đến năm 2025: 70% thư viện cơ sở giáo dục phổ thông cung cấp dịch vụ phục vụ việc học tập suốt đời; 80% thư viện lực lượng vũ trang; 90% hệ thống thư viện công cộng bảo đảm nguồn vốn tài liệu phong phú.',
      [
        ['LIB_LLL_EDU', 2025, 70, 'percent'],
        ['LIB_LLL_ARMED', 2025, 80, 'percent'],
        ['LIB_DIVERSE_PUBLIC', 2025, 90, 'percent'],
      ],
    );
  });

  it('counts per year, per-capita figures and shares of people', () => {
    expectTargets(
      `- Mỗi năm, xây dựng 01 bộ sưu tập sản phẩm, dịch vụ trên nền tảng công nghệ số; tổ chức 04 cuộc trưng bày, triển lãm sách trong cộng đồng.
- Phấn đấu từ 25% trở lên người dân ở khu vực nông thôn, trên 20% người dân ở vùng khó khăn được tiếp cận thông tin tại thư viện.
- Đến năm 2030 đạt 1,2 bản sách/người dân trong hệ thống thư viện công cộng; mỗi người dân đọc trung bình 06 cuốn sách/năm.`,
      [
        ['LIB_DIGITAL_COLLECTIONS', 2030, 1, 'count'],
        ['LIB_BOOK_EXHIBITIONS', 2030, 4, 'count'],
        ['LIB_RURAL_REACH', 2030, 25, 'percent'],
        ['LIB_DISADVANTAGED_REACH', 2030, 20, 'percent'],
        ['LIB_BOOKS_PER_CAPITA', 2030, 1.2, 'per_capita'],
        ['LIB_READS_PER_CAPITA', 2030, 6, 'per_capita'],
      ],
    );
  });

  it('reads the same targets from an OCR scan as from the clean text', () => {
    const clean =
      'Đến năm 2025, thư viện xã, 70% thư viện cơ sở giáo dục phổ thông và cơ sở khác có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện. Đến năm 2030, đạt 90% các chỉ tiêu tương ứng.';
    const scan =
      'Pén nam 2025, thu vién x3, 70% thu vién co s& gido duc phé) thong va\nco s6 khac c6 cung cép dich vu phuc vu viéc hoc tap subt doi cho nguoi s dung\nthu vién. Bén nam 2030, dat 90% cac chi ti€u twong tng.';
    const read = (t: string) => targets(t).map((x) => [x.indicator, x.year, x.value]);
    expect(read(scan)).toEqual(read(clean));
    expect(read(clean)).toEqual([
      ['LIB_LLL_COMMUNE', 2025, 100],
      ['LIB_LLL_EDU', 2025, 70],
      ['LIB_LLL_COMMUNE', 2030, 90],
      ['LIB_LLL_EDU', 2030, 90],
    ]);
  });

  it('leaves what it cannot map unmapped, for the reviewer', () => {
    const [t] = targets('Phấn đấu đến năm 2030, 100% cán bộ thư viện được bồi dưỡng kỹ năng số.');
    expect(t).toMatchObject({ indicator: null, year: 2030, value: 100, kind: 'percent' });
  });

  it('ignores numbers that are not targets', () => {
    expect(
      targets('Thực hiện Quyết định số 1520/QĐ-TTg ngày 09/12/2022; giai đoạn 2021 - 2025 và đến năm 2030; Ngày Sách và Văn hóa đọc Việt Nam 21/4.'),
    ).toEqual([]);
  });
});

describe('news texts quoting the national decision', () => {
  it('reads a press report of Decision 1520', () => {
    const news = `Đẩy mạnh học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa
Ngày 9/12/2022, Phó Thủ tướng Vũ Đức Đam đã ký Quyết định số 1520/QĐ-TTg phê duyệt Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030".
Theo Chương trình, đối với hệ thống thư viện, đến năm 2025 phấn đấu 100% thư viện công cộng cấp tỉnh, 70% thư viện công cộng cấp huyện, 40% thư viện công cộng cấp xã, 90% thư viện đại học, thư viện chuyên ngành, 80% thư viện lực lượng vũ trang, 70% thư viện cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện; đến năm 2030 đạt 100%, 90%, 60%, 100%, 100% và 90% các chỉ tiêu tương ứng. Số lượt người sử dụng thư viện tăng bình quân 10% mỗi năm.
Với hệ thống bảo tàng, đến năm 2025 phấn đấu đạt 70% và đến năm 2030 đạt 100% bảo tàng xây dựng và triển khai chương trình giáo dục lịch sử, văn hóa cho người dân; số lượt khách tham quan chọn bảo tàng để nghiên cứu, học tập tăng bình quân 10% mỗi năm. Với trung tâm văn hóa, phấn đấu đạt 80% và đến năm 2030 đạt 100% trung tâm văn hóa cấp tỉnh, trung tâm văn hóa, thể thao cấp huyện tổ chức, hỗ trợ hoạt động sáng tạo và hưởng thụ văn hóa nghệ thuật.`;
    const p = parsePlan(news);
    expect(p.programme).toBe('1520/QĐ-TTg');
    expect(p.looksLikePlan).toBe(true);
    const groups = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'UNI_SPEC', 'ARMED', 'EDU'];
    const y2025 = [100, 70, 40, 90, 80, 70];
    const y2030 = [100, 90, 60, 100, 100, 90];
    expectTargets(news, [
      ...groups.map((g, i): Expected => [`LIB_LLL_${g}`, 2025, y2025[i]!, 'percent']),
      ...groups.map((g, i): Expected => [`LIB_LLL_${g}`, 2030, y2030[i]!, 'percent']),
      ['LIB_USERS_GROWTH', 2030, 10, 'growth'],
      ['MUS_EDUCATION', 2025, 70, 'percent'],
      ['MUS_EDUCATION', 2030, 100, 'percent'],
      ['MUS_STUDY_VISITORS_GROWTH', 2030, 10, 'growth'],
      ['CC_CREATIVE', 2025, 80, 'percent'],
      ['CC_CREATIVE', 2030, 100, 'percent'],
    ]);
  });

  it('reads a province news item on its own plan, with the report deadline', () => {
    const news = `UBND tỉnh Quảng Bình ban hành kế hoạch đẩy mạnh học tập suốt đời
UBND tỉnh vừa ban hành Kế hoạch số 120/KH-UBND ngày 15/3/2023 triển khai Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030" trên địa bàn tỉnh.
Mục tiêu đến năm 2025, Thư viện tỉnh và 60% thư viện cấp huyện có ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, tổ chức hoạt động phục vụ học tập suốt đời; số lượt người sử dụng thư viện tăng 8% mỗi năm. Mỗi năm tổ chức ít nhất 02 cuộc triển lãm chuyên đề tại Bảo tàng tỉnh.
Các sở, ngành, địa phương báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/12 hằng năm để tổng hợp, báo cáo UBND tỉnh.`;
    const p = parsePlan(news);
    expectTargets(news, [
      ['LIB_IT_PROVINCE', 2025, 100, 'percent'],
      ['LIB_IT_DISTRICT', 2025, 60, 'percent'],
      ['LIB_USERS_GROWTH', 2025, 8, 'growth'],
      ['MUS_EXH_THEMATIC', 2030, 2, 'count'],
    ]);
    expect(p.reportDeadline).toMatchObject({ day: 15, month: 12, recurring: true });
    expect(p.programme).toBe('1520/QĐ-TTg');
  });

  it('does not take an unrelated text for a plan', () => {
    const p = parsePlan('Thời tiết hôm nay: trời nắng, nhiệt độ 32 độ C, độ ẩm 70%. Chiều tối có mưa rào rải rác ở vùng núi, lượng mưa 10 - 20 mm.');
    expect(p.looksLikePlan).toBe(false);
  });
});

describe('header, deadlines, days', () => {
  const plan = `UBND HUYỆN A                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ THÔNG TIN        Độc lập - Tự do - Hạnh phúc
Số: 15/KH-VHTT                          A, ngày 3 tháng 4 năm 2024
KẾ HOẠCH
Hưởng ứng Chương trình học tập suốt đời năm 2024
Căn cứ Kế hoạch số 27/KH-UBND ngày 20/02/2024 của UBND huyện A về triển khai Chương trình; Công văn số 1502/SVHTTDL-QLVH ngày 01/3/2024 của Sở Văn hóa, Thể thao và Du lịch, Phòng Văn hóa và Thông tin ban hành Kế hoạch như sau:
I. MỤC TIÊU
Tổ chức các hoạt động gắn với Ngày Sách và Văn hóa đọc Việt Nam (21/4), Ngày Quốc tế Bảo tàng, Ngày Chuyển đổi số quốc gia 10/10 và Tuần lễ hưởng ứng học tập suốt đời.
II. TỔ CHỨC THỰC HIỆN
1. Thư viện huyện: chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức các hoạt động; gửi báo cáo sơ bộ (trước ngày 05/10/2024).
2. Các trường học
- Phối hợp với Thư viện huyện tổ chức Ngày hội đọc sách.
Định kỳ trước ngày 20 tháng 11 hằng năm, các đơn vị báo cáo kết quả về Phòng Văn hóa và Thông tin.`;

  it('reads number, date, place, issuer, title and basis', () => {
    const p = parsePlan(plan);
    expect(p).toMatchObject({
      number: '15/KH-VHTT',
      date: '2024-04-03',
      place: 'A',
      issuer: 'Phòng Văn hóa và Thông tin',
      title: 'Hưởng ứng Chương trình học tập suốt đời năm 2024',
    });
    expect(p.basis.map((b) => [b.number, b.date, b.issuer])).toEqual([
      ['27/KH-UBND', '2024-02-20', 'UBND huyện A'],
      ['1502/SVHTTDL-QLVH', '2024-03-01', 'Sở Văn hóa, Thể thao và Du lịch'],
    ]);
  });

  it('tells one-off deadlines from the recurring report deadline', () => {
    const p = parsePlan(plan);
    expect(p.deadlines.map((d) => [d.day, d.month, d.year, d.recurring])).toEqual([
      [5, 10, 2024, false],
      [20, 11, null, true],
    ]);
    expect(p.reportDeadline).toMatchObject({ day: 20, month: 11, recurring: true });
  });

  it('reads days with and without their date, and the Learning Week', () => {
    expect(parsePlan(plan).days).toEqual(['21/4', '18/5', '10/10', 'Tuần lễ hưởng ứng học tập suốt đời']);
  });

  it('reads agencies, their tasks and collaborators', () => {
    const p = parsePlan(plan);
    expect(p.tasks.map((t) => [t.agency, t.collaborators])).toEqual([
      ['Thư viện huyện', ['Trung tâm Văn hóa - Thể thao huyện']],
      ['Các trường học', ['Thư viện huyện']],
    ]);
  });
});

describe('plans numbered without Roman sections', () => {
  it('finds "Tổ chức thực hiện" as a numbered heading and its agencies under letters', () => {
    const text = `KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024
1. Mục tiêu
Đến năm 2024, 100% thư viện cơ sở giáo dục phổ thông trên địa bàn có cung cấp dịch vụ phục vụ học tập suốt đời.
2. Tổ chức thực hiện
a) Phòng Giáo dục và Đào tạo: chỉ đạo các trường xây dựng kế hoạch.
b) Phòng Văn hóa và Thông tin
- Phối hợp với Phòng Giáo dục và Đào tạo tuyên truyền trên hệ thống truyền thanh.
- Tổng hợp, báo cáo UBND huyện trước ngày 30/10/2024.`;
    const p = parsePlan(text);
    expect(p.tasks.map((t) => t.agency)).toEqual(['Phòng Giáo dục và Đào tạo', 'Phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin']);
    expect(p.tasks[1]!.collaborators).toEqual(['Phòng Giáo dục và Đào tạo']);
    expect(p.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([['LIB_LLL_EDU', 2024, 100]]);
    expect(p.reportDeadline).toMatchObject({ day: 30, month: 10, recurring: false });
  });
});

describe('subject before the value', () => {
  it('"Tỷ lệ X … đạt N% vào năm Y"', () => {
    expectTargets(
      '- Tỷ lệ thư viện công cộng cấp huyện ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý đạt 90% vào năm 2030.\n- Tỷ lệ bảo tàng xây dựng chương trình giáo dục cho học sinh đạt 80% vào năm 2025 và 100% vào năm 2030.',
      [
        ['LIB_IT_DISTRICT', 2030, 90, 'percent'],
        ['MUS_EDUCATION', 2025, 80, 'percent'],
        ['MUS_EDUCATION', 2030, 100, 'percent'],
      ],
    );
  });
});
