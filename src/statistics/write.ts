import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { nowIso } from '../core/time.ts';
import { ALL_VALUES_LOCK, lockCells } from './cell-locks.ts';
import { refuseLocked } from './locks.ts';
import type { AuditContext } from './write-sql.ts';
import { StaleResolution, type AuditMode, type ResolvedValue, type WriteOptions } from './write-types.ts';
import { writeBatchPostgres, writeValuesPostgres } from './write-postgres.ts';
import { writeInQueue } from './write-queue.ts';
import { writeInGroup } from './write-group.ts';
import { writeValuesSqlite } from './write-sqlite.ts';

export { StaleResolution, type AuditMode, type ResolvedValue, type WriteOptions } from './write-types.ts';

/**
 * Later rows for the same cell win (`set`) or add up (`add`), in the place of the cell's first
 * row. Most batches name every cell once: that is checked first by sorting one number per row
 * (institution, element and period packed into a double) — a typed-array sort, no object per
 * row — and only a batch with repeats is collapsed through a map.
 */
function collapse(rows: ResolvedValue[], mode: WriteOptions['mode']): ResolvedValue[] {
  if (!repeatsCells(rows)) return rows;
  const byPeriod = new Map<string, Map<string, number>>();
  const out: ResolvedValue[] = [];
  for (const r of rows) {
    let cells = byPeriod.get(r.period);
    if (!cells) byPeriod.set(r.period, (cells = new Map()));
    const k = `${r.institutionId}:${r.elementId}`;
    const at = cells.get(k);
    if (at === undefined) {
      cells.set(k, out.length);
      out.push(r);
    } else out[at] = mode === 'add' ? { ...r, value: out[at]!.value + r.value } : r;
  }
  return out;
}

/** Whether some cell occurs twice (true also when the ids are too large to pack: then the map decides). */
function repeatsCells(rows: ResolvedValue[]): boolean {
  if (rows.length < 2) return false;
  const periods = new Map<string, number>();
  const keys = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let p = periods.get(r.period);
    if (p === undefined) periods.set(r.period, (p = periods.size));
    if (p >= 1024 || r.elementId >= 4096 || r.institutionId >= 2 ** 31) return true;
    keys[i] = (r.institutionId * 4096 + r.elementId) * 1024 + p; // < 2^53: exact
  }
  keys.sort();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) return true;
  return false;
}

/** Writes up to this many values may wait for their group (a form's month, an API call); larger ones go alone. */
const GROUP_UP_TO = 100;

/**
 * Stores data values and keeps the aggregates (`agg_values` per element, kind and year, and
 * `agg_totals` over every kind, for every unit above) right in the same transaction, so every
 * indicator sees the change at once. Only cells whose value (or unit) changes are written and
 * audited, each with its old and new value.
 */
export async function applyValues(db: DB, input: ResolvedValue[], opts: WriteOptions): Promise<{ written: number }> {
  const rows = collapse(input, opts.mode);
  if (rows.length === 0) return { written: 0 };
  const audit: AuditMode = opts.audit ?? (opts.mode === 'set' ? 'each' : 'none');
  const ctx: AuditContext = { at: nowIso(), userId: opts.userId, source: opts.source ?? 'import' };
  const write = dialectOf(db).pick({ postgres: writeValuesPostgres, sqlite: writeValuesSqlite });
  const queued = !db.isTransaction && rows.length <= GROUP_UP_TO;
  // only PostgreSQL's queued statement checks the version the codes were resolved at: elsewhere they are resolved again
  if (opts.resolvedAt !== undefined && !(queued && dialectOf(db).pick({ postgres: true, sqlite: false }))) throw new StaleResolution();
  if (queued) {
    const job = { rows, mode: opts.mode, audit, ctx, version: opts.resolvedAt };
    // SQLite: a small write outside a transaction is committed with the others of the same turn (write-group.ts);
    // PostgreSQL: sent when the turn ends, as one statement in autocommit with the turn's others (write-queue.ts)
    if (dialectOf(db).pick({ postgres: true, sqlite: false })) await writeInQueue(db, writeBatchPostgres, job);
    else await writeInGroup(db, (trx, merged, mode, a, c) => write(trx, collapse(merged, mode), mode, a, c), job);
    return { written: rows.length };
  }
  // written once per engine, the lock check included: PostgreSQL one statement (or a COPY and one), SQLite its parts in-process
  await write(db, rows, opts.mode, audit, ctx);
  return { written: rows.length };
}

