import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { expireLapsedHolds } from '../../src/library/hold-expiry.ts';
import { placeHold } from '../../src/library/holds.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { fillHold } from '../../src/library/pickup.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: 7, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/**
 * Issue 20: holds nobody collected expire every night (Koha's CancelExpiredReserves), as the desk's "Cho hết hạn
 * ngay" does one: the lapsed ones of a library or of all, the copy to the next reader waiting or back on the shelf,
 * audited as the system; those still in their pickup period stay; a second run, or two at once, expire nothing twice.
 */
describe.each(ENGINES)('the nightly expiry of holds awaiting pickup on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const holds = { hoa: 0, long: 0, mai: 0, dan: 0 };
  const statusOf = async (holdId: number) =>
    (await store.db.selectFrom('lib_holds').select(['status', 'expires_at']).where('id', '=', holdId).executeTakeFirstOrThrow()) as {
      status: string;
      expires_at: string | null;
    };
  const copy = async (barcode: string) =>
    (await store.db.selectFrom('lib_items').select('status').where('barcode', '=', barcode).executeTakeFirstOrThrow()).status;
  const expiredTrail = async () =>
    (
      await store.db
        .selectFrom('audit_log')
        .select(['entity_key', 'user_id', 'new_value'])
        .where('entity', '=', 'lib_hold')
        .where('action', '=', 'update')
        .orderBy('id')
        .execute()
    ).filter((a) => String(a.new_value).includes('"expired"'));

  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    const card = (cardNumber: string, name: string, institutionId = net.lib) =>
      registerPatron(store.db, { cardNumber, institutionId, name, category: 'adult' }, null, '2026-01-10');
    const [hoa, long, mai, dan] = [
      await card('C1-HOA1', 'Đỗ Thị Hoa'),
      await card('C1-LONG', 'Vũ Văn Long'),
      await card('C1-MAI1', 'Lê Thị Mai'),
      await card('D1-DAN1', 'Trần Văn Dân', net.dlib),
    ];
    const recordOf = async (barcode: string) =>
      (await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', barcode).executeTakeFirstOrThrow()).record_id;
    const de = await recordOf('VN-0001');
    const other = await recordOf('VN-0002');
    // a copy of the second title at the other library
    await store.db
      .insertInto('lib_items')
      .values({
        record_id: other,
        barcode: 'D1-0002',
        institution_id: net.dlib,
        at_institution_id: net.dlib,
        location: null,
        status: 'available',
        acquired_at: '2026-01-10',
      })
      .execute();
    holds.hoa = await placeHold(store.db, de, hoa, net.lib, null);
    holds.long = await placeHold(store.db, de, long, net.lib, null);
    holds.mai = await placeHold(store.db, other, mai, net.lib, null);
    holds.dan = await placeHold(store.db, other, dan, net.dlib, null);
    // set aside: Hoa's and Dân's until 08/03, Mai's until 12/03 (7 days each)
    await fillHold(store.db, staffOf(net.lib), 'LIB-C1', holds.hoa, 'VN-0001', '2026-03-01');
    await fillHold(store.db, staffOf(net.lib), 'LIB-C1', holds.mai, 'VN-0002', '2026-03-05');
    await fillHold(store.db, staffOf(net.dlib), 'LIB-D1', holds.dan, 'D1-0002', '2026-03-01');
  });
  afterAll(() => store?.close());

  it('a dry run lists what would expire and changes nothing', async () => {
    const run = await expireLapsedHolds(store.db, { libraryCode: 'LIB-C1', today: '2026-03-09', dryRun: true });
    expect(run).toMatchObject({ today: '2026-03-09', dryRun: true, gone: 0 });
    expect(run.expired).toEqual([
      {
        holdId: holds.hoa,
        title: 'Dế Mèn phiêu lưu ký',
        barcode: 'VN-0001',
        next: 'Vũ Văn Long (C1-LONG)',
        nextUntil: '2026-03-16',
        library: { code: 'LIB-C1', name: expect.any(String) },
      },
    ]);
    expect(await statusOf(holds.hoa)).toEqual({ status: 'ready', expires_at: '2026-03-08' });
    expect((await statusOf(holds.long)).status).toBe('waiting');
    expect(await expiredTrail()).toEqual([]);
  });

  it('expires the lapsed holds of one library: the copy to the next reader waiting; those not yet due and other libraries’ stay', async () => {
    const run = await expireLapsedHolds(store.db, { libraryCode: 'LIB-C1', today: '2026-03-09' });
    expect(run.expired.map((e) => [e.holdId, e.barcode, e.next, e.nextUntil])).toEqual([[holds.hoa, 'VN-0001', 'Vũ Văn Long (C1-LONG)', '2026-03-16']]);
    expect((await statusOf(holds.hoa)).status).toBe('expired');
    expect(await statusOf(holds.long)).toEqual({ status: 'ready', expires_at: '2026-03-16' });
    expect(await copy('VN-0001')).toBe('on-hold');
    // ready until 12/03: not due on 09/03
    expect(await statusOf(holds.mai)).toEqual({ status: 'ready', expires_at: '2026-03-12' });
    // another library's lapsed hold is not this run's
    expect((await statusOf(holds.dan)).status).toBe('ready');
    // audited as the system (no user): the hold expired, the next one set aside
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['entity_key', 'user_id', 'old_value', 'new_value'])
      .where('entity', '=', 'lib_hold')
      .where('entity_key', 'in', [String(holds.hoa), String(holds.long)])
      .where('action', '=', 'update')
      .orderBy('id')
      .execute();
    expect(trail.slice(-2).map((t) => [t.entity_key, t.user_id, JSON.parse(t.old_value!), JSON.parse(t.new_value!)])).toEqual([
      [String(holds.hoa), null, { status: 'ready', until: '2026-03-08' }, { status: 'expired' }],
      [String(holds.long), null, { status: 'waiting' }, { status: 'ready', itemId: expect.any(Number), until: '2026-03-16' }],
    ]);
    // twice is a no-op
    const again = await expireLapsedHolds(store.db, { libraryCode: 'LIB-C1', today: '2026-03-09' });
    expect(again).toMatchObject({ expired: [], gone: 0 });
    expect(await expiredTrail()).toHaveLength(1);
  });

  it('without a library, every library’s: the copy nobody waits for goes back on the shelf', async () => {
    const run = await expireLapsedHolds(store.db, { today: '2026-03-09' });
    expect(run.expired).toEqual([
      { holdId: holds.dan, title: expect.any(String), barcode: 'D1-0002', next: null, nextUntil: null, library: { code: 'LIB-D1', name: expect.any(String) } },
    ]);
    expect(await copy('D1-0002')).toBe('available');
    expect((await statusOf(holds.dan)).status).toBe('expired');
  });

  it('two runs at once expire each lapsed hold once', async () => {
    const [a, b] = await Promise.all([expireLapsedHolds(store.db, { today: '2026-03-17' }), expireLapsedHolds(store.db, { today: '2026-03-17' })]);
    const done = [...a.expired, ...b.expired].map((e) => e.holdId).sort((x, y) => x - y);
    expect(done).toEqual([holds.long, holds.mai].sort((x, y) => x - y));
    expect(a.gone + b.gone).toBeLessThanOrEqual(2);
    expect(await copy('VN-0001')).toBe('available');
    expect(await copy('VN-0002')).toBe('available');
    const trail = await expiredTrail();
    expect(trail.map((t) => t.entity_key).sort()).toEqual([holds.hoa, holds.dan, holds.long, holds.mai].map(String).sort());
    expect(trail.every((t) => t.user_id === null)).toBe(true);
    const shelf = await store.db
      .selectFrom('audit_log')
      .select('entity_key')
      .where('entity', '=', 'lib_item')
      .where('new_value', '=', JSON.stringify({ status: 'available' }))
      .execute();
    expect(shelf.map((s) => s.entity_key).sort()).toEqual(['D1-0002', 'VN-0001', 'VN-0002']);
  });

  it('a library named that is not one is refused in words', async () => {
    await expect(expireLapsedHolds(store.db, { libraryCode: 'KHONG-CO' })).rejects.toMatchObject({ status: 404 });
  });
});
