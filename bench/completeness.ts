import { mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import type { Engine, Store } from '../src/core/db/database.ts';
import { nowIso, todayLocal } from '../src/core/time.ts';
import type { Unit } from '../src/network/units.ts';
import { findUnit } from '../src/network/units.ts';
import { completeness } from '../src/reporting/completeness.ts';
import { ratesBelow } from '../src/reporting/rates.ts';
import { reminderList } from '../src/reporting/reminders.ts';
import { openPlatform } from '../src/setup.ts';
import { BENCH_DIR, PG_ADMIN } from './dataset.ts';
import { now, percentile, type Figure } from './stats.ts';

/**
 * r3) The progress page's data for the whole country on the old three-level map: 63 provinces × 11 districts × 15
 * communes (10,395 communes, 11,152 units), seven in ten with a report for the year in a random status. What the page
 * reads for the nation (its children's statuses, the rates of every level below in one grouped query, who a reminder
 * would reach), p95 over `runs` after one unmeasured run. Its own small database on each engine, built in seconds.
 */
export const COMPLETENESS_FIGURES = ['r3'];

const PROVINCES = 63;
const DISTRICTS = 11;
const COMMUNES = 15;
const YEAR = 2024;

/** A fixed pseudo-random sequence: the same statuses every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

async function openFresh(engine: Engine): Promise<Store> {
  mkdirSync(BENCH_DIR, { recursive: true });
  if (engine === 'sqlite') {
    const file = `${BENCH_DIR}/completeness.db`;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    return openPlatform(file);
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS lifelong_bench_completeness WITH (FORCE)');
  await admin.query('CREATE DATABASE lifelong_bench_completeness');
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = '/lifelong_bench_completeness';
  return openPlatform(url.toString());
}

/** The figure's database is thrown away after it (it is rebuilt in a second or two). */
async function dropFresh(engine: Engine): Promise<void> {
  if (engine === 'sqlite') {
    for (const f of ['', '-wal', '-shm']) rmSync(`${BENCH_DIR}/completeness.db${f}`, { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS lifelong_bench_completeness WITH (FORCE)');
  await admin.end();
}

/** The map and the year's cycles and reports, inserted in batches. */
async function build(store: Store): Promise<{ units: number; reports: number }> {
  const { db } = store;
  const insertUnits = async (rows: { code: string; name: string; level: string; parent_id: number | null }[]) => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 2000) {
      const out = await db
        .insertInto('units')
        .values(rows.slice(i, i + 2000).map((r) => ({ ...r, official_code: null, full_name: null, valid_from: null, valid_to: '2025-06-30' })))
        .returning('id')
        .execute();
      ids.push(...out.map((o) => o.id));
    }
    return ids;
  };
  const [vn] = await insertUnits([{ code: 'BENCH-VN', name: 'Việt Nam', level: 'nation', parent_id: null }]);
  const provinces = await insertUnits(
    Array.from({ length: PROVINCES }, (_, p) => ({ code: `BP${p}`, name: `Tỉnh ${p + 1}`, level: 'province', parent_id: vn! })),
  );
  const districts = await insertUnits(
    provinces.flatMap((pid, p) =>
      Array.from({ length: DISTRICTS }, (_, d) => ({ code: `BD${p}-${d}`, name: `Huyện ${p + 1}.${d + 1}`, level: 'district', parent_id: pid })),
    ),
  );
  const communes = await insertUnits(
    districts.flatMap((did, d) =>
      Array.from({ length: COMMUNES }, (_, c) => ({ code: `BX${d}-${c}`, name: `Xã ${d + 1}.${c + 1}`, level: 'commune', parent_id: did })),
    ),
  );
  // one cycle a receiving unit, due 10/11
  const parents = [vn!, ...provinces, ...districts];
  const cycleOf = new Map<number, number>();
  for (let i = 0; i < parents.length; i += 2000) {
    const out = await db
      .insertInto('report_cycles')
      .values(
        parents
          .slice(i, i + 2000)
          .map((u) => ({ unit_id: u, year: YEAR, plan_id: null, deadline: `${YEAR}-11-10`, review: 'annual', period_from: 2023, created_at: nowIso() })),
      )
      .returning(['id', 'unit_id'])
      .execute();
    for (const o of out) cycleOf.set(o.unit_id, o.id);
  }
  const rnd = random(20241110);
  const parentOf = new Map<number, number>();
  provinces.forEach((p) => parentOf.set(p, vn!));
  districts.forEach((d, i) => parentOf.set(d, provinces[Math.floor(i / DISTRICTS)]!));
  communes.forEach((c, i) => parentOf.set(c, districts[Math.floor(i / COMMUNES)]!));
  const statuses = ['draft', 'submitted', 'returned', 'approved', 'approved'] as const;
  const reports = [...provinces, ...districts, ...communes]
    .filter(() => rnd() < 0.7)
    .map((unit) => {
      const status = statuses[Math.floor(rnd() * statuses.length)]!;
      const sent = status !== 'draft';
      return {
        cycle_id: cycleOf.get(parentOf.get(unit)!)!,
        unit_id: unit,
        year: YEAR,
        status,
        narrative: '{}',
        submitted_at: sent ? `${YEAR}-11-0${1 + Math.floor(rnd() * 9)}T03:00:00.000Z` : null,
        on_time: sent ? (rnd() < 0.8 ? 1 : 0) : null,
        updated_at: nowIso(),
      };
    });
  for (let i = 0; i < reports.length; i += 1000)
    await db
      .insertInto('reports')
      .values(reports.slice(i, i + 1000))
      .execute();
  return { units: 1 + provinces.length + districts.length + communes.length, reports: reports.length };
}

/** What the progress page reads for a unit (an official of it looking). */
async function pageData(store: Store, unit: Unit): Promise<number> {
  const today = todayLocal();
  const [c, r] = await Promise.all([completeness(store.db, unit, YEAR, today), ratesBelow(store.db, unit.id, YEAR)]);
  const l = await reminderList(store.db, unit, YEAR, today, c);
  return c.children.length + r.levels.length + l.toRemind.length;
}

export async function completenessFigures(engines: Engine[], o: { runs: number }, log: (line: string) => void): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const engine of engines) {
    const store = await openFresh(engine);
    try {
      const t = now();
      const built = await build(store);
      log(`  ${engine}: ${built.units.toLocaleString('en')} units, ${built.reports.toLocaleString('en')} reports in ${((now() - t) / 1000).toFixed(1)} s`);
      const nation = (await findUnit(store.db, 'BENCH-VN'))!;
      const province = (await findUnit(store.db, 'BP0'))!;
      const levels = (await ratesBelow(store.db, nation.id, YEAR)).levels;
      const measure = async (unit: Unit) => {
        await pageData(store, unit);
        const times: number[] = [];
        for (let i = 0; i < o.runs; i++) {
          const s = now();
          await pageData(store, unit);
          times.push(now() - s);
        }
        return times;
      };
      const national = await measure(nation);
      const provincial = await measure(province);
      const p95 = percentile(national, 95);
      out.push({
        id: 'r3',
        name: 'progress page data, nation, every level (10,395 communes)',
        engine,
        measured: p95,
        unit: 'ms',
        target: 'p95 ≤ 300 ms',
        pass: p95 <= 300,
        details: {
          runs: o.runs,
          p50: percentile(national, 50),
          p95,
          province: { p50: percentile(provincial, 50), p95: percentile(provincial, 95) },
          levels,
          ...built,
        },
      });
    } finally {
      await store.close();
      await dropFresh(engine);
    }
  }
  return out;
}
