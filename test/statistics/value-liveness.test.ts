import { describe, expect, it } from 'vitest';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { parseValueFile } from '../../src/statistics/value-files.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

/** How many turns the event loop took others' work (a ticker of its own) while `work` ran. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  running = false;
  return { result, turns };
}

const rows = (n: number, quoted: boolean) =>
  new TextEncoder().encode(
    [
      'institution,dataElement,period,value',
      ...Array.from({ length: n }, (_, i) => (quoted ? `"TV-${i}",LIB_LOANS,2024-01,${i}` : `TV-${i},LIB_LOANS,2024-01,${i}`)),
    ].join('\n'),
  );

describe('a large value file leaves the event loop free while it is read', () => {
  it.each([false, true])('parses 300,000 rows (quoted: %s) in slices, answering others between them', async (quoted) => {
    const { result, turns } = await turnsDuring(() => parseValueFile(rows(300_000, quoted), 'values.csv'));
    expect(result).toHaveLength(300_000);
    expect(result[299_999]).toEqual({ row: 300_001, institution: 'TV-299999', dataElement: 'LIB_LOANS', period: '2024-01', value: '299999' });
    expect(turns).toBeGreaterThan(1);
  });
});

describe.each(ENGINES)('checking a large batch on %s', (engine) => {
  it('takes turns with the event loop', async () => {
    const store = await freshStore(engine);
    try {
      const raw = await parseValueFile(rows(300_000, false), 'values.csv');
      const { result, turns } = await turnsDuring(() => resolveValues(store.db, raw, () => true, '2026-01-01', 'refuse'));
      expect(result.problems.length).toBeGreaterThanOrEqual(300_000); // no such institutions
      expect(turns).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });
});
