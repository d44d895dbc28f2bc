import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { museumErrors as E } from './messages.ts';

async function itemsOf(trx: DB, exhibitionId: number) {
  return trx
    .selectFrom('exhibition_items')
    .select(['object_id', 'position'])
    .where('exhibition_id', '=', exhibitionId)
    .orderBy('position')
    .orderBy('object_id')
    .execute();
}

/** Writes the items' order as 1, 2, 3… (positions a removal or an old gap left are closed). */
async function renumber(trx: DB, exhibitionId: number, order: number[]) {
  for (const [n, objectId] of order.entries())
    await trx
      .updateTable('exhibition_items')
      .set({ position: n + 1 })
      .where('exhibition_id', '=', exhibitionId)
      .where('object_id', '=', objectId)
      .execute();
}

/** Moves an item of an exhibition one place up or down (the first stays first, the last last); audited with both orders. */
export async function moveItem(db: DB, exhibitionId: number, objectId: number, direction: 'up' | 'down', userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const order = (await itemsOf(trx, exhibitionId)).map((i) => i.object_id);
    const at = order.indexOf(objectId);
    if (at < 0) throw new UserError(E.notInExhibition(), 404);
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return;
    const before = [...order];
    [order[at], order[to]] = [order[to]!, order[at]!];
    await renumber(trx, exhibitionId, order);
    await audit(trx, { userId, action: 'update', entity: 'exhibition_order', key: String(exhibitionId), oldValue: before, newValue: order });
  });
}

/** Takes an object out of an exhibition (the object stays in the collection); a published virtual exhibition keeps one at least. */
export async function removeItem(db: DB, exhibitionId: number, objectId: number, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').select(['kind', 'published']).where('id', '=', exhibitionId).executeTakeFirst();
    const order = (await itemsOf(trx, exhibitionId)).map((i) => i.object_id);
    if (!x || !order.includes(objectId)) throw new UserError(E.notInExhibition(), 404);
    if (x.kind === 'virtual' && x.published === 1 && order.length === 1) throw new UserError(E.virtualNeedsObject(), 409);
    await trx.deleteFrom('exhibition_items').where('exhibition_id', '=', exhibitionId).where('object_id', '=', objectId).execute();
    await renumber(
      trx,
      exhibitionId,
      order.filter((o) => o !== objectId),
    );
    await audit(trx, { userId, action: 'delete', entity: 'exhibition_item', key: `${exhibitionId}:${objectId}` });
  });
}
