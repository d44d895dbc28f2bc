import { Hono } from 'hono';
import { coreErrors, errorJson, UserError } from '../../core/errors.ts';
import type { AppEnv } from '../../core/web/env.ts';
import { imageBytes } from '../images.ts';
import { exhibitionManifest, IMAGE_CONTEXT, museumCollection, objectManifest, PRESENTATION_CONTEXT } from './manifests.ts';
import { iiifErrors as E } from './messages.ts';
import { publishedImage, tileBytes, tileSet } from './tiles.ts';

/** The JSON-LD types IIIF asks for, with the profile of each API's context. */
const IMAGE_JSON = `application/ld+json;profile="${IMAGE_CONTEXT}"`;
const PRESENTATION_JSON = `application/ld+json;profile="${PRESENTATION_CONTEXT}"`;
/** Tiles never change (a new image gets a new id); a manifest or info.json is asked again after five minutes. */
const TILE_CACHE = 'public, max-age=86400';
const JSON_CACHE = 'public, max-age=300';

const REGION = /^(full|\d+,\d+,\d+,\d+)$/;
const SIZE = /^(max|\^?max|\^?!?\d*,\d*)$/;
const ROTATION = /^!?\d+(\.\d+)?$/;
const FILE = /^(default|color|gray|bitonal)\.(jpg|png|webp|gif|tif|jp2|pdf)$/;

function idOf(raw: string, notFound: (id: string) => UserError): number {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  if (id <= 0) throw notFound(raw);
  return id;
}

async function imageOf(c: { var: AppEnv['Variables']; req: { param: (n: 'id') => string } }) {
  const raw = c.req.param('id');
  const notFound = (id: string) => new UserError(E.imageNotFound({ id }), 404);
  const image = await publishedImage(c.var.store.db, idOf(raw, notFound));
  if (!image) throw notFound(raw);
  return image;
}

const origin = (url: string) => new URL(url).origin;

/**
 * IIIF for the museum: the Image API 3 at level 0 for every published image (`/iiif/images/<id>/info.json` and the
 * tiles sharp cut), Presentation 3 manifests of objects and published exhibitions, and a collection per museum. Open to every origin (viewers
 * and harvesters live elsewhere); a refusal is JSON with its code and both languages.
 */
export const iiifRoutes = new Hono<AppEnv>()
  .use('/iiif/*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
  })
  .get('/iiif/images/:id', (c) => c.redirect(`/iiif/images/${c.req.param('id')}/info.json`, 303))
  .get('/iiif/images/:id/info.json', async (c) => {
    const image = await imageOf(c);
    const set = await tileSet(c.var.store.db, image);
    const info = {
      '@context': IMAGE_CONTEXT,
      id: `${origin(c.req.url)}/iiif/images/${image.id}`,
      type: 'ImageService3',
      protocol: 'http://iiif.io/api/image',
      profile: 'level0',
      width: set.width,
      height: set.height,
      sizes: set.sizes,
      tiles: set.tiles,
    };
    return c.body(JSON.stringify(info), 200, { 'Content-Type': IMAGE_JSON, 'Cache-Control': JSON_CACHE });
  })
  .get('/iiif/images/:id/:region/:size/:rotation/:file', async (c) => {
    const image = await imageOf(c);
    const { region, size, rotation, file } = c.req.param();
    const path = `${region}/${size}/${rotation}/${file}`;
    if (!REGION.test(region) || !SIZE.test(size) || !ROTATION.test(rotation) || !FILE.test(file)) throw new UserError(E.badRequest({ path }), 400);
    const set = await tileSet(c.var.store.db, image);
    if (region !== 'full') {
      const [x, y, w, h] = region.split(',').map(Number) as [number, number, number, number];
      if (x >= set.width || y >= set.height || w === 0 || h === 0) throw new UserError(E.outsideImage({ region, width: set.width, height: set.height }), 400);
    }
    const noTile = () => new UserError(E.noSuchTile({ path }), 404);
    if (rotation !== '0' || file !== 'default.jpg') throw noTile();
    // the whole image at its size is the stored copy the tiles were cut from
    const whole = region === 'full' && (size === 'max' || size === `${set.width},${set.height}`);
    const bytes = whole ? await imageBytes(c.var.store.db, image.id, 'full') : await tileBytes(set, region, size);
    if (!bytes) throw noTile();
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'image/jpeg', 'Cache-Control': TILE_CACHE });
  })
  .get('/iiif/objects/:id/manifest.json', async (c) => {
    const id = idOf(c.req.param('id'), (raw) => new UserError(E.objectNotFound({ id: raw }), 404));
    const m = await objectManifest(c.var.store.db, id, origin(c.req.url));
    return c.body(JSON.stringify(m), 200, { 'Content-Type': PRESENTATION_JSON, 'Cache-Control': JSON_CACHE });
  })
  .get('/iiif/exhibitions/:id/manifest.json', async (c) => {
    const id = idOf(c.req.param('id'), (raw) => new UserError(E.exhibitionNotFound({ id: raw }), 404));
    const m = await exhibitionManifest(c.var.store.db, id, origin(c.req.url));
    return c.body(JSON.stringify(m), 200, { 'Content-Type': PRESENTATION_JSON, 'Cache-Control': JSON_CACHE });
  })
  .get('/iiif/museums/:code/collection.json', async (c) => {
    const m = await museumCollection(c.var.store.db, c.req.param('code'), origin(c.req.url));
    return c.body(JSON.stringify(m), 200, { 'Content-Type': PRESENTATION_JSON, 'Cache-Control': JSON_CACHE });
  })
  .onError((err, c) => {
    c.header('Access-Control-Allow-Origin', '*');
    if (err instanceof UserError) return c.json(errorJson(err), err.status);
    console.error(err);
    const said = coreErrors.internal();
    return c.json({ code: said.code, error: said.vi, errorEn: said.en }, 500);
  });
