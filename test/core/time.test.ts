import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  localDate,
  localDateTime,
  localMonth,
  localYear,
  nowIso,
  nowLocal,
  startOfLocalDay,
  thisMonth,
  thisYear,
  todayLocal,
} from '../../src/core/time.ts';

/** Vietnam is UTC+7 all year: 17:00 UTC is midnight of the next day there. */
describe('the one clock: instants in UTC, dates in Vietnam time', () => {
  const NEW_YEAR = Date.parse('2025-12-31T17:30:00.000Z'); // 2026-01-01 00:30 in Hà Nội

  it('gives now as a UTC instant and today, this month and this year in Vietnam', () => {
    expect(nowIso(NEW_YEAR)).toBe('2025-12-31T17:30:00.000Z');
    expect(nowLocal(NEW_YEAR)).toBe('2026-01-01T00:30');
    expect([todayLocal(NEW_YEAR), thisMonth(NEW_YEAR), thisYear(NEW_YEAR)]).toEqual(['2026-01-01', '2026-01', 2026]);
    expect(todayLocal(new Date('2026-03-01T16:59:59.999Z'))).toBe('2026-03-01');
    expect(todayLocal(new Date('2026-03-01T17:00:00.000Z'))).toBe('2026-03-02');
    expect(todayLocal()).toBe(nowLocal().slice(0, 10));
  });

  it('reads the Vietnam date of a stored time: an instant is moved, a local time or a date stays', () => {
    expect(localDate('2025-12-31T17:30:00.000Z')).toBe('2026-01-01');
    expect(localDate('2025-12-31T16:59:59Z')).toBe('2025-12-31');
    expect(localDate('2026-01-01T00:30:00+07:00')).toBe('2026-01-01');
    expect(localDate('2025-12-31T20:30:00-05:00')).toBe('2026-01-01');
    expect(localDate('2026-01-01T00:30')).toBe('2026-01-01');
    expect(localDate('2026-01-01')).toBe('2026-01-01');
    expect([localMonth('2026-01-31T17:00:00.000Z'), localYear('2025-12-31T17:00:00.000Z')]).toEqual(['2026-02', 2026]);
    expect(localDateTime('2024-11-09T08:00:00.000Z')).toBe('2024-11-09T15:00');
  });

  it('finds the instant a Vietnam day begins, and counts days', () => {
    expect(startOfLocalDay('2026-01-01')).toBe('2025-12-31T17:00:00.000Z');
    expect('2025-12-31T17:30:00.000Z' >= startOfLocalDay('2026-01-01')).toBe(true);
    expect([addDays('2026-02-28', 1), addDays('2024-02-28', 1), addDays('2026-01-01', -1)]).toEqual(['2026-03-01', '2024-02-29', '2025-12-31']);
    expect([daysBetween('2026-01-15', '2026-02-04'), daysBetween('2026-02-04', '2026-01-15')]).toEqual([20, -20]);
  });
});
