import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { engineOf, type DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { nowIso } from '../core/audit.ts';
import { UserError } from '../core/errors.ts';

/** A value ready to be stored: every code resolved, the period checked. */
export interface ResolvedValue {
  institutionId: number;
  elementId: number;
  period: string;
  year: number;
  /** The unit the institution belonged to during the period. */
  unitId: number;
  kind: string;
  value: number;
}

export interface WriteOptions {
  userId: number | null;
  /** `set` stores the value as given (forms, imports); `add` adds it to what is there (operations). */
  mode: 'set' | 'add';
  /**
   * How changes reach the audit log, old and new value each: `each` one entry per changed value
   * (forms, API; the default for `set`), `batch` one entry per 2,000 changed values listing them
   * (file imports: the same facts at a fraction of the cost), `none` (operations modules, whose
   * own records say who did what; the default for `add`).
   */
  audit?: 'each' | 'batch' | 'none';
  /** What the batch entries name as their source (a file name). */
  source?: string;
}

const key = (r: ResolvedValue) => `${r.institutionId}:${r.elementId}:${r.period}`;

/** Later rows for the same cell win (`set`) or add up (`add`). */
function collapse(rows: ResolvedValue[], mode: WriteOptions['mode']): ResolvedValue[] {
  const byKey = new Map<string, ResolvedValue>();
  for (const r of rows) {
    const k = key(r);
    const prev = byKey.get(k);
    byKey.set(k, prev && mode === 'add' ? { ...r, value: prev.value + r.value } : r);
  }
  return [...byKey.values()];
}

const JSON_CHUNK = 50_000;

/**
 * Puts the batch in the staging table. Small batches use a plain insert; large ones travel as
 * one JSON parameter per 50,000 rows, unpacked by the engine (json_each on SQLite,
 * json_array_elements on PostgreSQL): the one place where the two engines need their own SQL.
 */
async function stage(db: DB, batch: string, rows: ResolvedValue[]): Promise<void> {
  if (rows.length <= 200) {
    await db
      .insertInto('value_staging')
      .values(rows.map((r) => ({ batch, institution_id: r.institutionId, element_id: r.elementId, period: r.period, year: r.year, unit_id: r.unitId, kind: r.kind, value: r.value })))
      .execute();
    return;
  }
  const pg = engineOf(db) === 'postgres';
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + JSON_CHUNK).map((r) => [r.institutionId, r.elementId, r.period, r.year, r.unitId, r.kind, r.value]));
    await (pg
      ? sql`INSERT INTO value_staging (batch, institution_id, element_id, period, year, unit_id, kind, value)
          SELECT ${batch}, (j->>0)::int, (j->>1)::int, j->>2, (j->>3)::int, (j->>4)::int, j->>5, (j->>6)::float8
          FROM json_array_elements(${json}::json) j`
      : sql`INSERT INTO value_staging (batch, institution_id, element_id, period, year, unit_id, kind, value)
          SELECT ${batch}, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6
          FROM json_each(${json}) j`
    ).execute(db);
  }
}

/**
 * Stores data values and keeps the aggregates (`agg_values`: every unit above, per element,
 * kind and year) right in the same transaction, so every indicator sees the change at once.
 * The work is set-based SQL over a staging batch, the same statements on SQLite and PostgreSQL.
 */