/** Removes stored values (a cleared cell), taking them out of the aggregates and auditing the removal. */
export async function removeValues(db: DB, cells: { institutionId: number; elementId: number; period: string }[], userId: number | null): Promise<number> {
  let removed = 0;
  await inTransaction(db, async (trx) => {
    await lockCells(trx, cells); // the old values read below are the current ones (cell-locks.ts)
    for (const c of cells) {
      const old = await trx
        .selectFrom('data_values as d')
        .innerJoin('institutions as i', 'i.id', 'd.institution_id')
        .innerJoin('data_elements as e', 'e.id', 'd.element_id')
        .select(['d.value', 'd.unit_id', 'd.year', 'i.kind', 'i.code as inst', 'e.code as el'])
        .where('d.institution_id', '=', c.institutionId)
        .where('d.element_id', '=', c.elementId)
        .where('d.period', '=', c.period)
        .where('d.year', '=', Number(c.period.slice(0, 4))) // the period's year: the one partition read (PostgreSQL)
        .executeTakeFirst();
      if (!old) continue;
      await refuseLocked(trx, [{ institutionId: c.institutionId, unitId: old.unit_id, year: old.year, period: c.period }]);
      await sql`UPDATE agg_values SET value = value - ${old.value}
        WHERE element_id = ${c.elementId} AND kind = ${old.kind} AND year = ${old.year}
          AND unit_id IN (SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${old.unit_id})`.execute(trx);
      await sql`UPDATE agg_totals SET value = value - ${old.value}
        WHERE element_id = ${c.elementId} AND year = ${old.year}
          AND unit_id IN (SELECT ancestor_id FROM unit_closure WHERE descendant_id = ${old.unit_id})`.execute(trx);
      await trx
        .deleteFrom('data_values')
        .where('institution_id', '=', c.institutionId)
        .where('element_id', '=', c.elementId)
        .where('period', '=', c.period)
        .where('year', '=', old.year)
        .execute();
      await trx
        .insertInto('audit_log')
        .values({
          at: nowIso(),
          user_id: userId,
          action: 'delete',
          entity: 'data_value',
          entity_key: `${old.inst}:${old.el}:${c.period}`,
          old_value: String(old.value),
          new_value: null,
        })
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
    await dialectOf(trx).lockInOrder(trx, [ALL_VALUES_LOCK]); // no write between the reading of the values and the commit
    await trx.deleteFrom('agg_values').execute();
    await sql`INSERT INTO agg_values (unit_id, element_id, kind, year, value)
      SELECT c.ancestor_id, l.element_id, l.kind, l.year, SUM(l.value)
      FROM (SELECT v.unit_id, v.element_id, i.kind, v.year, SUM(v.value) AS value
            FROM data_values v JOIN institutions i ON i.id = v.institution_id
            GROUP BY v.unit_id, v.element_id, i.kind, v.year) l
      JOIN unit_closure c ON c.descendant_id = l.unit_id
      GROUP BY c.ancestor_id, l.element_id, l.kind, l.year`.execute(trx);
    await trx.deleteFrom('agg_totals').execute();
    await sql`INSERT INTO agg_totals (unit_id, year, element_id, value)
      SELECT unit_id, year, element_id, SUM(value) FROM agg_values GROUP BY unit_id, year, element_id`.execute(trx);
  });
}
