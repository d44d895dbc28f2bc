import type { DB } from '../../src/core/db/database.ts';
import { toPrincipal, type Principal } from '../../src/accounts/users.ts';
import { findUnit, type Unit } from '../../src/network/units.ts';

/** A demo user as the principal the server would see. */
export async function principal(db: DB, username: string): Promise<Principal> {
  return toPrincipal(await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow());
}

export async function unit(db: DB, code: string): Promise<Unit> {
  const u = await findUnit(db, code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
}

/** The demo commune of canbo.xa (the first commune of the Đắk Hà district). */
export async function communeOf(db: DB, username: string): Promise<Unit> {
  const u = await db
    .selectFrom('users as us')
    .innerJoin('units as u', 'u.id', 'us.unit_id')
    .select('u.code')
    .where('us.username', '=', username)
    .executeTakeFirstOrThrow();
  return unit(db, u.code);
}

/**
 * The demo's values are written when the store is seeded, after the past submission times the tests give: dated
 * back to when they would have been entered, so that only a test's own later writes count as changed since a submission.
 */
export async function valuesEnteredOn(db: DB, at = '2024-01-01T00:00:00.000Z'): Promise<void> {
  await db.updateTable('data_values').set({ updated_at: at }).execute();
}
