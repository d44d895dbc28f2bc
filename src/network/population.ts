import { parse } from 'csv-parse/sync';
import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { forbidden, notFound, UserError, type Problem } from '../core/errors.ts';
import { parseNumber, type Lang } from '../core/i18n/index.ts';
import { fold } from '../core/text/vietnamese.ts';
import { networkErrors as E, placeErrors as P } from './messages.ts';
import { seesUnit } from './place-admin.ts';
import { findUnit, unitsByIds, validInYear, type Unit } from './units.ts';

/**
 * A unit's population per year (`unit_population`, which the indicators sum over each unit's subtree): edited one
 * year at a time on the unit's page or `PUT /api/v1/units/{code}/population/{year}`, or imported from a CSV file (unit
 * code or name, year, population) checked whole first and written all or nothing. Admins anywhere, officials in
 * their subtree. A figure is refused where a unit above or below already has one for that year: the indicators add
 * a unit's own figure to those below it, so both would count twice. Every change is audited with the old figure.
 */

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;
export const MAX_POPULATION = 200_000_000;
/** At most this many data rows in one file (the old map's 10,035 communes with room to spare). */
export const MAX_ROWS = 50_000;

export interface PopulationChange {
  unit: Unit;
  year: number;
  /** The new figure; null removes it. */
  total: number | null;
  /** The figure before (null: none). */
  old: number | null;
  /** The file's row (imports). */
  row?: number;
}

/** A year typed or sent, or undefined when it is no year of the range. */
function readYear(v: string | number | undefined): number | undefined {
  const n = typeof v === 'number' ? v : /^\s*\d{4}\s*$/.test(v ?? '') ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
}

/** A population typed the Vietnamese way ("12.345") or sent as a number: the figure, null for none, or the problem. */
function readTotal(v: string | number | null | undefined, lang: Lang, field: string, row?: number): { total: number | null } | { problem: Problem } {
  const parsed =
    typeof v === 'number' ? { ok: true as const, value: v } : v === null || v === undefined ? { ok: true as const, value: null } : parseNumber(v, lang);
  if (!parsed.ok || (parsed.value !== null && (!Number.isInteger(parsed.value) || parsed.value < 0)))
    return { problem: { field, row, said: P.populationNumber() } };
  if (parsed.value !== null && parsed.value > MAX_POPULATION) return { problem: { field, row, said: P.populationTooLarge() } };
  return { total: parsed.value };
}

const nameOf = (u: Unit) => u.fullName ?? u.name;

/**
 * The changes that would count twice: a figure set where a unit above or below has one for the same year, after the
 * changes (those of the same file included). The problem is at `field` of each change's row.
 */
async function doubleCounts(db: DB, changes: PopulationChange[], field: string): Promise<Problem[]> {
  const setting = changes.filter((c) => c.total !== null);
  if (setting.length === 0) return [];
  const years = [...new Set(setting.map((c) => c.year))];
  const having = new Map<number, Set<number>>(years.map((y) => [y, new Set()]));
  for (const r of await db.selectFrom('unit_population').select(['unit_id', 'year']).where('year', 'in', years).execute())
    having.get(Number(r.year))!.add(r.unit_id);
  for (const c of changes) c.total === null ? having.get(c.year)?.delete(c.unit.id) : having.get(c.year)!.add(c.unit.id);
  const ids = [...new Set(setting.map((c) => c.unit.id))];
  const above = new Map<number, number[]>();
  const below = new Map<number, number[]>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = await db
      .selectFrom('unit_closure')
      .select(['ancestor_id', 'descendant_id'])
      .where((eb) => eb.or([eb('descendant_id', 'in', chunk), eb('ancestor_id', 'in', chunk)]))
      .whereRef('ancestor_id', '<>', 'descendant_id')
      .execute();
    const inChunk = new Set(chunk);
    for (const r of rows) {
      if (inChunk.has(r.descendant_id)) above.set(r.descendant_id, [...(above.get(r.descendant_id) ?? []), r.ancestor_id]);
      if (inChunk.has(r.ancestor_id)) below.set(r.ancestor_id, [...(below.get(r.ancestor_id) ?? []), r.descendant_id]);
    }
  }
  const clashes = setting.map((c) => {
    const has = having.get(c.year)!;
    const up = (above.get(c.unit.id) ?? []).find((id) => has.has(id));
    const down = (below.get(c.unit.id) ?? []).filter((id) => has.has(id));
    return { c, up, down };
  });
  const names = await unitsByIds(
    db,
    clashes.flatMap((x) => [x.up, x.down[0]].filter((id): id is number => id !== undefined)),
  );
  const problems: Problem[] = [];
  for (const { c, up, down } of clashes) {
    const year = c.year;
    if (up !== undefined) problems.push({ field, row: c.row, said: P.populationAboveHas({ year, unit: nameOf(c.unit), other: nameOf(names.get(up)!) }) });
    else if (down.length > 0)
      problems.push({ field, row: c.row, said: P.populationBelowHas({ year, unit: nameOf(c.unit), other: nameOf(names.get(down[0]!)!), n: down.length }) });
  }
  return problems;
}

