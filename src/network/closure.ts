import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { resetCounts } from './counts.ts';

/**
 * Rebuilds the aggregation closure: for every unit, itself and every unit its figures roll
 * up into, through parents and through the one successor link marked `aggregate` (so a
 * commune merged on 2025-07-01 still adds its history to the new commune and province).
 */
export async function rebuildClosure(db: DB): Promise<number> {
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  const links = await db.selectFrom('unit_successors').select(['predecessor_id', 'successor_id']).where('aggregate', '=', 1).execute();
  const up = new Map<number, number[]>();
  const push = (from: number, to: number) => {
    const list = up.get(from);
    if (list) list.push(to);
    else up.set(from, [to]);
  };
  for (const u of units) if (u.parent_id !== null) push(u.id, u.parent_id);
  for (const l of links) push(l.predecessor_id, l.successor_id);

  const pairs: { ancestor_id: number; descendant_id: number }[] = [];
  for (const u of units) {
    const seen = new Set<number>([u.id]);
    const stack = [u.id];
    while (stack.length > 0) {
      const next = up.get(stack.pop()!) ?? [];
      for (const n of next) if (!seen.has(n)) seen.add(n), stack.push(n);
    }
    for (const a of seen) pairs.push({ ancestor_id: a, descendant_id: u.id });
  }
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('unit_closure').execute();
    for (let i = 0; i < pairs.length; i += 15000)
      await trx
        .insertInto('unit_closure')
        .values(pairs.slice(i, i + 15000))
        .execute();
    await resetCounts(trx);
  });
  return pairs.length;
}
