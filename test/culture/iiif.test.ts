import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { addGong, addMuseum } from '../support/museum.ts';
import { TEST_SECRET } from '../support/server.ts';
import { SHARED_DIR } from '../support/seeds.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createObject } from '../../src/museum/objects.ts';
import { addImage } from '../../src/museum/images.ts';
import { deleteObject } from '../../src/museum/object-edits.ts';
import { addItem, createExhibition, publishExhibition } from '../../src/museum/exhibitions.ts';
import { moveItem } from '../../src/museum/exhibition-order.ts';
import { createApp } from '../../src/server/app.tsx';

process.env.LIFELONG_IIIF_CACHE = mkdtempSync(join(tmpdir(), 'iiif-test-'));

/**
 * The official IIIF Presentation 3 schema, as the IIIF validator checks a manifest (test/fixtures/iiif/ORIGIN.md).
 * Fetched from a public repository, it may not be committed: it is read from the shared folder beside the
 * repository (`fixtures/iiif/iiif_3_0.json`), and the checks against it are skipped, saying so, when it is absent.
 * The structure the tests assert field by field is checked either way.
 */
const SCHEMA = join(SHARED_DIR, 'fixtures', 'iiif', 'iiif_3_0.json');
const hasSchema = existsSync(SCHEMA);
if (!hasSchema) console.warn(`IIIF Presentation 3 schema not found at ${SCHEMA}: manifests are checked field by field only`);
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validManifest = hasSchema ? ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8'))) : undefined;
function expectValid(m: unknown) {
  if (validManifest) {
    const ok = validManifest(m);
    expect(ok ? [] : validManifest.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  }
  expect(['Manifest', 'Collection']).toContain((m as { type: string }).type);
  expect((m as { '@context': unknown })['@context']).toBe('http://iiif.io/api/presentation/3/context.json');
}

async function jpeg(width: number, height: number, background: string) {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

describe.each(ENGINES)('IIIF image service and manifests on %s', (engine) => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let museum: number;
  let objectId: number;
  let imageId: number;
  let secondImage: number;
  let other: number;
  let otherImage: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
    objectId = await addGong(store.db, museum, { rights: 'https://creativecommons.org/licenses/by/4.0/' });
    // stored at 1600 × 1200 (the display copy), which the tiles are cut from
    imageId = await addImage(store.db, objectId, { bytes: await jpeg(2400, 1800, '#aa8844'), name: 'chieng.jpg' }, 'Chiếc chiêng đồng màu vàng sẫm', null);
    secondImage = await addImage(store.db, objectId, { bytes: await jpeg(300, 500, '#334455'), name: 'mat-sau.jpg' }, 'Mặt sau chiếc chiêng', null, 'Mặt sau');
    other = await createObject(store.db, { institutionId: museum, identifier: 'BT-002', title: 'Gùi mây' }, null);
    otherImage = await addImage(store.db, other, { bytes: await jpeg(640, 480, '#775533'), name: 'gui.jpg' }, 'Chiếc gùi đan bằng mây', null);
    app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
  });
  afterAll(() => store?.close());

  it('info.json: a level 0 ImageService3 of the stored size, its tiles by scale factor and the sizes cut, JSON-LD open to every origin', async () => {
    const res = await app.request(`http://musee.test/iiif/images/${imageId}/info.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json;profile="http://iiif.io/api/image/3/context.json"');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({
      '@context': 'http://iiif.io/api/image/3/context.json',
      id: `http://musee.test/iiif/images/${imageId}`,
      type: 'ImageService3',
      protocol: 'http://iiif.io/api/image',
      profile: 'level0',
      width: 1600,
      height: 1200,
      sizes: [{ width: 400, height: 300 }],
      tiles: [{ width: 512, scaleFactors: [1, 2, 4] }],
    });
    const base = await app.request(`/iiif/images/${imageId}`);
    expect(base.status).toBe(303);
    expect(base.headers.get('location')).toBe(`/iiif/images/${imageId}/info.json`);
  });

  it('tiles are cut again when their folder was emptied while the server ran', async () => {
    const tile = `/iiif/images/${imageId}/512,512,512,512/512,512/0/default.jpg`;
    expect((await app.request(tile)).status).toBe(200);
    rmSync(process.env.LIFELONG_IIIF_CACHE as string, { recursive: true, force: true });
    expect((await app.request(tile)).status).toBe(200);
    expect((await app.request(`/iiif/images/${imageId}/info.json`)).status).toBe(200);
  });

  it("a tile's bytes are a JPEG of the tile's size, at full and at half resolution, the right and bottom edges narrower", async () => {
    for (const [path, w, h] of [
      ['0,0,512,512/512,512', 512, 512],
      ['1536,1024,64,176/64,176', 64, 176],
      ['1024,0,576,1024/288,512', 288, 512],
      ['full/400,300', 400, 300],
      ['full/max', 1600, 1200],
    ] as const) {
      const res = await app.request(`/iiif/images/${imageId}/${path}/0/default.jpg`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height], path).toEqual(['jpeg', w, h]);
    }
  });

  it('a tile outside the image is refused (400, saying the image size); one the service never cut is 404; a malformed request 400', async () => {
    const outside = await app.request(`/iiif/images/${imageId}/1600,0,512,512/512,512/0/default.jpg`);
    expect(outside.status).toBe(400);
    expect(outside.headers.get('access-control-allow-origin')).toBe('*');
    expect(await outside.json()).toMatchObject({
      code: 'E6581',
      error: 'Vùng 1600,0,512,512 nằm ngoài ảnh: ảnh rộng 1600 và cao 1200 điểm ảnh.',
      errorEn: 'The region 1600,0,512,512 lies outside the image, which is 1600 × 1200 pixels.',
    });
    expect((await app.request(`/iiif/images/${imageId}/0,5000,10,10/10,10/0/default.jpg`)).status).toBe(400);
    const uncut = await app.request(`/iiif/images/${imageId}/0,0,100,100/100,100/0/default.jpg`);
    expect(uncut.status).toBe(404);
    expect(await uncut.json()).toMatchObject({ code: 'E6582' });
    for (const p of ['0,0,512,512/512,512/90/default.jpg', '0,0,512,512/512,512/0/gray.jpg', '0,0,512,512/512,512/0/default.png'])
      expect((await app.request(`/iiif/images/${imageId}/${p}`)).status, p).toBe(404);
    for (const p of ['..,..,1,1/512,512/0/default.jpg', 'square/512,512/0/default.jpg', '0,0,512,512/512,512/0/default.exe'])
      expect(await (await app.request(`/iiif/images/${imageId}/${p}`)).json(), p).toMatchObject({ code: 'E6583' });
  });

  it("an image no one may see is 404: an unknown id, and a deleted object's images, even with their tiles cut", async () => {
    expect((await app.request('/iiif/images/999999/info.json')).status).toBe(404);
    expect((await app.request('/iiif/images/abc/info.json')).status).toBe(404);
    const tile = `/iiif/images/${otherImage}/0,0,512,480/512,480/0/default.jpg`;
    expect((await app.request(tile)).status).toBe(200);
    await deleteObject(store.db, other, 'Trả lại gia đình hiến tặng', null);
    const gone = await app.request(tile);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ code: 'E6580', errorEn: `No published image ${otherImage}.` });
    expect((await app.request(`/iiif/images/${otherImage}/info.json`)).status).toBe(404);
    expect((await app.request(`/iiif/objects/${other}/manifest.json`)).status).toBe(404);
  });

  it("the object's manifest validates against the IIIF Presentation 3 schema: each image a canvas with its service, fields in vi and en, the rights link", async () => {
    const res = await app.request(`http://musee.test/iiif/objects/${objectId}/manifest.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const m = await res.json();
    expectValid(m);
    // the schema does refuse: a label that is not a language map, a canvas without its size
    if (validManifest) {
      expect(validManifest({ ...m, label: 'Chiêng' })).toBe(false);
      expect(validManifest({ ...m, items: [{ ...m.items[0], width: undefined, height: undefined }] })).toBe(false);
    }
    expect(m.id).toBe(`http://musee.test/iiif/objects/${objectId}/manifest.json`);
    expect(m.label).toEqual({ vi: ['Chiêng đồng Ba Na'] });
    expect(m.summary).toEqual({ vi: ['Bộ chiêng ba chiếc'] });
    expect(m.metadata).toContainEqual({ label: { vi: ['Dân tộc'], en: ['Ethnic group'] }, value: { vi: ['Ba Na'] } });
    expect(m.rights).toBe('http://creativecommons.org/licenses/by/4.0/');
    expect(m.requiredStatement).toEqual({ label: { vi: ['Nguồn'], en: ['Attribution'] }, value: { vi: ['Bảo tàng Xã Mới'] } });
    expect(m.items.map((c: { width: number; height: number }) => [c.width, c.height])).toEqual([
      [1600, 1200],
      [300, 500],
    ]);
    const body = m.items[0].items[0].items[0].body;
    expect(body.service).toEqual([{ id: `http://musee.test/iiif/images/${imageId}`, type: 'ImageService3', profile: 'level0' }]);
    expect(m.items[1].label).toEqual({ vi: ['Mặt sau'] });
    expect(m.items[1].items[0].items[0].body.service[0].id).toBe(`http://musee.test/iiif/images/${secondImage}`);
  });

  it("an exhibition's manifest: 404 until published, then its objects' images in the exhibition's order, valid", async () => {
    const third = await createObject(store.db, { institutionId: museum, identifier: 'BT-003', title: 'Ché rượu cần', rights: 'Bảo tàng giữ bản quyền' }, null);
    const thirdImage = await addImage(store.db, third, { bytes: await jpeg(800, 600, '#556677'), name: 'che.jpg' }, 'Ché sành men nâu', null);
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Cồng chiêng Tây Nguyên', opensOn: '2026-05-18' }, null);
    await addItem(store.db, x, objectId, 'Chiêng của người Ba Na', null);
    await addItem(store.db, x, third, 'Ché đựng rượu cần', null);
    expect((await app.request(`/iiif/exhibitions/${x}/manifest.json`)).status).toBe(404);
    await publishExhibition(store.db, x, null);
    await moveItem(store.db, x, third, 'up', null);
    const res = await app.request(`http://musee.test/iiif/exhibitions/${x}/manifest.json`);
    expect(res.status).toBe(200);
    const m = await res.json();
    expectValid(m);
    expect(m.label).toEqual({ vi: ['Cồng chiêng Tây Nguyên'] });
    expect(m.items.map((c: { id: string }) => c.id.replace(/.*\/canvas\//, ''))).toEqual([thirdImage, imageId, secondImage].map(String));
    expect(m.items[0].summary).toEqual({ vi: ['Ché đựng rượu cần'] });
    expect(m.items[0].partOf).toEqual([{ id: `http://musee.test/iiif/objects/${third}/manifest.json`, type: 'Manifest' }]);
    expect(m.structures.map((r: { label: { vi: string[] } }) => r.label.vi[0])).toEqual(['Ché rượu cần', 'Chiêng đồng Ba Na']);
    expect(m.metadata[0]).toEqual({
      label: { vi: ['Loại triển lãm'], en: ['Kind of exhibition'] },
      value: { vi: ['Triển lãm ảo'], en: ['Virtual exhibition'] },
    });
    // the object whose rights are words, not a link: said in the required statement, the rights "not evaluated"
    const words = await (await app.request(`/iiif/objects/${third}/manifest.json`)).json();
    expectValid(words);
    expect(words.rights).toBe('http://rightsstatements.org/vocab/CNE/1.0/');
    expect(words.requiredStatement.value).toEqual({ vi: ['Bảo tàng Xã Mới. Bảo tàng giữ bản quyền'] });
  });

  it("a museum's collection lists its published exhibitions' and its objects' manifests, valid; each object's manifest is part of it", async () => {
    const res = await app.request('http://musee.test/iiif/museums/bt-n1/collection.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const col = await res.json();
    expectValid(col);
    expect(col).toMatchObject({ type: 'Collection', id: 'http://musee.test/iiif/museums/BT-N1/collection.json', label: { vi: ['Bảo tàng Xã Mới'] } });
    const ids = col.items.map((i: { id: string; type: string }) => `${i.type} ${i.id.replace('http://musee.test', '')}`);
    expect(ids[0]).toMatch(/^Manifest \/iiif\/exhibitions\/\d+\/manifest\.json$/);
    expect(ids).toContain(`Manifest /iiif/objects/${objectId}/manifest.json`);
    expect(ids).not.toContain(`Manifest /iiif/objects/${other}/manifest.json`);
    const m = await (await app.request(`http://musee.test/iiif/objects/${objectId}/manifest.json`)).json();
    expect(m.partOf).toEqual([{ id: col.id, type: 'Collection' }]);
    expect(await (await app.request('/iiif/museums/KHONG-CO/collection.json')).json()).toMatchObject({ code: 'E6586' });
  });

  it('the object JSON of /api/v1/museum/objects links its manifest', async () => {
    const [o] = (await (await app.request('/api/v1/museum/objects?institution=BT-N1&limit=1')).json()) as { id: number; manifest: string }[];
    expect(o).toMatchObject({ id: objectId, manifest: `/iiif/objects/${objectId}/manifest.json` });
    const [x] = await store.db.selectFrom('exhibitions').select('id').where('published', '=', 1).execute();
    expect(await (await app.request(`/api/v1/exhibitions/${x!.id}`)).json()).toMatchObject({ manifest: `/iiif/exhibitions/${x!.id}/manifest.json` });
  });
});
