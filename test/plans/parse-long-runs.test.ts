/**
 * A run of text with no stop in it (a table flattened by a converter, a scan read without punctuation) is cut into
 * sentences of at most LONGEST_SENTENCE characters at a line break, `;` or space, so the rules that look back over a
 * clause read each character a bounded number of times; what it holds is still read at both ends.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plans/parse/index.ts';
import { foldPlain } from '../../src/plans/parse/normalise.ts';
import { LONGEST_SENTENCE, sentences } from '../../src/plans/parse/structure.ts';

describe('a run of text without a stop', () => {
  const run = 'thư viện xã tổ chức hoạt động đọc sách cho thiếu nhi '.repeat(400);

  it('is cut into sentences no longer than the limit, at spaces, covering it all in order', () => {
    const f = foldPlain(run);
    const parts = sentences(f, 0, f.text.length);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(f.text.length);
    for (const [i, p] of parts.entries()) {
      expect(p.end - p.start).toBeLessThanOrEqual(LONGEST_SENTENCE);
      if (i > 0) expect(p.start).toBe(parts[i - 1]!.end);
      if (i < parts.length - 1) expect(f.text[p.end - 1]).toBe(' ');
    }
  });

  it('leaves a sentence under the limit whole', () => {
    const f = foldPlain('Phấn đấu đến năm 2025, 100% thư viện cấp tỉnh có dịch vụ số; 80% thư viện cấp huyện có dịch vụ số.');
    expect(sentences(f, 0, f.text.length)).toHaveLength(1);
  });

  it('still reads an aim at its start and at its end', () => {
    const text = `Phấn đấu đến năm 2025 có 100% xã có tủ sách ${run}phấn đấu đến năm 2030 có 90% thôn có điểm đọc sách\n`;
    const targets = parsePlan(text).targets.map((t) => [t.year, t.value]);
    expect(targets).toContainEqual([2025, 100]);
    expect(targets).toContainEqual([2030, 90]);
  });
});