export async function applyValues(db: DB, input: ResolvedValue[], opts: WriteOptions): Promise<{ written: number }> {
  const rows = collapse(input, opts.mode);
  if (rows.length === 0) return { written: 0 };
  const batch = randomUUID();
  const at = nowIso();
  const auditMode = opts.audit ?? (opts.mode === 'set' ? 'each' : 'none');
  await inTransaction(db, async (trx) => {
    await stage(trx, batch, rows);
    await refuseLocked(trx, sql`SELECT s.unit_id, s.year, s.period, i.code AS inst FROM value_staging s JOIN institutions i ON i.id = s.institution_id WHERE s.batch = ${batch}
      UNION ALL SELECT d.unit_id, d.year, d.period, i.code FROM value_staging s JOIN data_values d ON d.institution_id = s.institution_id AND d.element_id = s.element_id AND d.period = s.period
        JOIN institutions i ON i.id = s.institution_id WHERE s.batch = ${batch}`);
    const sameCell = sql`d.institution_id = s.institution_id AND d.element_id = s.element_id AND d.period = s.period`;
    if (opts.mode === 'add') {
      await sql`UPDATE value_staging SET value = value + COALESCE((SELECT d.value FROM data_values d
          WHERE d.institution_id = value_staging.institution_id AND d.element_id = value_staging.element_id
            AND d.period = value_staging.period), 0)
        WHERE batch = ${batch}`.execute(trx);
    }
    if (auditMode === 'each') {
      await sql`INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
        SELECT ${at}, ${opts.userId}, CASE WHEN d.value IS NULL THEN 'create' ELSE 'update' END, 'data_value',
               i.code || ':' || e.code || ':' || s.period, CAST(d.value AS TEXT), CAST(s.value AS TEXT)
        FROM value_staging s
        JOIN institutions i ON i.id = s.institution_id
        JOIN data_elements e ON e.id = s.element_id
        LEFT JOIN data_values d ON ${sameCell}
        WHERE s.batch = ${batch} AND (d.value IS NULL OR d.value <> s.value OR d.unit_id <> s.unit_id)`.execute(trx);
    } else if (auditMode === 'batch') {
      await auditBatch(trx, batch, at, opts);
    }
    // New value added to every unit above the period's unit; old value taken from every unit above its unit.
    // Each changed cell adds its new value to every unit above the period's unit and takes its old
    // value from every unit above the old one; the batch is summed per unit first, then spread.
    await sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
      SELECT c.ancestor_id, x.element_id, x.kind, x.year, SUM(x.delta) FROM (
        SELECT s.unit_id, s.element_id, s.kind, s.year, SUM(s.value) AS delta
          FROM value_staging s WHERE s.batch = ${batch}
          GROUP BY s.unit_id, s.element_id, s.kind, s.year
        UNION ALL
        SELECT d.unit_id, s.element_id, s.kind, s.year, -SUM(d.value) AS delta
          FROM value_staging s JOIN data_values d ON ${sameCell}
          WHERE s.batch = ${batch}
          GROUP BY d.unit_id, s.element_id, s.kind, s.year
      ) x JOIN unit_closure c ON c.descendant_id = x.unit_id
      WHERE true
      GROUP BY c.ancestor_id, x.element_id, x.kind, x.year
      ON CONFLICT (unit_id, year, element_id, kind) DO UPDATE SET value = agg_values.value + excluded.value`.execute(trx);
    await sql`INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at)
      SELECT s.institution_id, s.element_id, s.period, s.year, s.unit_id, s.value, ${opts.userId}, ${at}
      FROM value_staging s WHERE s.batch = ${batch}
      ON CONFLICT (institution_id, element_id, period) DO UPDATE SET
        value = excluded.value, unit_id = excluded.unit_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`.execute(trx);
    await trx.deleteFrom('value_staging').where('batch', '=', batch).execute();
  });
  return { written: rows.length };
}

/**
 * Approved reports lock their unit's data for the year (reporting/, table `data_locks`): a write
 * to a value of a unit under a locked one, that year, is refused until the parent reopens the report.
 * `cells` selects unit_id, year, period and inst (the institution's code) of every touched value.
 */
async function refuseLocked(db: DB, cells: ReturnType<typeof sql>): Promise<void> {
  if (!(await db.selectFrom('data_locks').select('year').limit(1).executeTakeFirst())) return;
  const hit = await sql<{ inst: string; period: string; code: string; name: string; year: number }>`
    SELECT x.inst, x.period, u.code, u.name, l.year FROM (${cells}) x
    JOIN unit_closure c ON c.descendant_id = x.unit_id
    JOIN data_locks l ON l.unit_id = c.ancestor_id AND l.year = x.year
    JOIN units u ON u.id = l.unit_id
    LIMIT 20`.execute(db);
  if (hit.rows.length === 0) return;
  const f = hit.rows[0]!;
  throw new UserError(
    `Số liệu năm ${f.year} của ${f.name} đã bị khóa vì báo cáo năm đã được phê duyệt; cần cấp trên mở lại báo cáo trước khi sửa.`,
    409,
    hit.rows.map((r) => ({ field: `${r.inst}:${r.period}`, message: `Đã khóa (báo cáo ${r.code} năm ${r.year} đã phê duyệt)`, messageEn: `Locked (report of ${r.code} for ${r.year} approved)` })),
    `The ${f.year} data of ${f.name} is locked: its report was approved. The parent unit must reopen the report before it can be changed.`,
  );
}

const AUDIT_CELLS = 2000;

/** Import audit: one entry per 2,000 changed cells, each cell with its old and new value. */
async function auditBatch(db: DB, batch: string, at: string, opts: WriteOptions): Promise<void> {
  const changed = await sql<{ inst: string; el: string; period: string; old: number | null; value: number }>`
    SELECT i.code AS inst, e.code AS el, s.period, d.value AS old, s.value
    FROM value_staging s
    JOIN institutions i ON i.id = s.institution_id
    JOIN data_elements e ON e.id = s.element_id
    LEFT JOIN data_values d ON d.institution_id = s.institution_id AND d.element_id = s.element_id AND d.period = s.period
    WHERE s.batch = ${batch} AND (d.value IS NULL OR d.value <> s.value OR d.unit_id <> s.unit_id)`.execute(db);
  const rows = changed.rows;
  for (let i = 0; i < rows.length; i += AUDIT_CELLS) {
    const cells = rows.slice(i, i + AUDIT_CELLS).map((r) => [r.inst, r.el, r.period, r.old === null ? null : Number(r.old), Number(r.value)]);
    await db
      .insertInto('audit_log')
      .values({ at, user_id: opts.userId, action: 'import', entity: 'data_values', entity_key: `${opts.source ?? 'import'} ${i + 1}–${i + cells.length}/${rows.length}`, old_value: null, new_value: JSON.stringify({ columns: ['institution', 'dataElement', 'period', 'old', 'new'], cells }) })
      .execute();
  }
}

/** Removes stored values (a cleared cell), taking them out of the aggregates and auditing the removal. */
export async function removeValues(
  db: DB,
  cells: { institutionId: number; elementId: number; period: string }[],
  userId: number | null,
): Promise<number> {
  let removed = 0;
  await inTransaction(db, async (trx) => {
    for (const c of cells) {
      const old = await trx
        .selectFrom('data_values as d')
        .innerJoin('institutions as i', 'i.id', 'd.institution_id')
        .innerJoin('data_elements as e', 'e.id', 'd.element_id')
        .select(['d.value', 'd.unit_id', 'd.year', 'i.kind', 'i.code as inst', 'e.code as el'])
        .where('d.institution_id', '=', c.institutionId)
        .where('d.element_id', '=', c.elementId)
        .where('d.period', '=', c.period)
        .executeTakeFirst();
      if (!old) continue;
      await refuseLocked(trx, sql`SELECT d.unit_id, d.year, d.period, i.code AS inst FROM data_values d JOIN institutions i ON i.id = d.institution_id
        WHERE d.institution_id = ${c.institutionId} AND d.element_id = ${c.elementId} AND d.period = ${c.period}`);
      await sql`UPDATE agg_values SET value = value - ${old.value}
        WHERE element_id = ${c.elementId} AND kind = ${old.kind} AND year = ${old.year}
          AND unit_id IN (SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${old.unit_id})`.execute(trx);
      await trx
        .deleteFrom('data_values')
        .where('institution_id', '=', c.institutionId)
        .where('element_id', '=', c.elementId)
        .where('period', '=', c.period)
        .execute();
      await trx
        .insertInto('audit_log')
        .values({ at: nowIso(), user_id: userId, action: 'delete', entity: 'data_value', entity_key: `${old.inst}:${old.el}:${c.period}`, old_value: String(old.value), new_value: null })
        .execute();
      removed++;
    }
  });
  return removed;
}

/**
 * Recomputes every aggregate from the stored values: after the unit map or its successor
 * links change, and as the check that the incremental path never drifts.
 */
export async function rebuildAggregates(db: DB): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('agg_values').execute();
    await sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
      SELECT c.ancestor_id, l.element_id, l.kind, l.year, SUM(l.value)
      FROM (SELECT v.unit_id, v.element_id, i.kind, v.year, SUM(v.value) AS value
            FROM data_values v JOIN institutions i ON i.id = v.institution_id
            GROUP BY v.unit_id, v.element_id, i.kind, v.year) l
      JOIN unit_closure c ON c.descendant_id = l.unit_id
      GROUP BY c.ancestor_id, l.element_id, l.kind, l.year`.execute(trx);
  });
}
