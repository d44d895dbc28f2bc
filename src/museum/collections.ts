import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { createCollection } from './objects.ts';
import { museumErrors as E } from './messages.ts';

/**
 * A museum's collections (sưu tập) as its staff keep them: listed with how many objects each holds, renamed and
 * described, deleted with a reason. A deleted collection's objects stay (they only leave the collection); the audit
 * keeps what the collection was, which objects it held and why it went.
 */
export interface CollectionRow {
  id: number;
  institution_id: number;
  name: string;
  description: string;
  objects: number;
}

export async function listCollections(db: DB, institutionId: number): Promise<CollectionRow[]> {
  return db
    .selectFrom('museum_collections as c')
    .leftJoin('museum_objects as o', 'o.collection_id', 'c.id')
    .select(['c.id', 'c.institution_id', 'c.name', 'c.description', (eb) => eb.fn.count<number>('o.id').as('objects')])
    .where('c.institution_id', '=', institutionId)
    .groupBy(['c.id', 'c.institution_id', 'c.name', 'c.description'])
    .orderBy('c.name')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, description: r.description ?? '', objects: Number(r.objects) })));
}

export async function getCollection(db: DB, id: number): Promise<CollectionRow> {
  const row = await db
    .selectFrom('museum_collections as c')
    .select([
      'c.id',
      'c.institution_id',
      'c.name',
      'c.description',
      (eb) => eb.selectFrom('museum_objects as o').select(eb.fn.countAll<number>().as('n')).whereRef('o.collection_id', '=', 'c.id').as('objects'),
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new UserError(E.collectionNotFound(), 404);
  return { ...row, description: row.description ?? '', objects: Number(row.objects ?? 0) };
}

/** A collection's name (1–300 characters) and description (up to 5,000): each refusal at its field, in words. */
function details(input: { name: string; description?: string }): { name: string; description: string } {
  const name = input.name.trim();
  const description = (input.description ?? '').trim();
  const problems = [
    ...(name === '' ? [{ field: 'name', said: E.collectionNameNeeded() }] : name.length > 300 ? [{ field: 'name', said: E.tooLong({ max: 300 }) }] : []),
    ...(description.length > 5000 ? [{ field: 'description', said: E.tooLong({ max: 5000 }) }] : []),
  ];
  if (problems.length > 0) throw new UserError(E.collectionRefused(), 422, problems);
  return { name, description };
}

/** Adds a collection to a museum (createCollection, after the same checks as a change). */
export async function addCollection(db: DB, institutionId: number, input: { name: string; description?: string }, userId: number | null): Promise<number> {
  return createCollection(db, { institutionId, ...details(input) }, userId);
}

export async function updateCollection(db: DB, id: number, input: { name: string; description?: string }, userId: number | null): Promise<void> {
  const v = details(input);
  await inTransaction(db, async (trx) => {
    const old = await getCollection(trx, id);
    await trx.updateTable('museum_collections').set({ name: v.name, description: v.description }).where('id', '=', id).execute();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'museum_collection',
      key: String(id),
      oldValue: { name: old.name, description: old.description },
      newValue: v,
    });
  });
}

/** Deletes a collection with the reason why: its objects stay in the museum, outside any collection. */
export async function deleteCollection(db: DB, id: number, reason: string, userId: number | null): Promise<void> {
  const why = reason.trim();
  if (!why) throw new UserError(E.giveReason(), 422, [{ field: 'reason', said: E.giveReason() }]);
  await inTransaction(db, async (trx) => {
    const old = await getCollection(trx, id);
    const held = await trx.selectFrom('museum_objects').select('id').where('collection_id', '=', id).execute();
    await trx.updateTable('museum_objects').set({ collection_id: null }).where('collection_id', '=', id).execute();
    await trx.deleteFrom('museum_collections').where('id', '=', id).execute();
    await audit(trx, {
      userId,
      action: 'delete',
      entity: 'museum_collection',
      key: String(id),
      oldValue: { name: old.name, description: old.description, objects: held.map((o) => o.id) },
      newValue: { reason: why },
    });
  });
}
