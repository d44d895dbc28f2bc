import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { execSync } from 'node:child_process';
import { DEFAULT_INSTITUTIONS, parseNationalArgs } from '../src/seed/national.ts';
import { coherenceFigure } from './coherence.ts';
import { BENCH_DIR, demoDataset, PG_ADMIN, pgDataset, pgReachable, sqliteDataset, type Dataset, type DatasetOptions } from './dataset.ts';
import { matrixFigure } from './matrix.ts';
import { pageFigure } from './page.ts';
import { progressLine, table, type Figure } from './stats.ts';
import { bulkFigures, singleWriteFigure } from './writes.ts';
import { reportFigures } from './reporting.ts';
import { libraryFigures } from './library.ts';
import { portalFigures } from './portal.ts';
import { loadFigures } from './load.ts';
import type { Store } from '../src/core/db/database.ts';
import { UPLOAD_FIGURES, uploadFigures } from './uploads.ts';
import { COMPLETENESS_FIGURES, completenessFigures } from './completeness.ts';
import { ANALYTICS_FIGURES, analyticsFigures } from './analytics.ts';
import { START_FIGURES, startFigures } from './start.ts';
import { HTTP_FIGURES, httpFigures } from './http.ts';
import { BACKUP_FIGURES, backupFigure } from './backup.ts';

/**
 * `npm run bench [-- --rebuild] [--engines sqlite,postgres] [--figures a,b,c,d] [--institutions N --values N] [--years 2022-2030]
 *   [--form full] [--naive-pregrouped]` (`--institutions 150000 --years 2022-2030 --form full`: issue 23's ≈ 150 M values)
 *
 * Builds (or reuses) the national data set on each engine and measures the issue's figures:
 *  a) a unit's dashboard page, p95 over many requests (≤ 50 ms), against GET /healthz;
 *  b) the full indicator matrix for a year (≤ 1 s, ≥ 20× the naive GROUP BY over raw values);
 *  c) one value written and visible in the national total (p95 ≤ 5 ms);
 *  d) a bulk import of 200,000 values (≥ 100,000 values/s);
 *  r1, r2) the province report as DOCX and XLSX (< 2 s each; `--figures r1,r2`).
 *  r3) the progress page's data for the nation on a 10,395-commune three-level map, every level's rates in one grouped
 *      query (p95 ≤ 300 ms; its own small database, bench/completeness.ts; `--figures r3`).
 *  l1–l7) the library on its own 1,000,000-record catalogue (bench/library.ts): search p95 with i/y spellings and ISBN
 *      forms (≤ 30 ms), MARC import (≥ 10,000 records/s), checkout and return with the statistics feed (p95 ≤ 5 ms
 *      each), the desk page after a scan (p95 ≤ 50 ms, ≤ 30 KB), a re-import of 20,000 records already there
 *      (≥ 20,000 records/s, 0 new items).
 *  p1, p2) the citizens' portal home and the search under 200 concurrent users (p95 ≤ 100 ms, 0 errors);
 *      p1u, p2u) the same with the micro-cache off (every page rendered afresh), reported beside them.
 *  u1, u2, m1) the national dashboard and the catalogue search under 200 connections, and a mixed load of 150
 *      readers + 50 API writers with `lifelong verify` clean after (bench/load.ts; `--load-seconds`; `--load-data demo`
 *      runs them on the demo network instead of the national data set, as the issue's findings were measured;
 *      `--serve-workers 1,2` runs them against one process and, on PostgreSQL, `lifelong serve --workers 2`).
 *  v1–v4) the analytics API for the provinces × every indicator × 5 years and for every commune × 5 indicators × 1 year
 *      (p95 ≤ 300 ms each), /ban-do (p95 ≤ 150 ms, ≤ 150 KB) and the full matrix as XLSX (≤ 2 s) (bench/analytics.ts).
 *  z1, z2) public pages' bytes on the wire compressed (≤ 35 % of uncompressed) and a repeated request answered 304
 *      (p95 ≤ 2 ms), on the national data set (bench/http.ts).
 *  x1) two server processes (`serve --workers 2`) on one PostgreSQL: a write through one seen on the other's kept page
 *      within 1 s, the maximum of 100 trials (bench/coherence.ts; `--figures x1`; on the demo network with `--load-data demo`).
 *  k1) backup and restore of the national data set, time and size (informational; bench/backup.ts; `--figures k1`).
 *  s1, s2) fast start: `lifelong --help` and `serve` answering on the demo database, compiled against tsx (bench/start.ts;
 *      `--figures s1,s2`, after `npm run build`).
 *  h1–h3) `/healthz` while a 50,000-deep MARCXML, an XLSX zip bomb and a 1,000,000-row CSV import are uploaded
 *      (bench/uploads.ts; on the demo network, SQLite; not in the default list: `--figures h1,h2,h3`).
 * Prints a table and writes .bench/results.json. PostgreSQL: LIFELONG_BENCH_PG (admin URL).
 */
