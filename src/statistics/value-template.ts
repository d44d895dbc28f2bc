import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatMonth, formatNumber } from '../core/i18n/format.ts';
import { safeRow } from '../core/text/spreadsheet.ts';
import { fold, slug } from '../core/text/vietnamese.ts';
import { todayLocal } from '../core/time.ts';
import { canReadInstitution, canReadUnit, periodSpan, writableInstitutions } from '../network/access.ts';
import { KINDS } from '../network/catalogue.ts';
import { findInstitution, institutionsIn } from '../network/institutions.ts';
import { findUnit } from '../network/units.ts';
import { listElements, type DataElement } from './elements.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { monthsOf } from './periods.ts';
import { XLSX_TYPE } from './xlsx-type.ts';

/**
 * The template a person fills in (`/nhap-lieu/mau`, `GET /api/v1/values/template`): for an institution, or every
 * institution of a unit the person may write, a row per data element of its kind and period of the year (the months
 * come so far, and the year for yearly elements), under the Vietnamese headers, with names — never codes — and the
 * values stored now. Edited and uploaded again it is an import (value-names.ts reads the names back); a name two
 * institutions share is written with its code in brackets, so it still names one.
 */

export type TemplateFormat = 'xlsx' | 'csv';

/** The place a template is for: an institution or a unit, by code. */
export type TemplatePlace = { institution: string } | { unit: string };

/** One row of a template: the institution's name, the element's, the period as a person writes it, the value (none: empty). */
export interface TemplateRow {
  institution: string;
  element: string;
  period: string;
  value: number | null;
}

/** More rows than this is a template no one fills in: a unit below, or an institution, is asked for. */
export const TEMPLATE_MAX_ROWS = 200_000;

/** Institutions per lookup query. */
const CHUNK = 30_000;

