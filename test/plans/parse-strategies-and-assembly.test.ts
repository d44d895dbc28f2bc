/**
 * Rules found on the fifteenth held-out set (eval/holdout15/, issue 22: texts that set targets), each in sentences written
 * for the test in the grammar of the domain, clean and without diacritics: a page telling what a plan sets, with a
 * quantifier before the aims (`Kế hoạch đề ra các mục tiêu …`), reports on the plan and is news; the culture strategy's
 * title joined to a second strategy's (`Chiến lược phát triển văn hóa và Chiến lược … đến năm 2030`) still names 1909; a
 * resolution of the National Assembly approving a national target programme names the programme the documents cited with it
 * carry out.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both } from '../support/plan-text.ts';

describe('what a plan sets, told of it', () => {
  it.each(
    both(
      `Nhằm nâng cao chất lượng phục vụ bạn đọc, thư viện tỉnh được giao nhiều nhiệm vụ mới.\nKế hoạch đề ra một số mục tiêu cụ thể đến năm 2027: 90% thư viện cấp huyện có máy tính nối mạng; 60% trường học có tủ sách.\n`,
    ),
  )('with a quantifier before the aims, is news about the plan (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.kind).toBe('news');
    expect(p.targets.map((x) => [x.year, x.value])).toEqual([
      [2027, 90],
      [2027, 60],
    ]);
  });
});

describe('the culture strategy joined to another', () => {
  it.each(
    both(
      `Sở Văn hóa triển khai Chiến lược phát triển văn hóa và Chiến lược ngoại giao văn hóa đến năm 2030 trên địa bàn tỉnh; phấn đấu đến năm 2030 có 95% xã có nhà văn hóa.\n`,
    ),
  )('names the culture strategy, the first named (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('1909/QĐ-TTg');
  });
});

describe('a national target programme', () => {
  it.each(
    both(
      `Căn cứ Nghị quyết số 98/2030/QH16 ngày 10/1/2030 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia về phát triển thư viện; Nghị quyết số 12/NQ-CP của Chính phủ; Quyết định số 345/QĐ-TTg của Thủ tướng Chính phủ về việc giao kế hoạch, tỉnh ban hành kế hoạch thực hiện.\n`,
    ),
  )('is named by the resolution of the Assembly that approved it (%s)', (_, t) => {
    expect(parsePlan(t!).programme).toBe('98/2030/QH16');
  });
  it.each(both(`Căn cứ Luật Thư viện số 46/2019/QH14; Quyết định số 345/QĐ-TTg của Thủ tướng Chính phủ, tỉnh ban hành kế hoạch.\n`))(
    'a law of the Assembly names none (%s)',
    (_, t) => {
      expect(parsePlan(t!).programme).toBe('345/QĐ-TTg');
    },
  );
});
