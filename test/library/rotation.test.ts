import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { checkin, checkout } from '../../src/library/circulation.ts';
import { receiveRotation, returnRotation, rotationsOf, sendRotation } from '../../src/library/rotation.ts';
import { createTrip, recordStopVisitors, tripsOf } from '../../src/library/trips.ts';
import { addDigital } from '../../src/library/digital.ts';
import { availability, itemByBarcode } from '../../src/library/items.ts';
import { search } from '../../src/search/index.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

describe.each(ENGINES)('rotation, mobile trips and digital resources on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'HS-01', institutionId: net.school, name: 'Lò Thị Mai', category: 'student' }, null, '2026-02-01');
  });
  afterAll(() => store.close());

  it('sends a batch to a school, which receives and lends it; the copies show where they are; it comes back', async () => {
    await expect(sendRotation(store.db, { from: net.lib, to: net.museum, barcodes: ['VN-0001'] }, null)).rejects.toMatchObject({ status: 422 });
    await expect(sendRotation(store.db, { from: net.lib, to: net.school, barcodes: ['VN-0001', 'NOPE'] }, null)).rejects.toMatchObject({
      problems: [{ row: 2 }],
    });
    const id = await sendRotation(store.db, { from: net.lib, to: net.school, barcodes: ['VN-0001', 'VN-0008'], date: '2026-02-03' }, null);
    expect((await itemByBarcode(store.db, 'VN-0001')).status).toBe('in-transit');
    await expect(checkout(store.db, 'VN-0001', 'HS-01', { institutionId: net.school, userId: null })).rejects.toMatchObject({ status: 409 });
    await receiveRotation(store.db, id, null, '2026-02-04');
    const where = await availability(store.db, [(await itemByBarcode(store.db, 'VN-0001')).recordId]);
    expect([...where.values()][0]).toEqual([expect.objectContaining({ code: 'SCH-C2', available: 1, away: 1 })]);
    await checkout(store.db, 'VN-0001', 'HS-01', { institutionId: net.school, userId: null, at: '2026-02-05T08:00:00Z' });
    await expect(returnRotation(store.db, id, null)).rejects.toMatchObject({ status: 409 });
    await checkin(store.db, 'VN-0001', { institutionId: net.school, userId: null });
    await returnRotation(store.db, id, null, '2026-03-01');
    expect(await itemByBarcode(store.db, 'VN-0001')).toMatchObject({ status: 'available', atInstitutionId: net.lib });
    expect((await rotationsOf(store.db, net.lib))[0]).toMatchObject({ status: 'returned', items: 2, toName: 'Thư viện trường Hai' });
    expect((await valuesOf(store.db, net.lib, 2026)).get('LIB_ROTATIONS')?.get('2026-02')).toBe(2);
    expect((await valuesOf(store.db, net.school, 2026)).get('LIB_LOANS')?.get('2026-02')).toBe(1);
  });

  it('a mobile-library trip with stops: loans at a stop, visitors and the trip counted', async () => {
    const { tripId, stopIds } = await createTrip(
      store.db,
      { institutionId: net.lib, day: '2026-03-10', name: 'Lưu động bản Nà', stops: [{ place: 'Bản Nà' }, { place: 'Điểm trường Pác Bó' }] },
      null,
    );
    await registerPatron(store.db, { cardNumber: 'LD-01', institutionId: net.lib, name: 'Hoàng Văn Tú', category: 'adult' }, null);
    await checkout(store.db, 'VN-0002', 'LD-01', { institutionId: net.lib, userId: null, at: '2026-03-10T09:00:00Z', tripStopId: stopIds[0] });
    await recordStopVisitors(store.db, net.lib, stopIds[0]!, 25, null);
    await recordStopVisitors(store.db, net.lib, stopIds[0]!, 28, null);
    const trips = await tripsOf(store.db, net.lib);
    expect(trips[0]).toMatchObject({
      id: tripId,
      stops: [
        { place: 'Bản Nà', visitors: 28, loans: 1 },
        { place: 'Điểm trường Pác Bó', visitors: 0, loans: 0 },
      ],
    });
    const v = await valuesOf(store.db, net.lib, 2026);
    expect(v.get('LIB_MOBILE_TRIPS')?.get('2026-03')).toBe(1);
    expect(v.get('LIB_VISITS')?.get('2026-03')).toBe(28);
  });

  it('digital resources: found in the one search with their audience', async () => {
    await addDigital(
      store.db,
      {
        institutionId: net.lib,
        title: 'Sách nói: Dế Mèn phiêu lưu ký',
        creator: 'Tô Hoài',
        format: 'audio',
        url: 'https://example.org/de-men.mp3',
        licence: 'CC BY-NC 4.0',
        language: 'vie',
        audience: ['accessible', 'children'],
      },
      null,
    );
    await expect(
      addDigital(store.db, { institutionId: net.lib, title: '', format: 'ebook', url: 'ftp://x', licence: '', audience: [] }, null),
    ).rejects.toMatchObject({ problems: [{ field: 'title' }, { field: 'url' }, { field: 'licence' }] });
    const r = await search(store.db, { q: 'de men', facets: { audience: ['accessible'] } });
    expect(r.hits.map((h) => h.kind)).toEqual(['digital']);
    expect((await search(store.db, { q: 'de men' })).facets.kind).toEqual([
      { value: 'book', count: 1 },
      { value: 'digital', count: 1 },
    ]);
  });
});
