import { sql } from 'kysely';
import cliProgress from 'cli-progress';
import type { Store } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { seedErrors } from './messages.ts';
import { ensureCountYears, resetCounts } from '../network/counts.ts';
import { setPopulation } from '../network/unit-writes.ts';
import { rebuildAggregates } from '../statistics/write.ts';
import { insertAttributes, insertNetwork, planNetwork } from './national-network.ts';
import { ensureYearPartitions } from '../core/db/year-partitions.ts';
import { DEFAULT_YEARS, loadPlaces, populationRows, yearList, type SeedYears } from './national-places.ts';
import { countValues, writeValues, type ReportForm } from './national-values.ts';
import { insertSeedPlans } from './seed-plans.ts';

/** Default size: 75,000 institutions (over half the real network, ≈139,000) give ≈ 11 M values. */
export const DEFAULT_INSTITUTIONS = 75_000;

export interface NationalOptions {
  institutions: number;
  /** approximate number of data values; undefined: every series of every institution */
  values?: number;
  force: boolean;
  /** the years of values, attributes and population (default 2022 … 2025) */
  years?: SeedYears;
  /** each institution's monthly series: its profile's (default) or its sector's whole form, zeros included */
  form?: ReportForm;
  bulk?: 'rows' | 'unnest';
  /** no progress output at all (tests) */
  quiet?: boolean;
}

export interface NationalSummary {
  communes: number;
  provinces: number;
  institutions: number;
  attributes: number;
  values: number;
  aggregates: number;
  seconds: Record<string, number>;
}

/** `--years 2022-2030` (or a single year). */
function yearsArg(v: string | undefined): SeedYears {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(v ?? '');
  const first = Number(m?.[1]);
  const last = Number(m?.[2] ?? m?.[1]);
  if (!m || first > last || first < 2000 || last > 2100) throw new UserError(seedErrors.years({ said: v ?? '' }), 400);
  return { first, last };
}

