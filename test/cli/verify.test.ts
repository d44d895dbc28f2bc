import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { countDifferences, ensureCountYears } from '../../src/network/counts.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { applyValues } from '../../src/statistics/write.ts';
import { cliStore, runCli, tempDir } from '../support/cli.ts';
import { ENGINES } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';

const dir = tempDir('lifelong-verify-');

const cli = (url: string, ...args: string[]) => runCli(url, 'verify', ...args);

describe.each(ENGINES)('lifelong verify on %s', (engine) => {
  it('finds a maintained total or count that drifted, names it, exits 1, and --fix rebuilds it', async () => {
    const store = await cliStore(engine, join(dir, 'verify.db'));
    try {
      const net = await smallNetwork(store.db);
      const r = await resolveValues(store.db, [
        { row: 1, institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: 120 },
        { row: 2, institution: 'LIB-D1', dataElement: 'LIB_LOANS', period: '2024-03', value: 30 },
      ]);
      await applyValues(store.db, r.values, { userId: null, mode: 'set' });
      await ensureCountYears(store.db, [2024]);
      expect(await aggregateDifferences(store.db)).toEqual([]);
      expect(await countDifferences(store.db)).toEqual([]);
      expect(cli(store.url)).toMatchObject({ code: 0, out: expect.stringContaining('Khớp') });

      // a province's total drifts (as lost updates left it), and a count
      await sql`UPDATE agg_values SET value = value + 7 WHERE unit_id = ${net.p1} AND year = 2024 AND kind = 'library_public_commune'`.execute(store.db);
      await sql`UPDATE agg_counts SET n = n + 1 WHERE unit_id = ${net.vn} AND year = 2024 AND attribute = '' AND kind = 'library_school'`.execute(store.db);
      const drift = await aggregateDifferences(store.db);
      expect(drift).toEqual([
        expect.objectContaining({ table: 'agg_values', unitId: net.p1, year: 2024, kind: 'library_public_commune', stored: 127, expected: 120 }),
      ]);
      expect(await countDifferences(store.db)).toEqual([expect.objectContaining({ unitId: net.vn, year: 2024, attribute: '' })]);
      const found = cli(store.url);
      expect(found.code).toBe(1);
      expect(found.out).toContain('Tỉnh Một (P1)');
      expect(found.out).toContain('đang lưu 127, đúng là 120');

      const fixed = cli(store.url, '--fix');
      expect(fixed.code).toBe(0);
      expect(fixed.out).toContain('Khớp');
      expect(await aggregateDifferences(store.db)).toEqual([]);
      expect(await countDifferences(store.db)).toEqual([]);
    } finally {
      await store.close();
    }
  }, 180_000); // three command-line runs, each starting TypeScript afresh: on a busy machine, minutes
});
