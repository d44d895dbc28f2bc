import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thisMonth, thisYear, todayLocal } from '../../src/core/time.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, storedValue, type TestServer } from '../support/server.ts';

/** A busy desk: many actions at the same moment each count once, and the maintained totals stay equal to a rebuild. */
describe.each(ENGINES)('a busy desk on %s', (engine) => {
  let server: TestServer;
  let staff: Client;
  let token: string;
  beforeAll(async () => {
    server = await startServer(engine);
    staff = new Client(server.url);
    expect((await staff.login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    token = csrfFrom(await (await staff.get('/thu-vien/TVTINH-46')).text());
  });
  afterAll(() => server.close());

  it('lends 20 books to 20 readers at once: 20 loans counted', async () => {
    const db = server.store.db;
    const lib = await db.selectFrom('institutions').select('id').where('code', '=', 'TVTINH-46').executeTakeFirstOrThrow();
    await db
      .insertInto('lib_patrons')
      .values(
        Array.from({ length: 20 }, (_, i) => ({
          card_number: `BUSY-${i + 1}`,
          institution_id: lib.id,
          user_id: null,
          name: `Bạn đọc ${i + 1}`,
          category: 'adult',
          block_reason: null,
          registered_at: todayLocal(),
          expires_at: null,
        })),
      )
      .execute();
    const items = await db
      .selectFrom('lib_items as i')
      .leftJoin('lib_loans as l', (j) => j.onRef('l.item_id', '=', 'i.id').on('l.returned_at', 'is', null))
      .select('i.barcode')
      .where('i.institution_id', '=', lib.id)
      .where('l.id', 'is', null)
      .orderBy('i.barcode')
      .limit(20)
      .execute();
    expect(items).toHaveLength(20);
    const before = (await storedValue(server.store, 'TVTINH-46', 'LIB_LOANS', thisMonth())) ?? 0;
    const answers = await Promise.all(
      items.map((it, i) => staff.postJson('/api/v1/libraries/TVTINH-46/checkout', { barcode: it.barcode, card: `BUSY-${i + 1}` }, { 'x-csrf-token': token })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_LOANS', thisMonth())).toBe(before + 20);
    expect(await aggregateDifferences(db)).toEqual([]);
  });

  it('records 50 visit counts at once from the desk form, one a day: all 1,275 visitors counted; a day twice is refused', async () => {
    // a door count is the day's figure (a second one for a day is refused): 50 days of March and April 2025
    const days = Array.from({ length: 50 }, (_, i) => (i < 31 ? `2025-03-${String(i + 1).padStart(2, '0')}` : `2025-04-${String(i - 30).padStart(2, '0')}`));
    const shown = async () =>
      ((await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-03')) ?? 0) +
      ((await storedValue(server.store, 'TVTINH-46', 'LIB_VISITS', '2025-04')) ?? 0);
    const before = await shown();
    const answers = await Promise.all(days.map((day, i) => staff.postForm('/thu-vien/TVTINH-46/luot', { _csrf: token, count: String(i + 1), day })));
    expect(answers.every((a) => a.status === 303)).toBe(true);
    expect(await shown()).toBe(before + 1275);
    const again = await Promise.all(days.slice(0, 5).map((day) => staff.postForm('/thu-vien/TVTINH-46/luot', { _csrf: token, count: '7', day })));
    expect(again.map((a) => a.status)).toEqual(Array(5).fill(409));
    expect(await shown()).toBe(before + 1275);
    expect(await aggregateDifferences(server.store.db)).toEqual([]);
  });

  it('issues 20 cards at once: the registered readers figure counts all of them', async () => {
    const db = server.store.db;
    const lib = await db.selectFrom('institutions').select('id').where('code', '=', 'TVTINH-46').executeTakeFirstOrThrow();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registerPatron(db, { institutionId: lib.id, cardNumber: `MOI-${i + 1}`, name: `Bạn đọc mới ${i + 1}`, category: 'adult' }, null),
      ),
    );
    const cards = await db
      .selectFrom('lib_patrons')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('institution_id', '=', lib.id)
      .executeTakeFirstOrThrow();
    expect(await storedValue(server.store, 'TVTINH-46', 'LIB_REGISTERED_USERS', String(thisYear()))).toBe(Number(cards.n));
    expect(await aggregateDifferences(db)).toEqual([]);
  });
});
