import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyDay, msUntilLocal } from '../../src/core/daily.ts';

/** The server's once-a-day timer (core/daily.ts): at a time of Vietnam's clock, never doubled, failures logged. */
describe('a job once a day at a time of Vietnam’s clock', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('counts to the next 00:15 in Vietnam (UTC+7), strictly later', () => {
    // 17:14 UTC is 00:14 in Vietnam: one minute to go
    expect(msUntilLocal('00:15', Date.parse('2026-03-08T17:14:00Z'))).toBe(60_000);
    // at 00:15 exactly, the next is tomorrow's
    expect(msUntilLocal('00:15', Date.parse('2026-03-08T17:15:00Z'))).toBe(86_400_000);
    // 12:00 UTC is 19:00 in Vietnam: 5 h 15 min to go
    expect(msUntilLocal('00:15', Date.parse('2026-03-08T12:00:00Z'))).toBe((5 * 60 + 15) * 60_000);
    expect(() => msUntilLocal('0:15', 0)).toThrow();
  });

  it('runs soon after the start, then every day at the hour; a failed run is logged and the next comes; stop ends it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-08T10:00:00Z') }); // 17:00 in Vietnam
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const runs: string[] = [];
    let fail = false;
    const daily = everyDay(
      'test job',
      async () => {
        runs.push(new Date().toISOString());
        if (fail) throw new Error('boom');
        return { n: runs.length };
      },
      { at: '00:15', firstAfterMs: 60_000 },
    );
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual(['2026-03-08T10:01:00.000Z']);
    fail = true;
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    // 00:15 in Vietnam is 17:15 UTC
    expect(runs).toEqual(['2026-03-08T10:01:00.000Z', '2026-03-08T17:15:00.000Z']);
    fail = false;
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(runs).toHaveLength(3);
    expect(runs[2]).toBe('2026-03-09T17:15:00.000Z');
    const lines = log.mock.calls.map((c) => JSON.parse(String(c[0])) as { level: string; message: string; n?: number; error?: string });
    expect(lines.map((l) => [l.level, l.message, l.n ?? l.error])).toEqual([
      ['info', 'test job', 1],
      ['error', 'test job failed', 'boom'],
      ['info', 'test job', 3],
    ]);
    await daily.stop();
    await vi.advanceTimersByTimeAsync(3 * 24 * 3600_000);
    expect(runs).toHaveLength(3);
  });

  it('a run still going when the next is due is not doubled, and stop waits for it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-08T17:14:00Z') });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let started = 0;
    let finish: () => void = () => undefined;
    const daily = everyDay(
      'slow job',
      () =>
        new Promise((resolve) => {
          started++;
          finish = () => resolve({});
        }),
      { at: '00:15', firstAfterMs: 0 },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(1);
    // 00:15 comes while the first run still goes: not started again
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(started).toBe(1);
    let stopped = false;
    const stopping = daily.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});
