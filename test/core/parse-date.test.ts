import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/i18n/format.ts';
import { parseDate } from '../../src/core/i18n/parse-date.ts';

describe('parseDate: a day as a Vietnamese reader types it, day first', () => {
  it.each([
    ['02/03/2026', '2026-03-02'],
    ['2/3/2026', '2026-03-02'],
    ['02.03.2026', '2026-03-02'],
    ['2-3-2026', '2026-03-02'],
    [' 31/12/2025 ', '2025-12-31'],
    ['29/02/2028', '2028-02-29'],
    ['2026-03-02', '2026-03-02'],
  ])('"%s" → %s', (typed, iso) => expect(parseDate(typed)).toBe(iso));

  it('reads nothing typed as no day', () => {
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('   ')).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });

  it.each([
    '31/02/2026',
    '29/02/2026',
    '32/01/2026',
    '01/13/2026',
    '00/01/2026',
    '2026-02-30',
    '2026-3-2',
    '02/03/26',
    '02/03-2026',
    '03/02/2026x',
    'hôm nay',
    '12032026',
  ])('refuses "%s"', (typed) => expect(parseDate(typed)).toBeNull());

  it('reads back what formatDate shows', () => {
    for (const iso of ['2026-01-01', '2026-03-02', '2024-02-29', '2026-12-31']) expect(parseDate(formatDate(iso))).toBe(iso);
  });
});
