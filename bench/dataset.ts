import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { canConnect, type Engine, type Store } from '../src/core/db/database.ts';
import { openPlatform } from '../src/setup.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { DEFAULT_INSTITUTIONS, seedNational, type NationalSummary } from '../src/seed/national.ts';
import type { SeedYears } from '../src/seed/national-places.ts';
import type { ReportForm } from '../src/seed/national-values.ts';

/**
 * The national data set the figures run on, built once per engine and reused: `.bench/national.db`
 * and the PostgreSQL database `lifelong_bench`, each with a note in `.bench/` saying how it was
 * built (a data set without its note, or built by another seed version, is rebuilt).
 */
export const BENCH_DIR = '.bench';
/** Bump when the national seed changes what it writes. */
const SEED_VERSION = 5;

export interface DatasetOptions {
  institutions: number;
  values?: number;
  /** `--years 2022-2030`: the years of values (default 2022 … 2025) */
  years?: SeedYears;
  /** `--form full`: every institution files its sector's whole monthly form (issue 23's ≈ 150 M values) */
  form?: ReportForm;
  rebuild: boolean;
}

export interface Dataset {
  store: Store;
  engine: Engine;
  url: string;
  /** seconds the seed took, when it was built in this run */
  built?: { seconds: number; summary: NationalSummary };
  reused?: { builtAt: string; seconds: number; summary: NationalSummary };
}

interface Note {
  version: number;
  institutions: number;
  values: number | null;
  shape?: string;
  builtAt: string;
  seconds: number;
  summary: NationalSummary;
}

/** Non-default sizes get their own files, so a quick run never replaces the full data set. */
const shapeOf = (o: DatasetOptions) => `${o.years ? `-${o.years.first}-${o.years.last}` : ''}${o.form === 'full' ? '-full' : ''}`;
const suffix = (o: DatasetOptions) =>
  o.institutions === DEFAULT_INSTITUTIONS && o.values === undefined && shapeOf(o) === '' ? '' : `-${o.institutions}-${o.values ?? 'all'}${shapeOf(o)}`;
const notePath = (engine: Engine, o: DatasetOptions) => `${BENCH_DIR}/national${suffix(o)}.${engine}.json`;

function readNote(engine: Engine, o: DatasetOptions): Note | undefined {
  const file = notePath(engine, o);
  if (!existsSync(file)) return undefined;
  const note = JSON.parse(readFileSync(file, 'utf8')) as Note;
  return note.version === SEED_VERSION && note.institutions === o.institutions && note.values === (o.values ?? null) && (note.shape ?? '') === shapeOf(o)
    ? note
    : undefined;
}

async function build(store: Store, o: DatasetOptions): Promise<Dataset['built']> {
  const started = performance.now();
  const summary = await seedNational(store, { institutions: o.institutions, values: o.values, years: o.years, form: o.form, force: true });
  const seconds = (performance.now() - started) / 1000;
  const note: Note = {
    version: SEED_VERSION,
    institutions: o.institutions,
    values: o.values ?? null,
    shape: shapeOf(o),
    builtAt: new Date().toISOString(),
    seconds,
    summary,
  };
  writeFileSync(notePath(store.engine, o), JSON.stringify(note, null, 2));
  return { seconds, summary };
}

/** Counts agree with the note: the data set is complete (a run stopped half-way is rebuilt). */
async function matches(store: Store, note: Note): Promise<boolean> {
  const n = await store.db
    .selectFrom('institutions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const agg = await store.db.selectFrom('agg_values').select('unit_id').limit(1).executeTakeFirst();
  return Number(n?.n) === note.summary.institutions && agg !== undefined;
}

export async function sqliteDataset(o: DatasetOptions): Promise<Dataset> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = `${BENCH_DIR}/national${suffix(o)}.db`;
  let note = readNote('sqlite', o);
  if (o.rebuild || !note || !existsSync(file)) {
    for (const f of [file, `${file}-wal`, `${file}-shm`, notePath('sqlite', o)]) rmSync(f, { force: true });
    note = undefined;
  }
  const store = await openPlatform(file);
  if (note && (await matches(store, note)))
    return { store, engine: 'sqlite', url: file, reused: { builtAt: note.builtAt, seconds: note.seconds, summary: note.summary } };
  return { store, engine: 'sqlite', url: file, built: await build(store, o) };
}

export const PG_ADMIN = process.env.LIFELONG_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const pgReachable = (): Promise<boolean> => canConnect(PG_ADMIN);

export async function pgDataset(o: DatasetOptions): Promise<Dataset> {
  mkdirSync(BENCH_DIR, { recursive: true });
  // LIFELONG_BENCH_PG_DB: a database of one's own, when several worktrees share the server
  const name = process.env.LIFELONG_BENCH_PG_DB ?? `lifelong_bench${suffix(o).replace(/-/g, '_')}`;
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  let note = readNote('postgres', o);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  if (o.rebuild || !note || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    rmSync(notePath('postgres', o), { force: true });
    note = undefined;
  }
  await admin.end();
  const store = await openPlatform(url.toString());
  if (note && (await matches(store, note)))
    return { store, engine: 'postgres', url: url.toString(), reused: { builtAt: note.builtAt, seconds: note.seconds, summary: note.summary } };
  return { store, engine: 'postgres', url: url.toString(), built: await build(store, o) };
}

/**
 * The demo network (`seedDemo`, what `npm start` builds) as a data set of its own, fresh each time: the issue's
 * findings under load were measured on it (`--load-data demo` runs u1, u2, m1 there).
 */
export async function demoDataset(engine: Engine): Promise<Dataset> {
  mkdirSync(BENCH_DIR, { recursive: true });
  let url = `${BENCH_DIR}/demo.db`;
  if (engine === 'sqlite') for (const f of [url, `${url}-wal`, `${url}-shm`]) rmSync(f, { force: true });
  else {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    // LIFELONG_BENCH_PG_DEMO_DB: a database of one's own, when several worktrees share the server
    const name = process.env.LIFELONG_BENCH_PG_DEMO_DB ?? 'lifelong_bench_demo';
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`LIFELONG_BENCH_PG_DEMO_DB: not a plain name (${name})`);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const store = await openPlatform(url);
  const t = performance.now();
  await seedDemo(store);
  const count = async (table: 'institutions' | 'data_values' | 'agg_values') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const seconds = (performance.now() - t) / 1000;
  const summary: NationalSummary = {
    communes: 0,
    provinces: 0,
    institutions: await count('institutions'),
    attributes: 0,
    values: await count('data_values'),
    aggregates: await count('agg_values'),
    seconds: { seed: seconds },
  };
  return { store, engine, url, built: { seconds, summary } };
}
