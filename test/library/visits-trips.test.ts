import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { correctVisit, recordVisits, removeVisit, visitsOfMonth } from '../../src/library/visits.ts';
import { addTripItems, createTrip, lendAtStop, recordStopVisitors, tripOf, tripsOf } from '../../src/library/trips.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

describe.each(ENGINES)('visits corrected and mobile-library trips on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const visits = async (month: string) => (await valuesOf(store.db, net.lib, Number(month.slice(0, 4)))).get('LIB_VISITS')?.get(month);
  const loans = async (month: string) => (await valuesOf(store.db, net.lib, Number(month.slice(0, 4)))).get('LIB_LOANS')?.get(month);
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'LD-01', institutionId: net.lib, name: 'Hoàng Văn Tú', category: 'adult' }, null, '2026-01-10');
  });
  afterAll(() => store.close());

  it('a door count entered twice for one day is not summed: the second is refused, naming the figure there', async () => {
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-05-04', count: 30, source: 'door' }, null);
    await expect(recordVisits(store.db, { institutionId: net.lib, day: '2026-05-04', count: 30, source: 'door' }, null)).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'count' }],
    });
    expect(await visits('2026-05')).toBe(30);
    // another day is its own figure
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-05-05', count: 12, source: 'door' }, null);
    expect(await visits('2026-05')).toBe(42);
  });

  it('a correction moves the statistics by the difference, a removal takes the entry off; both audited', async () => {
    const [day] = await visitsOfMonth(store.db, net.lib, '2026-05');
    expect(day).toMatchObject({ day: '2026-05-05', total: 12 });
    const first = (await visitsOfMonth(store.db, net.lib, '2026-05')).find((d) => d.day === '2026-05-04')!.entries[0]!;
    expect(await correctVisit(store.db, net.lib, first.id, 45, null)).toEqual({ day: '2026-05-04', old: 30, count: 45 });
    expect(await visits('2026-05')).toBe(57); // 45 + 12, not 30 + 45 + 12
    // the same figure again changes nothing
    await correctVisit(store.db, net.lib, first.id, 45, null);
    expect(await visits('2026-05')).toBe(57);
    await correctVisit(store.db, net.lib, first.id, 40, null);
    expect(await visits('2026-05')).toBe(52);
    await expect(correctVisit(store.db, net.lib, first.id, 0, null)).rejects.toMatchObject({ status: 422, problems: [{ field: 'count' }] });
    // another library cannot touch it
    await expect(correctVisit(store.db, net.school, first.id, 5, null)).rejects.toMatchObject({ status: 404 });
    await expect(removeVisit(store.db, net.school, first.id, null)).rejects.toMatchObject({ status: 404 });
    await removeVisit(store.db, net.lib, first.id, null);
    expect(await visits('2026-05')).toBe(12);
    expect((await visitsOfMonth(store.db, net.lib, '2026-05')).map((d) => d.day)).toEqual(['2026-05-05']);
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value', 'new_value'])
      .where('entity', '=', 'lib_visit')
      .where('entity_key', '=', String(first.id))
      .orderBy('id')
      .execute();
    expect(trail.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete']);
    // the day can be entered again once its entry is gone
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-05-04', count: 33, source: 'door' }, null);
    expect(await visits('2026-05')).toBe(45);
  });

  it('a trip carries copies; a loan at a stop is made only from them, through the checkout, the stop recorded', async () => {
    await expect(
      createTrip(store.db, { institutionId: net.lib, day: '2026-06-10', name: 'Bản Nà', stops: [{ place: 'Bản Nà' }], barcodes: ['VN-0004', 'NOPE'] }, null),
    ).rejects.toMatchObject({ status: 422, problems: [{ row: 2, field: 'barcodes' }] });
    expect(await tripsOf(store.db, net.lib)).toEqual([]);
    const { tripId, stopIds } = await createTrip(
      store.db,
      {
        institutionId: net.lib,
        day: '2026-06-10',
        name: 'Lưu động bản Nà',
        stops: [{ place: 'Bản Nà' }, { place: 'Điểm trường Pác Bó' }],
        barcodes: ['vn-0004', 'VN-0006'],
      },
      null,
    );
    // a copy the trip does not carry: refused beside the barcode, nothing lent
    await expect(
      lendAtStop(store.db, { institutionId: net.lib, stopId: stopIds[0]!, barcode: 'VN-0008', card: 'LD-01', userId: null, at: '2026-06-10T03:00:00Z' }),
    ).rejects.toMatchObject({ status: 409, problems: [{ field: 'barcode' }] });
    expect((await itemByBarcode(store.db, 'VN-0008')).status).toBe('available');
    // a stop of another library's trip is not this library's
    await expect(
      lendAtStop(store.db, { institutionId: net.school, stopId: stopIds[0]!, barcode: 'VN-0004', card: 'LD-01', userId: null }),
    ).rejects.toMatchObject({ status: 404 });
    const r = await lendAtStop(store.db, {
      institutionId: net.lib,
      stopId: stopIds[0]!,
      barcode: 'vn-0004',
      card: 'ld-01',
      userId: null,
      at: '2026-06-10T03:00:00Z',
    });
    expect(r).toMatchObject({ barcode: 'VN-0004', patron: 'Hoàng Văn Tú', dueAt: '2026-06-24' });
    const loan = await store.db.selectFrom('lib_loans').select('trip_stop_id').where('id', '=', r.loanId).executeTakeFirstOrThrow();
    expect(loan.trip_stop_id).toBe(stopIds[0]);
    expect(await loans('2026-06')).toBe(1);
    // the same copy again: the checkout's own refusal (already on loan)
    await expect(lendAtStop(store.db, { institutionId: net.lib, stopId: stopIds[1]!, barcode: 'VN-0004', card: 'LD-01', userId: null })).rejects.toMatchObject({
      status: 409,
    });
    await addTripItems(store.db, net.lib, tripId, ['VN-0006', 'VN-0008'], null);
    const trip = await tripOf(store.db, net.lib, tripId);
    expect(trip.items.map((i) => [i.barcode, i.status])).toEqual([
      ['VN-0004', 'on-loan'],
      ['VN-0006', 'available'],
      ['VN-0008', 'available'],
    ]);
    expect(trip.stops[0]!.loans).toEqual([expect.objectContaining({ barcode: 'VN-0004', patron: 'Hoàng Văn Tú', dueAt: '2026-06-24', returnedAt: null })]);
    expect(trip.stops[1]!.loans).toEqual([]);
  });

  it('readers per stop entered and corrected: the visits move by the difference, listed on the day', async () => {
    const [trip] = await tripsOf(store.db, net.lib);
    const stop = trip!.stops[0]!.id;
    const before = (await visits('2026-06')) ?? 0;
    await recordStopVisitors(store.db, net.lib, stop, 25, null);
    await recordStopVisitors(store.db, net.lib, stop, 28, null);
    expect(await visits('2026-06')).toBe(before + 28);
    await recordStopVisitors(store.db, net.lib, stop, 20, null);
    expect(await visits('2026-06')).toBe(before + 20);
    await expect(recordStopVisitors(store.db, net.school, stop, 5, null)).rejects.toMatchObject({ status: 404 });
    const [day] = await visitsOfMonth(store.db, net.lib, '2026-06');
    expect(day).toMatchObject({ day: '2026-06-10', atStops: 20, total: 20, entries: [] });
    expect((await tripsOf(store.db, net.lib))[0]).toMatchObject({
      name: 'Lưu động bản Nà',
      items: 3,
      stops: [
        { place: 'Bản Nà', visitors: 20, loans: 1 },
        { place: 'Điểm trường Pác Bó', visitors: 0, loans: 0 },
      ],
    });
    expect((await valuesOf(store.db, net.lib, 2026)).get('LIB_MOBILE_TRIPS')?.get('2026-06')).toBe(1);
  });
});
