import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { checkout } from '../../src/library/circulation.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { newLinkCode, normalCode } from '../../src/library/link-codes.ts';
import { blockPatron, editPatron, findPatrons, linkCard, renewCard, staffPatron, unlinkCard } from '../../src/library/patron-records.ts';
import { fillHold, pickupList } from '../../src/library/pickup.ts';
import { cancelReaderHold, openLoans, placeReaderHold, readerHolds, renewReaderLoan } from '../../src/library/reader-account.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });
const PASSWORD = 'a-long-test-password-9';

/** Issue 20: patron records at the desk, one-time link codes, holds citizens place and the desk fills, renewals by the reader. */
describe.each(ENGINES)('patron records and holds on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  let hoa: number;
  let long: number;
  let other: number;
  let citizen: number;
  let citizen2: number;
  let record: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    hoa = await registerPatron(
      store.db,
      { cardNumber: 'C1-HOA1', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult', phone: '0905123456' },
      null,
      '2026-01-10',
    );
    long = await registerPatron(store.db, { cardNumber: 'C1-LONG', institutionId: net.lib, name: 'Vũ Văn Long', category: 'adult' }, null, '2026-01-10');
    other = await registerPatron(store.db, { cardNumber: 'D1-HOA2', institutionId: net.dlib, name: 'Đỗ Thị Hoà', category: 'adult' }, null, '2026-01-10');
    citizen = await createUser(store.db, { username: 'dan.hoa', password: PASSWORD, displayName: 'Đỗ Thị Hoa', role: 'citizen' });
    citizen2 = await createUser(store.db, { username: 'dan.long', password: PASSWORD, displayName: 'Vũ Văn Long', role: 'citizen' });
    record = (await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).record_id;
  });
  afterAll(() => store?.close());

  it("finds the library's own readers by card (any case), by name without diacritics, by phone; not another library's; refused to a museum's staff", async () => {
    const staff = staffOf(net.lib);
    const names = async (q: string) => (await findPatrons(store.db, staff, 'LIB-C1', q)).found.map((p) => p.cardNumber);
    expect(await names('c1-hoa1')).toEqual(['C1-HOA1']);
    expect(await names('do thi hoa')).toEqual(['C1-HOA1']); // D1-HOA2 is the other library's
    expect(await names('VĂN LONG')).toEqual(['C1-LONG']);
    expect(await names('0905 123')).toEqual(['C1-HOA1']);
    expect(await names('d1-hoa2')).toEqual([]);
    await expect(findPatrons(store.db, staff, 'LIB-C1', '  ')).rejects.toMatchObject({ status: 422, problems: [{ field: 'q' }] });
    await expect(findPatrons(store.db, staffOf(net.museum), 'LIB-C1', 'hoa')).rejects.toMatchObject({ status: 403 });
    await expect(staffPatron(store.db, staff, 'LIB-C1', other)).rejects.toMatchObject({ status: 404 });
  });

  it('edits, renews, blocks (a reason required) and unblocks a card, each audited', async () => {
    const staff = staffOf(net.lib);
    await expect(editPatron(store.db, staff, 'LIB-C1', long, { name: ' ', category: 'alien', phone: '12' })).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'name' }, { field: 'category' }, { field: 'phone' }],
    });
    const p = await editPatron(store.db, staff, 'LIB-C1', long, { name: 'Vũ Văn Lòng', category: 'elderly', phone: '0912.345.678' });
    expect(p).toMatchObject({ name: 'Vũ Văn Lòng', category: 'elderly', phone: '0912345678' });
    expect((await findPatrons(store.db, staff, 'LIB-C1', 'van long')).found.map((x) => x.id)).toEqual([long]);
    await expect(renewCard(store.db, staff, 'LIB-C1', long, '2026-01-01', '2026-03-01')).rejects.toMatchObject({ problems: [{ field: 'expires' }] });
    await expect(renewCard(store.db, staff, 'LIB-C1', long, '2027-02-30', '2026-03-01')).rejects.toMatchObject({ problems: [{ field: 'expires' }] });
    expect(await renewCard(store.db, staff, 'LIB-C1', long, '1/3/2027', '2026-03-01')).toBe('2027-03-01');
    await expect(renewCard(store.db, staff, 'LIB-C1', long, '31/02/2027', '2026-03-01')).rejects.toMatchObject({ problems: [{ field: 'expires' }] });
    await expect(blockPatron(store.db, staff, 'LIB-C1', long, '  ')).rejects.toMatchObject({ problems: [{ field: 'reason' }] });
    await blockPatron(store.db, staff, 'LIB-C1', long, 'Làm hỏng sách');
    expect((await staffPatron(store.db, staff, 'LIB-C1', long)).patron).toMatchObject({ blocked: true, blockReason: 'Làm hỏng sách', expiresAt: '2027-03-01' });
    await blockPatron(store.db, staff, 'LIB-C1', long, null);
    expect((await staffPatron(store.db, staff, 'LIB-C1', long)).patron).toMatchObject({ blocked: false, blockReason: null });
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('entity', '=', 'lib_patron')
      .where('entity_key', '=', 'C1-LONG')
      .execute();
    expect(trail.map((a) => a.new_value).join()).toContain('Làm hỏng sách');
    expect(trail.length).toBeGreaterThanOrEqual(5);
  });

  it('links a card by a one-time code (used once; an expired or reused code is refused) and by username', async () => {
    const staff = staffOf(net.lib);
    const { code } = await newLinkCode(store.db, citizen);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(normalCode(code.toLowerCase().replace('-', ' '))).toBe(code.replace('-', ''));
    await expect(linkCard(store.db, staff, 'LIB-C1', hoa, { code: 'ABC' })).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'code', said: { code: 'E6145' } }],
    });
    expect(await linkCard(store.db, staff, 'LIB-C1', hoa, { code: code.toLowerCase() })).toEqual({ username: 'dan.hoa', displayName: 'Đỗ Thị Hoa' });
    expect((await staffPatron(store.db, staff, 'LIB-C1', hoa)).patron.userId).toBe(citizen);
    // used once
    await expect(linkCard(store.db, staff, 'LIB-C1', long, { code })).rejects.toMatchObject({ problems: [{ field: 'code', said: { code: 'E6148' } }] });
    // a code made 16 minutes ago has expired
    const old = await newLinkCode(store.db, citizen2, Date.now() - 16 * 60_000);
    await expect(linkCard(store.db, staff, 'LIB-C1', long, { code: old.code })).rejects.toMatchObject({
      problems: [{ field: 'code', said: { code: 'E6147' } }],
    });
    // a new code ends the earlier one
    const first = await newLinkCode(store.db, citizen2);
    await newLinkCode(store.db, citizen2);
    await expect(linkCard(store.db, staff, 'LIB-C1', long, { code: first.code })).rejects.toMatchObject({ problems: [{ said: { code: 'E6147' } }] });
    await expect(linkCard(store.db, staff, 'LIB-C1', long, { code: 'ZZZZ-ZZZZ' })).rejects.toMatchObject({ problems: [{ said: { code: 'E6146' } }] });
    await expect(linkCard(store.db, staff, 'LIB-C1', long, { username: 'no.one' })).rejects.toMatchObject({ problems: [{ field: 'username' }] });
    await expect(linkCard(store.db, staff, 'LIB-C1', long, {})).rejects.toMatchObject({ problems: [{ field: 'code' }] });
    await linkCard(store.db, staff, 'LIB-C1', long, { username: 'Dan.Long' });
    expect((await staffPatron(store.db, staff, 'LIB-C1', long)).patron.userId).toBe(citizen2);
    // another library's staff cannot link this library's card
    const { code: c2 } = await newLinkCode(store.db, citizen2);
    await expect(linkCard(store.db, staffOf(net.dlib), 'LIB-D1', hoa, { code: c2 })).rejects.toMatchObject({ status: 404 });
    const audited = await store.db.selectFrom('audit_log').select('new_value').where('entity', '=', 'lib_patron').where('entity_key', '=', 'C1-HOA1').execute();
    expect(audited.some((a) => String(a.new_value).includes('"by":"code"'))).toBe(true);
    await unlinkCard(store.db, staff, 'LIB-C1', long);
    expect((await staffPatron(store.db, staff, 'LIB-C1', long)).patron.userId).toBeNull();
    await linkCard(store.db, staff, 'LIB-C1', long, { username: 'dan.long' });
  });

  it('holds: readers queue for a title, the desk sees it to pull, fills it from the shelf, the reader sees it ready and the loan fulfils it', async () => {
    const staff = staffOf(net.lib);
    await expect(placeReaderHold(store.db, citizen, record, { libraryId: null })).rejects.toMatchObject({ problems: [{ field: 'library' }] });
    const a = await placeReaderHold(store.db, citizen, record, { libraryId: net.lib });
    expect(a.position).toBe(1);
    await expect(placeReaderHold(store.db, citizen, record, { libraryId: net.lib })).rejects.toMatchObject({ status: 409 });
    const b = await placeReaderHold(store.db, citizen2, record, { libraryId: net.lib });
    expect(b.position).toBe(2);
    const list = await pickupList(store.db, staff, 'LIB-C1');
    expect(list.pull.map((l) => [l.holdId, l.position, l.onShelf])).toEqual([
      [a.holdId, 1, ['VN-0001']],
      [b.holdId, 2, ['VN-0001']],
    ]);
    expect(list.pull[0]).toMatchObject({ reader: 'Đỗ Thị Hoa', card: 'C1-HOA1' });
    await expect(pickupList(store.db, staffOf(net.dlib), 'LIB-C1')).rejects.toMatchObject({ status: 403 });
    await expect(fillHold(store.db, staff, 'LIB-C1', a.holdId, 'VN-0002')).rejects.toMatchObject({ problems: [{ said: { code: 'E6154' } }] });
    const filled = await fillHold(store.db, staff, 'LIB-C1', a.holdId, 'vn-0001', '2026-03-01');
    expect(filled).toMatchObject({ barcode: 'VN-0001', until: '2026-03-08' });
    await expect(fillHold(store.db, staff, 'LIB-C1', a.holdId, 'VN-0001')).rejects.toMatchObject({ problems: [{ field: 'hold' }] });
    await expect(fillHold(store.db, staff, 'LIB-C1', b.holdId, 'VN-0001')).rejects.toMatchObject({ problems: [{ said: { code: 'E6155' } }] });
    expect((await store.db.selectFrom('lib_items').select('status').where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow()).status).toBe('on-hold');
    const after = await pickupList(store.db, staff, 'LIB-C1', '2026-03-09');
    expect(after.pull).toEqual([]);
    expect(after.ready).toEqual([expect.objectContaining({ holdId: a.holdId, barcode: 'VN-0001', reader: 'Đỗ Thị Hoa', until: '2026-03-08', lapsed: true })]);
    expect(await readerHolds(store.db, [hoa])).toEqual([
      expect.objectContaining({ status: 'ready', readyUntil: '2026-03-08', position: null, barcode: 'VN-0001' }),
    ]);
    expect(await readerHolds(store.db, [long])).toEqual([expect.objectContaining({ status: 'waiting', position: 1 })]);
    // someone else cannot take the copy set aside; its reader can, fulfilling the hold
    await expect(checkout(store.db, 'VN-0001', 'C1-LONG', { institutionId: net.lib, userId: null })).rejects.toMatchObject({ code: 'E6010' });
    await checkout(store.db, 'VN-0001', 'C1-HOA1', { institutionId: net.lib, userId: null });
    expect(await readerHolds(store.db, [hoa])).toEqual([]);
    // cancelling: only one's own hold
    await expect(cancelReaderHold(store.db, citizen, b.holdId)).rejects.toMatchObject({ status: 404 });
    await cancelReaderHold(store.db, citizen2, b.holdId);
    expect(await readerHolds(store.db, [long])).toEqual([]);
  });

  it('a reader renews their own loan within the rules: refused when someone waits for the title, or the card is blocked; not another reader’s loan', async () => {
    const [loan] = await openLoans(store.db, [hoa]);
    expect(loan).toMatchObject({ barcode: 'VN-0001', renewals: 0 });
    await expect(renewReaderLoan(store.db, citizen2, loan!.loanId)).rejects.toMatchObject({ status: 404 });
    const r = await renewReaderLoan(store.db, citizen, loan!.loanId);
    expect(r.dueAt > loan!.dueAt).toBe(true);
    expect((await openLoans(store.db, [hoa]))[0]).toMatchObject({ renewals: 1, dueAt: r.dueAt });
    await placeReaderHold(store.db, citizen2, record, { libraryId: net.lib });
    await expect(renewReaderLoan(store.db, citizen, loan!.loanId)).rejects.toMatchObject({ code: 'E6014' });
    await blockPatron(store.db, staffOf(net.lib), 'LIB-C1', hoa, 'Chưa trả sách');
    await expect(renewReaderLoan(store.db, citizen, loan!.loanId)).rejects.toMatchObject({ code: 'E6002' });
  });
});
