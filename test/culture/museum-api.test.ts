import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ENGINES, freshStore } from '../support/engines.ts';
import { storedValue as value } from '../support/values.ts';
import { smallNetwork } from '../support/network.ts';
import { addGong, addMuseum } from '../support/museum.ts';
import { TEST_SECRET } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { addImage } from '../../src/museum/images.ts';
import { addItem, createExhibition, publishExhibition, unpublishExhibition } from '../../src/museum/exhibitions.ts';
import { search } from '../../src/search/query.ts';
import { createApp } from '../../src/server/app.tsx';

describe.each(ENGINES)('museum JSON API and unpublishing on %s', (engine) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let museum: number;
  let objectId: number;
  let exhibitionId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
    objectId = await addGong(store.db, museum, { provenance: 'Làng Kon Klor, 1998' });
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#aa8844' } })
      .png()
      .toBuffer();
    await addImage(store.db, objectId, { bytes: png, name: 'chieng.png' }, 'Chiếc chiêng đồng màu vàng sẫm', null);
    exhibitionId = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Cồng chiêng Tây Nguyên', opensOn: '2026-05-18' }, null);
    await addItem(store.db, exhibitionId, objectId, 'Chiêng của người Ba Na', null);
    app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
  });
  afterAll(() => store?.close());

  it('GET /api/v1/museum/objects: Dublin Core-style fields with images, by museum or place; unknown codes are 404', async () => {
    for (const q of ['?institution=BT-N1', '?unit=N1', '?unit=VN']) {
      const res = await app.request(`/api/v1/museum/objects${q}`);
      expect(res.status).toBe(200);
      const [o] = (await res.json()) as Record<string, unknown>[];
      expect(o).toMatchObject({
        id: objectId,
        identifier: 'BT-001',
        title: 'Chiêng đồng Ba Na',
        ethnicGroup: 'Ba Na',
        provenance: 'Làng Kon Klor, 1998',
        institutionCode: 'BT-N1',
        url: `/hien-vat/${objectId}`,
      });
      expect((o!.images as { alt: string; thumbnail: string }[])[0]).toMatchObject({
        alt: 'Chiếc chiêng đồng màu vàng sẫm',
        thumbnail: expect.stringMatching(/^\/anh\/\d+\/nho\.jpg$/),
      });
    }
    expect(await (await app.request('/api/v1/museum/objects?unit=C2')).json()).toEqual([]);
    expect((await app.request('/api/v1/museum/objects?institution=KHONG')).status).toBe(404);
    expect((await app.request('/api/v1/museum/objects?limit=1000')).status).toBe(400);
  });

  it('GET /api/v1/exhibitions/{id} once published; unpublishing makes it a draft, takes its statistic back and removes it from the search', async () => {
    expect((await app.request(`/api/v1/exhibitions/${exhibitionId}`)).status).toBe(404);
    await publishExhibition(store.db, exhibitionId, null);
    const res = await app.request(`/api/v1/exhibitions/${exhibitionId}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: exhibitionId,
      kind: 'virtual',
      title: 'Cồng chiêng Tây Nguyên',
      items: [{ objectId, caption: 'Chiêng của người Ba Na' }],
      url: `/trien-lam/${exhibitionId}`,
    });
    expect(await value(store, museum, 'MUS_EXH_VIRTUAL', '2026-05')).toBe(1);
    expect((await search(store.db, { q: 'cong chieng', kinds: ['exhibition'] })).hits.map((h) => h.refId)).toEqual([exhibitionId]);

    await unpublishExhibition(store.db, exhibitionId, null);
    expect((await app.request(`/api/v1/exhibitions/${exhibitionId}`)).status).toBe(404);
    expect((await app.request(`/trien-lam/${exhibitionId}`)).status).toBe(404);
    expect(await value(store, museum, 'MUS_EXH_VIRTUAL', '2026-05')).toBe(0);
    expect((await search(store.db, { q: 'cong chieng', kinds: ['exhibition'] })).hits).toEqual([]);
    await expect(unpublishExhibition(store.db, exhibitionId, null)).rejects.toMatchObject({ status: 409 });
    await publishExhibition(store.db, exhibitionId, null);
    expect(await value(store, museum, 'MUS_EXH_VIRTUAL', '2026-05')).toBe(1);
  });

  it('lists both paths in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/museum/objects'] ?? {})).toContain('get');
    expect(Object.keys(doc.paths['/exhibitions/{id}'] ?? {})).toContain('get');
  });
});
