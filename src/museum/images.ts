import sharp, { type OutputInfo } from 'sharp';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { museumErrors as E } from './messages.ts';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const DISPLAY = 1600;
const THUMB = 320;

/**
 * Adds an image to an object: refuses what is not an image or weighs more than 20 MB, keeps a
 * display copy (≤ 1600 px, JPEG, metadata stripped) and a 320 px thumbnail, both made by sharp.
 */
export async function addImage(
  db: DB,
  objectId: number,
  file: { bytes: Uint8Array; name: string },
  alt: string,
  userId: number | null,
  caption = '',
): Promise<number> {
  const description = alt.trim();
  const said = caption.trim().slice(0, 1000) || null;
  if (description.length === 0) throw new UserError(E.altRequired(), 422, [{ field: 'alt', said: E.notEmpty() }]);
  if (file.bytes.byteLength > MAX_IMAGE_BYTES)
    throw new UserError(E.fileTooHeavy({ name: file.name, size: (file.bytes.byteLength / 1048576).toFixed(1) }), 413, [{ field: 'image', said: E.over20MB() }]);
  let display: { data: Buffer; info: OutputInfo };
  let thumb: Buffer;
  try {
    const img = sharp(file.bytes, { limitInputPixels: 100_000_000 }).rotate();
    display = await img
      .clone()
      .resize({ width: DISPLAY, height: DISPLAY, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    thumb = await img.clone().resize({ width: THUMB, height: THUMB, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 75 }).toBuffer();
  } catch {
    throw new UserError(E.notAnImage({ name: file.name }), 422, [{ field: 'image', said: E.notImage() }]);
  }
  return inTransaction(db, async (trx) => {
    const o = await trx.selectFrom('museum_objects').select('id').where('id', '=', objectId).executeTakeFirst();
    if (!o) throw notFound('hiện vật', 'Object');
    const row = await trx
      .insertInto('object_images')
      .values({
        object_id: objectId,
        alt: description.slice(0, 1000),
        mime: 'image/jpeg',
        width: display.info.width,
        height: display.info.height,
        data: display.data,
        thumb,
        created_at: nowIso(),
        caption: said,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId,
      action: 'create',
      entity: 'object_image',
      key: String(row.id),
      newValue: { objectId, name: file.name, alt: description, caption: said, width: display.info.width, height: display.info.height },
    });
    return row.id;
  });
}

export async function imageBytes(db: DB, imageId: number, size: 'full' | 'thumb'): Promise<Buffer | undefined> {
  const r = await db.selectFrom('object_images').select(['data', 'thumb']).where('id', '=', imageId).executeTakeFirst();
  if (!r) return undefined;
  return Buffer.from(size === 'full' ? r.data : r.thumb);
}
