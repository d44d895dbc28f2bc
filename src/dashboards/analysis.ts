import type { DB } from '../core/db/database.ts';
import type { Said } from '../core/errors.ts';
import { fold } from '../core/text/vietnamese.ts';
import type { Analysis, AnalyticsRow } from '../indicators/analytics.ts';
import { analyse } from '../indicators/analytics.ts';
import { indicatorName } from '../indicators/messages.ts';
import { levelName } from '../network/messages.ts';
import { findUnit, listUnits, type Unit } from '../network/units.ts';
import { analysisErrors, analysisText } from './messages.ts';
import { formatDate } from '../core/i18n/index.ts';

export type Dim = 'unit' | 'indicator' | 'year';
export const DIMS: readonly Dim[] = ['unit', 'indicator', 'year'];
/** Which units of the place: itself, the units directly below, or every commune within it. */
export const SCOPES = ['children', 'self', 'communes'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a person asks the analysis page (all of it in the URL, so a view can be shared and bookmarked). */
export interface AnalysisAsk {
  place: string;
  scope: Scope;
  indicators: string[];
  years: number[];
  rows: Dim;
  columns: Dim;
  sort: { column: number; desc: boolean } | null;
}

/**
 * Whether a unit ended before the year was over (merged on 01/07/2025): its growth means nothing (a half year against a
 * whole one). A unit formed then carries its predecessors' history, so its growth stands.
 */
export const partYear = (u: Pick<Unit, 'validTo'>, year: number): boolean => u.validTo !== null && u.validTo < `${year}-12-31`;

export interface PivotRow {
  /** The row's labels: its own dimension's, then the nested one's. */
  labels: string[];
  /** The unit's code, when the row is of a unit (a link to its dashboard). */
  unit?: string;
  cells: (AnalyticsRow | undefined)[];
}

export interface Pivot {
  rowDims: Dim[];
  columnDim: Dim;
  columns: { key: string; label: string }[];
  rows: PivotRow[];
}

/**
 * The place chosen by name (without diacritics too), by a label of the picker, or by code; else what is wrong with
 * the name typed (for the form to say beside the field).
 */
export async function findPlace(db: DB, typed: string, lang: 'vi' | 'en'): Promise<Unit | { said: Said }> {
  const text = typed.trim();
  if (text === '') return { said: analysisErrors.placeRequired() };
  const units = await placeChoices(db);
  const byLabel = units.find((u) => placeLabel(u, lang) === text);
  if (byLabel) return byLabel;
  const byCode = await findUnit(db, text);
  if (byCode) return byCode;
  const want = fold(text.replace(/\s+—.*$/, ''));
  const exact = units.filter((u) => fold(u.name) === want || fold(u.fullName ?? '') === want);
  // a name the reform kept (Huế before and after): the unit of today's map
  const current = exact.filter((u) => u.validTo === null);
  if (current.length === 1) return current[0]!;
  if (exact.length === 1) return exact[0]!;
  const partial = exact.length > 0 ? exact : units.filter((u) => fold(u.name).includes(want));
  if (partial.length === 1) return partial[0]!;
  const said =
    partial.length === 0
      ? analysisErrors.noPlace({ text })
      : analysisErrors.manyPlaces({
          text,
          names: partial
            .slice(0, 6)
            .map((u) => placeLabel(u, lang))
            .join('; '),
        });
  return { said };
}

/** The places the picker offers: the nation, provinces and districts (communes are reached as a place's units). */
export async function placeChoices(db: DB): Promise<Unit[]> {
  const all = await Promise.all(['nation', 'province', 'district'].map((level) => listUnits(db, { level })));
  return all.flat();
}

/** "Huế — tỉnh", "Huế — tỉnh, đến 2025" (a unit the reform ended). */
export const placeLabel = (u: Unit, lang: 'vi' | 'en'): string =>
  `${u.name} — ${levelName(lang, u.level)}${u.validTo ? `, ${u.validTo.slice(0, 4)}` : ''}${u.validFrom ? ` (${u.validFrom.slice(0, 4)})` : ''}`;

/** A unit as a row of the table: its name, and its last day when the 2025 reform ended it (two "Huế" read apart). */
export const unitLabel = (u: Unit, lang: 'vi' | 'en'): string =>
  u.validTo ? `${u.name} (${analysisText(lang).until({ date: formatDate(u.validTo) })})` : u.name;

/** The `units=` expression of the analytics API for a place and scope. */
export const unitsExpression = (place: Unit, scope: Scope): string =>
  scope === 'self' ? place.code : scope === 'communes' ? `level:commune:${place.code}` : `children:${place.code}`;

/** The analysis for the page: the API's own computation (`indicators/analytics.ts analyse`). */
export async function analysisFor(db: DB, place: Unit, ask: AnalysisAsk): Promise<Analysis> {
  return analyse(db, { units: unitsExpression(place, ask.scope), indicators: ask.indicators.join(','), years: ask.years.join(',') });
}

/**
 * The rows and columns of the table: `rows` down, `columns` across, the third dimension nested in the rows; sorted by
 * a column's values when asked (no value last), else in the order chosen.
 */
export function pivot(a: Analysis, ask: Pick<AnalysisAsk, 'rows' | 'columns' | 'sort'>, lang: 'vi' | 'en'): Pivot {
  const columnDim = ask.columns;
  const rowDim = ask.rows === ask.columns ? DIMS.find((d) => d !== columnDim)! : ask.rows;
  const nested = DIMS.find((d) => d !== columnDim && d !== rowDim)!;
  const keys: Record<Dim, { key: string; label: string }[]> = {
    unit: a.units.map((u) => ({ key: u.code, label: unitLabel(u, lang) })),
    indicator: a.indicators.map((i) => ({ key: i.code, label: `${indicatorName(lang, i)} (${i.unit})` })),
    year: a.years.map((y) => ({ key: String(y), label: String(y) })),
  };
  const index = new Map(a.rows.map((r) => [`${r.unit}|${r.indicator}|${r.year}`, r]));
  const cell = (k: Record<Dim, string>) => index.get(`${k.unit}|${k.indicator}|${k.year}`);
  const rowDims: Dim[] = keys[nested].length > 1 ? [rowDim, nested] : [rowDim];
  const rows: PivotRow[] = [];
  for (const r of keys[rowDim]) {
    for (const n of keys[nested]) {
      const at = { [rowDim]: r.key, [nested]: n.key } as Record<Dim, string>;
      rows.push({
        labels: rowDims.length > 1 ? [r.label, n.label] : [r.label],
        unit: rowDim === 'unit' ? r.key : nested === 'unit' ? n.key : undefined,
        cells: keys[columnDim].map((c) => cell({ ...at, [columnDim]: c.key })),
      });
    }
  }
  if (ask.sort && ask.sort.column >= 0 && ask.sort.column < keys[columnDim].length) {
    const { column, desc } = ask.sort;
    rows.sort((x, y) => {
      const a1 = x.cells[column]?.value ?? null;
      const b1 = y.cells[column]?.value ?? null;
      if (a1 === null || b1 === null) return a1 === b1 ? 0 : a1 === null ? 1 : -1;
      return desc ? b1 - a1 : a1 - b1;
    });
  }
  return { rowDims, columnDim, columns: keys[columnDim], rows };
}