const { values: args } = parseArgs({
  options: {
    rebuild: { type: 'boolean', default: false },
    engines: { type: 'string', default: 'sqlite,postgres' },
    institutions: { type: 'string' },
    years: { type: 'string' },
    form: { type: 'string' },
    values: { type: 'string' },
    year: { type: 'string', default: '2024' },
    requests: { type: 'string', default: '240' },
    'page-seconds': { type: 'string', default: '60' },
    writes: { type: 'string', default: '200' },
    'bulk-rows': { type: 'string', default: '200000' },
    'matrix-runs': { type: 'string', default: '3' },
    'naive-pregrouped': { type: 'boolean', default: false },
    figures: { type: 'string', default: 'a,b,c,d,v1,v2,v3,v4,l1,l2,l3,l4,l5,l6,l7,p1,p2,p1u,p2u,u1,u2,m1,z1,z2' },
    'library-records': { type: 'string', default: '1000000' },
    'library-queries': { type: 'string', default: '400' },
    'library-loans': { type: 'string', default: '200' },
    'desk-scans': { type: 'string', default: '200' },
    'portal-seconds': { type: 'string', default: '20' },
    'portal-events': { type: 'string', default: '50000' },
    'load-seconds': { type: 'string', default: '20' },
    'load-data': { type: 'string', default: 'national' },
    /** `--serve-workers 1,2`: u1, u2, m1 against one process and (PostgreSQL) against `lifelong serve --workers 2`, each reported */
    'serve-workers': { type: 'string', default: '1' },
    'upload-rows': { type: 'string', default: '1000000' },
  },
});

const dataset: DatasetOptions = {
  institutions: args.institutions ? Number(args.institutions) : DEFAULT_INSTITUTIONS,
  values: args.values ? Number(args.values) : undefined,
  years: args.years ? parseNationalArgs(['--years', args.years]).years : undefined,
  form: args.form ? parseNationalArgs(['--form', args.form]).form : undefined,
  rebuild: args.rebuild ?? false,
};
const year = Number(args.year);
const engines = (args.engines ?? '')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
/** The portal's figures: cached (p1, p2) and, for comparison, uncached (p1u, p2u). */
const PORTAL = ['p1', 'p2', 'p1u', 'p2u'];
/** Under load and with writers (bench/load.ts). */
const LOAD = ['u1', 'u2', 'm1'];
const only = new Set((args.figures ?? '').split(',').map((f) => f.trim()));
const serveWorkers = (args['serve-workers'] ?? '1').split(',').map((w) => Number(w.trim()));
/** The server shapes the load figures run against on an engine: `--workers N` needs PostgreSQL. */
const workersOn = (engine: string) => serveWorkers.filter((w) => w === 1 || engine === 'postgres');
/** u1, u2, m1 against each server shape. */
async function loadFiguresEach(store: Store, url: string): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const workers of workersOn(store.engine)) out.push(...(await loadFigures(store, url, { seconds: Number(args['load-seconds']), only, workers })));
  return out;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const figures: Figure[] = [];
const datasets: Record<string, unknown> = {};
const skipped: string[] = [];

