import { existsSync } from 'node:fs';
import { CompiledQuery, sql } from 'kysely';
import type { DB, Store } from '../src/core/db/database.ts';
import { resolveValues, type RawValue } from '../src/statistics/resolve.ts';
import { codeMemoryCounts } from '../src/statistics/code-memory.ts';
import { applyValues } from '../src/statistics/write.ts';
import { PROFILES } from '../src/seed/activity-profiles.ts';
import { rng } from '../src/seed/random.ts';
import { ensureYearPartitions } from '../src/core/db/year-partitions.ts';
import { now, percentile, type Figure } from './stats.ts';

/**
 * c) and d) write into a year the national data set has no values for — the year after its last (2026 for the
 * default set, which ends with 2025-12; 2031 for `--years 2022-2030`), its partition made on PostgreSQL — so every
 * run writes new cells, checks them against what it wrote, and removes them again (values, aggregates and their
 * audit rows): a reused data set stays as built. The set's years are read from its status attributes, which the
 * bench never writes.
 */
export interface BenchYear {
  year: number;
  /** the ten months written */
  months: string[];
  /** "today" for the period checks, so the bench does not depend on the machine's clock */
  today: string;
}

export async function benchYear(store: Store): Promise<BenchYear> {
  const r = await store.db
    .selectFrom('institution_attributes')
    .select((eb) => eb.fn.max<number>('year').as('y'))
    .executeTakeFirst();
  const year = Math.max(2026, Number(r?.y ?? 0) + 1);
  if (store.engine === 'postgres') await ensureYearPartitions(store.db, year);
  return { year, months: Array.from({ length: 10 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`), today: `${year}-12-31` };
}

export async function cleanBenchYear(db: DB, y: BenchYear, auditAbove?: number): Promise<void> {
  await db.deleteFrom('data_values').where('year', '=', y.year).execute();
  await db.deleteFrom('agg_values').where('year', '=', y.year).execute();
  await db.deleteFrom('agg_totals').where('year', '=', y.year).execute();
  if (auditAbove !== undefined) await db.deleteFrom('audit_log').where('id', '>', auditAbove).execute();
}

/**
 * After the writes are taken out again: PostgreSQL vacuums the touched tables now (else
 * autovacuum would run during the next figures or the next run), SQLite folds its WAL back.
 */
export async function settle(store: Store): Promise<void> {
  if (store.engine === 'postgres') await sql`VACUUM (ANALYZE) data_values, agg_values, agg_totals, audit_log`.execute(store.db);
  else await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
}

export async function lastAuditId(db: DB): Promise<number> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max<number>('id').as('id'))
    .executeTakeFirst();
  return Number(r?.id ?? 0);
}

async function rootId(db: DB): Promise<number> {
  const r = await db.selectFrom('units').select('id').where('code', '=', 'VN').executeTakeFirst();
  return r?.id ?? (await db.selectFrom('units').select('id').where('parent_id', 'is', null).orderBy('id').executeTakeFirstOrThrow()).id;
}

async function nationalTotal(db: DB, y: BenchYear, root: number, elementId: number, kind: string): Promise<number> {
  const r = await db
    .selectFrom('agg_values')
    .select('value')
    .where('unit_id', '=', root)
    .where('year', '=', y.year)
    .where('element_id', '=', elementId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(r?.value ?? 0);
}

/**
 * c) One value written the way the API writes it (on PostgreSQL its codes resolved through the memory of codes,
 * guarded by the write statement), then read back from the national total; then a second value of the same
 * institution, timed apart (`again…`): a person's client writes several, and the memory then holds its codes.
 */
export async function singleWriteFigure(store: Store, opts: { writes: number }): Promise<Figure> {
  const { db } = store;
  const root = await rootId(db);
  const element = await db.selectFrom('data_elements').select(['id', 'code']).where('code', '=', 'LIB_VISITS').executeTakeFirstOrThrow();
  const all = await db.selectFrom('institutions').select(['id', 'code', 'kind']).orderBy('id').execute();
  const r = rng(5);
  const pickInst = () => all[Math.floor(r() * all.length)]!;
  const audit = await lastAuditId(db);
  const y = await benchYear(store);
  await cleanBenchYear(db, y);
  const written = new Map<string, number>(); // cell → value
  const totals = new Map<string, number>(); // kind → national total we expect
  const total: number[] = [];
  const parts = { resolve: [] as number[], apply: [] as number[], read: [] as number[] };
  const again = { total: [] as number[], resolve: [] as number[] };
  const counts0 = { ...codeMemoryCounts };
  let wrong = 0;
  const writeOne = async (inst: { id: number; code: string; kind: string }, period: string, value: number) => {
    const t0 = now();
    const raw = [{ row: 1, institution: inst.code, dataElement: element.code, period, value }];
    const resolved = await resolveValues(db, raw, () => true, y.today, 'later wins', true);
    const t1 = now();
    if (resolved.problems.length > 0) throw new Error(`c) ${JSON.stringify(resolved.problems)}`);
    await applyValues(db, resolved.values, { userId: null, mode: 'set', resolvedAt: resolved.version });
    const t2 = now();
    const seen = await nationalTotal(db, y, root, element.id, inst.kind);
    const t3 = now();
    const cell = `${inst.id}:${period}`;
    totals.set(inst.kind, (totals.get(inst.kind) ?? 0) - (written.get(cell) ?? 0) + value);
    written.set(cell, value);
    if (seen !== totals.get(inst.kind)) wrong++;
    return [t0, t1, t2, t3] as const;
  };
  try {
    for (let i = 0; i < opts.writes + 10; i++) {
      const inst = pickInst();
      const period = y.months[Math.floor(r() * y.months.length)]!;
      const value = 1 + Math.floor(r() * 500);
      const [t0, t1, t2, t3] = await writeOne(inst, period, value);
      const [a0, a1, , a3] = await writeOne(inst, y.months[Math.floor(r() * y.months.length)]!, value + 1);
      if (i < 10) continue; // warm-up
      total.push(t3 - t0);
      parts.resolve.push(t1 - t0);
      parts.apply.push(t2 - t1);
      parts.read.push(t3 - t2);
      again.total.push(a3 - a0);
      again.resolve.push(a1 - a0);
    }
  } finally {
    await cleanBenchYear(db, y, audit);
    await settle(store);
  }
  const p95 = percentile(total, 95);
  const read95 = percentile(parts.read, 95);
  return {
    id: 'c',
    name: 'one value written → national total',
    engine: store.engine,
    measured: p95,
    unit: 'ms',
    target: 'p95 ≤ 5 ms',
    pass: p95 <= 5 && wrong === 0,
    baseline: { name: 'read alone p95', value: read95, unit: 'ms' },
    ratio: p95 / read95,
    ratioLabel: 'of the read',
    details: {
      writes: total.length,
      p50: percentile(total, 50),
      p95,
      max: Math.max(...total),
      resolveP50: percentile(parts.resolve, 50),
      resolveP95: percentile(parts.resolve, 95),
      applyP50: percentile(parts.apply, 50),
      applyP95: percentile(parts.apply, 95),
      readP50: percentile(parts.read, 50),
      readP95: read95,
      againP50: percentile(again.total, 50),
      againP95: percentile(again.total, 95),
      againResolveP50: percentile(again.resolve, 50),
      codesRemembered: codeMemoryCounts.hits - counts0.hits,
      codesRead: codeMemoryCounts.misses - counts0.misses,
      wrongTotals: wrong,
    },
  };
}

/** 200,000 rows for the bench's year: institutions spread over the whole id range, two monthly elements each. */
async function bulkRows(db: DB, y: BenchYear, rows: number): Promise<RawValue[]> {
  const all = await db.selectFrom('institutions').select(['code', 'kind']).orderBy('id').execute();
  const perInstitution = 2 * y.months.length;
  const wanted = Math.ceil(rows / perInstitution);
  const step = Math.max(1, Math.floor(all.length / wanted));
  const r = rng(200_000);
  const out: RawValue[] = [];
  for (let i = 0; i < all.length && out.length < rows; i += step) {
    const inst = all[i]!;
    const elements = Object.keys(PROFILES[inst.kind]?.monthly ?? { EVENTS: 1 }).slice(0, 2);
    for (const element of elements)
      for (const period of y.months)
        if (out.length < rows) out.push({ row: out.length + 2, institution: inst.code, dataElement: element, period, value: 1 + Math.floor(r() * 1000) });
  }
  return out;
}

/** What the values should add up to nationally (checked against the root's aggregate). */
const expectedSum = (raw: RawValue[]) => raw.reduce((s, x) => s + Number(x.value), 0);

async function nationalSum(db: DB, y: BenchYear, root: number): Promise<number> {
  const r = await sql<{ s: number | null }>`SELECT SUM(value) AS s FROM agg_values WHERE unit_id = ${root} AND year = ${y.year}`.execute(db);
  return Number(r.rows[0]?.s ?? 0);
}

/** Plain multi-row INSERT of the same rows (no checks, no aggregates): what the write path adds on top. */
async function rawInsertRate(store: Store, y: BenchYear, raw: RawValue[]): Promise<number> {
  const resolved = await resolveValues(store.db, raw, () => true, y.today);
  const t = now();
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < resolved.values.length; i += 1000) {
      const chunk = resolved.values.slice(i, i + 1000);
      const params = chunk.flatMap((v) => [v.institutionId, v.elementId, v.period, v.year, v.unitId, v.value]);
      let n = 0;
      const ph = () => (store.engine === 'postgres' ? `$${++n}` : '?');
      const values = chunk.map(() => `(${ph()}, ${ph()}, ${ph()}, ${ph()}, ${ph()}, ${ph()}, NULL, 'bench')`).join(', ');
      await trx.executeQuery(
        CompiledQuery.raw(
          `INSERT INTO data_values (institution_id, element_id, period, year, unit_id, value, updated_by, updated_at) VALUES ${values}`,
          params,
        ),
      );
    }
  });
  const rate = raw.length / ((now() - t) / 1000);
  await cleanBenchYear(store.db, y);
  await settle(store); // else d) would meet the dead index entries of these very cells
  return rate;
}

/**
 * d) 200,000 values through resolveValues + applyValues in one batch (and d2 through importValueFile on a CSV);
 * d3) the same cells again with every value changed, for comparison (no target of its own).
 */
export async function bulkFigures(store: Store, opts: { rows: number }): Promise<Figure[]> {
  const { db } = store;
  const root = await rootId(db);
  const y = await benchYear(store);
  const raw = await bulkRows(db, y, opts.rows);
  const audit = await lastAuditId(db);
  await cleanBenchYear(db, y);
  const figures: Figure[] = [];
  try {
    const baseline = await rawInsertRate(store, y, raw);
    let t = now();
    const resolved = await resolveValues(db, raw, () => true, y.today);
    if (resolved.problems.length > 0) throw new Error(`d) ${resolved.problems.length} problems, first: ${JSON.stringify(resolved.problems[0])}`);
    const resolveMs = now() - t;
    const t1 = now();
    await applyValues(db, resolved.values, { userId: null, mode: 'set', audit: 'batch', source: 'bench' });
    const applyMs = now() - t1;
    const seconds = (now() - t) / 1000;
    const rate = raw.length / seconds;
    const sumOk = (await nationalSum(db, y, root)) === expectedSum(raw);
    figures.push({
      id: 'd',
      name: 'bulk import, resolve + apply',
      engine: store.engine,
      measured: rate,
      unit: 'values/s',
      target: '≥ 100,000 values/s',
      pass: rate >= 100_000 && sumOk,
      baseline: { name: 'plain INSERT', value: baseline, unit: 'values/s' },
      ratio: rate / baseline,
      ratioLabel: 'of plain INSERT',
      details: { rows: raw.length, seconds, resolveMs, applyMs, nationalTotalMatches: sumOk },
    });

    // d3) the same cells again, every value changed: each old value looked up, every cell updated (a corrected re-import)
    const changed = resolved.values.map((v) => ({ ...v, value: v.value + 1 }));
    const t3 = now();
    await applyValues(db, changed, { userId: null, mode: 'set', audit: 'batch', source: 'bench-again' });
    const againSeconds = (now() - t3) / 1000;
    const againOk = (await nationalSum(db, y, root)) === expectedSum(raw) + changed.length;
    figures.push({
      id: 'd3',
      name: 'bulk re-import, every cell changed',
      engine: store.engine,
      measured: changed.length / againSeconds,
      unit: 'values/s',
      target: '—',
      pass: againOk,
      informational: true,
      baseline: { name: 'first import (d)', value: rate, unit: 'values/s' },
      ratio: changed.length / againSeconds / rate,
      ratioLabel: 'of d)',
      details: { rows: changed.length, seconds: againSeconds, applyOnly: true, nationalTotalMatches: againOk },
    });
    await cleanBenchYear(db, y, audit);
    await settle(store);

    if (existsSync(new URL('../src/statistics/value-import.ts', import.meta.url))) {
      const { importValueFile } = await import('../src/statistics/value-import.ts');
      const csv = Buffer.from(
        ['institution,dataElement,period,value', ...raw.map((x) => `${x.institution},${x.dataElement},${x.period},${x.value}`)].join('\n') + '\n',
      );
      t = now();
      const result = await importValueFile(db, csv, 'bench.csv', { userId: null, canWrite: () => true, today: y.today });
      const fileSeconds = (now() - t) / 1000;
      if (result.problems.length > 0) throw new Error(`d2) ${result.problems.length} problems, first: ${JSON.stringify(result.problems[0])}`);
      const fileRate = result.written / fileSeconds;
      const fileSumOk = (await nationalSum(db, y, root)) === expectedSum(raw);
      figures.push({
        id: 'd2',
        name: 'bulk import, CSV via importValueFile',
        engine: store.engine,
        measured: fileRate,
        unit: 'values/s',
        target: '≥ 100,000 values/s',
        pass: fileRate >= 100_000 && fileSumOk && result.written === raw.length,
        baseline: { name: 'resolve + apply', value: rate, unit: 'values/s' },
        ratio: fileRate / rate,
        ratioLabel: 'of d)',
        details: { rows: result.rows, written: result.written, seconds: fileSeconds, bytes: csv.length, nationalTotalMatches: fileSumOk },
      });
    }
  } finally {
    await cleanBenchYear(db, y, audit);
    await settle(store);
  }
  return figures;
}
