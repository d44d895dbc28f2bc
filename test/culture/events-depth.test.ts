import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent, listEvents } from '../../src/events/events.ts';
import { recordAttendance, register } from '../../src/events/registration.ts';
import { cancelEvent } from '../../src/events/cancel.ts';
import { eventsCalendar } from '../../src/events/ics.ts';
import { createApp } from '../../src/server/app.tsx';
import { Client, csrfFrom, TEST_SECRET } from '../support/server.ts';

/** The feed read by a strict parser (ical.js): every content line ends with CRLF, the last one too (RFC 5545 §3.1). */
function parseFeed(ics: string) {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: String(v.getFirstPropertyValue('status')),
  }));
}

describe.each(ENGINES)('events in depth on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let citizen: number;
  let base: string;
  let server: ReturnType<typeof serve>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    citizen = await createUser(store.db, { username: 'dan1', password: 'mat-khau-dai', displayName: 'Công dân Một', role: 'citizen' });
    await createUser(store.db, { username: 'thuvien', password: 'mat-khau-dai', displayName: 'Thủ thư', role: 'staff', institutionId: net.lib });
    const app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => {
      if (server && 'closeAllConnections' in server) server.closeAllConnections();
      server ? server.close(() => r()) : r();
    });
    await store?.close();
  });

  const event = (title: string, startsAt = '2027-04-21T08:00', endsAt = '2027-04-21T11:00') =>
    createEvent(store.db, { institutionId: net.lib, kind: 'talk', title, place: 'Nhà văn hóa xã', startsAt, endsAt }, null);

  it('writes an iCalendar feed a strict parser reads, its SEQUENCE raised by a cancellation (STATUS:CANCELLED)', async () => {
    const id = await event('Tọa đàm về sách');
    const uid = `event-${id}@lifelong`;
    const feed = async () =>
      parseFeed(eventsCalendar(await listEvents(store.db, { unitId: net.n1, includeCancelled: true }), 'http://x', 'Sự kiện')).find((e) => e.uid === uid)!;
    expect(await feed()).toMatchObject({ sequence: 0, status: 'CONFIRMED' });
    await cancelEvent(store.db, id, { note: 'Mưa bão' }, null);
    expect(await feed()).toMatchObject({ sequence: 1, status: 'CANCELLED' });
    const http = await fetch(`${base}/api/v1/events.ics?unit=N1`);
    const text = await http.text();
    expect(parseFeed(text).find((e) => e.uid === uid)).toMatchObject({ sequence: 1, status: 'CANCELLED' });
  });

  it('raises the SEQUENCE when attendance marks the event held', async () => {
    const id = await event('Ngày hội đọc', '2026-01-10T08:00', '2026-01-10T11:00');
    await recordAttendance(store.db, id, { attended: [], walkIns: 3 }, null, '2026-01-10T12:00');
    const row = await store.db.selectFrom('events').select('sequence').where('id', '=', id).executeTakeFirstOrThrow();
    expect(Number(row.sequence)).toBe(1);
  });

  it('names statuses in words for the organiser and the attendee (both languages), and closes past events to registration', async () => {
    const id = await event('Câu chuyện sách', '2027-05-02T08:00', '2027-05-02T10:00');
    await register(store.db, id, citizen, '2027-04-01T09:00');
    const staff = new Client(base);
    await staff.login('thuvien', 'mat-khau-dai');
    const manage = await (await staff.get(`/su-kien/${id}/quan-ly`)).text();
    expect(manage).not.toContain('Bạn đã đăng ký tham gia.');
    expect(manage).toMatch(/<td>Đã đăng ký<\/td>/);
    expect(manage).toContain('Trạng thái: Đã đăng');

    // held (attendance recorded after it began): the attendee reads "Attended" in English, not "Held"
    const past = await event('Buổi đọc đã qua', '2026-01-05T08:00', '2026-01-05T10:00');
    await store.db
      .insertInto('event_registrations')
      .values({ event_id: past, user_id: citizen, status: 'registered', attended: 0, created_at: '2026-01-01T00:00:00Z' })
      .execute();
    const reg = await store.db.selectFrom('event_registrations').select('id').where('event_id', '=', past).executeTakeFirstOrThrow();
    await recordAttendance(store.db, past, { attended: [reg.id], walkIns: 0 }, null, '2026-01-05T12:00');
    const dan = new Client(base);
    await dan.login('dan1', 'mat-khau-dai');
    const en = await (await dan.get(`/su-kien/${past}?lang=en`)).text();
    expect(en).toMatch(/Your status<\/dt><dd[^>]*>Attended<\/dd>/);
    const vi = await (await dan.get(`/su-kien/${past}?lang=vi`)).text();
    expect(vi).toMatch(/Trạng thái của bạn<\/dt><dd[^>]*>Đã tham gia<\/dd>/);

    // a past event still published: no button, and the POST is refused
    const old = await event('Tọa đàm tháng trước', '2026-02-01T08:00', '2026-02-01T10:00');
    const page = await (await dan.get(`/su-kien/${old}`)).text();
    expect(page).not.toContain('Đăng ký tham gia');
    expect(page).toContain('không còn nhận đăng ký');
    const refused = await dan.postForm(`/su-kien/${old}/dang-ky`, { _csrf: csrfFrom(page) });
    expect(refused.status).toBe(409);
    // a coming event keeps its button
    expect(await (await dan.get(`/su-kien/${id}`)).text()).toContain('Hủy đăng ký');
  });

  it('offers the organiser their own institutions by name, and reads a typed code in any case', async () => {
    const staff = new Client(base);
    await staff.login('thuvien', 'mat-khau-dai');
    const form = await (await staff.get('/quan-ly/su-kien/moi')).text();
    expect(form).toMatch(
      /<select id="institution" name="institution" required=""><option value="LIB-C1" selected="">Thư viện xã Một — Xã Mới<\/option><\/select>/,
    );
    const posted = await staff.postForm('/quan-ly/su-kien', {
      _csrf: csrfFrom(form),
      institution: 'lib-c1',
      kind: 'talk',
      title: 'Tọa đàm chữ thường',
      place: 'Hội trường',
      startsAt: '2027-06-01T08:00',
      endsAt: '2027-06-01T10:00',
    });
    expect(posted.status).toBe(303);
    const made = await store.db.selectFrom('events').select('institution_id').where('title', '=', 'Tọa đàm chữ thường').executeTakeFirstOrThrow();
    expect(made.institution_id).toBe(net.lib);
  });
});
