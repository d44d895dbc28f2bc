import { CompiledQuery } from 'kysely';
import type { Store } from '../core/db/database.ts';
import { PROFILES, season } from './activity-profiles.ts';
import { DEFAULT_YEARS, FIRST_YEAR, yearList, type SeedYears } from './national-places.ts';
import { SEED_AT, type SeedInstitution } from './national-network.ts';
import { between, rng } from './random.ts';
import { KINDS } from '../network/catalogue.ts';
import { BUILTIN_ELEMENTS } from '../statistics/elements.ts';

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

interface Month {
  year: number;
  month: number;
  period: string;
}
const monthsOf = (years: SeedYears): Month[] =>
  yearList(years).flatMap((year) => Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1, period: `${year}-${String(i + 1).padStart(2, '0')}` })));

/** How busy each province is (0.75–1.3) and how fast it grows: the same on every run. */
function provinceFactor(code: string): { activity: number; growth: number } {
  const r = rng(Number.parseInt(code, 10) * 7919 + 1);
  return { activity: between(r, 0.75, 1.3), growth: between(r, -0.03, 0.03) };
}

/**
 * What an institution's monthly report holds: `profile`, the series its kind is busy in (the profile's, as the demo
 * has them; a month with nothing to report stores nothing); `full`, the whole monthly form of its sector (library,
 * museum or culture, and the common lines): the profile's series with their levels, every other line filled in
 * with its count, zero when nothing happened, as a filed monthly report is (about 13 lines for a library: the
 * ≈ 150 M values of 150,000 institutions over 2022–2030 that issue 23 names).
 */
export type ReportForm = 'profile' | 'full';

interface Series {
  id: number | undefined;
  base: number;
}
interface Shape {
  months: readonly Month[];
  form: ReportForm;
  /** per kind: its monthly and yearly series, in a fixed order */
  series: Map<string, { monthly: Series[]; yearly: Series[] }>;
}

const SECTOR_OF_KIND = new Map(KINDS.map((k) => [k.code, k.sector]));

function shapeOf(years: SeedYears, form: ReportForm, elementIds: Map<string, number>): Shape {
  const series = new Map<string, { monthly: Series[]; yearly: Series[] }>();
  for (const [kind, profile] of Object.entries(PROFILES)) {
    const monthly = Object.entries(profile.monthly).map(([code, base]) => ({ id: elementIds.get(code), base }));
    const yearly = Object.entries(profile.yearly).map(([code, base]) => ({ id: elementIds.get(code), base }));
    if (form === 'full') {
      const sector = SECTOR_OF_KIND.get(kind);
      for (const e of BUILTIN_ELEMENTS)
        if (e.periodType === 'month' && (e.sector === sector || e.sector === 'common') && !(e.code in profile.monthly))
          monthly.push({ id: elementIds.get(e.code), base: 0 });
    }
    series.set(kind, { monthly, yearly });
  }
  return { months: monthsOf(years), form, series };
}

/**
 * Calls `emit` for every value of one institution (the demo generator's model: a level that grows
 * a few % a year, seasonality, ±15% noise; rare events happen or not), series by series. Each
 * institution has its own seeded generator, so leaving a series out changes nothing else.
 */
function eachValue(
  inst: SeedInstitution,
  index: number,
  shape: Shape,
  emit: (series: number, elementId: number, period: string, year: number, value: number) => void,
): void {
  const kindSeries = shape.series.get(inst.kind);
  if (!kindSeries) return;
  const { monthly, yearly } = kindSeries;
  const r = rng((Math.imul(index + 1, 0x9e3779b1) ^ 2025) >>> 0);
  const place = provinceFactor(inst.provinceCode);
  const scale = between(r, 0.6, 1.5) * place.activity;
  const growth = Math.max(0.005, between(r, 0.04, 0.14) + place.growth);
  const zeros = shape.form === 'full'; // a filed monthly form: a line with nothing to report says 0
  const out = (series: number, id: number | undefined, period: string, year: number, v: number, keepZero: boolean) => {
    if (id !== undefined && (v > 0 || (keepZero && v === 0))) emit(series, id, period, year, Math.round(v));
  };
  for (const m of shape.months) {
    const level = scale * Math.pow(1 + growth, m.year - FIRST_YEAR) * season(inst.kind, m.month);
    monthly.forEach((e, s) => {
      const expected = e.base * level * between(r, 0.85, 1.15);
      out(s, e.id, m.period, m.year, expected < 1 ? (r() < expected ? 1 : 0) : expected, zeros);
    });
    if (m.month === 12) {
      const yearLevel = scale * Math.pow(1 + growth, m.year - FIRST_YEAR);
      yearly.forEach((e, s) => out(monthly.length + s, e.id, String(m.year), m.year, e.base < 1 ? (r() < e.base ? 1 : 0) : e.base * yearLevel, false));
    }
  }
}

/** All values the institutions would report (the first pass, to size the sample and the progress bar). */
export function countValues(
  institutions: SeedInstitution[],
  elementIds: Map<string, number>,
  years: SeedYears = DEFAULT_YEARS,
  form: ReportForm = 'profile',
): number {
  let n = 0;
  const shape = shapeOf(years, form, elementIds);
  institutions.forEach((inst, i) => eachValue(inst, i, shape, () => n++));
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
  /** the years written (default 2022 … 2025) */
  years?: SeedYears;
  /** the series each institution reports (default `profile`) */
  form?: ReportForm;
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
  const shape = shapeOf(opts.years ?? DEFAULT_YEARS, opts.form ?? 'profile', elementIds);
  let written = 0;
  let next = 0;
  while (next < institutions.length) {
    const batch = emptyBatch();
    // generate about one transaction's worth of values, whole institutions at a time
    while (next < institutions.length && batch.value.length < perTransaction) {
      const inst = institutions[next]!;
      const kindSeries = shape.series.get(inst.kind);
      const series = kindSeries ? kindSeries.monthly.length + kindSeries.yearly.length : 0;
      const keep = Array.from({ length: series }, () => share >= 1 || pick() < share);
      eachValue(inst, next, shape, (series, elementId, period, year, value) => {
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
