import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { storedValue as value } from '../support/values.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent, getEvent, listEvents } from '../../src/events/events.ts';
import { recordAttendance, register } from '../../src/events/registration.ts';
import { cancelEvent } from '../../src/events/cancel.ts';
import { eventsCalendar } from '../../src/events/ics.ts';
import { learningRecord } from '../../src/portal/learning-record.ts';
import { search } from '../../src/search/query.ts';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Client, csrfFrom, TEST_SECRET } from '../support/server.ts';
import { createApp } from '../../src/server/app.tsx';

describe.each(ENGINES)('cancelling an event on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let citizens: number[];
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    citizens = [];
    for (const n of [1, 2])
      citizens.push(await createUser(store.db, { username: `dan${n}`, password: 'mat-khau-dai', displayName: `Công dân ${n}`, role: 'citizen' }));
  });
  afterAll(() => store?.close());

  const event = (title: string) =>
    createEvent(
      store.db,
      {
        institutionId: net.lib,
        kind: 'reading_festival',
        title,
        place: 'Nhà văn hóa xã',
        startsAt: '2027-04-21T08:00',
        endsAt: '2027-04-21T11:00',
        capacity: 1,
        days: ['21/4'],
      },
      null,
    );

  it('tells every registrant on their record, marks it off in the iCalendar feed, and leaves the lists and the search', async () => {
    const id = await event('Ngày hội đọc sách mùa xuân');
    expect(await register(store.db, id, citizens[0]!, '2027-04-01T09:00')).toBe('registered');
    expect(await register(store.db, id, citizens[1]!, '2027-04-01T09:00')).toBe('waiting');
    expect((await search(store.db, { q: 'mua xuan', kinds: ['event'] })).hits.map((h) => h.refId)).toContain(id);

    expect(await cancelEvent(store.db, id, { note: 'Mưa bão, hẹn lại <b>tháng 5</b>' }, null)).toEqual({ notified: 2 });
    for (const who of citizens) {
      const line = (await learningRecord(store.db, who)).find((e) => e.title === 'Ngày hội đọc sách mùa xuân');
      expect(line).toMatchObject({ status: 'event_cancelled', counts: false, note: 'Mưa bão, hẹn lại <b>tháng 5</b>' });
    }
    expect((await listEvents(store.db, { unitId: net.n1 })).map((e) => e.id)).not.toContain(id);
    const all = await listEvents(store.db, { unitId: net.n1, includeCancelled: true });
    const ics = eventsCalendar(all, 'http://x', 'Sự kiện');
    const vevent = ics.split('BEGIN:VEVENT').find((v) => v.includes(`UID:event-${id}@lifelong`))!;
    expect(vevent).toContain('STATUS:CANCELLED');
    expect((await search(store.db, { q: 'mua xuan', kinds: ['event'] })).hits.map((h) => h.refId)).not.toContain(id);
    expect((await getEvent(store.db, id)).cancelNote).toBe('Mưa bão, hẹn lại <b>tháng 5</b>');
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('entity', '=', 'event')
      .where('entity_key', '=', String(id))
      .where('action', '=', 'update')
      .execute();
    expect(trail).toHaveLength(1);
  });

  it('gives a held event’s counts back to the statistics (through the feed), and refuses a second cancel or an empty note', async () => {
    const id = await event('Tọa đàm đã tổ chức');
    await register(store.db, id, citizens[0]!, '2027-04-01T09:00');
    const reg = await store.db.selectFrom('event_registrations').select('id').where('event_id', '=', id).executeTakeFirstOrThrow();
    const before = [await value(store, net.lib, 'EVENTS', '2027-04'), await value(store, net.lib, 'EVENT_PARTICIPANTS', '2027-04')];
    await recordAttendance(store.db, id, { attended: [reg.id], walkIns: 9 }, null, '2027-04-21T12:00');
    expect([await value(store, net.lib, 'EVENTS', '2027-04'), await value(store, net.lib, 'EVENT_PARTICIPANTS', '2027-04')]).toEqual([
      before[0]! + 1,
      before[1]! + 10,
    ]);
    await expect(cancelEvent(store.db, id, { note: '   ' }, null)).rejects.toThrow('note: Không được để trống');
    await cancelEvent(store.db, id, { note: 'Ghi nhầm: sự kiện không diễn ra' }, null);
    expect([await value(store, net.lib, 'EVENTS', '2027-04'), await value(store, net.lib, 'EVENT_PARTICIPANTS', '2027-04')]).toEqual(before);
    await expect(cancelEvent(store.db, id, { note: 'lần nữa' }, null)).rejects.toMatchObject({ status: 409 });
    await expect(recordAttendance(store.db, id, { attended: [], walkIns: 1 }, null, '2027-04-21T12:00')).rejects.toThrow('Sự kiện đã bị hủy.');
    const line = (await learningRecord(store.db, citizens[0]!)).find((e) => e.title === 'Tọa đàm đã tổ chức');
    expect(line).toMatchObject({ status: 'event_cancelled', counts: false });
  });

  it('the organiser cancels from the event’s page with a note (escaped), refused to others and without a note', async () => {
    await createUser(store.db, { username: 'thuvien', password: 'mat-khau-dai', displayName: 'Thủ thư', role: 'staff', institutionId: net.lib });
    const id = await event('Chiếu phim tư liệu');
    const app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const citizen = new Client(base);
      await citizen.login('dan1', 'mat-khau-dai');
      const cPage = await (await citizen.get(`/su-kien/${id}`)).text();
      expect((await citizen.postForm(`/su-kien/${id}/huy-su-kien`, { _csrf: csrfFrom(cPage), note: 'x' })).status).toBe(403);
      const staff = new Client(base);
      await staff.login('thuvien', 'mat-khau-dai');
      const manage = await (await staff.get(`/su-kien/${id}/quan-ly`)).text();
      expect(manage).toContain('Lời nhắn gửi người đã đăng ký (lý do hủy)');
      const empty = await staff.postForm(`/su-kien/${id}/huy-su-kien`, { _csrf: csrfFrom(manage), note: ' ' });
      expect(empty.status).toBe(422);
      expect(await empty.text()).toContain('Không được để trống');
      const done = await staff.postForm(`/su-kien/${id}/huy-su-kien`, { _csrf: csrfFrom(manage), note: 'Máy chiếu hỏng <script>x</script>' });
      expect(done.status).toBe(303);
      expect(done.headers.get('location')).toBe(`/su-kien/${id}?ok=event-cancelled`);
      const page = await (await staff.get(`/su-kien/${id}?ok=event-cancelled`)).text();
      expect(page).toContain('Sự kiện đã bị hủy: Máy chiếu hỏng &lt;script&gt;x&lt;/script&gt;');
      expect(page).not.toContain('<script>x</script>');
    } finally {
      await new Promise<void>((r) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => r());
      });
    }
  });
});
