import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf, type NamedLock } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';

/**
 * Registry counts (institutions per unit subtree, year, kind, and with each yearly attribute)
 * kept in `agg_counts`. A year is materialised the first time it is asked for, then every
 * registry change adjusts it in the same transaction, so counts are never stale and never
 * rebuilt nightly. An institution counts in the unit it belonged to at the end of the year.
 */

/**
 * The lock between materialising a year and the registry changes that adjust the materialised years: a change
 * holds it shared until it commits, a year being materialised exclusively — so a year is computed after every
 * change in flight has committed, and a change made meanwhile waits to adjust the new year too.
 */
const COUNTS = 0x4c4c_4301;
const materialising: NamedLock[] = [{ space: COUNTS, key: 0 }];
const adjusting: NamedLock[] = [{ space: COUNTS, key: 0, shared: true }];

/** The counts of a year as the registry gives them: (unit_id, year, kind, attribute, n), every unit above included. */
function countsOf(year: number) {
  const end = `${year}-12-31`;
  return sql`SELECT c.ancestor_id AS unit_id, ${year} AS year, l.kind, l.attribute, SUM(l.n) AS n FROM (
      SELECT iu.unit_id, i.kind, '' AS attribute, COUNT(*) AS n
      FROM institution_units iu JOIN institutions i ON i.id = iu.institution_id
      WHERE iu.valid_from <= ${end} AND (iu.valid_to IS NULL OR iu.valid_to >= ${end})
      GROUP BY iu.unit_id, i.kind
      UNION ALL
      SELECT iu.unit_id, i.kind, a.attribute, COUNT(*) AS n
      FROM institution_units iu JOIN institutions i ON i.id = iu.institution_id
      JOIN institution_attributes a ON a.institution_id = i.id AND a.year = ${year} AND a.value = 1
      WHERE iu.valid_from <= ${end} AND (iu.valid_to IS NULL OR iu.valid_to >= ${end})
      GROUP BY iu.unit_id, i.kind, a.attribute
    ) l JOIN unit_closure c ON c.descendant_id = l.unit_id
    GROUP BY c.ancestor_id, l.kind, l.attribute`;
}

/** Makes sure the counts of these years exist (computing the missing ones from the registry). */
export async function ensureCountYears(db: DB, years: number[]): Promise<void> {
  const have = new Set((await db.selectFrom('agg_count_years').select('year').execute()).map((r) => r.year));
  const missing = [...new Set(years)].filter((y) => !have.has(y) && y >= 1900 && y <= 2200);
  for (const year of missing) {
    await inTransaction(db, async (trx) => {
      await dialectOf(trx).lockInOrder(trx, materialising);
      const claimed = await trx
        .insertInto('agg_count_years')
        .values({ year, year_end: `${year}-12-31` })
        .onConflict((oc) => oc.column('year').doNothing())
        .returning('year')
        .executeTakeFirst();
      if (!claimed) return; // another writer materialised it meanwhile
      await sql`INSERT INTO agg_counts (unit_id, year, kind, attribute, n) ${countsOf(year)}`.execute(trx);
    });
  }
}

/** Adds (sign 1) or removes (sign −1) one institution's share of every materialised year. */
async function contribute(db: DB, institutionId: number, sign: 1 | -1): Promise<void> {
  await dialectOf(db).lockInOrder(db, adjusting);
  await sql`INSERT INTO agg_counts (unit_id, year, kind, attribute, n)
    SELECT c.ancestor_id, y.year, i.kind, x.attribute, ${sign} * COUNT(*)
    FROM agg_count_years y
    JOIN institution_units iu ON iu.institution_id = ${institutionId} AND iu.valid_from <= y.year_end AND (iu.valid_to IS NULL OR iu.valid_to >= y.year_end)
    JOIN institutions i ON i.id = iu.institution_id
    JOIN (SELECT '' AS attribute, 0 AS year FROM institutions WHERE id = ${institutionId}
          UNION ALL
          SELECT attribute, year FROM institution_attributes WHERE institution_id = ${institutionId} AND value = 1) x
      ON x.year = 0 OR x.year = y.year
    JOIN unit_closure c ON c.descendant_id = iu.unit_id
    WHERE true
    GROUP BY c.ancestor_id, y.year, i.kind, x.attribute
    ON CONFLICT (unit_id, year, kind, attribute) DO UPDATE SET n = agg_counts.n + excluded.n`.execute(db);
}

/** Counts a newly registered institution in every materialised year. */
export const countNewInstitution = (db: DB, institutionId: number) => contribute(db, institutionId, 1);

/** Runs a change to one institution (status, unit, kind) with its counts taken out before and put back after. */
export async function recounting<T>(db: DB, institutionId: number, change: (trx: DB) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    // one change to an institution at a time: its share taken out is the one the last change put back
    await dialectOf(trx)
      .forUpdate(trx.selectFrom('institutions').select('id').where('id', '=', institutionId))
      .execute();
    await contribute(trx, institutionId, -1);
    const result = await change(trx);
    await contribute(trx, institutionId, 1);
    return result;
  });
}

/** Forgets every materialised year: after the map or many institutions changed at once (imports, seeds). */
export async function resetCounts(db: DB): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('agg_counts').execute();
    await trx.deleteFrom('agg_count_years').execute();
  });
}

/** A registry count that differs from what the registry gives now. */
export interface CountDifference {
  unitId: number;
  year: number;
  kind: string;
  /** '' for all institutions of the kind, else the yearly attribute they have. */
  attribute: string;
  stored: number;
  expected: number;
}

/** The materialised counts compared with the registry, year by year, without writing: the rows that differ (a missing row is 0). */
export async function countDifferences(db: DB): Promise<CountDifference[]> {
  const years = (await db.selectFrom('agg_count_years').select('year').orderBy('year').execute()).map((r) => r.year);
  const out: CountDifference[] = [];
  for (const year of years) {
    const rows = await sql<{ unit_id: number; kind: string; attribute: string; stored: number; expected: number }>`
      SELECT unit_id, kind, attribute, SUM(stored) AS stored, SUM(expected) AS expected
      FROM (SELECT unit_id, kind, attribute, n AS stored, 0 AS expected FROM agg_counts WHERE year = ${year}
            UNION ALL SELECT unit_id, kind, attribute, 0, n FROM (${countsOf(year)}) e) x
      GROUP BY unit_id, kind, attribute HAVING SUM(stored) <> SUM(expected)
      ORDER BY 1, 2, 3`.execute(db);
    for (const r of rows.rows)
      out.push({ unitId: r.unit_id, year, kind: r.kind, attribute: r.attribute, stored: Number(r.stored), expected: Number(r.expected) });
  }
  return out;
}

/** Computes the materialised years afresh from the registry (what `lifelong verify --fix` does to the counts). */
export async function recomputeCounts(db: DB): Promise<void> {
  const years = (await db.selectFrom('agg_count_years').select('year').execute()).map((r) => r.year);
  await resetCounts(db);
  await ensureCountYears(db, years);
}
