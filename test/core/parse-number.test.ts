import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/i18n/format.ts';
import { parseNumber } from '../../src/core/i18n/parse-number.ts';

const read = (s: string, lang: 'vi' | 'en' = 'vi') => {
  const r = parseNumber(s, lang);
  return r.ok ? r.value : 'refused';
};

describe('parseNumber: numbers as Vietnamese officials type them', () => {
  it.each([
    ['25,5', 25.5],
    ['1.234,5', 1234.5],
    ['1234.5', 1234.5],
    ['25.5', 25.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.2345', 1.2345],
    ['0.500', 0.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['  25,5  ', 25.5],
    ['1,234.5', 1234.5],
    ['255', 255],
    ['-3,5', -3.5],
    ['', null],
    ['   ', null],
  ])('"%s" → %s', (s, v) => expect(read(s)).toBe(v));

  it.each(['abc', '1,2,3', '12.34.5', '1,5,', ',5', '1.234.5,6,7', '1..2', '1 23', '25,5 triệu', '1e3'])('"%s" is refused', (s) =>
    expect(read(s)).toBe('refused'),
  );

  it('in English the dot is the decimal mark and a comma before three digits groups thousands', () => {
    expect(read('1,234', 'en')).toBe(1234);
    expect(read('1,234.5', 'en')).toBe(1234.5);
    expect(read('25,5', 'en')).toBe(25.5);
  });

  it('reads back what formatNumber shows, unchanged', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const v of [25.5, 1234.5, 1234, 0.25, 1234567.891, 100, 0]) expect(read(formatNumber(lang, v, 6), lang)).toBe(v);
  });
});
