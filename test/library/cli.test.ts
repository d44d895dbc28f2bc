import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliStore, runCli as cli, tempDir } from '../support/cli.ts';
import { ENGINES } from '../support/engines.ts';
import { libraryNetwork, marcFixturePath } from './fixture.ts';

const dir = tempDir('lifelong-cli-');

describe.each(ENGINES)('lifelong catalogue (CLI) on %s', (engine) => {
  it('imports a MARC file printing the counts, and searches as JSON', async () => {
    const store = await cliStore(engine, join(dir, 'cli.db'));
    await libraryNetwork(store.db);
    const url = store.url;
    const rejected = cli(url, 'catalogue', 'import', marcFixturePath('bad_records.mrc'), '--library', 'LIB-C1', '--on-error', 'reject');
    expect(rejected.code).toBe(1);
    expect(rejected.out).toContain('Biểu ghi số 2');
    const ok = cli(url, 'catalogue', 'import', 'test/fixtures/marc/vietnamese.xml', '--library', 'LIB-C1');
    expect(ok.out).toMatch(/marcxml: 8 records read · 8 imported · 0 merged into existing records · 8 items imported · 0 rejected/);
    const found = JSON.parse(cli(url, 'catalogue', 'search', 'dat rung phuong nam', '--format', 'json').out) as unknown[];
    expect(found).toEqual([{ id: expect.any(Number), title: 'Đất rừng phương Nam', author: 'Đoàn Giỏi', year: 2018, libraries: ['LIB-C1'] }]);
    await store.close();
  }, 120_000);
});