async function measure(open: () => Promise<Dataset>): Promise<void> {
  const ds = await open();
  const { store } = ds;
  try {
    const info = ds.built ?? ds.reused!;
    // the server's memory for pages decides much of PostgreSQL's write speed: printed with the figures
    const buffers =
      store.engine === 'postgres' ? (await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(store.db)).rows[0]?.shared_buffers : undefined;
    datasets[store.engine] = {
      url: ds.url.replace(/\/\/[^@/]*@/, '//'),
      built: ds.built !== undefined,
      seedSeconds: info.seconds,
      summary: info.summary,
      sharedBuffers: buffers,
    };
    log(
      `${store.engine}: data set ${ds.built ? `built in ${ds.built.seconds.toFixed(0)} s` : `reused (built ${ds.reused!.builtAt} in ${ds.reused!.seconds.toFixed(0)} s)`}: ` +
        `${info.summary.institutions.toLocaleString('en')} institutions, ${info.summary.values.toLocaleString('en')} values${buffers ? `, shared_buffers ${buffers}` : ''}`,
    );
    const run = async (label: string, fn: () => Promise<Figure | Figure[]>) => {
      const t = performance.now();
      const out = await fn();
      for (const f of [out].flat()) {
        figures.push(f);
        log(progressLine(f));
        const byLevel = f.details.byLevel as Record<string, { n: number; p50: number; p95: number; queries?: number }> | undefined;
        if (byLevel)
          log(
            `     ${Object.entries(byLevel)
              .map(
                ([level, x]) =>
                  `${level} ×${x.n}: p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms${x.queries === undefined ? '' : `, ≤ ${x.queries} queries`}`,
              )
              .join('; ')}`,
          );
        if (f.details.mismatches !== undefined)
          log(
            `     naive ${Math.round(f.details.naiveMs as number).toLocaleString('en')} ms; mismatches ${f.details.mismatches} of ${f.details.comparedCells} cells`,
          );
      }
      log(`  (${label} took ${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    if (only.has('a')) await run('page', () => pageFigure(store, { requests: Number(args.requests), year, seconds: Number(args['page-seconds']) }));
    if (only.has('b'))
      await run('matrix', () => matrixFigure(store, { year, runs: Number(args['matrix-runs']), pregrouped: args['naive-pregrouped'] ?? false }));
    if (only.has('c')) await run('single write', () => singleWriteFigure(store, { writes: Number(args.writes) }));
    if (only.has('d')) await run('bulk', () => bulkFigures(store, { rows: Number(args['bulk-rows']) }));
    if (only.has('r1') || only.has('r2')) await run('reports', () => reportFigures(store, { year, runs: 5, only }));
    if (ANALYTICS_FIGURES.some((f) => only.has(f))) await run('analytics', () => analyticsFigures(store, { requests: 60, runs: 3, only }));
    if (PORTAL.some((f) => only.has(f)))
      await run('portal', async () =>
        (await portalFigures(store, ds.url, { seconds: Number(args['portal-seconds']), connections: 200, events: Number(args['portal-events']), only })).filter(
          (f) => only.has(f.id),
        ),
      );
    if (LOAD.some((f) => only.has(f)) && args['load-data'] !== 'demo') await run('load', () => loadFiguresEach(store, ds.url));
    if (HTTP_FIGURES.some((f) => only.has(f))) await run('http', () => httpFigures(store, ds.url, { requests: 500, only }));
    if (only.has('k1')) await run('backup', () => backupFigure(store, ds.url, log));
    if (only.has('x1') && store.engine === 'postgres' && args['load-data'] !== 'demo')
      await run('coherence', () => coherenceFigure(store, ds.url, { trials: 100 }));
  } finally {
    await store.close();
  }
}

if (UPLOAD_FIGURES.some((f) => only.has(f))) {
  const t = performance.now();
  for (const f of await uploadFigures({ only, rows: Number(args['upload-rows']) }, log)) {
    figures.push(f);
    log(progressLine(f));
  }
  log(`  (upload figures took ${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

if (COMPLETENESS_FIGURES.some((f) => only.has(f))) {
  const t = performance.now();
  const reachable: ('sqlite' | 'postgres')[] = [];
  for (const e of engines) if (e !== 'postgres' || (await pgReachable())) reachable.push(e as 'sqlite' | 'postgres');
  for (const f of await completenessFigures(reachable, { runs: 30 }, log)) {
    figures.push(f);
    log(progressLine(f));
  }
  log(`  (completeness figures took ${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

// s1, s2: the compiled build's start against tsx's, on the demo network (SQLite)
if (START_FIGURES.some((f) => only.has(f))) {
  const ds = await demoDataset('sqlite');
  await ds.store.close();
  for (const f of await startFigures(ds.url, { runs: 5, only })) {
    figures.push(f);
    log(progressLine(f, ' [demo]'));
  }
}

// x1: two server processes on one PostgreSQL (bench/coherence.ts), on the demo network with `--load-data demo` (else on the national set, above)
if (only.has('x1') && args['load-data'] === 'demo' && engines.includes('postgres') && (await pgReachable())) {
  const ds = await demoDataset('postgres');
  try {
    const f = await coherenceFigure(ds.store, ds.url, { trials: 100 });
    figures.push(f);
    log(progressLine(f, ' [demo]'));
  } finally {
    await ds.store.close();
  }
}

const onDemo = args['load-data'] === 'demo' && LOAD.some((f) => only.has(f));
for (const engine of onDemo ? engines : []) {
  if (engine === 'postgres' && !(await pgReachable())) continue;
  const ds = await demoDataset(engine as 'sqlite' | 'postgres');
  try {
    for (const f of await loadFiguresEach(ds.store, ds.url)) {
      figures.push({ ...f, name: `${f.name} [demo]` });
      log(progressLine(f, ' [demo]'));
    }
  } finally {
    await ds.store.close();
  }
}

const national =
  ['a', 'b', 'c', 'd', 'r1', 'r2', ...ANALYTICS_FIGURES, ...PORTAL, ...HTTP_FIGURES, ...BACKUP_FIGURES].some((f) => only.has(f)) ||
  (only.has('x1') && args['load-data'] !== 'demo') ||
  (LOAD.some((f) => only.has(f)) && !onDemo);
const library = ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'].some((f) => only.has(f));
for (const engine of library ? engines : []) {
  if (engine === 'postgres' && !(await pgReachable())) continue;
  const t = performance.now();
  for (const f of await libraryFigures(
    engine as 'sqlite' | 'postgres',
    {
      records: Number(args['library-records']),
      queries: Number(args['library-queries']),
      importRecords: 20_000,
      loans: Number(args['library-loans']),
      deskScans: Number(args['desk-scans']),
      rebuild: args.rebuild ?? false,
      only,
    },
    log,
  )) {
    figures.push(f);
    log(progressLine(f, ` [${engine}]`));
  }
  log(`  (library figures on ${engine} took ${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

for (const engine of national ? engines : []) {
  if (engine === 'sqlite') await measure(() => sqliteDataset(dataset));
  else if (engine === 'postgres') {
    if (await pgReachable()) await measure(() => pgDataset(dataset));
    else {
      skipped.push(`postgres: not reachable at ${PG_ADMIN.replace(/\/\/[^@/]*@/, '//')} (set LIFELONG_BENCH_PG)`);
      log(`PostgreSQL not reachable at ${PG_ADMIN}: skipped.`);
    }
  } else throw new Error(`Unknown engine "${engine}" (sqlite, postgres).`);
}

const seconds = (performance.now() - started) / 1000;
const git = (cmd: string) => {
  try {
    return execSync(`git ${cmd}`, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '';
  }
};
const commit = `${git('rev-parse --short HEAD') || 'unknown'}${git('status --porcelain --untracked-files=no') ? ' (with uncommitted changes)' : ''}`;
console.log(
  `\nLifelong bench — ${new Date().toISOString()} — commit ${commit} — ${os.cpus().length} CPU, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${seconds.toFixed(0)} s in all`,
);
for (const [engine, d] of Object.entries(datasets)) {
  const x = d as { built: boolean; seedSeconds: number; summary: { institutions: number; values: number; aggregates: number } };
  console.log(
    `  ${engine}: ${x.summary.institutions.toLocaleString('en')} institutions, ${x.summary.values.toLocaleString('en')} values, ${x.summary.aggregates.toLocaleString('en')} aggregates; seed ${x.seedSeconds.toFixed(0)} s${x.built ? '' : ' (reused)'}`,
  );
}
for (const s of skipped) console.log(`  skipped ${s}`);
console.log(`\n${table(figures)}\n`);
const failed = figures.filter((f) => !f.pass && !f.informational);
if (failed.length > 0) console.log(`${failed.length} figure(s) missed the target; details in ${BENCH_DIR}/results.json.`);

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  `${BENCH_DIR}/results.json`,
  JSON.stringify({ at: new Date().toISOString(), commit, seconds, cpus: os.cpus().length, loadavg: os.loadavg(), year, datasets, skipped, figures }, null, 2),
);
process.exitCode = failed.length > 0 ? 1 : 0;
