import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ENGINES, freshStore } from '../support/engines.ts';
import { storedValue as value } from '../support/values.ts';
import { smallNetwork } from '../support/network.ts';
import { addGong, addMuseum } from '../support/museum.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createObject, getObject } from '../../src/museum/objects.ts';
import { addImage, imageBytes } from '../../src/museum/images.ts';
import { addItem, addStop, createExhibition, publishExhibition } from '../../src/museum/exhibitions.ts';
import { bookProgramme, createProgramme, markBookingHeld, recordVisits } from '../../src/museum/education.ts';
import { createApp } from '../../src/server/app.tsx';

const png = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 180, g: 120, b: 40 } } })
    .png()
    .toBuffer();

describe.each(ENGINES)('museum on %s', (engine) => {
  let store: Store;
  let museum: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
  });
  afterAll(() => store?.close());

  it('stores an object with a display image and a thumbnail made by sharp; refuses non-images and > 20 MB without saving', async () => {
    const id = await addGong(store.db, museum, { provenance: 'Sưu tầm tại làng Kon Klor, 1998' });
    const img = await addImage(store.db, id, { bytes: await png(2400, 1200), name: 'chieng.png' }, 'Chiếc chiêng đồng màu vàng sẫm, có núm ở giữa', null);
    const full = await sharp(await imageBytes(store.db, img, 'full')).metadata();
    const thumb = await sharp(await imageBytes(store.db, img, 'thumb')).metadata();
    expect([full.format, full.width, full.height]).toEqual(['jpeg', 1600, 800]);
    expect([thumb.width, thumb.height]).toEqual([320, 160]);
    await expect(addImage(store.db, id, { bytes: new TextEncoder().encode('<html>not an image</html>'), name: 'x.png' }, 'mô tả', null)).rejects.toThrow(
      'Tệp "x.png" không phải là ảnh',
    );
    await expect(addImage(store.db, id, { bytes: new Uint8Array(21 * 1024 * 1024), name: 'big.jpg' }, 'mô tả', null)).rejects.toMatchObject({ status: 413 });
    await expect(addImage(store.db, id, { bytes: await png(10, 10), name: 'a.png' }, '  ', null)).rejects.toMatchObject({ problems: [{ field: 'alt' }] });
    expect((await getObject(store.db, id)).images).toHaveLength(1);
    await expect(createObject(store.db, { institutionId: museum, identifier: 'BT-001', title: 'Trùng' }, null)).rejects.toMatchObject({ status: 409 });
  });

  it('publishes exhibitions of each counted kind into the statistics once', async () => {
    const obj = (await store.db.selectFrom('museum_objects').select('id').where('identifier', '=', 'BT-001').executeTakeFirstOrThrow()).id;
    const virtual = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Cồng chiêng Tây Nguyên', opensOn: '2026-05-18' }, null);
    await expect(publishExhibition(store.db, virtual, null)).rejects.toThrow('cần ít nhất một hiện vật');
    await addItem(store.db, virtual, obj, 'Chiêng dùng trong lễ mừng lúa mới', null);
    await publishExhibition(store.db, virtual, null);
    await publishExhibition(store.db, virtual, null);
    expect(await value(store, museum, 'MUS_EXH_VIRTUAL', '2026-05')).toBe(1);
    const trav = await createExhibition(store.db, { institutionId: museum, kind: 'travelling', title: 'Lưu động về các xã', opensOn: '2026-06-01' }, null);
    await addStop(store.db, trav, { place: 'Xã Mới', startsOn: '2026-06-01', endsOn: '2026-06-05' }, null);
    await expect(addStop(store.db, virtual, { place: 'X', startsOn: '2026-06-01', endsOn: '2026-06-05' }, null)).rejects.toThrow('lưu động');
    await publishExhibition(store.db, trav, null);
    expect(await value(store, museum, 'MUS_EXH_TRAVELLING', '2026-06')).toBe(1);
  });

  it('books school classes (no doubles, no past days), counts held programmes and visitors by day by difference', async () => {
    const p = await createProgramme(store.db, { institutionId: museum, title: 'Em yêu di sản', maxStudents: 45 }, null);
    const b = await bookProgramme(store.db, p, { school: 'THCS Xã Mới', className: '7A', students: 38, onDate: '2026-11-23' }, null, '2026-11-01');
    await expect(
      bookProgramme(store.db, p, { school: 'THCS Xã Mới', className: '7A', students: 38, onDate: '2026-11-23' }, null, '2026-11-01'),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      bookProgramme(store.db, p, { school: 'THCS Xã Mới', className: '7B', students: 50, onDate: '2026-11-23' }, null, '2026-11-01'),
    ).rejects.toMatchObject({ problems: [{ field: 'students' }] });
    await expect(
      bookProgramme(store.db, p, { school: 'THCS Xã Mới', className: '7C', students: 30, onDate: '2026-10-01' }, null, '2026-11-01'),
    ).rejects.toThrow('đã qua');
    await markBookingHeld(store.db, b, null);
    await markBookingHeld(store.db, b, null);
    expect(await value(store, museum, 'MUS_EDU_PROGRAMMES', '2026-11')).toBe(1);
    await recordVisits(store.db, museum, { day: '2026-11-23', visitors: 300, students: 120, study: 40 }, null);
    await recordVisits(store.db, museum, { day: '2026-11-24', visitors: 100, students: 0, study: 5 }, null);
    await recordVisits(store.db, museum, { day: '2026-11-23', visitors: 250, students: 120, study: 40 }, null);
    expect(await value(store, museum, 'MUS_VISITORS', '2026-11')).toBe(350);
    expect(await value(store, museum, 'MUS_STUDENT_VISITORS', '2026-11')).toBe(120);
    await expect(recordVisits(store.db, museum, { day: '2026-11-25', visitors: 10, students: 20, study: 0 }, null)).rejects.toMatchObject({
      problems: [{ field: 'students' }],
    });
  });

  it('escapes HTML and script typed into every text field of the virtual exhibition page', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const obj = await createObject(
      store.db,
      { institutionId: museum, identifier: 'BT-X', title: `Tên ${evil}`, provenance: evil, ethnicGroup: evil, dateText: evil },
      null,
    );
    await addImage(store.db, obj, { bytes: await png(50, 50), name: 'a.png' }, `alt" onload="alert(3)`, null);
    const x = await createExhibition(
      store.db,
      { institutionId: museum, kind: 'virtual', title: `Triển lãm ${evil}`, intro: evil, opensOn: '2026-05-18' },
      null,
    );
    await addItem(store.db, x, obj, evil, null);
    await publishExhibition(store.db, x, null);
    const app = createApp(store, { databaseUrl: '', port: 0, secret: 'test-secret-0123456789abcdef0123', secureCookies: false });
    const html = await (await app.request(`/trien-lam/${x}`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('alt="alt&quot; onload=&quot;alert(3)"');
    const res = await app.request(`/hien-vat/${obj}`);
    expect(await res.text()).not.toContain('<script>alert');
  });
});
