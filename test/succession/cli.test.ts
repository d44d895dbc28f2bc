import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStore, runCliAsync } from '../support/cli.ts';
import { ENGINES } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { reform } from './reform.ts';

const cli = runCliAsync;

describe.each(ENGINES)('lifelong units handover on %s', (engine) => {
  let store: Store;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lifelong-handover-'));
    const s = await cliStore(engine, join(dir, 'reform.db'));
    url = s.url;
    store = s;
    await reform(store);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const unitOf = async (username: string) =>
    (
      await store.db
        .selectFrom('users as us')
        .innerJoin('units as u', 'u.id', 'us.unit_id')
        .select('u.code')
        .where('us.username', '=', username)
        .executeTakeFirstOrThrow()
    ).code;

  it('previews, refuses a split unit without choices (changing nothing), then hands everything over with them', async () => {
    const refused = await cli(url, ['units', 'handover', 'C3', '--apply']).then(
      () => {
        throw new Error('expected exit 1');
      },
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Xã Ba (C3), kết thúc ngày 30/06/2025');
    expect(refused.stdout).toContain('  người dùng xa.ba → (cần chọn: Xã Bình Minh (N2), Xã Mới (N1))');
    expect(refused.stderr).toContain('Hãy chọn đơn vị kế tiếp cho 2 mục bên dưới');
    expect(refused.stderr).toContain('user:xa.ba: Chọn đơn vị kế tiếp mà UBND xã Ba chuyển sang.');
    expect(await unitOf('xa.ba')).toBe('C3');

    const { stdout } = await cli(url, ['units', 'handover', '--user', 'xa.ba=N2', '--institution', 'SCH-C3=N1', '--apply']);
    expect(stdout).toContain('  cơ sở LIB-C1 Thư viện xã Một → Xã Mới (N1) từ 01/07/2025');
    expect(stdout).toContain('  đóng kỳ báo cáo năm 2026');
    expect(stdout).toContain('Đã bàn giao: 4 người dùng, 3 cơ sở, 1 kỳ báo cáo, 1 bản dự thảo.');
    expect([await unitOf('xa.ba'), await unitOf('xa.mot'), await unitOf('huyen.mot')]).toEqual(['N2', 'N1', 'P9']);
    const rows = await store.db.selectFrom('audit_log').select(['entity_key', 'user_id']).where('entity', '=', 'unit_handover').orderBy('entity_key').execute();
    expect(rows).toEqual([
      { entity_key: 'C1', user_id: null },
      { entity_key: 'C3', user_id: null },
      { entity_key: 'D1', user_id: null },
    ]);
  }, 120_000);
});