/** The figures stored now for these units and years. */
async function currentFigures(db: DB, unitIds: number[], years: number[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = [...new Set(unitIds)];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom('unit_population')
      .select(['unit_id', 'year', 'total'])
      .where('unit_id', 'in', ids.slice(i, i + 1000))
      .where('year', 'in', [...new Set(years)])
      .execute();
    for (const r of rows) out.set(`${r.unit_id}/${r.year}`, Number(r.total));
  }
  return out;
}

/** Writes the changes in one transaction (only the total: a rural or disadvantaged share stays), each audited. */
async function write(db: DB, who: Principal, changes: PopulationChange[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const c of changes) {
      const total = c.total;
      if (total === null) await trx.deleteFrom('unit_population').where('unit_id', '=', c.unit.id).where('year', '=', c.year).execute();
      else
        await trx
          .insertInto('unit_population')
          .values({ unit_id: c.unit.id, year: c.year, total, rural: null, disadvantaged: null })
          .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet({ total }))
          .execute();
    }
    await audit(
      trx,
      changes.map((c) => ({
        userId: who.userId,
        action: c.old === null ? ('create' as const) : c.total === null ? ('delete' as const) : ('update' as const),
        entity: 'unit_population',
        key: `${c.unit.code}/${c.year}`,
        oldValue: c.old === null ? undefined : { total: c.old },
        newValue: c.total === null ? undefined : { total: c.total, ...(c.row !== undefined && { row: c.row }) },
      })),
    );
  });
}

/**
 * Sets (or, empty, removes) one unit's population for a year: the year and the figure (typed the Vietnamese way, or
 * numbers from the API) checked, the unit in existence that year, nothing counted twice; refused whole (422) with
 * each problem at its field (`year`, `total`). Returns the change.
 */
export async function editPopulation(
  db: DB,
  who: Principal,
  code: string,
  sent: { year: string | number; total: string | number | null },
  lang: Lang = 'vi',
): Promise<PopulationChange> {
  if (who.role !== 'admin' && who.role !== 'official') throw forbidden();
  const unit = await findUnit(db, code);
  if (!unit) throw notFound('đơn vị', 'Unit');
  if (!(await seesUnit(db, who, unit.id))) throw forbidden(E.unitOutsideScope());
  const problems: Problem[] = [];
  const year = readYear(sent.year);
  if (year === undefined) problems.push({ field: 'year', said: P.yearNeeded({ first: FIRST_YEAR, last: LAST_YEAR }) });
  else if (!validInYear(unit, year)) problems.push({ field: 'year', said: P.unitNotInYear({ unit: nameOf(unit), year }) });
  const total = readTotal(typeof sent.total === 'string' && sent.total.trim() === '' ? null : sent.total, lang, 'total');
  if ('problem' in total) problems.push(total.problem);
  if (problems.length > 0) throw new UserError(P.populationInvalid(), 422, problems);
  const y = year!;
  const t = (total as { total: number | null }).total;
  const old = (await currentFigures(db, [unit.id], [y])).get(`${unit.id}/${y}`) ?? null;
  const change: PopulationChange = { unit, year: y, total: t, old };
  if (old === t) return change;
  const clash = await doubleCounts(db, [change], 'total');
  if (clash.length > 0) throw new UserError(P.populationInvalid(), 422, clash);
  await write(db, who, [change]);
  return change;
}

/** What a population file comes to: the changes it makes and how many rows change nothing. */
export interface PopulationPlan {
  changes: PopulationChange[];
  unchanged: number;
  rows: number;
}

const HEADERS = {
  unit: ['ma', 'ma don vi', 'don vi', 'ten', 'ten don vi', 'code', 'unit', 'name', 'unit code', 'unit name'],
  year: ['nam', 'year'],
  total: ['dan so', 'so dan', 'population', 'total'],
} as const;

/** The file's rows as text (a `;` file when its first line has semicolons and no commas, as Excel writes it in Vietnamese). */
function rowsOf(text: string): string[][] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : first.includes('\t') && !first.includes(',') ? '\t' : ',';
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    throw new UserError(P.csvUnreadable({ detail: (e as Error).message }), 422);
  }
}

/**
 * Reads a population file (a header row naming the unit — code or name —, year and population columns, in any order,
 * in Vietnamese or English, with or without diacritics) against the map and what is stored: every problem at its row
 * and column (row 1 is the header), refused whole (422) when there is any. With `apply` the changes are written in one
 * transaction; without, nothing is (a dry run). Units named by name are those the person sees that existed that year.
 */
