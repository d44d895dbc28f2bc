import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { liveApp } from '../support/live-app.ts';
import { Client, csrfFrom } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { insertUnits } from '../../src/network/unit-writes.ts';
import { rebuildClosure } from '../../src/network/closure.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createClub } from '../../src/culture/clubs.ts';
import { createEvent } from '../../src/events/events.ts';
import { findPlaces } from '../../src/network/place-finder.ts';

describe.each(ENGINES)('places found by name on %s', (engine) => {
  let store: Store;
  let app: Awaited<ReturnType<typeof liveApp>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    const [hue] = await insertUnits(store.db, [
      { code: 'P46', name: 'Huế', fullName: 'Thành phố Huế', level: 'province', parentId: net.vn, validFrom: '2025-07-01' },
    ]);
    await insertUnits(store.db, [
      { code: 'VYDA', name: 'Vỹ Dạ', fullName: 'Phường Vỹ Dạ', level: 'commune', parentId: hue!, validFrom: '2025-07-01' },
      { code: 'MOI2', name: 'Mới', fullName: 'Xã Mới', level: 'commune', parentId: hue!, validFrom: '2025-07-01' },
    ]);
    await rebuildClosure(store.db);
    const vyda = (await store.db.selectFrom('units').select('id').where('code', '=', 'VYDA').executeTakeFirstOrThrow()).id;
    const centre = await createInstitution(
      store.db,
      {
        code: 'VH-VYDA',
        name: 'Nhà văn hóa Vỹ Dạ',
        kind: 'village_cultural_house',
        ownership: 'public',
        unitId: vyda,
        since: '2025-07-01',
        address: '12 Nguyễn Sinh Cung',
      },
      null,
    );
    await createInstitution(
      store.db,
      {
        code: 'HTCD-VYDA',
        name: 'Trung tâm học tập cộng đồng Vỹ Dạ',
        kind: 'community_learning_centre',
        ownership: 'public',
        unitId: vyda,
        since: '2025-07-01',
      },
      null,
    );
    await createClub(store.db, { institutionId: centre, kind: 'club', name: 'CLB Ca Huế', schedule: 'Tối thứ Bảy' }, null);
    await createEvent(
      store.db,
      { institutionId: centre, kind: 'performance', title: 'Đêm ca Huế', place: 'Sân đình', startsAt: '2099-03-01T19:00', endsAt: '2099-03-01T21:00' },
      null,
    );
    app = await liveApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('finds a place by its name with or without diacritics, in any case; ended places are not offered', async () => {
    expect((await findPlaces(store.db, 'vy da')).places.map((p) => p.code)).toEqual(['VYDA']);
    expect((await findPlaces(store.db, 'VỸ DẠ')).places.map((p) => p.code)).toEqual(['VYDA']);
    expect((await findPlaces(store.db, 'phuong vy')).places.map((p) => p.code)).toEqual(['VYDA']);
    expect((await findPlaces(store.db, 'xa mot')).places).toEqual([]); // Xã Một ended on 30/06/2025
    expect((await findPlaces(store.db, 'xa moi')).places.map((p) => p.code).sort()).toEqual(['MOI2', 'N1']);
  });

  it('/cong-dan?noi= lists the matches as links to their portal, which lists every kind of institution with its address and the clubs', async () => {
    const c = new Client(app.base);
    const found = await (await c.get('/cong-dan?noi=vy+da')).text();
    expect(found).toContain('<a href="/noi/VYDA">Phường Vỹ Dạ</a>');
    expect(found).toContain('thuộc Huế');
    const none = await (await c.get('/cong-dan?noi=khong+co+dau')).text();
    expect(none).toContain('Không có nơi nào tên');
    const anonymous = await c.get('/cong-dan');
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toContain('<a href="/noi/P46">Thành phố Huế</a>');
    const home = await (await c.get('/noi/VYDA')).text();
    expect(home).toContain('Nhà văn hóa Vỹ Dạ');
    expect(home).toContain('Địa chỉ: 12 Nguyễn Sinh Cung');
    expect(home).toContain('Trung tâm học tập cộng đồng Vỹ Dạ');
    expect(home).toMatch(/<a href="\/cau-lac-bo\/\d+">CLB Ca Huế<\/a>/);
    expect(home).toContain('Đêm ca Huế');
  });

  it('the sign-up and the events filter take the commune by name, offering the choices when a name is shared', async () => {
    const c = new Client(app.base);
    const form = await (await c.get('/dang-ky')).text();
    const one = await c.postForm('/dang-ky', {
      _csrf: csrfFrom(form),
      username: 'dan.vyda',
      displayName: 'Dân Vỹ Dạ',
      password: 'mat-khau-dai-vy-da',
      place: 'vy da',
    });
    expect(one.status).toBe(303);
    const user = await store.db
      .selectFrom('users as u')
      .innerJoin('units as n', 'n.id', 'u.unit_id')
      .select('n.code')
      .where('u.username', '=', 'dan.vyda')
      .executeTakeFirstOrThrow();
    expect(user.code).toBe('VYDA');
    const c2 = new Client(app.base);
    const form2 = await (await c2.get('/dang-ky')).text();
    const two = await c2.postForm('/dang-ky', {
      _csrf: csrfFrom(form2),
      username: 'dan.moi',
      displayName: 'Dân Mới',
      password: 'mat-khau-dai-xa-moi',
      place: 'xa moi',
    });
    expect(two.status).toBe(422);
    const html = await two.text();
    expect(html).toContain('value="N1"');
    expect(html).toContain('value="MOI2"');
    expect(html).toContain('value="Dân Mới"');
    const events = await (await c.get('/su-kien?noi=vy+da&tu=2099-01-01')).text();
    expect(events).toContain('Đêm ca Huế');
    expect(events).not.toContain('Không có đơn vị hành chính mã');
    const shared = await (await c.get('/su-kien?noi=xa+moi')).text();
    expect(shared).toContain('href="/su-kien?noi=MOI2"');
  });
});
