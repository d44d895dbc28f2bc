import { CompiledQuery } from 'kysely';
import type { Store } from '../core/db/database.ts';
import { PROFILES, season } from './activity-profiles.ts';
import { FIRST_YEAR, LAST_YEAR } from './national-places.ts';
import { SEED_AT, type SeedInstitution } from './national-network.ts';
import { between, rng } from './random.ts';

/** Columns of a batch of values, kept as flat arrays (10 M objects would not fit comfortably). */
interface Batch {
  institution: number[];
  element: number[];
  period: string[];
  year: number[];
  unit: number[];
  value: number[];
}
const emptyBatch = (): Batch => ({ institution: [], element: [], period: [], year: [], unit: [], value: [] });

const MONTHS = (() => {
  const out: { year: number; month: number; period: string }[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (let month = 1; month <= 12; month++) out.push({ year, month, period: `${year}-${String(month).padStart(2, '0')}` });
  return out;
})();

/** How busy each province is (0.75–1.3) and how fast it grows: the same on every run. */
function provinceFactor(code: string): { activity: number; growth: number } {
  const r = rng(Number.parseInt(code, 10) * 7919 + 1);
  return { activity: between(r, 0.75, 1.3), growth: between(r, -0.03, 0.03) };
}

/**
 * Calls `emit` for every value of one institution (the demo generator's model: a level that grows
 * a few % a year, seasonality, ±15% noise; rare events happen or not), series by series. Each
 * institution has its own seeded generator, so leaving a series out changes nothing else.
 */
function eachValue(
  inst: SeedInstitution,
  index: number,
  elementIds: Map<string, number>,
  emit: (series: number, elementId: number, period: string, year: number, value: number) => void,
): void {
  const profile = PROFILES[inst.kind];
  if (!profile) return;
  const r = rng((Math.imul(index + 1, 0x9e3779b1) ^ 2025) >>> 0);
  const place = provinceFactor(inst.provinceCode);
  const scale = between(r, 0.6, 1.5) * place.activity;
  const growth = Math.max(0.005, between(r, 0.04, 0.14) + place.growth);
  const monthly = Object.entries(profile.monthly).map(([code, base]) => ({ id: elementIds.get(code), base }));
  const yearly = Object.entries(profile.yearly).map(([code, base]) => ({ id: elementIds.get(code), base }));
  const out = (series: number, id: number | undefined, period: string, year: number, v: number) => {
    if (id !== undefined && v > 0) emit(series, id, period, year, Math.round(v));
  };
  for (const m of MONTHS) {
    const level = scale * Math.pow(1 + growth, m.year - FIRST_YEAR) * season(inst.kind, m.month);
    monthly.forEach((e, s) => {
      const expected = e.base * level * between(r, 0.85, 1.15);
      out(s, e.id, m.period, m.year, expected < 1 ? (r() < expected ? 1 : 0) : expected);
    });
    if (m.month === 12) {
      const yearLevel = scale * Math.pow(1 + growth, m.year - FIRST_YEAR);
      yearly.forEach((e, s) => out(monthly.length + s, e.id, String(m.year), m.year, e.base < 1 ? (r() < e.base ? 1 : 0) : e.base * yearLevel));
    }
  }
}

/** All values the institutions would report (the first pass, to size the sample and the progress bar). */
export function countValues(institutions: SeedInstitution[], elementIds: Map<string, number>): number {
  let n = 0;
  institutions.forEach((inst, i) => eachValue(inst, i, elementIds, () => n++));
  return n;
}

// ---- bulk insert -------------------------------------------------------------------------------
// Plain SQL through Kysely (CompiledQuery.raw skips the query builder, which would dominate at
// 10 M rows). SQLite: multi-row INSERT … VALUES. PostgreSQL: the same multi-row INSERT is
// available (`bulk: 'rows'`), but the default passes each column of 20,000 rows as one parameter
// and inserts `SELECT … FROM unnest(…)`, which is several times faster.

const COLUMNS = 'institution_id, element_id, period, year, unit_id, value, updated_by, updated_at';
const ROW_PLACEHOLDERS = new Map<number, string>();

function multiRowInsert(b: Batch, from: number, to: number): CompiledQuery {
  const n = to - from;
  let placeholders = ROW_PLACEHOLDERS.get(n);
  if (!placeholders) {
    // SQLite `?` and PostgreSQL `$n` placeholders; updated_at is a constant literal
    placeholders = Array.from({ length: n }, () => `(?, ?, ?, ?, ?, ?, NULL, '${SEED_AT}')`).join(', ');
    ROW_PLACEHOLDERS.set(n, placeholders);
  }
  const params: unknown[] = [];
  for (let i = from; i < to; i++) params.push(b.institution[i], b.element[i], b.period[i], b.year[i], b.unit[i], b.value[i]);
  return CompiledQuery.raw(`INSERT INTO data_values (${COLUMNS}) VALUES ${placeholders}`, params);
}

const toDollar = (q: CompiledQuery): CompiledQuery => {
  let i = 0;
  return CompiledQuery.raw(
    q.sql.replace(/\?/g, () => `$${++i}`),
    [...q.parameters],
  );
};

function unnestInsert(b: Batch, from: number, to: number): CompiledQuery {
  // each column travels as one comma-separated text parameter (periods and numbers hold no
  // commas): cheaper for the driver than array parameters, and still one plain statement
  const col = (c: (number | string)[]) => c.slice(from, to).join(',');
  return CompiledQuery.raw(
    `INSERT INTO data_values (${COLUMNS})
     SELECT i, e, p, y, u, v, NULL, '${SEED_AT}'
     FROM unnest(string_to_array($1, ',')::int[], string_to_array($2, ',')::int[], string_to_array($3, ','),
                 string_to_array($4, ',')::int[], string_to_array($5, ',')::int[], string_to_array($6, ',')::float8[]) AS t(i, e, p, y, u, v)`,
    [col(b.institution), col(b.element), col(b.period), col(b.year), col(b.unit), col(b.value)],
  );
}

export interface ValueOptions {
  /** approximate number of values wanted; whole series are left out at random to get there */
  target?: number;
  /** PostgreSQL insert path (default unnest) */
  bulk?: 'rows' | 'unnest';
  /** values per transaction */
  transactionRows?: number;
  onProgress?: (written: number) => void;
}

/** Writes the values of every institution straight into data_values (no aggregates: rebuild them after). */
export async function writeValues(
  store: Store,
  institutions: SeedInstitution[],
  elementIds: Map<string, number>,
  total: number,
  opts: ValueOptions = {},
): Promise<number> {
  const share = opts.target === undefined ? 1 : Math.min(1, opts.target / Math.max(1, total));
  const pick = rng(10_000_000);
  const pg = store.engine === 'postgres';
  const rowsPerStatement = pg && opts.bulk !== 'rows' ? 20_000 : pg ? 1000 : 2000;
  const perTransaction = opts.transactionRows ?? 500_000;
  let written = 0;
  let next = 0;
  while (next < institutions.length) {
    const batch = emptyBatch();
    // generate about one transaction's worth of values, whole institutions at a time
    while (next < institutions.length && batch.value.length < perTransaction) {
      const inst = institutions[next]!;
      const profile = PROFILES[inst.kind];
      const series = profile ? Object.keys(profile.monthly).length + Object.keys(profile.yearly).length : 0;
      const keep = Array.from({ length: series }, () => share >= 1 || pick() < share);
      eachValue(inst, next, elementIds, (series, elementId, period, year, value) => {
        if (!keep[series]) return;
        batch.institution.push(inst.id);
        batch.element.push(elementId);
        batch.period.push(period);
        batch.year.push(year);
        batch.unit.push(inst.unitId);
        batch.value.push(value);
      });
      next++;
    }
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < batch.value.length; i += rowsPerStatement) {
        const to = Math.min(batch.value.length, i + rowsPerStatement);
        const q = pg ? (opts.bulk === 'rows' ? toDollar(multiRowInsert(batch, i, to)) : unnestInsert(batch, i, to)) : multiRowInsert(batch, i, to);
        await trx.executeQuery(q);
        written += to - i;
        opts.onProgress?.(written);
      }
    });
  }
  return written;
}
