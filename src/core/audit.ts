import type { DB } from './db/database.ts';
import { nowIso } from './time.ts';

export interface AuditEntry {
  userId: number | null;
  action: 'create' | 'update' | 'delete' | 'import' | 'login' | 'logout' | 'lookup';
  entity: string;
  key: string;
  oldValue?: unknown;
  newValue?: unknown;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** Records who changed what, when, with the old and new value. Call inside the writing transaction. */
export async function audit(db: DB, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const at = nowIso();
  for (let i = 0; i < list.length; i += 500) {
    await db
      .insertInto('audit_log')
      .values(
        list.slice(i, i + 500).map((e) => ({
          at,
          user_id: e.userId,
          action: e.action,
          entity: e.entity,
          entity_key: e.key,
          old_value: json(e.oldValue),
          new_value: json(e.newValue),
        })),
      )
      .execute();
  }
}
