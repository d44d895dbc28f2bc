import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { countDifferences, ensureCountYears } from '../../src/network/counts.ts';
import { setAttribute } from '../../src/network/institutions.ts';
import { ATTRIBUTES } from '../../src/network/catalogue.ts';
import { recordHappenings } from '../../src/statistics/feed.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { aggregateDifferences } from '../../src/statistics/verify.ts';
import { applyValues, removeValues } from '../../src/statistics/write.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { storedValue } from '../support/values.ts';
import { createUser } from '../../src/accounts/users.ts';
import { nowIso } from '../../src/core/time.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';
import { sql } from 'kysely';

/** Many writers at once, as a busy day brings them: nothing lost, the maintained totals equal to a rebuild. */
describe.each(ENGINES)('concurrent writes on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store.close());

  const resolved = async (rows: { institution: string; element: string; period: string; value: number }[]) => {
    const r = await resolveValues(
      store.db,
      rows.map((x, i) => ({ row: i + 1, institution: x.institution, dataElement: x.element, period: x.period, value: x.value })),
    );
    expect(r.problems).toEqual([]);
    return r.values;
  };

  it('adds 50 happenings at once to one cell: every one counts', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordHappenings(store.db, [{ institutionId: net.lib, element: 'LIB_VISITS', date: '2024-03-10', count: i + 1 }], null),
      ),
    );
    expect(await storedValue(store, net.lib, 'LIB_VISITS', '2024-03')).toBe(1275);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  // PostgreSQL only: SQLite runs one writer at a time, so a second writer never starts its statement before the first commits
  it.runIf(engine === 'postgres')('adds to a new cell that another writer stores while it waits: written again on the stored value', async () => {
    const first = await resolved([{ institution: 'LIB-C1', element: 'LIB_VISITS', period: '2024-11', value: 7 }]);
    const second = await resolved([{ institution: 'LIB-C1', element: 'LIB_VISITS', period: '2024-11', value: 5 }]);
    const waiting = async () => {
      for (;;) {
        const r = await sql<{ n: number }>`SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(store.db);
        if (r.rows[0]!.n > 0) return;
        await new Promise((ok) => setTimeout(ok, 10));
      }
    };
    let later: Promise<unknown> = Promise.resolve();
    await inTransaction(store.db, async (trx) => {
      await applyValues(trx, first, { userId: null, mode: 'add' }); // the cell's row, not yet committed, its lock held
      later = applyValues(store.db, second, { userId: null, mode: 'add' }); // its statement's snapshot taken before the commit
      await waiting();
    });
    await later;
    expect(await storedValue(store, net.lib, 'LIB_VISITS', '2024-11')).toBe(12);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  it('sets one cell from 50 writers at once: one of them wins and the totals follow it', async () => {
    const batches = await Promise.all(
      Array.from({ length: 50 }, (_, i) => resolved([{ institution: 'LIB-D1', element: 'LIB_LOANS', period: '2024-05', value: 100 + i }])),
    );
    await Promise.all(batches.map((b) => applyValues(store.db, b, { userId: null, mode: 'set' })));
    const v = await storedValue(store, net.dlib, 'LIB_LOANS', '2024-05');
    expect(v).toBeGreaterThanOrEqual(100);
    expect(v).toBeLessThan(150);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  it('runs 50 writers over 200 overlapping cells each, in different orders, without a deadlock', async () => {
    const cells = ['LIB-C1', 'SCH-C2', 'LIB-D1'].flatMap((institution) =>
      ['LIB_LOANS', 'LIB_VISITS'].flatMap((element) =>
        Array.from({ length: 34 }, (_, m) => ({ institution, element, period: `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}` })),
      ),
    );
    const batches = await Promise.all(
      Array.from({ length: 50 }, async (_, w) => {
        // each writer its own 200 of the 204 cells, starting at its own place: the same cells, other orders
        const mine = Array.from({ length: 200 }, (_, k) => cells[(w * 7 + k) % cells.length]!);
        return resolved(mine.map((c, k) => ({ ...c, value: w * 1000 + k })));
      }),
    );
    const outcomes = await Promise.allSettled(batches.map((b) => applyValues(store.db, b, { userId: null, mode: 'set' })));
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  it('mixes adds, sets and removals on the same cells and stays equal to a rebuild', async () => {
    const [set] = await resolved([{ institution: 'LIB-C1', element: 'LIB_LOANS', period: '2024-07', value: 40 }]);
    const elementId = set!.elementId;
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        if (i % 3 === 0) return applyValues(store.db, [{ ...set!, value: i }], { userId: null, mode: 'set' });
        if (i % 3 === 1) return recordHappenings(store.db, [{ institutionId: net.lib, element: 'LIB_LOANS', date: '2024-07-02', count: 2 }], null);
        return removeValues(store.db, [{ institutionId: net.lib, elementId, period: '2024-07' }], null);
      }),
    );
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });

  it('changes the status attributes of one library from 40 writers at once: the registry counts follow every one', async () => {
    await ensureCountYears(store.db, [2024]);
    const codes = ATTRIBUTES.slice(0, 4).map((a) => a.code);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        setAttribute(store.db, net.dlib, { attribute: codes[i % codes.length]!, year: 2024, value: i % 3 !== 0, evidence: null }, null),
      ),
    );
    expect(await countDifferences(store.db)).toEqual([]);
  });

  it('writes of many people at once: each audited as its own, a refused one alone refused, the rest kept', async () => {
    const people = await Promise.all(
      ['ghi.mot', 'ghi.hai', 'ghi.ba'].map((username) =>
        createUser(store.db, { username, password: 'mat-khau-du-dai-1234', displayName: username, role: 'admin' }),
      ),
    );
    // the old district's 2012 data locked (an approved report): a write into it is refused
    await store.db.insertInto('data_locks').values({ unit_id: net.d1, year: 2012, report_id: null, locked_by: null, locked_at: nowIso() }).execute();
    const open = await resolved([{ institution: 'LIB-C1', element: 'LIB_VISITS', period: '2021-02', value: 10 }]);
    const locked = await resolved([{ institution: 'LIB-C1', element: 'LIB_VISITS', period: '2012-02', value: 99 }]);
    const outcomes = await Promise.allSettled([
      ...people.map((userId, i) =>
        applyValues(
          store.db,
          open.map((v) => ({ ...v, value: 10 + i })),
          { userId, mode: 'set', source: 'api' },
        ),
      ),
      applyValues(store.db, locked, { userId: people[0]!, mode: 'set', source: 'api' }),
      ...people.map((userId) =>
        applyValues(
          store.db,
          open.map((v) => ({ ...v, period: '2021-03', value: 5 })),
          { userId, mode: 'add', audit: 'none' },
        ),
      ),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await storedValue(store, net.lib, 'LIB_VISITS', '2012-02')).toBe(0); // nothing stored
    const last = await storedValue(store, net.lib, 'LIB_VISITS', '2021-02');
    expect(await storedValue(store, net.lib, 'LIB_VISITS', '2021-03')).toBe(15); // three additions of 5
    // three changes, each by its author, each from the value the one before left (SQLite: in arrival order)
    const audited = await store.db
      .selectFrom('audit_log')
      .select(['user_id', 'old_value', 'new_value'])
      .where('entity_key', '=', 'LIB-C1:LIB_VISITS:2021-02')
      .orderBy('id')
      .execute();
    const num = (t: string | null) => (t === null ? null : Number(t));
    expect(audited).toHaveLength(3);
    expect(audited.map((a) => num(a.old_value))).toEqual([null, num(audited[0]!.new_value), num(audited[1]!.new_value)]);
    expect(num(audited.at(-1)!.new_value)).toBe(last);
    expect(new Set(audited.map((a) => `${a.user_id}:${num(a.new_value)}`))).toEqual(new Set(people.map((u, i) => `${u}:${10 + i}`)));
    if (engine === 'sqlite') expect(audited.map((a) => a.user_id)).toEqual(people);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });
  it("one person's 50 writes at once (batched): a locked one alone refused, six on one cell audited each in turn, the rest kept", async () => {
    const writer = await createUser(store.db, { username: 'ghi.nam', password: 'mat-khau-du-dai-1234', displayName: 'Ghi', role: 'admin' });
    await store.db.insertInto('data_locks').values({ unit_id: net.d1, year: 2013, report_id: null, locked_by: null, locked_at: nowIso() }).execute();
    const locked = await resolved([{ institution: 'LIB-C1', element: 'LIB_VISITS', period: '2013-01', value: 99 }]);
    const [same] = await resolved([{ institution: 'LIB-D1', element: 'LIB_LOANS', period: '2020-06', value: 1 }]);
    const others = await resolved(
      Array.from({ length: 43 }, (_, i) => ({
        institution: ['LIB-C1', 'SCH-C2', 'LIB-D1'][i % 3]!,
        element: 'LIB_VISITS',
        period: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        value: 1000 + i,
      })),
    );
    const write = (rows: typeof others) => applyValues(store.db, rows, { userId: writer, mode: 'set', audit: 'each', source: 'api' });
    const outcomes = await Promise.allSettled([
      write(locked),
      ...Array.from({ length: 6 }, (_, i) => write([{ ...same!, value: i + 1 }])),
      ...others.map((v) => write([v])),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', ...Array<string>(49).fill('fulfilled')]);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await storedValue(store, net.lib, 'LIB_VISITS', '2013-01')).toBe(0);
    for (const v of others) expect(await storedValue(store, v.institutionId, 'LIB_VISITS', v.period)).toBe(v.value);
    // the six writes of one cell: each its own audit row, from the value the one before left, in arrival order
    const chain = await store.db
      .selectFrom('audit_log')
      .select(['user_id', 'old_value', 'new_value'])
      .where('entity_key', '=', 'LIB-D1:LIB_LOANS:2020-06')
      .orderBy('id')
      .execute();
    expect(chain.map((a) => [a.user_id, a.old_value === null ? null : Number(a.old_value), Number(a.new_value)])).toEqual([
      [writer, null, 1],
      [writer, 1, 2],
      [writer, 2, 3],
      [writer, 3, 4],
      [writer, 4, 5],
      [writer, 5, 6],
    ]);
    expect(await storedValue(store, net.dlib, 'LIB_LOANS', '2020-06')).toBe(6);
    const audited = await store.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', writer)
      .where('entity_key', 'like', '%:LIB_VISITS:%')
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(43);
    expect(await aggregateDifferences(store.db)).toEqual([]);
  });
});
