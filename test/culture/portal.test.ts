import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { addMuseum } from '../support/museum.ts';
import { Client, csrfFrom, TEST_SECRET } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent } from '../../src/events/events.ts';
import { createClub } from '../../src/culture/clubs.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createProgramme } from '../../src/museum/education.ts';

const EVIL = '<script>alert("x")</script>';

describe.each(ENGINES)('citizens’ portal on %s', (engine) => {
  let store: Store;
  let base: string;
  let close: () => Promise<void>;
  let eventId: number;
  let pastId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    await createUser(store.db, { username: 'thuvien', password: 'mat-khau-dai', displayName: 'Thủ thư', role: 'staff', institutionId: net.lib });
    eventId = await createEvent(
      store.db,
      {
        institutionId: net.lib,
        kind: 'reading_festival',
        title: `Ngày hội Đọc sách ${EVIL}`,
        description: EVIL,
        place: 'Sân thư viện',
        startsAt: '2099-04-21T08:00',
        endsAt: '2099-04-21T11:00',
        capacity: 1,
        days: ['21/4'],
      },
      null,
    );
    pastId = await createEvent(
      store.db,
      { institutionId: net.lib, kind: 'talk', title: 'Tọa đàm đã qua', place: 'Hội trường', startsAt: '2020-01-01T08:00', endsAt: '2020-01-01T10:00' },
      null,
    );
    const centre = await createInstitution(
      store.db,
      { code: 'VH-N1', name: 'Nhà văn hóa Xã Mới', kind: 'culture_centre_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    await createClub(store.db, { institutionId: centre, kind: 'club', name: 'CLB Đọc sách thiếu nhi', schedule: 'Chiều Chủ nhật' }, null);
    const museum = await addMuseum(store.db, net.n1);
    await createProgramme(store.db, { institutionId: museum, title: 'Em yêu di sản', maxStudents: 45 }, null);
    const app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((r) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => r());
      });
  });
  afterAll(async () => {
    await close?.();
    await store?.close();
  });

  async function signUp(client: Client, username: string) {
    const token = csrfFrom(await (await client.get('/dang-ky')).text());
    return client.postForm('/dang-ky', { _csrf: token, username, displayName: `Dân ${username}`, password: 'mat-khau-dai', place: 'N1' });
  }

  it('signs up a citizen, refuses a taken name without saying it is taken, and grants no institution access', async () => {
    const a = new Client(base);
    const res = await signUp(a, 'dan.a');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/ho-so-hoc-tap');
    // a taken name gets the answer a reserved one gets: nothing says that someone has it (issue 24)
    const again = await signUp(new Client(base), 'dan.a');
    expect(again.status).toBe(422);
    const page = await again.text();
    expect(page).toContain('Không thể tạo tài khoản với tên đăng nhập này. Hãy chọn tên khác.');
    expect(page).not.toContain('đã có người dùng');
    const reserved = await signUp(new Client(base), 'admin');
    expect(reserved.status).toBe(422);
    expect(await reserved.text()).toContain('Không thể tạo tài khoản với tên đăng nhập này. Hãy chọn tên khác.');
    expect((await a.get('/co-so/LIB-C1')).status).toBe(403);
    expect((await a.get('/su-kien/1/quan-ly')).status).toBe(403);
    expect((await a.get('/quan-ly/van-hoa/VH-N1')).status).toBe(403);
  });

  it('registers for the 21/4 event, then the waiting list, refuses doubles and past events; the record and exports show it', async () => {
    const a = new Client(base);
    await a.login('dan.a', 'mat-khau-dai');
    const page = await (await a.get(`/su-kien/${eventId}`)).text();
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;');
    const reg = await a.postForm(`/su-kien/${eventId}/dang-ky`, { _csrf: csrfFrom(page) });
    expect(reg.headers.get('location')).toBe(`/su-kien/${eventId}?ok=registered`);
    const twice = await a.postForm(`/su-kien/${eventId}/dang-ky`, { _csrf: csrfFrom(page) });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('Bạn đã đăng ký sự kiện này rồi.');
    const past = await a.postForm(`/su-kien/${pastId}/dang-ky`, { _csrf: csrfFrom(page) });
    expect(past.status).toBe(409);
    expect(await past.text()).toContain('không thể đăng ký nữa');
    const b = new Client(base);
    await signUp(b, 'dan.b');
    const bPage = await (await b.get(`/su-kien/${eventId}`)).text();
    expect((await b.postForm(`/su-kien/${eventId}/dang-ky`, { _csrf: csrfFrom(bPage) })).headers.get('location')).toContain('ok=waiting');
    const record = await (await a.get('/ho-so-hoc-tap')).text();
    expect(record).toContain('Ngày hội Đọc sách &lt;script&gt;');
    expect(record).toContain('đã đăng ký');
    const json = (await (await a.get('/ho-so-hoc-tap.json?nam=2099')).json()) as {
      entries: { measure: string; status: string }[];
      criteria: { code: string; value: number }[];
    };
    expect(json.entries).toEqual([expect.objectContaining({ measure: 'events_attended', status: 'registered' })]);
    expect(json.criteria.find((c) => c.code === 'events')?.value).toBe(0);
    const bytes = Buffer.from(await (await a.get('/ho-so-hoc-tap.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the Vietnamese right
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\n')[0]).toBe('date,measure,title,institution,status,counts');
    expect(csv).toContain('2099-04-21,events_attended');
    expect((await new Client(base).get('/ho-so-hoc-tap')).status).toBe(303);
  });

  it('a citizen (a teacher) books a museum programme for a class; the class’s visit is not the teacher’s own activity; a too-large class is refused', async () => {
    const a = new Client(base);
    await a.login('dan.a', 'mat-khau-dai');
    const page = await (await a.get('/bao-tang/BT-N1')).text();
    const action = /action="(\/bao-tang\/BT-N1\/chuong-trinh\/\d+)"/.exec(page)![1]!;
    const ok = await a.postForm(action, { _csrf: csrfFrom(page), school: 'THCS Xã Mới', className: '8B', students: '40', onDate: '2099-11-23' });
    expect(ok.headers.get('location')).toBe('/bao-tang/BT-N1?ok=1');
    const big = await a.postForm(action, { _csrf: csrfFrom(page), school: 'THCS Xã Mới', className: '8C', students: '60', onDate: '2099-11-23' });
    expect(big.status).toBe(422);
    expect(await big.text()).toContain('tối đa 45 học sinh');
    const json = (await (await a.get('/ho-so-hoc-tap.json?nam=2099')).json()) as { entries: { measure: string; title: string }[] };
    expect(json.entries.filter((e) => e.measure === 'museum_bookings')).toEqual([]);
  });

  it('portal home, filters, search and the API, each page under 50 KB', async () => {
    const c = new Client(base);
    const home = await c.get('/noi/N1');
    const html = await home.text();
    expect(home.status).toBe(200);
    expect(html).toContain('Ngày hội Đọc sách');
    expect(html).toContain('Nhà văn hóa Xã Mới');
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
    const byDay = await (await c.get('/su-kien?ngay=21%2F4&tu=2099-01-01')).text();
    expect(byDay).toContain(`/su-kien/${eventId}`);
    expect(await (await c.get('/su-kien?ngay=18%2F5&tu=2099-01-01')).text()).not.toContain(`/su-kien/${eventId}`);
    const found = await (await c.get('/tim-kiem?q=doc+sach&noi=N1')).text();
    expect(found).toContain(`href="/su-kien/${eventId}"`);
    expect(found).toContain('CLB <mark>Đọc</mark> <mark>sách</mark> thiếu nhi');
    expect(found).not.toContain('<script>alert');
    expect(Buffer.byteLength(found)).toBeLessThanOrEqual(50 * 1024);
    const api = (await (await c.get('/api/v1/events?unit=N1&from=2099-01-01&to=2099-12-31')).json()) as { id: number; days: string[] }[];
    expect(api.map((e) => [e.id, e.days])).toEqual([[eventId, ['21/4']]]);
    expect((await c.get('/api/v1/events?unit=NOPE')).status).toBe(404);
    // the anonymous portal page is served from the micro-cache, and a new event empties it
    const cached = await c.get('/noi/N1');
    expect(cached.headers.get('x-cache')).toBe('hit');
    expect(await cached.text()).toBe(html);
    const lib = (await store.db.selectFrom('institutions').select('id').where('code', '=', 'LIB-C1').executeTakeFirstOrThrow()).id;
    await createEvent(
      store.db,
      { institutionId: lib, kind: 'talk', title: 'Tọa đàm mới đăng', place: 'Thư viện', startsAt: '2099-05-01T08:00', endsAt: '2099-05-01T10:00' },
      null,
    );
    const fresh = await c.get('/noi/N1');
    expect(fresh.headers.get('x-cache')).toBeNull();
    const signedIn = new Client(base);
    await signedIn.login('dan.a', 'mat-khau-dai');
    await signedIn.get('/noi/N1');
    const again = await signedIn.get('/noi/N1');
    expect(again.headers.get('x-cache')).toBeNull(); // a signed-in visitor's page is never from the cache
    expect(await again.text()).toContain('Hồ sơ học tập của tôi');
    const ics = await c.get('/api/v1/events.ics?unit=N1');
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await ics.text()).toContain(`UID:event-${eventId}@lifelong`);
  });
});