export async function importPopulation(db: DB, who: Principal, text: string, opts: { apply: boolean; lang?: Lang }): Promise<PopulationPlan> {
  if (who.role !== 'admin' && (who.role !== 'official' || who.unitId === null)) throw forbidden();
  const lang = opts.lang ?? 'vi';
  const rows = rowsOf(text);
  const header = rows[0];
  if (!header || rows.length < 2) throw new UserError(P.csvEmpty(), 422);
  if (rows.length - 1 > MAX_ROWS) throw new UserError(P.csvTooManyRows({ n: rows.length - 1, max: MAX_ROWS }), 422);
  const folded = header.map((h) => fold(h));
  const col = (k: keyof typeof HEADERS) => folded.findIndex((h) => (HEADERS[k] as readonly string[]).includes(h));
  const at = { unit: col('unit'), year: col('year'), total: col('total') };
  const words = { unit: P.columnUnit(), year: P.columnYear(), total: P.columnTotal() };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length > 0)
    throw new UserError(
      P.csvProblems({ n: missing.length }),
      422,
      missing.map((k) => ({
        row: 1,
        field: lang === 'vi' ? words[k].vi : words[k].en,
        said: P.csvHeader({ column: lang === 'vi' ? words[k].vi : words[k].en }),
      })),
    );
  const name = (k: keyof typeof at) => header[at[k]] ?? '';

  // the units the person may name: by code, or by name among those of the year
  let q = db.selectFrom('units').select(['id', 'code', 'official_code', 'name', 'full_name', 'level', 'parent_id', 'valid_from', 'valid_to']);
  if (who.role === 'official') q = q.where('id', 'in', db.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', who.unitId!));
  const units: Unit[] = (await q.execute()).map((r) => ({
    id: r.id,
    code: r.code,
    officialCode: r.official_code,
    name: r.name,
    fullName: r.full_name,
    level: r.level,
    parentId: r.parent_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = new Map<string, Unit[]>();
  for (const u of units) for (const k of new Set([fold(u.name), fold(u.fullName ?? u.name)])) byName.set(k, [...(byName.get(k) ?? []), u]);

  const problems: Problem[] = [];
  const planned: PopulationChange[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const typed = (cells[at.unit] ?? '').trim();
    const year = readYear(cells[at.year] ?? '');
    const total = readTotal((cells[at.total] ?? '').trim() === '' ? undefined : cells[at.total], lang, name('total'), row);
    if (year === undefined) problems.push({ row, field: name('year'), said: P.yearNeeded({ first: FIRST_YEAR, last: LAST_YEAR }) });
    if ('problem' in total) problems.push(total.problem);
    else if (total.total === null) problems.push({ row, field: name('total'), said: P.populationNumber() });
    let unit: Unit | undefined = byCode.get(typed) ?? units.find((u) => u.officialCode === typed && u.validTo === null);
    if (!unit && typed !== '') {
      const named = (byName.get(fold(typed)) ?? []).filter((u) => year === undefined || validInYear(u, year));
      if (named.length === 1) unit = named[0];
      else if (named.length > 1)
        return void problems.push({
          row,
          field: name('unit'),
          said: P.csvUnitAmbiguous({
            n: named.length,
            typed,
            codes: named
              .map((u) => u.code)
              .slice(0, 5)
              .join(', '),
          }),
        });
    }
    if (!unit) return void problems.push({ row, field: name('unit'), said: P.csvUnitUnknown({ typed, year: year ?? '' }) });
    if (year === undefined || !('total' in total) || total.total === null) return;
    if (!validInYear(unit, year)) return void problems.push({ row, field: name('year'), said: P.unitNotInYear({ unit: nameOf(unit), year }) });
    const key = `${unit.id}/${year}`;
    const before = seen.get(key);
    if (before !== undefined) return void problems.push({ row, field: name('unit'), said: P.csvRepeated({ unit: nameOf(unit), year, row: before }) });
    seen.set(key, row);
    planned.push({ unit, year, total: total.total, old: null, row });
  });
  if (problems.length === 0) {
    const stored = await currentFigures(
      db,
      planned.map((c) => c.unit.id),
      planned.map((c) => c.year),
    );
    for (const c of planned) c.old = stored.get(`${c.unit.id}/${c.year}`) ?? null;
    problems.push(...(await doubleCounts(db, planned, name('total'))));
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw new UserError(P.csvProblems({ n: problems.length }), 422, problems);
  }
  const changes = planned.filter((c) => c.old !== c.total);
  if (opts.apply && changes.length > 0) await write(db, who, changes);
  return { changes, unchanged: planned.length - changes.length, rows: planned.length };
}
