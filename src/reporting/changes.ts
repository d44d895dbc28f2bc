import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import type { Report } from './reports.ts';

/** One value of the report's year written after the report was sent: where, what, now and before, when and by whom. */
export interface ChangedValue {
  institution: string;
  elementVi: string;
  elementEn: string;
  period: string;
  value: number;
  /** The value when the report was sent: null for a cell that was empty, undefined when the audit does not say (an import). */
  before: number | null | undefined;
  at: string;
  by: string | null;
}

export interface ChangesSince {
  /** When the report was sent. */
  since: string;
  count: number;
  /** The latest change (with `count`, the token a reviewer accepts: a later change asks again). */
  latest: string | null;
  /** The latest changes, at most `limit`. */
  shown: ChangedValue[];
  token: string;
}

/**
 * The values of the report's year in its unit's subtree (the unit each value belonged to then) written after the report
 * was sent (or in its very millisecond: timestamps are to the millisecond, and a change made then must not pass unseen), which the report's figures no longer match: counted, the latest listed with the value they replaced (from
 * the audit of each cell). Removed values are not seen here (their rows are gone). Null for a report never sent.
 */
export async function changesSinceSubmission(db: DB, report: Report, limit = 10): Promise<ChangesSince | null> {
  const since = report.submittedAt;
  if (!since) return null;
  const unitId = report.unit.id;
  const below = db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId);
  const institutions = db
    .selectFrom('unit_closure as c')
    .innerJoin('institution_units as iu', 'iu.unit_id', 'c.descendant_id')
    .select('iu.institution_id')
    .distinct()
    .where('c.ancestor_id', '=', unitId);
  // Usually nothing changed: counted per institution of the subtree, each a look-up by the primary key (institution
  // first) on both engines — a province's few thousand institutions, never a scan of the country's values of the year
  // (`+v.year` keeps SQLite off the year index; the correlated subquery keeps PostgreSQL on the key).
  const counted = await sql<{ n: number | string | null }>`
    SELECT SUM(t.n) AS n FROM (
      SELECT (SELECT COUNT(*) FROM data_values v
              WHERE v.institution_id = s.institution_id AND +v.year = ${report.year} AND v.updated_at >= ${since}
                AND v.unit_id IN (${below})) AS n
      FROM (${institutions}) s
    ) t`.execute(db);
  const count = Number(counted.rows[0]?.n ?? 0);
  // the rare case: what changed, the latest first
  const changed = db
    .selectFrom(institutions.as('s'))
    .innerJoin('data_values as v', 'v.institution_id', 's.institution_id')
    .where(sql<number>`+v.year`, '=', report.year)
    .where('v.updated_at', '>=', since)
    .where('v.unit_id', 'in', below);
  const latest = count === 0 ? null : ((await changed.select(sql<string | null>`MAX(v.updated_at)`.as('latest')).executeTakeFirst())?.latest ?? null);
  const rows =
    count === 0 || limit === 0
      ? []
      : await changed
          .innerJoin('institutions as i', 'i.id', 'v.institution_id')
          .innerJoin('data_elements as e', 'e.id', 'v.element_id')
          .leftJoin('users as u', 'u.id', 'v.updated_by')
          .select([
            'i.code as inst',
            'i.name as institution',
            'e.code as el',
            'e.name_vi',
            'e.name_en',
            'v.period',
            'v.value',
            'v.updated_at',
            'u.display_name',
          ])
          .orderBy('v.updated_at', 'desc')
          .orderBy('i.name')
          .limit(limit)
          .execute();
  // the value each shown cell had when the report was sent: the old value of its first audited change after that
  const keys = rows.map((r) => `${r.inst}:${r.el}:${r.period}`);
  const audits = keys.length
    ? await db
        .selectFrom('audit_log')
        .select(['entity_key', 'old_value', 'at', 'id'])
        .where('entity', '=', 'data_value')
        .where('entity_key', 'in', keys)
        .where('at', '>', since)
        .orderBy('id')
        .execute()
    : [];
  const before = new Map<string, number | null>();
  for (const a of audits) if (!before.has(a.entity_key)) before.set(a.entity_key, a.old_value === null ? null : Number(a.old_value));
  return {
    since,
    count,
    latest,
    token: `${count}:${latest ?? ''}`,
    shown: rows.map((r, i) => ({
      institution: r.institution,
      elementVi: r.name_vi,
      elementEn: r.name_en,
      period: r.period,
      value: Number(r.value),
      before: before.has(keys[i]!) ? before.get(keys[i]!) : undefined,
      at: r.updated_at,
      by: r.display_name,
    })),
  };
}
