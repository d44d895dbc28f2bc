import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { TEST_SECRET } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { createEvent } from '../../src/events/events.ts';
import { createInstitution, moveInstitution } from '../../src/network/institutions.ts';
import { portalHome } from '../../src/portal/home.ts';
import { addDays, todayLocal } from '../../src/core/time.ts';

/** Counts the statements run through a Kysely instance (by their results). */
function counter() {
  let n = 0;
  const plugin: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => (n++, a.result) };
  return { plugin, take: () => [n, (n = 0)][0]! };
}

describe.each(ENGINES)('portal home: events chosen by place on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let centre: number;
  const today = todayLocal();
  const at = (days: number, time = '08:00') => `${addDays(today, days)}T${time}`;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    centre = await createInstitution(
      store.db,
      { code: 'VH-N1', name: 'Nhà văn hóa Xã Mới', kind: 'culture_centre_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    for (const [title, d] of [
      ['Tọa đàm tuần này', 2],
      ['Ngày hội đọc sách tháng sau', 30],
      ['Chiếu phim tháng sau', 31],
    ] as const)
      await createEvent(
        store.db,
        { institutionId: centre, kind: 'talk', title, place: 'Hội trường', startsAt: at(d), endsAt: at(d, '11:00'), days: d === 2 ? ['21/4'] : [] },
        null,
      );
    await createEvent(
      store.db,
      { institutionId: net.dlib, kind: 'talk', title: 'Sự kiện ở huyện khác', place: 'Thư viện', startsAt: at(40), endsAt: at(40, '11:00') },
      null,
    );
  });
  afterAll(() => store.close());

  it('keeps the institution’s current unit on each event, and moves it with the institution', async () => {
    const units = await store.db.selectFrom('events').select(['title', 'unit_id']).orderBy('id').execute();
    expect(units.map((u) => u.unit_id)).toEqual([net.n1, net.n1, net.n1, net.d1]);
    const museum = await createInstitution(
      store.db,
      { code: 'BT-C2', name: 'Bảo tàng Xã Hai', kind: 'museum_public', ownership: 'public', unitId: net.c2, since: '2000-01-01' },
      null,
    );
    const id = await createEvent(
      store.db,
      { institutionId: museum, kind: 'talk', title: 'Nói chuyện di sản', place: 'Bảo tàng', startsAt: at(3), endsAt: at(3, '10:00') },
      null,
    );
    await moveInstitution(store.db, museum, net.n1, '2025-07-01', null);
    expect((await store.db.selectFrom('events').select('unit_id').where('id', '=', id).executeTakeFirstOrThrow()).unit_id).toBe(net.n1);
    const home = await portalHome(store.db, net.n1, today);
    expect(home.week.map((e) => e.title)).toEqual(['Tọa đàm tuần này', 'Nói chuyện di sản']);
    await store.db.deleteFrom('events').where('id', '=', id).execute();
  });

  it('shows this week’s events of the place, with their day tags, else the next ones; never another place’s', async () => {
    const home = await portalHome(store.db, net.n1, today);
    expect(home.week.map((e) => [e.title, e.days])).toEqual([['Tọa đàm tuần này', ['21/4']]]);
    expect(home.next).toEqual([]);
    const later = await portalHome(store.db, net.n1, addDays(today, 10));
    expect(later.week).toEqual([]);
    expect(later.next.map((e) => e.title)).toEqual(['Ngày hội đọc sách tháng sau', 'Chiếu phim tháng sau']);
    const nation = await portalHome(store.db, net.vn, addDays(today, 35));
    expect(nation.week.map((e) => e.title)).toEqual(['Sự kiện ở huyện khác']);
    expect(nation.institutions.map((i) => i.code)).toContain('VH-N1');
  });

  it('renders a place’s home in eight statements (seven before its clubs were listed; was 9, 13 when the week is empty)', async () => {
    const c = counter();
    const counted: Store = { ...store, db: store.db.withPlugin(c.plugin) };
    const app = createApp(counted, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
    c.take();
    const res = await app.request('/noi/N1?lang=vi&fresh=1');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Tọa đàm tuần này');
    // the unit, its events (+ their day tags), institutions, exhibitions, clubs, the commemorative days, the places below
    const n = c.take();
    console.log(`portal home /noi/N1 on ${engine}: ${n} statements`);
    expect(n).toBeLessThanOrEqual(8);
  });
});