export function parseNationalArgs(args: string[]): NationalOptions {
  const opts: NationalOptions = { institutions: DEFAULT_INSTITUTIONS, force: false };
  const count = (flag: string, v: string | undefined) => {
    const n = Number(v?.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new UserError(seedErrors.positiveNumber({ flag }), 400);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--institutions') opts.institutions = count(flag, value());
    else if (flag === '--values') opts.values = count(flag, value());
    else if (flag === '--years') opts.years = yearsArg(value());
    else if (flag === '--form') {
      const v = value();
      if (v !== 'profile' && v !== 'full') throw new UserError(seedErrors.form(), 400);
      opts.form = v;
    } else if (flag === '--force') opts.force = true;
    else if (flag === '--quiet') opts.quiet = true;
    else if (flag === '--bulk') {
      const v = value();
      if (v !== 'rows' && v !== 'unnest') throw new UserError(seedErrors.bulk(), 400);
      opts.bulk = v;
    } else throw new UserError(seedErrors.unknownOption({ option: a }), 400);
  }
  return opts;
}

/** A stage of the seed: a progress bar on a terminal, one line per stage otherwise. */
function stage(opts: NationalOptions, label: string, total: number) {
  const started = Date.now();
  const bar =
    !opts.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: `${label.padEnd(24)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(Math.max(total, 1), 0);
  return {
    update: (n: number) => bar?.update(Math.min(n, Math.max(total, 1))),
    done: (n: number = total): number => {
      const seconds = (Date.now() - started) / 1000;
      if (bar) {
        bar.setTotal(Math.max(n, 1));
        bar.update(n);
        bar.stop();
      } else if (!opts.quiet) process.stderr.write(`${label}: ${n.toLocaleString('en')} in ${seconds.toFixed(1)} s\n`);
      return seconds;
    },
  };
}

async function isEmpty(store: Store): Promise<boolean> {
  const inst = await store.db.selectFrom('institutions').select('id').limit(1).executeTakeFirst();
  const value = await store.db.selectFrom('data_values').select('year').limit(1).executeTakeFirst();
  return !inst && !value;
}

/** --force: removes the network and its statistics (the map stays). */
async function clear(store: Store): Promise<void> {
  const { db } = store;
  if (store.engine === 'postgres') await sql`TRUNCATE data_values, agg_values, agg_totals`.execute(db);
  for (const table of ['data_values', 'agg_values', 'agg_totals', 'institution_attributes', 'plan_targets', 'plans', 'unit_population'] as const)
    await db.deleteFrom(table).execute();
  await db.updateTable('users').set({ institution_id: null }).execute();
  await db.deleteFrom('institution_units').execute();
  await db.deleteFrom('institutions').execute();
}

/** Loads the post-reform two-level map (34 provinces, 3,321 communes) when the units table is empty. */
async function ensureMap(store: Store): Promise<void> {
  if (await store.db.selectFrom('units').select('id').limit(1).executeTakeFirst()) return;
  const { importUnitsFile, builtinMapPath } = await import('../network/map-import.ts');
  // valid from the start (not 2025-07-01): the data set puts 2022–2025 history on these units
  await importUnitsFile(store.db, builtinMapPath('2025-07'), { validFrom: null });
}

/**
 * `lifelong seed national`: a national-scale data set on the real post-reform map — 75,000
 * institutions of every kind (the whole public network: every commune library and culture
 * centre; village houses, reading rooms and schools scaled down), spread by population, yearly
 * population per commune, yearly
 * status attributes, ≈ 11 M data values (monthly 2022-01 … 2025-12 and yearly; `--years 2022-2030` for more), then the
 * aggregates built once. Deterministic: the same options give the same database.
 */
export async function seedNational(store: Store, args: string[] | NationalOptions): Promise<NationalSummary> {
  const opts = Array.isArray(args) ? parseNationalArgs(args) : args;
  const { db } = store;
  const seconds: Record<string, number> = {};
  if (!(await isEmpty(store))) {
    if (!opts.force) throw new UserError(seedErrors.notEmpty(), 400);
    const s = stage(opts, 'Clearing', 1);
    await clear(store);
    seconds.clear = s.done(1);
  }

  let s = stage(opts, 'Map and population', 1);
  await ensureMap(store);
  const places = await loadPlaces(db);
  const years = opts.years ?? DEFAULT_YEARS;
  const population = populationRows(places, years);
  await setPopulation(db, population);
  seconds.map = s.done(places.communes.length);

  const planned = planNetwork(places, opts.institutions);
  s = stage(opts, 'Institutions', planned.length);
  let made = 0;
  const institutions = await db.transaction().execute((trx) => insertNetwork(trx, planned, (n) => s.update((made += n))));
  seconds.institutions = s.done(institutions.length);

  s = stage(opts, 'Status attributes', 1);
  const attributes = await db.transaction().execute((trx) => insertAttributes(trx, institutions, years));
  seconds.attributes = s.done(attributes);

  const elementIds = new Map((await db.selectFrom('data_elements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
  const possible = countValues(institutions, elementIds, years, opts.form);
  const expected = opts.values === undefined ? possible : Math.min(possible, opts.values);
  // PostgreSQL: every year written has its own partition before the first row (the default partition is a safety net)
  if (store.engine === 'postgres') await ensureYearPartitions(db, years.last, yearList(years));
  s = stage(opts, 'Data values', expected);
  const values = await writeValues(store, institutions, elementIds, possible, {
    target: opts.values,
    bulk: opts.bulk,
    years,
    form: opts.form,
    onProgress: s.update,
  });
  seconds.values = s.done(values);

  s = stage(opts, 'Aggregates', 1);
  await rebuildAggregates(db);
  const aggregates = Number(
    (
      await db
        .selectFrom('agg_values')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  await insertSeedPlans(db, null);
  seconds.aggregates = s.done(aggregates);

  // the registry was written in bulk: forget any materialised counts, then count the data years
  s = stage(opts, 'Registry counts', 1);
  await resetCounts(db);
  await ensureCountYears(db, yearList(years));
  seconds.counts = s.done(1);

  if (store.engine === 'postgres') {
    // what autovacuum would do a minute later (visibility map, planner statistics), done now so
    // the first queries on the fresh data set do not run beside it; SQLite keeps the app's
    // default of no statistics (sqlite_stat1), as a database the app built itself would
    s = stage(opts, 'Vacuum and analyze', 1);
    await sql`VACUUM ANALYZE`.execute(db);
    seconds.analyze = s.done(1);
  }

  const summary: NationalSummary = {
    communes: places.communes.length,
    provinces: places.provinces.length,
    institutions: institutions.length,
    attributes,
    values,
    aggregates,
    seconds,
  };
  if (!opts.quiet) {
    const total = Object.values(seconds).reduce((a, b) => a + b, 0);
    console.log(
      `National (${store.engine}): ${summary.provinces} provinces, ${summary.communes} communes, ${summary.institutions.toLocaleString('en')} institutions, ` +
        `${attributes.toLocaleString('en')} status attributes, ${values.toLocaleString('en')} data values, ${aggregates.toLocaleString('en')} aggregates in ${total.toFixed(1)} s ` +
        `(${Object.entries(seconds)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}).`,
    );
  }
  return summary;
}
