import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron, setBlocked } from '../../src/library/patrons.ts';
import { checkin, checkout, overdue, renew } from '../../src/library/circulation.ts';
import { setRule } from '../../src/library/loan-rules.ts';
import { loanHistory, placeHold } from '../../src/library/holds.ts';
import { recordVisits } from '../../src/library/visits.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

describe.each(ENGINES)('circulation on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const desk = () => ({ institutionId: net.lib, userId: null, at: '2026-04-01T09:00:00.000Z' });
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'C1-0001', institutionId: net.lib, name: 'Nguyễn Thị Lan', category: 'adult' }, null, '2026-01-10');
    await registerPatron(store.db, { cardNumber: 'C1-0002', institutionId: net.lib, name: 'Trần Văn Nam', category: 'child' }, null, '2026-01-10');
  });
  afterAll(() => store.close());

  it('lends and takes back a book; the loan counts in the month, the card in registered users', async () => {
    const r = await checkout(store.db, 'VN-0001', 'C1-0001', desk());
    expect(r).toMatchObject({ patron: 'Nguyễn Thị Lan', dueAt: '2026-04-15' });
    expect((await itemByBarcode(store.db, 'VN-0001')).status).toBe('on-loan');
    const back = await checkin(store.db, 'VN-0001', { ...desk(), at: '2026-04-20T10:00:00.000Z' });
    expect(back).toMatchObject({ overdueDays: 5, heldFor: null });
    const v = await valuesOf(store.db, net.lib, 2026);
    expect(v.get('LIB_LOANS')?.get('2026-04')).toBe(1);
    expect(v.get('LIB_REGISTERED_USERS')?.get('2026')).toBe(2);
  });

  it('gives clear errors: item on loan, blocked card, unknown barcode, not on loan', async () => {
    await checkout(store.db, 'VN-0002', 'C1-0001', desk());
    await expect(checkout(store.db, 'VN-0002', 'C1-0002', desk())).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/đang được mượn \(hạn trả 15\/04\/2026\)/),
    });
    await setBlocked(store.db, 'C1-0002', 'Chưa trả sách quá hạn', null);
    await expect(checkout(store.db, 'VN-0004', 'C1-0002', desk())).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/bị khóa: Chưa trả sách quá hạn/),
    });
    await setBlocked(store.db, 'C1-0002', null, null);
    await expect(checkin(store.db, 'KHONG-CO', desk())).rejects.toMatchObject({
      status: 404,
      said: expect.objectContaining({ en: 'Item with barcode "KHONG-CO" not found.' }),
    });
    await expect(checkin(store.db, 'VN-0004', desk())).rejects.toMatchObject({ status: 409 });
    await expect(checkout(store.db, 'VN-0004', 'NO-CARD', desk())).rejects.toMatchObject({ status: 404 });
    await expect(checkout(store.db, 'VN-0004', 'C1-0001', { ...desk(), institutionId: net.dlib })).rejects.toMatchObject({
      status: 409,
      said: expect.objectContaining({ en: expect.stringMatching(/not at this library/) }),
    });
  });

  it('applies the library rule per category: loan days, limits, renewals; lists overdue loans', async () => {
    await setRule(store.db, net.lib, 'child', { loanDays: 7, maxLoans: 1, maxRenewals: 1 }, null);
    const r = await checkout(store.db, 'VN-0004', 'C1-0002', desk());
    expect(r.dueAt).toBe('2026-04-08');
    await expect(checkout(store.db, 'VN-0006', 'C1-0002', desk())).rejects.toMatchObject({
      said: expect.objectContaining({ en: expect.stringMatching(/maximum of 1 loans/) }),
    });
    expect((await renew(store.db, 'VN-0004', { ...desk(), at: '2026-04-07T08:00:00.000Z' })).dueAt).toBe('2026-04-15');
    await expect(renew(store.db, 'VN-0004', desk())).rejects.toMatchObject({ said: expect.objectContaining({ en: expect.stringMatching(/maximum 1 times/) }) });
    const late = await overdue(store.db, net.lib, '2026-04-18');
    expect(late.map((l) => [l.barcode, l.days])).toEqual([
      ['VN-0002', 3],
      ['VN-0004', 3],
    ]);
  });

  it('holds: a returned copy is set aside for the waiting reader, who alone can borrow it', async () => {
    const rec = (await itemByBarcode(store.db, 'VN-0002')).recordId;
    const patron = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'C1-0002').executeTakeFirstOrThrow();
    await checkin(store.db, 'VN-0004', desk());
    await placeHold(store.db, rec, patron.id, net.lib, null);
    await expect(renew(store.db, 'VN-0002', desk())).rejects.toMatchObject({ status: 409 });
    expect((await checkin(store.db, 'VN-0002', desk())).heldFor).toBe('Trần Văn Nam');
    await expect(checkout(store.db, 'VN-0002', 'C1-0001', desk())).rejects.toMatchObject({
      said: expect.objectContaining({ en: expect.stringMatching(/held for another reader/) }),
    });
    await checkout(store.db, 'VN-0002', 'C1-0002', desk());
    const h = await store.db.selectFrom('lib_holds').select('status').executeTakeFirstOrThrow();
    expect(h.status).toBe('fulfilled');
    const history = await loanHistory(store.db, patron.id);
    expect(history.map((x) => x.barcode)).toEqual(['VN-0002', 'VN-0004']);
  });

  it('counts visits into the library users indicator', async () => {
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-04-02', count: 37, source: 'door' }, null);
    await expect(recordVisits(store.db, { institutionId: net.lib, day: '2026-04-02', count: -1, source: 'door' }, null)).rejects.toMatchObject({ status: 422 });
    expect((await valuesOf(store.db, net.lib, 2026)).get('LIB_VISITS')?.get('2026-04')).toBe(37);
  });
});
