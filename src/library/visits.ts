import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { libraryErrors as E } from './errors.ts';

/** Counts visits (a door counter's reading, sign-ins, a mobile stop's readers) into the library's user visits. */
export async function recordVisits(
  db: DB,
  v: { institutionId: number; day: string; count: number; source: 'door' | 'sign-in' | 'trip'; patronId?: number | null },
  userId: number | null,
): Promise<void> {
  if (!Number.isInteger(v.count) || v.count < 1 || v.count > 100000) throw new UserError(E.visitCount(), 422, [{ field: 'count', said: E.visitCountRange() }]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.day)) throw new UserError(E.dayInvalid(), 422, [{ field: 'day', said: E.dateFormat() }]);
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('lib_visits')
      .values({ institution_id: v.institutionId, day: v.day, count: v.count, source: v.source, patron_id: v.patronId ?? null })
      .execute();
    await audit(trx, { userId, action: 'create', entity: 'lib_visit', key: `${v.institutionId}:${v.day}`, newValue: { count: v.count, source: v.source } });
    await recordHappenings(trx, [{ institutionId: v.institutionId, element: 'LIB_VISITS', date: v.day, count: v.count }], userId);
  });
}
