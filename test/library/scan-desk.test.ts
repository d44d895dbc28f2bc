import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { checkin, checkout } from '../../src/library/circulation.ts';
import { lendAtDesk } from '../../src/library/desk.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { outTo, readerAtDesk, sessionIds, sessionLoans } from '../../src/library/scan-desk.ts';
import { placeByCode } from '../../src/library/places.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** Issue 20: the scan desk's reads — a card and a barcode whatever their case, whose a copy out is, this sitting's loans. */
describe.each(ENGINES)('the scan desk on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'C1-ABC1', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult' }, null, '2026-01-10');
    await registerPatron(store.db, { cardNumber: 'D1-ABC2', institutionId: net.dlib, name: 'Vũ Văn Long', category: 'adult' }, null, '2026-01-10');
  });
  afterAll(() => store?.close());

  it('lends and takes back by a barcode and a card typed in lower case', async () => {
    const desk = { institutionId: net.lib, userId: null };
    const r = await checkout(store.db, 'vn-0001', 'c1-abc1', desk);
    expect(r).toMatchObject({ barcode: 'VN-0001', card: 'C1-ABC1', patron: 'Đỗ Thị Hoa' });
    const back = await checkin(store.db, 'Vn-0001', desk);
    expect(back).toMatchObject({ barcode: 'VN-0001', loanId: r.loanId });
  });

  it("reads the reader at the desk: named for the library's own card, masked for another library's; unknown cards are 404", async () => {
    const staff = staffOf(net.lib);
    expect((await readerAtDesk(store.db, staff, 'LIB-C1', 'c1-abc1')).reader).toMatchObject({ card: 'C1-ABC1', name: 'Đỗ Thị Hoa', shownCard: 'C1-ABC1' });
    const other = (await readerAtDesk(store.db, staff, 'LIB-C1', 'd1-abc2')).reader;
    expect(other).toMatchObject({ card: 'D1-ABC2', name: null, shownCard: '…BC2' });
    await expect(readerAtDesk(store.db, staff, 'LIB-C1', 'NO-SUCH')).rejects.toMatchObject({ status: 404 });
    // a museum's staff is refused as at every desk
    await expect(readerAtDesk(store.db, staffOf(net.museum), 'LIB-C1', 'C1-ABC1')).rejects.toMatchObject({ status: 403 });
  });

  it('says whose a copy out is: named to the library that lent it, masked elsewhere; and lists the sitting', async () => {
    const lib = (await placeByCode(store.db, 'LIB-C1'))!;
    const dlib = (await placeByCode(store.db, 'LIB-D1'))!;
    const a = await lendAtDesk(store.db, staffOf(net.lib), 'LIB-C1', { barcode: 'VN-0002', card: 'C1-ABC1' });
    const b = await lendAtDesk(store.db, staffOf(net.lib), 'LIB-C1', { barcode: 'VN-0004', card: 'C1-ABC1' });
    expect(await outTo(store.db, lib, 'vn-0002', 'D1-ABC2')).toMatchObject({ barcode: 'VN-0002', name: 'Đỗ Thị Hoa', card: 'C1-ABC1', sameReader: false });
    expect(await outTo(store.db, lib, 'VN-0002', 'c1-abc1')).toMatchObject({ sameReader: true });
    const elsewhere = await outTo(store.db, dlib, 'VN-0002', null);
    expect(elsewhere).toMatchObject({ name: null, card: '…BC1' });
    expect(JSON.stringify(elsewhere)).not.toContain('Hoa');
    expect(await outTo(store.db, lib, 'VN-0001', null)).toBeNull();
    // the sitting: the loans of this reader at this library, in the order made; another reader's or library's ids are left out
    const ids = sessionIds(`${a.loanId},${b.loanId},abc,-1`);
    expect(ids).toEqual([a.loanId, b.loanId]);
    expect((await sessionLoans(store.db, lib, ids, 'c1-abc1')).map((l) => l.barcode)).toEqual(['VN-0002', 'VN-0004']);
    expect(await sessionLoans(store.db, lib, ids, 'D1-ABC2')).toEqual([]);
    expect(await sessionLoans(store.db, dlib, ids, 'C1-ABC1')).toEqual([]);
  });
});
