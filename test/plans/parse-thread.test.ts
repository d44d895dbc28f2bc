/**
 * A long text is parsed on a worker thread (parse-thread.ts): what it reads is what the reader reads at once, and a text
 * not read within the thread's limits is refused with words, the server going on.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { PARSE_THREAD_FROM, parsePlanInThread, parsePlanText } from '../../src/plans/parse/parse-thread.ts';

const plan = `UỶ BAN NHÂN DÂN TỈNH A
Số: 12/KH-UBND
A, ngày 3 tháng 4 năm 2024
KẾ HOẠCH
Phát triển văn hóa đọc đến năm 2030
I. MỤC TIÊU
- Đến năm 2025, 100% thư viện cấp tỉnh có dịch vụ thư viện số.
- Đến năm 2030, mỗi người dân đọc trung bình 4 bản sách/năm.
`;

describe('a long text', () => {
  it('is read on the thread as the reader reads it at once', { timeout: 120_000 }, async () => {
    const long = plan + 'Thư viện tổ chức các hoạt động đọc sách cho thiếu nhi trong dịp hè. '.repeat(Math.ceil(PARSE_THREAD_FROM / 60));
    expect(long.length).toBeGreaterThanOrEqual(PARSE_THREAD_FROM);
    const threaded = await parsePlanText(long);
    expect(threaded).toEqual(parsePlan(long));
    expect(threaded.targets.map((t) => [t.year, t.value])).toEqual([
      [2025, 100],
      [2030, 4],
    ]);
  });

  it('is refused with words when the thread does not finish in time, and the next one is read', { timeout: 120_000 }, async () => {
    const err = await parsePlanInThread(plan.repeat(2000), { seconds: 0.05, heapMb: 512 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).status).toBe(413);
    expect((err as UserError).said.vi).toMatch(/dài quá mức đọc được .*tách tài liệu/);
    const next = await parsePlanInThread(plan);
    expect(next.number).toBe('12/KH-UBND');
  });
});
