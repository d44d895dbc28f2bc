import { createHash } from 'node:crypto';
import { access, mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DB } from '../../core/db/database.ts';
import { imageBytes } from '../images.ts';

/** The side of a tile, in pixels of the level it belongs to (OpenSeadragon and Mirador ask for 512 or 256 alike). */
export const TILE_SIZE = 512;

/** An image the public may see, with the size of the stored copy the tiles are cut from. */
export interface PublicImage {
  id: number;
  objectId: number;
  width: number;
  height: number;
  createdAt: string;
}

/** What a level 0 service offers of one image: its tiles (by scale factor) and the whole image's smaller sizes. */
export interface TileSet {
  dir: string;
  width: number;
  height: number;
  tiles: { width: number; scaleFactors: number[] }[];
  sizes: { width: number; height: number }[];
}

/**
 * The image when the public may see it, else nothing. The IIIF services publish what the public pages show: an
 * object's page (`/hien-vat/<id>`) and images (`/anh/<id>.jpg`) are public from the moment it is described, and an
 * object deleted takes its images with it. One rule, here, for the image service and the manifests.
 */
export async function publishedImage(db: DB, imageId: number): Promise<PublicImage | undefined> {
  const r = await db
    .selectFrom('object_images as m')
    .innerJoin('museum_objects as o', 'o.id', 'm.object_id')
    .select(['m.id', 'm.object_id', 'm.width', 'm.height', 'm.created_at'])
    .where('m.id', '=', imageId)
    .executeTakeFirst();
  return r && { id: r.id, objectId: r.object_id, width: r.width, height: r.height, createdAt: r.created_at };
}

/** Where the tiles are kept: `LIFELONG_IIIF_CACHE`, else a folder of the system's temporary directory. */
export function tileRoot(): string {
  return process.env.LIFELONG_IIIF_CACHE ?? join(tmpdir(), 'lifelong-iiif');
}

/** The bytes' SHA-256 of each image seen (by database, id and creation): the tiles' folder is named by it. */
const digests = new WeakMap<DB, Map<string, string>>();
/** Tile sets already read, by digest. */
const known = new Map<string, TileSet>();
/** Tile sets being cut, by digest: a second request waits for the first instead of cutting them again. */
const making = new Map<string, Promise<TileSet>>();

async function digestOf(db: DB, image: PublicImage): Promise<string> {
  let byDb = digests.get(db);
  if (!byDb) digests.set(db, (byDb = new Map()));
  const key = `${image.id}:${image.createdAt}`;
  const had = byDb.get(key);
  if (had) return had;
  const bytes = await imageBytes(db, image.id, 'full');
  if (!bytes) throw new Error(`image ${image.id} has no bytes`);
  const digest = createHash('sha256').update(bytes).digest('hex');
  byDb.set(key, digest);
  return digest;
}

/**
 * The image's level 0 tiles, cut by sharp (`tile({ layout: 'iiif3' })`) on the first request and kept on disk.
 * The folder is named by the bytes' digest, not the image's id: ids repeat across databases (tests, a restored
 * backup) and SQLite may give a deleted image's id again, while the same bytes always make the same tiles.
 * The tiles are cut in a folder of their own and renamed into place whole, so a half-cut set is never served.
 */
export async function tileSet(db: DB, image: PublicImage): Promise<TileSet> {
  const digest = await digestOf(db, image);
  const ready = known.get(digest);
  // the folder may have been emptied while the process ran (README: it may be, at any time): then cut again
  if (
    ready &&
    (await access(join(ready.dir, 'info.json')).then(
      () => true,
      () => false,
    ))
  )
    return ready;
  known.delete(digest);
  let pending = making.get(digest);
  if (!pending) {
    pending = readOrCut(db, image, digest).finally(() => making.delete(digest));
    making.set(digest, pending);
  }
  const set = await pending;
  known.set(digest, set);
  return set;
}

async function readOrCut(db: DB, image: PublicImage, digest: string): Promise<TileSet> {
  const root = tileRoot();
  const dir = join(root, digest);
  const read = await readSet(dir);
  if (read) return read;
  await mkdir(root, { recursive: true });
  const work = await mkdtemp(join(root, '.cutting-'));
  try {
    const bytes = await imageBytes(db, image.id, 'full');
    if (!bytes) throw new Error(`image ${image.id} has no bytes`);
    // the output folder is `<work>/tiles` (sharp names it by `basename`); the `id` it writes is replaced per request
    await sharp(bytes).tile({ layout: 'iiif3', size: TILE_SIZE, basename: 'tiles', id: 'https://iiif.invalid' }).toFile(join(work, 'tiles'));
    try {
      await rename(join(work, 'tiles'), dir);
    } catch (e) {
      // another process put the same tiles there first: theirs are as good
      if ((e as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const cut = await readSet(dir);
  if (!cut) throw new Error(`tiles of image ${image.id} were not written to ${dir}`);
  return cut;
}

async function readSet(dir: string): Promise<TileSet | undefined> {
  let info: { width: number; height: number; tiles: { width: number; scaleFactors: number[] }[] };
  try {
    info = JSON.parse(await readFile(join(dir, 'info.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const sizes = (await readdir(join(dir, 'full')).catch(() => [] as string[]))
    .map((s) => s.split(',').map(Number) as [number, number])
    .filter(([w, h]) => Number.isInteger(w) && Number.isInteger(h))
    .map(([width, height]) => ({ width, height }))
    .sort((a, b) => a.width - b.width);
  return { dir, width: info.width, height: info.height, tiles: info.tiles.map((t) => ({ width: t.width, scaleFactors: t.scaleFactors })), sizes };
}

/** A tile's bytes (`region` and `size` already checked as digits and commas), or nothing when the set has no such tile. */
export async function tileBytes(set: TileSet, region: string, size: string): Promise<Buffer | undefined> {
  if (!/^[\d,]+$/.test(region) && region !== 'full') return undefined;
  if (!/^[\d,]+$/.test(size)) return undefined;
  try {
    return await readFile(join(set.dir, region, size, '0', 'default.jpg'));
  } catch {
    return undefined;
  }
}
