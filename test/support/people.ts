import { toPrincipal, type Principal } from '../../src/accounts/users.ts';
import type { DB } from '../../src/core/db/database.ts';

/** An administrator who is no stored user (as the services see a script or the command line). */
export const ADMIN: Principal = { userId: null, username: 'admin', displayName: 'Admin', role: 'admin', unitId: null, institutionId: null };

/** The stored user `username` (a demo user, say) as the services see them. */
export async function principalOf(db: DB, username: string): Promise<Principal> {
  return toPrincipal(
    await db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'role', 'unit_id', 'institution_id'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow(),
  );
}

/** The audit trail of one object (by its key), oldest first, its old and new values read from JSON. */
export async function auditTrail(db: DB, key: string): Promise<{ entity: string; old: unknown; new: unknown }[]> {
  const rows = await db.selectFrom('audit_log').select(['entity', 'old_value', 'new_value']).where('entity_key', '=', key).orderBy('id').execute();
  return rows.map((a) => ({
    entity: a.entity,
    old: a.old_value === null ? null : JSON.parse(a.old_value),
    new: a.new_value === null ? null : JSON.parse(a.new_value),
  }));
}
