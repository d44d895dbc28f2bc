import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { liveApp } from '../support/live-app.ts';
import { Client } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { insertUnits } from '../../src/network/unit-writes.ts';
import { rebuildClosure } from '../../src/network/closure.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { distanceKm, nearestInstitutions } from '../../src/network/nearest.ts';

describe.each(ENGINES)('the portal remembers and finds the visitor’s place on %s', (engine) => {
  let store: Store;
  let app: Awaited<ReturnType<typeof liveApp>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    const [hue] = await insertUnits(store.db, [
      { code: 'P46', name: 'Huế', fullName: 'Thành phố Huế', level: 'province', parentId: net.vn, validFrom: '2025-07-01' },
    ]);
    const [vyda, thuan] = await insertUnits(store.db, [
      { code: 'VYDA', name: 'Vỹ Dạ', fullName: 'Phường Vỹ Dạ', level: 'commune', parentId: hue!, validFrom: '2025-07-01' },
      { code: 'THHOA', name: 'Thuận Hóa', fullName: 'Phường Thuận Hóa', level: 'commune', parentId: hue!, validFrom: '2025-07-01' },
    ]);
    await rebuildClosure(store.db);
    const inst = (code: string, name: string, kind: string, unitId: number, latitude: number | null, longitude: number | null) =>
      createInstitution(
        store.db,
        {
          code,
          name,
          kind,
          ownership: 'public',
          unitId,
          since: '2025-07-01',
          address: `Địa chỉ ${name}`,
          openingHours: '7:30–17:00, thứ Hai đến thứ Bảy',
          latitude,
          longitude,
        },
        null,
      );
    await inst('VH-VYDA', 'Nhà văn hóa Vỹ Dạ', 'village_cultural_house', vyda!, 16.4679, 107.6044);
    await inst('BT-HUE', 'Bảo tàng Huế', 'museum_public', thuan!, 16.4698, 107.5786);
    await inst('TV-XA', 'Tủ sách không tọa độ', 'village_cultural_house', vyda!, null, null);
    await inst('TV-HN', 'Thư viện Hà Nội', 'library_public_province', net.n1, 21.0285, 105.8542);
    app = await liveApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('remembers the last place opened, even from the kept page, and /cong-dan opens there; ?chon=1 shows the picker', async () => {
    const first = new Client(app.base);
    expect((await first.get('/cong-dan')).status).toBe(200);
    const page = await first.get('/noi/VYDA');
    expect(page.status).toBe(200);
    expect(first.cookies.get('noi')).toBe('VYDA');
    const again = await first.get('/cong-dan');
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/noi/VYDA');
    const picker = await first.get('/cong-dan?chon=1');
    expect(picker.status).toBe(200);
    const html = await picker.text();
    expect(html).toContain('Lần trước bạn xem Phường Vỹ Dạ');
    expect(html).toContain('name="noi"');
    // another visitor gets the same page from the kept copy, and is remembered too
    const second = new Client(app.base);
    expect((await second.get('/noi/VYDA')).status).toBe(200);
    expect(second.cookies.get('noi')).toBe('VYDA');
    // choosing another place replaces it; an unknown code is not remembered
    await first.get('/noi/THHOA');
    expect(first.cookies.get('noi')).toBe('THHOA');
    expect((await first.get('/noi/KHONGCO')).status).toBe(404);
    expect(first.cookies.get('noi')).toBe('THHOA');
    // a place already remembered sets nothing again
    expect((await first.get('/noi/THHOA')).headers.getSetCookie()).toEqual([]);
  });

  it('answers a shared location with the nearest institutions that have one, and their place; nothing near says so', async () => {
    expect(Math.round(distanceKm({ lat: 16.4637, lng: 107.5909 }, { lat: 21.0285, lng: 105.8542 }))).toBeGreaterThan(500);
    const near = await nearestInstitutions(store.db, { lat: 16.468, lng: 107.603 });
    expect(near.map((i) => i.code)).toEqual(['VH-VYDA', 'BT-HUE']);
    expect(near[0]).toMatchObject({ unitCode: 'VYDA', unitName: 'Phường Vỹ Dạ', openingHours: '7:30–17:00, thứ Hai đến thứ Bảy' });
    expect(near[0]!.km).toBeLessThan(0.5);
    const client = new Client(app.base);
    const res = await client.get('/cong-dan/gan-toi?vi-do=16.468&kinh-do=107.603');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Bạn đang ở gần Phường Vỹ Dạ.');
    expect(html).toContain('href="/noi/VYDA"');
    expect(html).toContain('Địa chỉ Bảo tàng Huế');
    expect(html).not.toContain('Thư viện Hà Nội');
    expect(html).not.toContain('Tủ sách không tọa độ');
    const far = await (await client.get('/cong-dan/gan-toi?vi-do=10.0&kinh-do=106.0')).text();
    expect(far).toContain('Không có cơ sở nào đã ghi tọa độ');
    expect((await client.get('/cong-dan/gan-toi?vi-do=abc&kinh-do=1')).status).toBe(400);
  });
});
