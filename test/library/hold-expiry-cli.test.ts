import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import { placeHold } from '../../src/library/holds.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { fillHold } from '../../src/library/pickup.ts';
import { cliStore, runCli as cli, tempDir } from '../support/cli.ts';
import { ENGINES } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const dir = tempDir('lifelong-holds-cli-');

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** Issue 20: `lifelong holds expire [--library C] [--dry-run]`, the nightly expiry of uncollected holds from a terminal or cron. */
describe.each(ENGINES)('lifelong holds expire (CLI) on %s', (engine) => {
  it('a dry run says what would expire and writes nothing; the run expires it, to the next reader; a second run finds nothing', async () => {
    const store = await cliStore(engine, join(dir, 'holds.db'));
    const net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2020-01-01' });
    const card = (cardNumber: string, name: string) =>
      registerPatron(store.db, { cardNumber, institutionId: net.lib, name, category: 'adult' }, null, '2020-01-01');
    const hoa = await card('C1-HOA1', 'Đỗ Thị Hoa');
    const long = await card('C1-LONG', 'Vũ Văn Long');
    const record = (await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).record_id;
    const first = await placeHold(store.db, record, hoa, net.lib, null);
    const second = await placeHold(store.db, record, long, net.lib, null);
    // set aside in 2020: long past its pickup period
    await fillHold(store.db, staffOf(net.lib), 'LIB-C1', first, 'VN-0001', '2020-01-01');
    const status = async (id: number) => (await store.db.selectFrom('lib_holds').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    const url = store.url;

    const dry = cli(url, 'holds', 'expire', '--library', 'LIB-C1', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Lượt đặt trước "Dế Mèn phiêu lưu ký" đã hết hạn; bản VN-0001 được giữ cho Vũ Văn Long (C1-LONG) đến hết ngày');
    expect(dry.out).toContain('Chạy thử (--dry-run), chưa ghi gì: 1 lượt đặt trước quá hạn nhận sẽ hết hạn');
    expect(await status(first)).toBe('ready');
    expect(await status(second)).toBe('waiting');

    const done = cli(url, 'holds', 'expire', '--library', 'LIB-C1');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(
      /^LIB-C1 .+: Lượt đặt trước "Dế Mèn phiêu lưu ký" đã hết hạn; bản VN-0001 được giữ cho Vũ Văn Long \(C1-LONG\) đến hết ngày \d\d\/\d\d\/\d{4}\./m,
    );
    expect(done.out).toMatch(/^1 lượt đặt trước quá hạn nhận đã hết hạn \(tính đến ngày \d\d\/\d\d\/\d{4}\)\./m);
    expect(await status(first)).toBe('expired');
    expect(await status(second)).toBe('ready');
    const audited = await store.db
      .selectFrom('audit_log')
      .select('user_id')
      .where('entity', '=', 'lib_hold')
      .where('entity_key', '=', String(first))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audited.user_id).toBeNull();

    const again = cli(url, 'holds', 'expire');
    expect(again.out).toMatch(/^0 lượt đặt trước quá hạn nhận đã hết hạn/m);
    expect(await status(second)).toBe('ready');

    const unknown = cli(url, 'holds', 'expire', '--library', 'KHONG-CO');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Lỗi: ');
    expect(unknown.out).toContain('thư viện');
    await store.close();
  }, 300_000);
});
