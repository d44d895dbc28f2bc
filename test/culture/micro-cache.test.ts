import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { TEST_SECRET } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { createEvent } from '../../src/events/events.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { addDays, todayLocal } from '../../src/core/time.ts';
import { createApiToken } from '../../src/accounts/sessions.ts';
import { createUser } from '../../src/accounts/users.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  acceptedCoding,
  MICRO_CACHE_STALE_MS,
  MICRO_CACHE_TTL_MS,
  microCacheEnabled,
  publicPagesChanged,
  publicTableChanged,
} from '../../src/portal/micro-cache.ts';
import { listenForChanges } from '../../src/core/db/change-notices.ts';

/** Counts the statements run through a Kysely instance (by their results). */
function counter() {
  let n = 0;
  const plugin: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => (n++, a.result) };
  return { plugin, take: () => [n, (n = 0)][0]! };
}

describe.each(ENGINES)('micro-cache of anonymous public pages on %s', (engine) => {
  let store: Store & { url: string };
  let centre: number;
  const day = addDays(todayLocal(), 2);
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    centre = await createInstitution(
      store.db,
      { code: 'VH-N1', name: 'Nhà văn hóa Xã Mới', kind: 'culture_centre_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    await createEvent(
      store.db,
      { institutionId: centre, kind: 'talk', title: 'Tọa đàm văn hóa đọc', place: 'Hội trường', startsAt: `${day}T08:00`, endsAt: `${day}T10:00` },
      null,
    );
  });
  afterAll(() => store.close());
  afterEach(() => {
    delete process.env.LIFELONG_MICRO_CACHE;
  });

  const appOn = (s: Store) => createApp(s, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });

  it('answers a browser or proxy that has the page with 304 until a write changes it; validators and caching rules on every answer', async () => {
    const app = appOn(store);
    publicPagesChanged();
    const first = await app.request('/noi/N1?etag=1');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toBe('Accept-Encoding, Cookie');
    const kept = await app.request('/noi/N1?etag=1', { headers: { 'if-none-match': etag!, 'accept-encoding': 'br' } });
    expect([kept.status, kept.headers.get('etag'), await kept.text()]).toEqual([304, etag, '']);
    // a compressed copy is the same page: the same (weak) validator
    const br = await app.request('/noi/N1?etag=1', { headers: { 'accept-encoding': 'br' } });
    expect([br.status, br.headers.get('etag'), br.headers.get('content-encoding')]).toEqual([200, etag, 'br']);
    await createEvent(
      store.db,
      { institutionId: centre, kind: 'talk', title: 'Ngày hội đọc sách', place: 'Sân', startsAt: `${day}T14:00`, endsAt: `${day}T16:00` },
      null,
    );
    publicPagesChanged();
    const changed = await app.request('/noi/N1?etag=1', { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Ngày hội đọc sách');
  });

  it('renders a page once for many visitors arriving together (single flight), then serves it from memory', async () => {
    const c = counter();
    const app = appOn({ ...store, db: store.db.withPlugin(c.plugin) });
    c.take();
    const answers = await Promise.all(Array.from({ length: 12 }, () => app.request('/noi/N1')));
    const once = c.take();
    expect(once).toBeGreaterThan(0);
    expect(answers.map((r) => r.status)).toEqual(Array(12).fill(200));
    const how = answers.map((r) => r.headers.get('x-cache'));
    expect(how.filter((h) => h === null)).toHaveLength(1); // the one rendering
    expect(how.filter((h) => h === 'shared')).toHaveLength(11);
    const bodies = new Set(await Promise.all(answers.map((r) => r.text())));
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('Tọa đàm văn hóa đọc');
    const again = await app.request('/noi/N1');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(c.take()).toBe(0);
  });

  it('once expired, one visitor renders the page again while the others get the expired one (stale while revalidate)', async () => {
    const c = counter();
    const app = appOn({ ...store, db: store.db.withPlugin(c.plugin) });
    const first = await app.request('/noi/N1?stale=1');
    const once = c.take();
    const start = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(start + MICRO_CACHE_TTL_MS + 1_000);
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => app.request('/noi/N1?stale=1')));
      const how = answers.map((r) => r.headers.get('x-cache'));
      expect(how.filter((h) => h === null)).toHaveLength(1);
      expect(how.filter((h) => h === 'stale')).toHaveLength(5);
      expect(c.take()).toBe(once);
      expect((await app.request('/noi/N1?stale=1')).headers.get('x-cache')).toBe('hit');
      clock.mockReturnValue(start + MICRO_CACHE_TTL_MS + 1_000 + MICRO_CACHE_TTL_MS + MICRO_CACHE_STALE_MS + 1_000); // past the stale limit: rendered before anyone is answered
      const late = await Promise.all([1, 2].map(() => app.request('/noi/N1?stale=1')));
      expect(late.map((r) => r.headers.get('x-cache'))).toEqual([null, 'shared']);
      expect(await late[1]!.text()).toBe(await first.text());
    } finally {
      clock.mockRestore();
    }
  });

  it('is emptied by a write that changes what the pages show', async () => {
    const app = appOn(store);
    await app.request('/noi/N1?w=1');
    expect((await app.request('/noi/N1?w=1')).headers.get('x-cache')).toBe('hit');
    await createEvent(
      store.db,
      { institutionId: centre, kind: 'talk', title: 'Chiếu phim tư liệu', place: 'Sân', startsAt: `${day}T19:00`, endsAt: `${day}T21:00` },
      null,
    );
    const fresh = await app.request('/noi/N1?w=1');
    expect(fresh.headers.get('x-cache')).toBeNull();
    expect(await fresh.text()).toContain('Chiếu phim tư liệu');
  });

  it('keeps the dashboards too; a write the app takes makes them stale, a refused one does not', async () => {
    const app = appOn(store);
    const admin = await createUser(store.db, { username: `quantri-${engine}`, password: 'một-mật-khẩu-thật-dài-2026', displayName: 'Quản trị', role: 'admin' });
    const { token } = await createApiToken(store.db, admin, 'micro-cache');
    const write = (value: unknown) =>
      app.request('/api/v1/values', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-03', value }]),
      });
    for (const page of ['/don-vi/VN?nam=2024', '/don-vi/P9', '/tong-quan']) {
      expect((await app.request(page)).status).toBe(200);
      expect((await app.request(page)).headers.get('x-cache')).toBe('hit');
    }
    expect((await write('không phải số')).status).toBeGreaterThanOrEqual(400);
    expect((await app.request('/don-vi/VN?nam=2024')).headers.get('x-cache')).toBe('hit');
    expect((await write(4321)).status).toBeLessThan(300);
    const fresh = await app.request('/don-vi/VN?nam=2024');
    expect(fresh.headers.get('x-cache')).toBeNull(); // rendered afresh for the first visitor after the write
    expect((await app.request('/don-vi/VN?nam=2024')).headers.get('x-cache')).toBe('hit');
  });

  it('a write of values alone makes stale the pages that show values; the searches and the events list stay kept', async () => {
    const app = appOn(store);
    const admin = await createUser(store.db, { username: `giatri-${engine}`, password: 'một-mật-khẩu-thật-dài-2027', displayName: 'Quản trị', role: 'admin' });
    const { token } = await createApiToken(store.db, admin, 'values only');
    const write = (value: number) =>
      app.request('/api/v1/values', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-04', value }]),
      });
    const showing = ['/don-vi/VN?nam=2024&v=1', '/don-vi/P9?v=1', '/tong-quan?v=1', '/noi/N1?v=1'];
    const notShowing = ['/tra-cuu?q=sach&v=1', '/tim-kiem?q=doc&v=1', '/su-kien?v=1'];
    // renderings take no (mock) time: the share of time for renderings afresh never runs out here
    let clock = 1e9;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    onTestFinished(() => now.mockRestore());
    const kept = async () => {
      clock += 60_000;
      const how: Record<string, string | null> = {};
      for (const page of [...showing, ...notShowing]) {
        const r = await app.request(page);
        expect(r.status, page).toBe(200);
        how[page] = r.headers.get('x-cache');
      }
      return how;
    };
    await kept();
    expect(Object.values(await kept())).toEqual(Array(7).fill('hit'));
    expect((await write(5432)).status).toBe(200);
    const after = await kept();
    for (const page of showing) expect(after[page], page).toBeNull(); // rendered afresh for the first visitor after the write
    for (const page of notShowing) expect(after[page], page).toBe('hit');
    // another process's change: of the values' tables, the same; of any other table (or of anything, '*'), every page
    for (const table of ['data_values', 'agg_values', 'agg_totals']) {
      publicTableChanged(table);
      const how = await kept();
      expect(showing.map((p) => how[p])).toEqual(Array(4).fill(null));
      expect(notShowing.map((p) => how[p])).toEqual(Array(3).fill('hit'));
    }
    for (const table of ['events', 'lib_items', 'institutions', '*']) {
      publicTableChanged(table);
      expect(Object.values(await kept()), table).toEqual(Array(7).fill(null));
    }
    // a write request that does not say what it changed: every page
    const other = await app.request('/api/v1/validation-rules', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Lượt mượn không quá 10 lần lượt đến',
        left: 'LIB_LOANS',
        operator: '<=',
        right: 'LIB_VISITS',
        factor: 10,
        importance: 'low',
      }),
    });
    expect(other.status, await other.clone().text()).toBe(200);
    expect(Object.values(await kept())).toEqual(Array(7).fill(null));
  });

  it.runIf(engine === 'postgres')('a write of values is announced to other processes as a change of the values’ tables only', async () => {
    const app = appOn(store);
    const admin = await createUser(store.db, {
      username: `thongbao-${engine}`,
      password: 'một-mật-khẩu-thật-dài-2028',
      displayName: 'Quản trị',
      role: 'admin',
    });
    const { token } = await createApiToken(store.db, admin, 'notices');
    const heard: string[] = [];
    const listener = listenForChanges(store.url, (table) => heard.push(table));
    try {
      // the listener is connected once a change made now is heard
      const until = async (what: () => boolean) => {
        for (let i = 0; i < 100 && !what(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      };
      for (let i = 0; i < 100 && heard.length === 0; i++) {
        publicPagesChanged();
        await store.db.updateTable('institutions').set({ name: 'Nhà văn hóa Xã Mới' }).where('id', '=', centre).execute();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(heard).toContain('institutions');
      heard.length = 0;
      const r = await app.request('/api/v1/values', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify([{ institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-05', value: 77 }]),
      });
      expect(r.status).toBe(200);
      await until(() => heard.includes('data_values') && heard.includes('agg_totals'));
      await new Promise((resolve) => setTimeout(resolve, 200)); // anything else it would announce
      expect(new Set(heard)).toEqual(new Set(['data_values', 'agg_values', 'agg_totals']));
    } finally {
      await listener.close();
    }
  });

  it('renders pages afresh after changes within a share of the time; past it, the page as it was', async () => {
    let clock = 1e9;
    const slow: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => ((clock += 400), a.result) };
    const app = appOn({ ...store, db: store.db.withPlugin(slow) });
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      clock += 60_000; // a full budget
      expect((await app.request('/tong-quan?b=1')).headers.get('x-cache')).toBeNull(); // a first rendering, never held back
      publicPagesChanged();
      expect((await app.request('/tong-quan?b=1')).headers.get('x-cache')).toBeNull(); // rendered afresh: seconds of (mock) time spent
      publicPagesChanged();
      expect((await app.request('/tong-quan?b=1')).headers.get('x-cache')).toBe('stale'); // the share is spent: the page as it was
      clock += 60_000;
      expect((await app.request('/tong-quan?b=1')).headers.get('x-cache')).toBeNull(); // the share is back
    } finally {
      now.mockRestore();
    }
  });

  it('renders one kept page afresh at a time after a change: the other stale pages meanwhile as they were; a first rendering is never held', async () => {
    const app = appOn(store);
    const pages = ['/tong-quan?one=1', '/tong-quan?one=2', '/tong-quan?one=3'];
    for (const page of pages) expect((await app.request(page)).headers.get('x-cache')).toBeNull();
    publicPagesChanged();
    const [again, ...others] = await Promise.all([...pages, '/tong-quan?one=4'].map((page) => app.request(page)));
    expect(again!.headers.get('x-cache')).toBeNull(); // the first stale page is rendered afresh
    expect(others.map((r) => r.headers.get('x-cache'))).toEqual(['stale', 'stale', null]); // the new page has nothing kept: rendered
    expect((await app.request(pages[1]!)).headers.get('x-cache')).toBeNull(); // the rendering done, the next one goes
  });

  it('never keeps a signed-in visitor’s page; a language switch passes through; a hit carries the security headers', async () => {
    const app = appOn(store);
    for (let i = 0; i < 2; i++) expect((await app.request('/noi/N1?s=1', { headers: { cookie: 'sid=not-a-session' } })).headers.get('x-cache')).toBeNull();
    for (let i = 0; i < 2; i++) expect((await app.request('/noi/N1?lang=en')).headers.get('x-cache')).toBeNull();
    await app.request('/noi/N1?h=1', { headers: { cookie: 'lang=en' } });
    const hit = await app.request('/noi/N1?h=1', { headers: { cookie: 'lang=en' } });
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(await hit.text()).toContain('lang="en"');
    expect((await app.request('/noi/N1?h=1')).headers.get('x-cache')).toBeNull(); // Vietnamese is another page
    for (const h of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy']) expect(hit.headers.get(h)).toBeTruthy();
  });

  it('answers a kept page compressed as the browser accepts it (Brotli first, then gzip), the same page once unpacked', async () => {
    const app = appOn(store);
    const plain = await app.request('/don-vi/N1');
    const page = await plain.text();
    expect(page).toContain('Xã Mới');
    const asked = async (acceptEncoding: string) => {
      const r = await app.request('/don-vi/N1', { headers: { 'accept-encoding': acceptEncoding } });
      expect(r.headers.get('x-cache')).toBe('hit');
      expect(r.headers.get('vary')).toBe('Accept-Encoding, Cookie');
      return { coding: r.headers.get('content-encoding'), bytes: Buffer.from(await r.arrayBuffer()) };
    };
    const br = await asked('gzip, deflate, br, zstd');
    expect(br.coding).toBe('br');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(page);
    expect(br.bytes.length).toBeLessThan(Buffer.byteLength(page) / 3);
    const gz = await asked('gzip;q=1.0, br;q=0');
    expect(gz.coding).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(page);
    const none = await asked('identity');
    expect(none.coding).toBeNull();
    expect(none.bytes.toString()).toBe(page);
  });

  it('reads Accept-Encoding as RFC 9110 says: q=0 refuses a coding, case and spaces do not matter', () => {
    expect(acceptedCoding(undefined)).toBeUndefined();
    expect(acceptedCoding('gzip, deflate, br')).toBe('br');
    expect(acceptedCoding('GZIP ; q=0.5 ,  deflate')).toBe('gzip');
    expect(acceptedCoding('br;q=0, gzip;q=0.0')).toBeUndefined();
    expect(acceptedCoding('br;q=0.001')).toBe('br');
    expect(acceptedCoding('deflate, identity')).toBeUndefined();
  });

  it('LIFELONG_MICRO_CACHE=off renders every page afresh', async () => {
    expect(microCacheEnabled({ LIFELONG_MICRO_CACHE: 'off' })).toBe(false);
    expect(microCacheEnabled({})).toBe(true);
    process.env.LIFELONG_MICRO_CACHE = 'off';
    const c = counter();
    const app = appOn({ ...store, db: store.db.withPlugin(c.plugin) });
    const answers = await Promise.all([1, 2, 3].map(() => app.request('/noi/N1?off=1')));
    expect(answers.map((r) => r.headers.get('x-cache'))).toEqual([null, null, null]);
    const three = c.take();
    await app.request('/noi/N1?off=1');
    expect(three).toBe(3 * c.take());
  });
});
