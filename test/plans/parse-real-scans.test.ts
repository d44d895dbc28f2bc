/**
 * What Tesseract does to a plan that the simulated damage of the eval did not (issue 22; found by `npm run eval:scan`, real
 * scans of the seeds and eval texts): a full stop read as a comma before the next sentence, and the closing `tương ứng` of
 * a sentence of respective shares lost to a speckled line end. Sentences written for the test, clean and without diacritics.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { both } from '../support/plan-text.ts';

const plan = (body: string) => `KẾ HOẠCH\nThực hiện Chương trình học tập suốt đời\nII. MỤC TIÊU\n${body}\n`;
/** The shares of 2025 and the same shares for 2030, told after them in order (`đạt 60% và 90% các chỉ tiêu tương ứng`). */
const RESPECTIVE = [
  ['LIB_LLL_COMMUNE', 2025, 30],
  ['LIB_LLL_EDU', 2025, 60],
  ['LIB_LLL_COMMUNE', 2030, 60],
  ['LIB_LLL_EDU', 2030, 90],
];
const read = (t: string) => parsePlan(t).targets.map((x) => [x.indicator, x.year, x.value]);

describe('a full stop a scan read as a comma', () => {
  it.each(
    both(
      plan(
        '- Đến năm 2025, 30% thư viện công cộng cấp xã, 60% thư viện cơ sở giáo dục có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện, Đến năm 2030, đạt 60% và 90% các chỉ tiêu tương ứng.',
      ),
    ),
  )('ends the sentence before a capitalised `Đến năm …`, so the later shares stand for the earlier (%s)', (_, t) => {
    expect(read(t!)).toEqual(RESPECTIVE);
  });

  it.each(both(plan('- Đến năm 2025, 30% thư viện công cộng cấp xã có cung cấp dịch vụ phục vụ việc học tập suốt đời, Thư viện tỉnh đạt 100%.')))(
    'but a comma before a name in capitals goes on (%s)',
    (_, t) => {
      expect(parsePlan(t!).targets.map((x) => x.text)).toEqual([
        expect.stringMatching(/^(?:Đến|Den) n(?:ă|a)m 2025.*(?:đạt|dat) 100%\.$/),
        expect.stringMatching(/^(?:Đến|Den) n(?:ă|a)m 2025.*(?:đạt|dat) 100%\.$/),
      ]);
    },
  );
});

describe('respective shares closing on `các chỉ tiêu`', () => {
  it.each(
    both(
      plan(
        '- Đến năm 2025, 30% thư viện công cộng cấp xã, 60% thư viện cơ sở giáo dục có cung cấp dịch vụ phục vụ việc học tập suốt đời cho người sử dụng thư viện. Đến năm 2030, đạt 60% và 90% các chỉ tiêu\n\n- Đến năm 2025, số lượt người sử dụng thư viện tăng bình quân 5% mỗi năm.',
      ),
    ),
  )('stand for the shares named before, in order, though `tương ứng` was lost (%s)', (_, t) => {
    expect(read(t!)).toEqual([...RESPECTIVE, ['LIB_USERS_GROWTH', 2025, 5]]);
  });
});

describe('a full stop a scan lost', () => {
  it.each(
    both(
      plan(
        '- Đến năm 2025, 30% thư viện công cộng cấp xã, 60% thư viện cơ sở giáo dục có cung cấp dịch vụ phục vụ việc học tập suốt đời. Đến năm 2030, đạt 60% và 90% các chỉ tiêu tương ứng Đến năm 2025, số lượt người sử dụng thư viện tăng bình quân 5% mỗi năm.',
      ),
    ),
  )('before a capitalised `Đến năm …` after a word in lower case ends the sentence (%s)', (_, t) => {
    expect(read(t!)).toEqual([...RESPECTIVE, ['LIB_USERS_GROWTH', 2025, 5]]);
  });
});

describe("a plan's header under a scan's marks", () => {
  it.each(
    both(
      'Số: /KH-UBND\nĐắk Hà, ngày tháng năm 2023.\n#1 KẾ HOẠCH\n\n### Thực hiện Chương trình học tập suốt đời trên địa bàn huyện\n\nI. MỤC TIÊU\nĐến năm 2025, 20% thư viện công cộng cấp xã có cung cấp dịch vụ phục vụ việc học tập suốt đời.\n',
    ),
  )('a type line with a margin mark before it is still the type line, and the number line is never the title (%s)', (_, t) => {
    const p = parsePlan(t!);
    expect(p.title).toMatch(/^Th(ự|u)c hi(ệ|e)n Ch(ươ|uo)ng tr(ì|i)nh/);
    expect(read(t!)).toEqual([['LIB_LLL_COMMUNE', 2025, 20]]);
  });
});
