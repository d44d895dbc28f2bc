import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { checkout } from '../../src/library/circulation.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { blockPatron } from '../../src/library/patron-records.ts';
import { expireHold, fillHold, pickupList } from '../../src/library/pickup.ts';
import { readerHolds } from '../../src/library/reader-account.ts';
import { placeStaffHold } from '../../src/library/staff-holds.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** Issue 20: holds the desk places for a reader, and holds nobody collects expiring to the next reader or the shelf. */
describe.each(ENGINES)('holds placed by the desk and their expiry on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  let hoa: number;
  let long: number;
  let mai: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    const card = (cardNumber: string, name: string, institutionId = net.lib) =>
      registerPatron(store.db, { cardNumber, institutionId, name, category: 'adult' }, null, '2026-01-10');
    hoa = await card('C1-HOA1', 'Đỗ Thị Hoa');
    long = await card('C1-LONG', 'Vũ Văn Long');
    mai = await card('C1-MAI1', 'Lê Thị Mai');
  });
  afterAll(() => store?.close());

  it('places a hold for a reader by a copy’s barcode, by title words without diacritics, or by choosing among several; refusals at the field', async () => {
    const staff = staffOf(net.lib);
    await expect(placeStaffHold(store.db, staff, 'LIB-C1', hoa, { title: '  ' })).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'title', said: { code: 'E6182' } }],
    });
    await expect(placeStaffHold(store.db, staff, 'LIB-C1', hoa, { title: 'khong co sach nay' })).rejects.toMatchObject({
      problems: [{ field: 'title', said: { code: 'E6183' } }],
    });
    // "tieu thuyet" is in no title proper; "chien tranh" is in two
    const many = await placeStaffHold(store.db, staff, 'LIB-C1', hoa, { title: 'chien tranh' }).catch((e) => e);
    expect(many).toMatchObject({ status: 422, problems: [{ field: 'title', said: { code: 'E6184' } }] });
    expect((many.choices as { title: string }[]).map((c) => c.title).sort()).toEqual([
      'Chiến tranh và hoà bình : tiểu thuyết',
      'Nỗi buồn chiến tranh : tiểu thuyết',
    ]);
    const chosen = (many.choices as { id: number; title: string }[]).find((c) => c.title.startsWith('Nỗi buồn'))!;
    const a = await placeStaffHold(store.db, staff, 'LIB-C1', hoa, { title: 'chien tranh', recordId: chosen.id });
    expect(a).toMatchObject({ title: 'Nỗi buồn chiến tranh : tiểu thuyết', position: 1 });
    const b = await placeStaffHold(store.db, staff, 'LIB-C1', long, { title: 'de men phieu luu ky' });
    expect(b).toMatchObject({ title: 'Dế Mèn phiêu lưu ký', position: 1 });
    const c = await placeStaffHold(store.db, staff, 'LIB-C1', mai, { title: 'vn-0001' });
    expect(c).toMatchObject({ title: 'Dế Mèn phiêu lưu ký', position: 2 });
    await expect(placeStaffHold(store.db, staff, 'LIB-C1', mai, { title: 'VN-0001' })).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'title', said: { code: 'E6091' } }],
    });
    await blockPatron(store.db, staff, 'LIB-C1', hoa, 'Chưa trả sách');
    await expect(placeStaffHold(store.db, staff, 'LIB-C1', hoa, { title: 'VN-0002' })).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'title', said: { code: 'E6002' } }],
    });
    await blockPatron(store.db, staff, 'LIB-C1', hoa, null);
    // another library's staff cannot place a hold on this library's reader
    await expect(placeStaffHold(store.db, staffOf(net.dlib), 'LIB-D1', hoa, { title: 'VN-0002' })).rejects.toMatchObject({ status: 404 });
    expect(await readerHolds(store.db, [long])).toEqual([expect.objectContaining({ status: 'waiting', position: 1, title: 'Dế Mèn phiêu lưu ký' })]);
    const audited = await store.db.selectFrom('audit_log').select('entity_key').where('entity', '=', 'lib_hold').where('action', '=', 'create').execute();
    expect(audited).toHaveLength(3);
  });

  it('a copy set aside and not collected expires: to the next reader waiting, then back on the shelf; not before its day', async () => {
    const staff = staffOf(net.lib);
    const list = await pickupList(store.db, staff, 'LIB-C1');
    const longHold = list.pull.find((l) => l.card === 'C1-LONG')!;
    const maiHold = list.pull.find((l) => l.card === 'C1-MAI1')!;
    await fillHold(store.db, staff, 'LIB-C1', longHold.holdId, 'VN-0001', '2026-03-01');
    await expect(expireHold(store.db, staff, 'LIB-C1', longHold.holdId, '2026-03-08')).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'hold', said: { code: 'E6185' } }],
    });
    await expect(expireHold(store.db, staffOf(net.dlib), 'LIB-C1', longHold.holdId, '2026-03-09')).rejects.toMatchObject({ status: 403 });
    const first = await expireHold(store.db, staff, 'LIB-C1', longHold.holdId, '2026-03-09');
    expect(first).toMatchObject({ barcode: 'VN-0001', next: 'Lê Thị Mai (C1-MAI1)', nextUntil: '2026-03-16' });
    expect(await readerHolds(store.db, [long])).toEqual([]);
    expect(await readerHolds(store.db, [mai])).toEqual([expect.objectContaining({ status: 'ready', readyUntil: '2026-03-16', barcode: 'VN-0001' })]);
    expect((await store.db.selectFrom('lib_items').select('status').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).status).toBe('on-hold');
    await expect(expireHold(store.db, staff, 'LIB-C1', longHold.holdId, '2026-03-20')).rejects.toMatchObject({ problems: [{ said: { code: 'E6186' } }] });
    const ready = (await pickupList(store.db, staff, 'LIB-C1', '2026-03-17')).ready;
    expect(ready).toEqual([expect.objectContaining({ holdId: maiHold.holdId, lapsed: true })]);
    const second = await expireHold(store.db, staff, 'LIB-C1', maiHold.holdId, '2026-03-17');
    expect(second).toMatchObject({ next: null, nextUntil: null });
    expect((await store.db.selectFrom('lib_items').select('status').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).status).toBe('available');
    expect((await store.db.selectFrom('lib_holds').select('status').where('id', '=', maiHold.holdId).executeTakeFirstOrThrow()).status).toBe('expired');
    // the copy lends again to anyone
    await checkout(store.db, 'VN-0001', 'C1-HOA1', { institutionId: net.lib, userId: null });
    const trail = await store.db.selectFrom('audit_log').select('new_value').where('entity', '=', 'lib_hold').where('action', '=', 'update').execute();
    expect(trail.filter((a) => String(a.new_value).includes('"expired"'))).toHaveLength(2);
  });
});
