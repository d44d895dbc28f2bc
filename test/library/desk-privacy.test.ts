import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { cardCheck, cardIntact, maskCard, newCardNumber } from '../../src/library/cards.ts';
import { checkin, renew } from '../../src/library/circulation.ts';
import { lendAtDesk, returnAtDesk } from '../../src/library/desk.ts';
import { placeHold } from '../../src/library/holds.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const person = (role: Principal['role'], unitId: number | null, institutionId: number | null = null): Principal => ({
  userId: null,
  username: role,
  displayName: role,
  role,
  unitId,
  institutionId,
});

/** Issue 24, finding 7: who works a circulation desk, and what its answers say about readers. */
describe.each(ENGINES)('the desk and the reader on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    // a reader of the commune library, and one of the district library
    await registerPatron(store.db, { cardNumber: 'C1-0001', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult' }, null, '2026-01-10');
    await registerPatron(store.db, { cardNumber: 'D1-0001', institutionId: net.dlib, name: 'Vũ Văn Long', category: 'adult' }, null, '2026-01-10');
  });
  afterAll(() => store?.close());

  it("lends at the commune library: its own reader named, another library's reader only by a masked card", async () => {
    const staff = person('staff', null, net.lib);
    expect(await lendAtDesk(store.db, staff, 'LIB-C1', { barcode: 'VN-0001', card: 'C1-0001' })).toMatchObject({ patron: 'Đỗ Thị Hoa', card: 'C1-0001' });
    const other = await lendAtDesk(store.db, staff, 'LIB-C1', { barcode: 'VN-0002', card: 'D1-0001' });
    expect(other).toMatchObject({ patron: null, card: '…001' });
    expect(JSON.stringify(other)).not.toContain('Long');
  });

  it('takes back at any library or service point by its staff; museum staff, officials and viewers are refused', async () => {
    const museum = person('staff', null, net.museum);
    await expect(returnAtDesk(store.db, museum, 'BT-N1', { barcode: 'VN-0001' })).rejects.toMatchObject({ status: 403, said: { code: 'E6120' } });
    await expect(returnAtDesk(store.db, person('official', net.n1), 'LIB-C1', { barcode: 'VN-0001' })).rejects.toMatchObject({
      status: 403,
      said: { code: 'E6121' },
    });
    await expect(returnAtDesk(store.db, person('viewer', net.vn), 'LIB-C1', { barcode: 'VN-0001' })).rejects.toMatchObject({ status: 403 });
    // another library's staff at their own desk only
    await expect(returnAtDesk(store.db, person('staff', null, net.dlib), 'LIB-C1', { barcode: 'VN-0001' })).rejects.toMatchObject({ status: 403 });
    expect((await itemByBarcode(store.db, 'VN-0001')).status).toBe('on-loan');
    // the district library takes back the commune library's loan, without the reader's name
    const back = await returnAtDesk(store.db, person('staff', null, net.dlib), 'LIB-D1', { barcode: 'VN-0001' });
    expect(back).toMatchObject({ patron: null, card: '…001' });
    expect(JSON.stringify(back)).not.toContain('Hoa');
    // and the post-office point (a service point) takes back the other one
    expect(await returnAtDesk(store.db, person('staff', null, net.post), 'BDVH-N1', { barcode: 'VN-0002' })).toMatchObject({ patron: null });
  });

  it('renewals and the reader a copy is set aside for: named only to the library that knows them', async () => {
    const at = (institutionId: number) => ({ institutionId, userId: null });
    await lendAtDesk(store.db, person('staff', null, net.lib), 'LIB-C1', { barcode: 'VN-0004', card: 'C1-0001' });
    expect(await renew(store.db, 'VN-0004', at(net.lib))).toMatchObject({ patron: 'Đỗ Thị Hoa' });
    expect(await renew(store.db, 'VN-0004', at(net.dlib))).toMatchObject({ patron: null, card: '…001' });
    // the district library's reader waits for the title: the commune library sees their masked card
    const waiting = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'D1-0001').executeTakeFirstOrThrow();
    await placeHold(store.db, (await itemByBarcode(store.db, 'VN-0004')).recordId, waiting.id, net.lib, null);
    const back = await checkin(store.db, 'VN-0004', at(net.lib));
    expect(back).toMatchObject({ patron: 'Đỗ Thị Hoa', heldFor: '…001' });
  });

  it('every card looked up at a desk and refused is audited (an unknown card, even with an unknown copy)', async () => {
    const staff = person('staff', null, net.lib);
    await expect(lendAtDesk(store.db, staff, 'LIB-C1', { barcode: 'VN-0006', card: 'C1-0002' })).rejects.toMatchObject({ status: 404 });
    await expect(lendAtDesk(store.db, staff, 'LIB-C1', { barcode: 'no-such-copy', card: 'C1-0003' })).rejects.toMatchObject({ status: 404 });
    const trace = await store.db.selectFrom('audit_log').select(['action', 'entity_key']).where('entity', '=', 'lib_card').orderBy('id').execute();
    expect(trace).toEqual([
      { action: 'lookup', entity_key: 'C1-0002' },
      { action: 'lookup', entity_key: 'C1-0003' },
    ]);
  });
});

describe('new card numbers', () => {
  it('are random, short, of digits and capitals, with a check character that catches a mistyped or swapped character', () => {
    const cards = Array.from({ length: 500 }, newCardNumber);
    expect(new Set(cards).size).toBe(cards.length);
    for (const c of cards) {
      expect(c).toMatch(/^TV[0-9A-HJKMNP-TV-Z]{11}$/);
      expect(cardIntact(c)).toBe(true);
    }
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (const c of cards.slice(0, 50)) {
      const body = c.slice(2);
      for (let i = 0; i < body.length; i++) {
        for (const x of alphabet) if (x !== body[i]) expect(cardIntact(`TV${body.slice(0, i)}${x}${body.slice(i + 1)}`)).toBe(false);
        // Luhn mod 32 misses one swap only, as Luhn misses 09 ↔ 90: 0 ↔ Z (the first and last characters)
        const pair = `${body[i]}${body[i + 1]}`;
        if (i + 1 < body.length && body[i] !== body[i + 1] && pair !== '0Z' && pair !== 'Z0')
          expect(cardIntact(`TV${body.slice(0, i)}${body[i + 1]}${body[i]}${body.slice(i + 2)}`)).toBe(false);
      }
    }
    expect(cardCheck('0000000000')).toBe('0');
    expect(cardIntact('TV46-0001')).toBeUndefined(); // an older card: no check character to test
    expect(maskCard('TV46-0001')).toBe('…001');
  });
});