interface Target {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** The institutions of the place the person may write some of, and its name. */
async function targets(db: DB, who: Principal, place: TemplatePlace, year: number, today: string): Promise<{ name: string; list: Target[] }> {
  const mayWrite = await writableInstitutions(db, who);
  if ('institution' in place) {
    const inst = await findInstitution(db, place.institution);
    if (!inst || !(await canReadInstitution(db, who, inst.id))) throw notFound('cơ sở', 'Institution');
    return { name: inst.name, list: mayWrite(inst.id) ? [inst] : [] };
  }
  const unit = await findUnit(db, place.unit);
  if (!unit || !(await canReadUnit(db, who, unit.id))) throw notFound('đơn vị', 'Unit');
  // the institutions it had at the end of the year (so far), or on its last day
  const end = [`${year}-12-31`, today, unit.validTo ?? '9999-12-31'].sort()[0]!;
  const list = await institutionsIn(db, unit.id, { asOf: end, limit: 1_000_000 });
  return { name: unit.fullName ?? unit.name, list: list.filter((i) => mayWrite(i.id)) };
}

/**
 * Whether the person may write a cell of an institution for a period: in the unit it belonged to then (an official
 * of a district dissolved in 2025 writes its libraries' months before the reform, not after).
 */
async function writableCells(db: DB, who: Principal, list: Target[]): Promise<(id: number, period: string) => boolean> {
  const mayWrite = await writableInstitutions(db, who);
  const spans = new Map<number, { unitId: number; from: string; to: string | null }[]>();
  const ids = list.map((i) => i.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('institution_units')
      .select(['institution_id', 'unit_id', 'valid_from', 'valid_to'])
      .where('institution_id', 'in', ids.slice(i, i + CHUNK))
      .orderBy('valid_from', 'desc')
      .execute();
    for (const r of rows) spans.set(r.institution_id, [...(spans.get(r.institution_id) ?? []), { unitId: r.unit_id, from: r.valid_from, to: r.valid_to }]);
  }
  return (id, period) => {
    const { start, end } = periodSpan(period);
    const span = spans.get(id)?.find((s) => s.from <= end && (s.to === null || s.to >= start));
    return span !== undefined && mayWrite(id, span.unitId);
  };
}

/** The template's rows for the place and the year (the months so far of the current year). */
export async function templateRows(
  db: DB,
  who: Principal,
  place: TemplatePlace,
  year: number,
  today: string = todayLocal(),
): Promise<{ name: string; rows: TemplateRow[] }> {
  const { name, list } = await targets(db, who, place, year, today);
  if (list.length === 0) throw new UserError(E.nothingToTemplate({ place: name, year }), 403);
  const elements = await listElements(db);
  const sectorOf = new Map(KINDS.map((k) => [k.code, k.sector as string]));
  const elementsOf = (kind: string): DataElement[] => {
    const sector = sectorOf.get(kind) ?? 'common';
    return elements.filter((e) => e.sector === sector || e.sector === 'common');
  };
  const may = await writableCells(db, who, list);
  const months = monthsOf(year).filter((m) => `${m}-01` <= today);
  const yearly = `${year}-01-01` <= today ? [String(year)] : [];
  // the periods come so far in which the person may write the institution
  const periodsOf = new Map(list.map((i) => [i.id, { months: months.filter((m) => may(i.id, m)), yearly: yearly.filter((y) => may(i.id, y)) }]));
  const count = list.reduce((n, i) => {
    const p = periodsOf.get(i.id)!;
    return n + elementsOf(i.kind).reduce((k, e) => k + (e.periodType === 'month' ? p.months.length : p.yearly.length), 0);
  }, 0);
  if (count === 0) throw new UserError(E.nothingToTemplate({ place: name, year }), 403);
  if (count > TEMPLATE_MAX_ROWS) {
    const [n, limit] = [count, TEMPLATE_MAX_ROWS];
    throw new UserError(
      E.templateTooLarge({
        place: name,
        n: formatNumber('vi', n, 0),
        limit: formatNumber('vi', limit, 0),
        nEn: formatNumber('en', n, 0),
        limitEn: formatNumber('en', limit, 0),
      }),
      413,
    );
  }
  const stored = await storedValues(db, list, year);
  const institutionName = await namesOnce(db, list);
  const elementName = elementNames(elements);
  const rows: TemplateRow[] = [];
  for (const inst of list) {
    for (const e of elementsOf(inst.kind)) {
      const periods = e.periodType === 'month' ? periodsOf.get(inst.id)!.months : periodsOf.get(inst.id)!.yearly;
      for (const p of periods)
        rows.push({
          institution: institutionName(inst),
          element: elementName(e),
          period: formatMonth(p),
          value: stored.get(`${inst.id}:${e.id}:${p}`) ?? null,
        });
    }
  }
  return { name, rows };
}

/** The values stored for the institutions in the year, by `institution:element:period`. */
async function storedValues(db: DB, list: Target[], year: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = list.map((i) => i.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('data_values')
      .select(['institution_id', 'element_id', 'period', 'value'])
      .where('institution_id', 'in', ids.slice(i, i + CHUNK))
      .where('year', '=', year)
      .execute();
    for (const r of rows) out.set(`${r.institution_id}:${r.element_id}:${r.period}`, Number(r.value));
  }
  return out;
}

/** An institution's name as the template writes it: with its code in brackets when another institution has the name. */
async function namesOnce(db: DB, list: Target[]): Promise<(inst: Target) => string> {
  const wanted = new Set(list.map((i) => fold(i.name)));
  const seen = new Map<string, number>();
  for (const r of await db.selectFrom('institutions').select('name').execute()) {
    const key = fold(r.name);
    if (wanted.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return (inst) => ((seen.get(fold(inst.name)) ?? 0) > 1 ? `${inst.name} (${inst.code})` : inst.name);
}

/** An element's Vietnamese name; with its code in brackets when another element goes by the name. */
function elementNames(elements: DataElement[]): (e: DataElement) => string {
  const seen = new Map<string, number>();
  for (const e of elements) for (const key of new Set([fold(e.nameVi), fold(e.nameEn)])) seen.set(key, (seen.get(key) ?? 0) + 1);
  return (e) => ((seen.get(fold(e.nameVi)) ?? 0) > 1 ? `${e.nameVi} (${e.code})` : e.nameVi);
}

const HEADERS = () => {
  const t = statisticsText('vi');
  return [t.colInstitution, t.colElement, t.colPeriod, t.colValue];
};

/** The template as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese right); values as plain whole numbers. */
export function templateCsv(rows: TemplateRow[]): string {
  return `\uFEFF${stringify([HEADERS(), ...rows.map((r) => safeRow([r.institution, r.element, r.period, r.value ?? '']))])}`;
}

/** The template as a workbook: the rows on the first sheet (names and periods as text, values as numbers), then how to fill it in. */
export async function templateXlsx(rows: TemplateRow[], place: string, year: number): Promise<Buffer> {
  const t = statisticsText('vi');
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(t.templateSheet);
  const headers = HEADERS();
  sheet.columns = [
    { header: headers[0], key: 'institution', width: 40, style: { numFmt: '@' } },
    { header: headers[1], key: 'element', width: 52, style: { numFmt: '@' } },
    { header: headers[2], key: 'period', width: 11, style: { numFmt: '@' } },
    { header: headers[3], key: 'value', width: 14, style: { numFmt: '#,##0' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(safeRow([r.institution, r.element, r.period, r.value]));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: 'A1', to: 'D1' };
  const help = wb.addWorksheet(t.templateHelpSheet);
  help.getColumn(1).width = 110;
  for (const line of [t.templateTitle({ place, year }), '', ...t.templateHelp.split('\n')]) help.addRow([line]);
  help.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A template file: its name (ASCII: `mau-nhap-lieu-thu-vien-xa-dak-ha-2026.xlsx`), its type and its bytes. */
export interface TemplateFile {
  filename: string;
  type: string;
  body: Uint8Array;
}

/** The template of a place and a year in a format: refused (404, 403) when the person may not read the place or write any of it. */
export async function valueTemplate(
  db: DB,
  who: Principal,
  place: TemplatePlace,
  year: number,
  format: TemplateFormat,
  today: string = todayLocal(),
): Promise<TemplateFile> {
  const { name, rows } = await templateRows(db, who, place, year, today);
  const filename = `mau-nhap-lieu-${slug(name) || 'co-so'}-${year}.${format}`;
  if (format === 'csv') return { filename, type: 'text/csv; charset=utf-8', body: new TextEncoder().encode(templateCsv(rows)) };
  return { filename, type: XLSX_TYPE, body: new Uint8Array(await templateXlsx(rows, name, year)) };
}
