/**
 * Min–max outlier checks learned from an institution's own history (DHIS2's min–max outlier analysis): the bounds
 * of a monthly value are the median of the same element's values of the institution in the months before it,
 * plus or minus a spread of `K` robust standard deviations (1.4826 × the median absolute deviation), never less
 * than half the median nor `FLOOR` itself (a steady series, small counts). Too short a history checks nothing.
 * Median and MAD, not mean and standard deviation: a history holding one festival month (or a past typo) would
 * widen mean ± 3 SD until the next typo passes (docs/decisions.md).
 */

/** How far back the history reaches: three years of months. */
export const HISTORY_MONTHS = 36;
/** Fewer stored months than this: no bounds (a new institution, an element it rarely reports). */
export const MIN_POINTS = 6;
/** Robust standard deviations either side of the median. */
const K = 4;
/** The MAD of a normal distribution times this is its standard deviation. */
const MAD_TO_SD = 1.4826;
/** The spread is never less than this share of the median … */
const FLOOR_SHARE = 0.5;
/** … nor less than this (counts of a few events a month). */
const FLOOR = 5;

export interface Bounds {
  low: number;
  high: number;
  median: number;
  /** How many past values the bounds rest on. */
  points: number;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The bounds a history of values sets, or none when it is too short. */
export function boundsOf(history: readonly number[]): Bounds | undefined {
  if (history.length < MIN_POINTS) return undefined;
  const sorted = [...history].sort((a, b) => a - b);
  const m = median(sorted);
  const mad = median(sorted.map((v) => Math.abs(v - m)).sort((a, b) => a - b));
  const spread = Math.max(K * MAD_TO_SD * mad, FLOOR_SHARE * Math.abs(m), FLOOR);
  return { low: Math.max(0, Math.floor(m - spread)), high: Math.ceil(m + spread), median: m, points: history.length };
}

/** Whether a value lies outside its bounds, and on which side. */
export function outside(value: number, b: Bounds): 'high' | 'low' | undefined {
  if (value > b.high) return 'high';
  if (value < b.low) return 'low';
  return undefined;
}

/** The month `n` months before a month (`2026-02`, 3 → `2025-11`). */
export function monthsBefore(period: string, n: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
