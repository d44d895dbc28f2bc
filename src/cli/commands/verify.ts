import { parseArgs } from 'node:util';
import type { DB } from '../../core/db/database.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import { countDifferences, recomputeCounts, type CountDifference } from '../../network/counts.ts';
import { aggregateDifferences, type Difference } from '../../statistics/verify.ts';
import { rebuildAggregates } from '../../statistics/write.ts';
import { withPlatform } from '../context.ts';
import { cliText } from '../messages.ts';

/** At most this many differences are printed (their number is said in full). */
const SHOWN = 50;

/**
 * `lifelong verify [--fix]`: every maintained figure — the value aggregates per unit, element, kind and year, their
 * totals over kinds, the registry counts of the materialised years — compared with what a rebuild from the stored
 * data gives. Prints the rows that differ and exits 1 when there are any; `--fix` then rebuilds them and checks again.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { fix: { type: 'boolean', default: false } } });
  const t = cliText('vi');
  return withPlatform(async (store) => {
    const db = store.db;
    let found = await differences(db);
    if (found.total > 0) {
      console.log(t.verifyFound({ n: formatNumber('vi', found.total, 0) }));
      for (const line of (await describe(db, found)).slice(0, SHOWN)) console.log(line);
      if (!values.fix) return 1;
      await rebuildAggregates(db);
      await recomputeCounts(db);
      console.log(t.verifyFixed);
      found = await differences(db);
      if (found.total > 0) return 1;
    }
    const [aggregates, counts] = await Promise.all([
      db
        .selectFrom('agg_values')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('agg_counts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    console.log(t.verifyClean({ aggregates: formatNumber('vi', Number(aggregates.n), 0), counts: formatNumber('vi', Number(counts.n), 0) }));
    return 0;
  });
}

async function differences(db: DB): Promise<{ aggregates: Difference[]; counts: CountDifference[]; total: number }> {
  const aggregates = await aggregateDifferences(db);
  const counts = await countDifferences(db);
  return { aggregates, counts, total: aggregates.length + counts.length };
}

/** The differences in words: units and elements by code and name. */
async function describe(db: DB, found: { aggregates: Difference[]; counts: CountDifference[] }): Promise<string[]> {
  const t = cliText('vi');
  const unitIds = [...new Set([...found.aggregates, ...found.counts].map((d) => d.unitId))].slice(0, 1000);
  const elementIds = [...new Set(found.aggregates.map((d) => d.elementId))].slice(0, 1000);
  const units = new Map(
    unitIds.length
      ? (await db.selectFrom('units').select(['id', 'code', 'name']).where('id', 'in', unitIds).execute()).map((u) => [u.id, `${u.name} (${u.code})`])
      : [],
  );
  const elements = new Map(
    elementIds.length ? (await db.selectFrom('data_elements').select(['id', 'code']).where('id', 'in', elementIds).execute()).map((e) => [e.id, e.code]) : [],
  );
  const n = (v: number) => formatNumber('vi', v, 3);
  return [
    ...found.aggregates.map((d) =>
      t.verifyAggregate({
        table: d.table,
        unit: units.get(d.unitId) ?? String(d.unitId),
        element: elements.get(d.elementId) ?? String(d.elementId),
        year: d.year,
        kind: d.kind ? ` · ${d.kind}` : '',
        stored: n(d.stored),
        expected: n(d.expected),
      }),
    ),
    ...found.counts.map((d) =>
      t.verifyCount({
        unit: units.get(d.unitId) ?? String(d.unitId),
        year: d.year,
        kind: d.kind,
        attribute: d.attribute ? ` · ${d.attribute}` : '',
        stored: n(d.stored),
        expected: n(d.expected),
      }),
    ),
  ];
}
