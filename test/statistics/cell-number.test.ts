import { describe, expect, it } from 'vitest';
import { parseCellNumber } from '../../src/statistics/cell-number.ts';

describe('a number typed in a cell of the entry form', () => {
  it('reads Vietnamese numbers: dots or spaces between thousands, a comma before decimals', () => {
    const vi = (s: string) => parseCellNumber(s, 'vi');
    expect(['1234', ' 7 ', '1.234', '1 234', '1\u00a0234', '1\u202f234.567', '25,5', '1.234,5', '-5'].map(vi)).toEqual([
      1234, 7, 1234, 1234, 1234, 1234567, 25.5, 1234.5, -5,
    ]);
    expect(['1,2,3', '1.2', '1.23', '1..234', '12.34', 'abc', '', '.5', '5,', '1e3', '0x10', '25,5,1'].map(vi)).toEqual(Array(12).fill(undefined));
  });
  it('reads English numbers the English way', () => {
    expect(['1,234', '25.5', '1 234'].map((s) => parseCellNumber(s, 'en'))).toEqual([1234, 25.5, 1234]);
    expect(parseCellNumber('25,5', 'en')).toBeUndefined();
  });
});
