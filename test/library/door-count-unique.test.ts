import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { doorCountPerDay } from '../../src/core/db/migrations/042_door_count_per_day.ts';
import { recordVisits, visitsOfMonth } from '../../src/library/visits.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork } from './fixture.ts';

/**
 * Issue 20: a door count is the day's one figure. Checked before the insert, two first counts at once could both
 * pass on PostgreSQL; the unique index of migration 042 refuses the second, in the same words as any second count.
 */
describe.each(ENGINES)('one door count per library and day on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const visits = async (month: string) => (await valuesOf(store.db, net.lib, Number(month.slice(0, 4)))).get('LIB_VISITS')?.get(month);
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
  });
  afterAll(() => store?.close());

  it('20 first door counts for one day at once: exactly one stored and counted, the 19 others refused in words', async () => {
    const tries = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => recordVisits(store.db, { institutionId: net.lib, day: '2026-06-02', count: 100 + i, source: 'door' }, null)),
    );
    const stored = tries.filter((t) => t.status === 'fulfilled');
    const refused = tries.filter((t): t is PromiseRejectedResult => t.status === 'rejected').map((t) => t.reason);
    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const rows = await store.db
      .selectFrom('lib_visits')
      .select(['id', 'count'])
      .where('institution_id', '=', net.lib)
      .where('day', '=', '2026-06-02')
      .execute();
    expect(rows).toHaveLength(1);
    const figure = rows[0]!.count;
    for (const e of refused)
      expect(e).toMatchObject({
        status: 409,
        said: { code: 'E6201', vi: `Ngày 02/06/2026 đã có ${figure} lượt ghi từ máy đếm: hãy sửa số đó trong danh sách thay vì ghi thêm.` },
        problems: [{ field: 'count', said: { code: 'E6201' } }],
      });
    // the statistics got the one figure stored, once
    expect(await visits('2026-06')).toBe(figure);
    expect(await store.db.selectFrom('audit_log').select('id').where('entity', '=', 'lib_visit').where('action', '=', 'create').execute()).toHaveLength(1);
    // sign-ins are not the day's one figure: several a day still add up
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-06-02', count: 3, source: 'sign-in' }, null);
    await recordVisits(store.db, { institutionId: net.lib, day: '2026-06-02', count: 4, source: 'sign-in' }, null);
    expect((await visitsOfMonth(store.db, net.lib, '2026-06'))[0]).toMatchObject({ day: '2026-06-02', total: figure + 7 });
    // another library's door count for the same day is its own
    await recordVisits(store.db, { institutionId: net.school, day: '2026-06-02', count: 5, source: 'door' }, null);
  });

  it('the migration merges door counts a day already has twice (written when they were summed) into one, keeping the day’s total', async () => {
    const migration = doorCountPerDay();
    await migration.down!(store.db);
    const insert = (day: string, count: number, source = 'door') =>
      store.db.insertInto('lib_visits').values({ institution_id: net.lib, day, count, source, patron_id: null }).returning('id').executeTakeFirstOrThrow();
    const a = await insert('2026-07-01', 30);
    const b = await insert('2026-07-01', 12);
    const c = await insert('2026-07-01', 8);
    await insert('2026-07-01', 2, 'sign-in');
    await insert('2026-07-02', 40);
    await migration.up(store.db);
    const july = await visitsOfMonth(store.db, net.lib, '2026-07');
    expect(july.map((d) => ({ day: d.day, total: d.total, entries: d.entries.map((e) => [e.id, e.count, e.source]) }))).toEqual([
      { day: '2026-07-02', total: 40, entries: [[expect.any(Number), 40, 'door']] },
      {
        day: '2026-07-01',
        total: 52,
        entries: [
          [a.id, 50, 'door'],
          [expect.any(Number), 2, 'sign-in'],
        ],
      },
    ]);
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['action', 'entity_key', 'old_value', 'new_value', 'user_id'])
      .where('entity', '=', 'lib_visit')
      .where('entity_key', 'in', [String(a.id), String(b.id), String(c.id)])
      .orderBy('id')
      .execute();
    expect(trail.map((t) => [t.action, t.entity_key, JSON.parse(t.old_value!), t.new_value && JSON.parse(t.new_value), t.user_id])).toEqual([
      ['update', String(a.id), { day: '2026-07-01', count: 30 }, { day: '2026-07-01', count: 50 }, null],
      ['delete', String(b.id), { day: '2026-07-01', count: 12, source: 'door' }, null, null],
      ['delete', String(c.id), { day: '2026-07-01', count: 8, source: 'door' }, null, null],
    ]);
    // the index is back: a second door count for a day is refused by the database itself
    await expect(insert('2026-07-02', 1)).rejects.toThrow();
    await expect(sql`SELECT 1`.execute(store.db)).resolves.toBeTruthy();
  });
});
