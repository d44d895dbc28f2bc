import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { openPlatform } from '../../src/setup.ts';
import type { Store } from '../../src/core/db/database.ts';
import { libraryNetwork, marcFixturePath } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'lifelong-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (url: string, ...args: string[]) => {
  try {
    return {
      out: execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      code: 0,
    };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { out: `${err.stdout}${err.stderr}`, code: err.status };
  }
};

describe.each(ENGINES)('lifelong catalogue (CLI) on %s', (engine) => {
  it('imports a MARC file printing the counts, and searches as JSON', async () => {
    let store: Store & { url?: string };
    if (engine === 'sqlite') {
      const url = join(dir, 'cli.db');
      store = Object.assign(await openPlatform(url), { url });
    } else store = await freshStore(engine);
    await libraryNetwork(store.db);
    const url = store.url!;
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
