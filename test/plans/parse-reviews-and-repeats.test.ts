/**
 * Rules found on the ninth held-out set (eval/holdout9/, issue 22), each in sentences written for the
 * test in the grammar of the domain, clean and without diacritics: the year a text opens by reviewing
 * reports results; `chương trình mục tiêu` is a programme's name, not an aim; `Theo báo cáo …` reports;
 * the headline repeated under itself counts once; `100% … có đủ 3 thiết chế` is one target; the term of
 * a document the text follows in spirit is not its horizon nor its programme; a plan approved `vừa được …
 * phê duyệt` and `Chương trình đưa ra mục tiêu` are told of, in news; a ministry's code keeps its Đ; a
 * decision's basis ends at its articles; the programme is the decision that approved the project the
 * title names, whatever its local period; a line in capitals opening with a type says what the document
 * is; a dateline under a portal's toolbar marks a news page; programmes listed together as work done are
 * none the text's own; a movement's halls and clubs are counted.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both, readTargets } from '../support/plan-text.ts';

const results = (t: string) => parsePlan(t).results.map((r) => r.value ?? [r.min, r.max]);

describe('the year a text reviews', () => {
  it.each(
    both(
      `Huyện Kiến Xương: 90,5% gia đình đạt danh hiệu văn hóa\n\nNgày 20/1, huyện Kiến Xương tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2022 và triển khai nhiệm vụ năm 2023.\n\nNăm 2022, phong trào tiếp tục được duy trì. Tỷ lệ gia đình văn hóa đạt 90,5%, tỷ lệ làng văn hóa đạt 88%; có 40/45 cơ quan đạt chuẩn văn hóa.\n\nNăm 2023, huyện phấn đấu có trên 91% gia đình đạt danh hiệu gia đình văn hóa.\n`,
    ),
  )('reports its values for that year, and aims at the next (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2023, 91, 'percent']]);
    expect(results(t!)).toEqual([90.5, 88, 40]);
  });

  it.each(
    both(
      `BÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2015 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016\n\nTrong năm 2015 Thư viện tỉnh chuyển giao sách của chương trình mục tiêu cho 8 thư viện huyện.\n`,
    ),
  )('a report of a year, and "chương trình mục tiêu" is a name, no aim (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([8]);
  });

  it.each(
    both(
      `KẾ HOẠCH\nPHÁT TRIỂN VĂN HÓA ĐỌC\n\nI. MỤC TIÊU\n\nĐến năm 2025, 80% xã có tủ sách cộng đồng. Tổ chức sơ kết vào năm 2025 và tổng kết vào năm 2030.\n`,
    ),
  )('a review to be held ("sơ kết vào năm 2025") reviews nothing (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([[2025, 80, 'percent']]);
  });

  it.each(
    both(
      `Công nhận cộng đồng học tập cấp xã năm 2023\n\nTheo báo cáo của Sở Giáo dục và Đào tạo, năm 2023 có 95/95 đơn vị cấp xã trên địa bàn tỉnh được công nhận “Cộng đồng học tập”.\n`,
    ),
  )('"Theo báo cáo …" reports (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([95]);
  });
});

describe('the headline again under itself', () => {
  it.each(
    both(
      `Huế đặt mục tiêu 60% gia đình đạt “Gia đình học tập”\n\n(TTH) - Thành phố họp triển khai Đề án đến năm 2020.\n\nHuế đặt mục tiêu 60% gia đình đạt “Gia đình học tập”\nThành phố họp triển khai Đề án.\n\nĐến năm 2020, có 60% gia đình được công nhận “Gia đình học tập”, 40% dòng họ được công nhận “Dòng họ học tập”.\n`,
    ),
  )('as a caption, counts once (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2020, 60, 'percent'],
      [2020, 40, 'percent'],
    ]);
  });
});

describe('the full set each unit of a share has', () => {
  it.each(
    both(
      `KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO\n\nI. MỤC TIÊU\n\nĐến năm 2026, phấn đấu 100% đơn vị hành chính cấp huyện có đủ 2 thiết chế văn hóa: trung tâm văn hóa, thư viện; 90% xã có nhà văn hóa.\n`,
    ),
  )('"100% … có đủ 2 thiết chế" is one target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 100, 'percent'],
      [2026, 90, 'percent'],
    ]);
  });

  it.each(
    both(
      `KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO\n\nI. MỤC TIÊU\n\nMục tiêu cụ thể đến năm 2026: cấp huyện có đủ 2 (hai) thiết chế văn hoá: Trung tâm văn hoá, thư viện; 100% xã có nhà văn hoá.\n`,
    ),
  )('without a share before it the count is the target (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2026, 2, 'count'],
      [2026, 100, 'percent'],
    ]);
  });
});

describe('a document the text follows in spirit', () => {
  it.each(
    both(
      `Mục tiêu chung của Chương trình nhằm phát triển phong trào giai đoạn 2021-2026 có chiều sâu, thực hiện thắng lợi các nhiệm vụ theo tinh thần Nghị quyết Đại hội lần thứ XIII của Đảng và Chiến lược phát triển văn hóa Việt Nam đến năm 2030.\nChương trình đưa ra mục tiêu phấn đấu 100% xã có điểm vui chơi cho thiếu nhi; 85% gia đình giữ vững danh hiệu gia đình văn hóa.\n`,
    ),
  )('sets neither the horizon nor the programme; the text tells of the programme (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(readTargets(t!)).toEqual([
      [2026, 100, 'percent'],
      [2026, 85, 'percent'],
    ]);
    expect(p.programme).toBeNull();
    expect(p.kind).toBe('news');
  });
});

describe('a document followed in spirit, in the same paragraph as the targets', () => {
  it.each(
    both(
      `Phát triển phong trào văn hóa giai đoạn 2021-2026\n\n(VNA) - Chương trình nhằm phát triển phong trào giai đoạn 2021-2026 có chiều sâu.\nCác nhiệm vụ được thực hiện theo tinh thần Nghị quyết Đại hội lần thứ XIII của Đảng và Chiến lược phát triển văn hóa Việt Nam đến năm 2030.\n85% gia đình giữ vững danh hiệu văn hóa\nĐối với vùng đồng bằng, Chương trình phấn đấu 85% gia đình giữ vững danh hiệu gia đình văn hóa.\n`,
    ),
  )('lends its term to none of them (%s)', (_, t) => {
    const read = readTargets(t!);
    expect(read.length).toBeGreaterThan(0);
    expect(read.every(([year]) => year === 2026)).toBe(true);
  });
});

describe('what a text tells of a plan', () => {
  it.each(
    both(
      `Đó là một trong những nhiệm vụ trong kế hoạch “Xóa mù chữ đến năm 2020” vừa được Chủ tịch UBND tỉnh Bến Tre phê duyệt.\nTheo kế hoạch, đến năm 2015, tỷ lệ người biết chữ đạt 97%.\n`,
    ),
  )('"vừa được Chủ tịch … phê duyệt" is news (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('news');
    expect(readTargets(t!)).toEqual([[2015, 97, 'percent']]);
  });
});

describe('header', () => {
  const decision = `ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 1200/QĐ-UBND\n\nAn Giang, ngày 05 tháng 6 năm 2014\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH THỰC HIỆN ĐỀ ÁN “XOÁ MÙ CHỮ ĐẾN NĂM 2020”\n\nCăn cứ Quyết định số 692/QĐ-TTg ngày 04 tháng 5 năm 2013 của Thủ tướng Chính phủ;\n\nCăn cứ Công văn số 3428/BGDĐT-GDTX ngày 22/5/2013 của Bộ Giáo dục và Đào tạo;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Kế hoạch thực hiện Đề án (Kèm theo Kế hoạch số 900/KH-SGDĐT ngày 28/5/2014 của Sở Giáo dục và Đào tạo).\n`;
  it.each(both(decision))("a decision's basis ends at its articles, and a ministry's code keeps its Đ (%s)", (_, t) => {
    expect(parsePlan(t!).basis.map((b) => b.number)).toEqual(['692/QĐ-TTg', '3428/BGDĐT-GDTX']);
  });

  const plan = `ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố: 88/KH-UBND\n\nYên Bái, ngày 10 tháng 5 năm 2022\n\nKẾ HOẠCH\n\nTHỰC HIỆN ĐỀ ÁN “XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2022 - 2030” TRÊN ĐỊA BÀN TỈNH YÊN BÁI\n\nThực hiện Chỉ thị số 14/CT-TTg ngày 25/5/2021 của Thủ tướng Chính phủ về đẩy mạnh công tác khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2021 - 2030; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”, UBND tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n`;
  it.each(both(plan))('the programme is the decision that approved the project the title names (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1373/QĐ-TTg');
  });
});

describe('what a page is', () => {
  it.each(
    both(
      `Phiếu điều tra\n\nBáo cáo hằng năm\n\nThứ hai - 05/12/2016 20:12\nBÁO CÁO KẾT QUẢ HOẠT ĐỘNG NĂM 2015 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016\n\nA. KẾT QUẢ HOẠT ĐỘNG NĂM 2015\n\nTrong năm 2015 hiệu quả phục vụ đạt 105% kế hoạch năm.\n`,
    ),
  )('a line in capitals opening with its type, under a menu (%s)', (_, t) => {
    expect(parsePlan(t!).kind).toBe('report');
  });

  it.each(
    both(
      `PublishingPortal - Block_BanTin_Toolbar\n\n15/03/2023\nTăng cỡ chữ Giảm cỡ chữ\n95 đơn vị được công nhận “Cộng đồng học tập” năm 2022\nTheo báo cáo của Sở Giáo dục và Đào tạo, có 95/95 đơn vị cấp xã được công nhận. Năm 2022, UBND tỉnh ban hành Kế hoạch thực hiện Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030” và Kế hoạch thực hiện Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh.\n`,
    ),
  )("a dateline under a portal's toolbar; programmes listed as work done (%s)", (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.programme).toBeNull();
    expect(p.targets).toEqual([]);
  });

  it.each(
    both(
      `(BBT) - Tỉnh vừa ban hành Kế hoạch thực hiện Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”. Đến năm 2025, 70% gia đình được công nhận “Gia đình học tập”.\n`,
    ),
  )("one programme named alone is still the text's (%s)", (_, t) => {
    expect(parsePlan(t!).programme).toBe('387/QĐ-TTg');
  });
});

describe("a movement's halls and clubs", () => {
  it.each(
    both(
      `Huyện Vũ Thư tổng kết phong trào năm 2022\n\nNăm 2022, các xã thành lập mới 12 câu lạc bộ thể thao; có 7 nhà văn hóa được xây dựng mới; tỷ lệ gia đình văn hóa đạt 90%.\n`,
    ),
  )('are counted where a review reports them (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([]);
    expect(results(t!)).toEqual([12, 7, 90]);
  });

  it.each(
    both(`KẾ HOẠCH\nPHÁT TRIỂN VĂN HÓA ĐỌC\n\nI. MỤC TIÊU\n\nĐến năm 2025, phấn đấu thành lập 20 câu lạc bộ đọc sách; 80% trường học có tủ sách lớp học.\n`),
  )('and where a plan sets them (%s)', (_, t) => {
    expect(readTargets(t!)).toEqual([
      [2025, 20, 'count'],
      [2025, 80, 'percent'],
    ]);
  });
});
