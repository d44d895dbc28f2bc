import { describe, expect, it } from 'vitest';
import { evaluate, growth, perCapita, shareWith, total, type Facts } from '../../src/indicators/formula.ts';

const facts = (data: Record<string, number>, counts: Record<string, number> = {}, pop?: number): Facts => ({
  data: (element, year, kinds) => data[`${element}|${year}${kinds ? `|${kinds.join(',')}` : ''}`],
  count: (kinds, attribute) => kinds.reduce((s, k) => s + (counts[`${k}|${attribute ?? ''}`] ?? 0), 0),
  population: () => pop,
});

describe('indicator formulas', () => {
  it('computes a share of institutions with an attribute', () => {
    const f = facts({}, { 'library_public_commune|': 8, 'library_public_commune|provides_lll': 3 });
    expect(evaluate(shareWith(['library_public_commune'], 'provides_lll'), f, 2024)).toEqual({ value: 37.5, numerator: 3, denominator: 8 });
  });
  it('gives no value for a share of nothing', () => {
    expect(evaluate(shareWith(['museum_public'], 'runs_education'), facts({}), 2024).value).toBeNull();
  });
  it('computes year-on-year growth from this and last year', () => {
    const f = facts({ 'LIB_VISITS|2024': 1100, 'LIB_VISITS|2023': 1000 });
    expect(evaluate(growth('LIB_VISITS'), f, 2024)).toEqual({ value: 10, numerator: 100, denominator: 1000 });
  });
  it('gives no growth without last year', () => {
    expect(evaluate(growth('LIB_VISITS'), facts({ 'LIB_VISITS|2024': 5 }), 2024).value).toBeNull();
  });
  it('computes per-capita figures and yearly totals', () => {
    expect(evaluate(perCapita('LIB_LOANS', 'total', 1), facts({ 'LIB_LOANS|2024': 30000 }, {}, 10000), 2024).value).toBe(3);
    expect(evaluate(total('COMM_ACTIVITIES'), facts({ 'COMM_ACTIVITIES|2024': 4 }), 2024).value).toBe(4);
    expect(evaluate(total('COMM_ACTIVITIES'), facts({}), 2024).value).toBeNull();
  });
});
