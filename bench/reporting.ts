import { sql } from 'kysely';
import type { Store } from '../src/core/db/database.ts';
import { unitById } from '../src/network/units.ts';
import { exportReport, type Format } from '../src/reporting/exports.ts';
import { openReport } from '../src/reporting/reports.ts';
import { median, now, type Figure } from './stats.ts';

/**
 * r1/r2) The province report built as DOCX (r1) and XLSX (r2) for the province with the most
 * institutions: every indicator for the year and the year before, each child's figures and
 * status, the document itself. Median of `runs` builds after one unmeasured build (< 2 s each).
 */
export async function reportFigures(store: Store, opts: { year: number; runs: number; only: Set<string> }): Promise<Figure[]> {
  const { db } = store;
  const biggest = await sql<{ id: number; n: number }>`
    SELECT u.id, COUNT(*) AS n FROM units u
    JOIN unit_closure c ON c.ancestor_id = u.id
    JOIN institution_units iu ON iu.unit_id = c.descendant_id
    WHERE u.level = 'province' AND (u.valid_from IS NULL OR u.valid_from <= ${`${opts.year}-12-31`}) AND (u.valid_to IS NULL OR u.valid_to >= ${`${opts.year}-01-01`})
    GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 1`.execute(db);
  const row = biggest.rows[0];
  if (!row) throw new Error(`No province in ${opts.year}.`);
  const province = (await unitById(db, row.id))!;
  const report = await openReport(db, province, opts.year, null);
  const out: Figure[] = [];
  for (const [id, format] of [
    ['r1', 'docx'],
    ['r2', 'xlsx'],
  ] as [string, Format][]) {
    if (!opts.only.has(id)) continue;
    const first = await exportReport(db, report, format);
    const times: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const t = now();
      await exportReport(db, report, format);
      times.push(now() - t);
    }
    const ms = median(times);
    out.push({
      id,
      name: `province report as ${format.toUpperCase()}`,
      engine: store.engine,
      measured: ms,
      unit: 'ms',
      target: '< 2,000 ms',
      pass: ms < 2000,
      details: { province: province.code, name: province.name, institutions: Number(row.n), year: opts.year, runs: times, bytes: first.bytes.length },
    });
  }
  return out;
}
