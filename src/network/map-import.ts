import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem, type Said } from '../core/errors.ts';
import { audit } from '../core/audit.ts';
import { rebuildClosure } from './closure.ts';
import { insertSuccessors } from './unit-writes.ts';
import { linkMergers, type MapUnitRef, type MergerEntry } from './merger-links.ts';
import { mapChanged } from './map-changes.ts';
import { networkErrors, networkText, levelName } from './messages.ts';

/**
 * `lifelong units import <file>`: Vietnam's real administrative maps into the dated unit tree.
 * Three shapes are recognised: the map before the reform (provinces → District[] → Ward[],
 * valid until 2025-06-30), the map after it (provinces → Wards[], valid from 2025-07-01) and
 * the merger list (successor links from the old units to the new ones). Official codes are
 * reused by the new map for other places, so on a collision the unit whose validity ended
 * takes `<official>-<year it ended>` (46-2025 is the old Huế, 46 the new); this holds in
 * whatever order the files come, and importing a file again changes nothing.
 */
export type MapKind = 'map-3level' | 'map-2level' | 'mergers';

export interface ImportOptions {
  validFrom?: string | null;
  validTo?: string | null;
  userId?: number | null;
}

export interface MergerSummary {
  links: number;
  partial: number;
  oldCommunes: number;
  linkedCommunes: number;
  /** share of old communes with a successor, 0–1 */
  coverage: number;
  orphanCommunes: string[];
  unmatchedItems: string[];
  missingNew: string[];
  ambiguous: number;
}

export interface ImportSummary {
  file: string;
  kind: MapKind;
  validFrom: string | null;
  validTo: string | null;
  /** units in the file, per level */
  levels: Record<string, number>;
  created: number;
  updated: number;
  unchanged: number;
  /** existing units whose code changed (an old unit now sharing its official code with a new one) */
  recoded: number;
  mergers?: MergerSummary;
  closure: number;
  ms: number;
}

/** The maps shipped with the platform (`data/vn-units/`, see its README for origin and licence), by the name `--builtin` takes. */
export const BUILTIN_MAPS = {
  '2025-06': 'vn-units-2025-06-3level.json',
  '2025-07': 'vn-units-2025-07-2level.json',
  mergers: 'vn-units-2025-mergers.json',
} as const;
export type BuiltinMap = keyof typeof BUILTIN_MAPS;

export const isBuiltinMap = (name: string): name is BuiltinMap => Object.hasOwn(BUILTIN_MAPS, name);

/** The path of a shipped map, found from this source file (not the working directory). */
export function builtinMapPath(name: BuiltinMap): string {
  return fileURLToPath(new URL(`../../data/vn-units/${BUILTIN_MAPS[name]}`, import.meta.url));
}

type Level = 'province' | 'district' | 'commune';
interface MapRow {
  officialCode: string;
  name: string;
  fullName: string | null;
  level: Level;
  parent: string | null;
}
type Shape = { kind: 'map-3level' | 'map-2level'; rows: MapRow[] } | { kind: 'mergers'; entries: MergerEntry[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.normalize('NFC').trim() : null);

/** Recognises the file's shape and checks every unit has a code and a name. */
export function readShape(json: unknown, file: string): Shape {
  const first = Array.isArray(json) ? json[0] : undefined;
  if (!Array.isArray(json) || !isObject(first)) throw new UserError(networkErrors.mapShape({ file }), 422);
  const problems: Problem[] = [];
  const bad = (row: number, field: string, said: Said) => problems.push({ said, row, field });
  if ('ma' in first && 'truocsapnhap' in first) {
    const entries: MergerEntry[] = [];
    json.forEach((e: unknown, i) => {
      if (!isObject(e) || !text(e.ma) || typeof e.magoc !== 'string' || typeof e.truocsapnhap !== 'string') {
        return bad(i + 1, 'ma/magoc/truocsapnhap', networkErrors.mergerEntryIncomplete());
      }
      entries.push({ ma: text(e.ma)!, ten: text(e.ten) ?? '', magoc: e.magoc.trim(), truocsapnhap: e.truocsapnhap });
    });
    if (problems.length > 0) throw invalid(file, problems);
    return { kind: 'mergers', entries };
  }
  const three = 'District' in first;
  if (!three && !('Wards' in first)) throw new UserError(networkErrors.mapShape({ file }), 422);
  const rows: MapRow[][] = [[], [], []];
  const unit = (v: unknown, row: number, where: string, level: Level, parent: string | null): string | null => {
    const code = isObject(v) ? text(v.Code) : null;
    const name = isObject(v) ? text(v.Name) : null;
    if (!isObject(v) || !code || !name) return (bad(row, where, networkErrors.mapUnitIncomplete()), null);
    rows[level === 'province' ? 0 : level === 'district' ? 1 : 2]!.push({ officialCode: code, name, fullName: text(v.FullName), level, parent });
    return code;
  };
  const list = (v: unknown, row: number, where: string): unknown[] => {
    if (v === null || v === undefined) return [];
    if (!Array.isArray(v)) return (bad(row, where, networkErrors.mapNotAList()), []);
    return v;
  };
  json.forEach((p: unknown, i) => {
    const code = unit(p, i + 1, `[${i}]`, 'province', null);
    if (!code || !isObject(p)) return;
    const pc = `province|${code}`;
    if (three) {
      list(p.District, i + 1, `[${i}].District`).forEach((d, j) => {
        const dc = unit(d, i + 1, `[${i}].District[${j}]`, 'district', pc);
        if (dc && isObject(d))
          list(d.Ward, i + 1, `[${i}].District[${j}].Ward`).forEach((w, k) => unit(w, i + 1, `[${i}].District[${j}].Ward[${k}]`, 'commune', `district|${dc}`));
      });
    } else list(p.Wards, i + 1, `[${i}].Wards`).forEach((w, k) => unit(w, i + 1, `[${i}].Wards[${k}]`, 'commune', pc));
  });
  const all = rows.flat();
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(`${r.level}|${r.officialCode}`)) {
      bad(0, r.officialCode, networkErrors.mapCodeRepeated({ code: r.officialCode, levelVi: levelName('vi', r.level), levelEn: levelName('en', r.level) }));
    }
    seen.add(`${r.level}|${r.officialCode}`);
  }
  if (problems.length > 0) throw invalid(file, problems);
  return { kind: three ? 'map-3level' : 'map-2level', rows: all };
}

const invalid = (file: string, problems: Problem[]) => new UserError(networkErrors.mapFileProblems({ file, n: problems.length }), 422, problems.slice(0, 20));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Imports one file (all or nothing), then rebuilds the closure and the aggregates. */
export async function importUnitsFile(db: DB, file: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  opts = { ...opts, ...(opts.validFrom === '' && { validFrom: null }), ...(opts.validTo === '' && { validTo: null }) }; // "" = no limit
  for (const d of [opts.validFrom, opts.validTo]) if (d && !DATE.test(d)) throw new UserError(networkErrors.mapDate({ date: d }), 400);
  const name = path.basename(file);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(networkErrors.mapUnreadable({ file, detail: (err as Error).message }), 404);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UserError(networkErrors.mapNotJson({ file: name, detail: (err as Error).message }), 422);
  }
  const shape = readShape(json, name);
  return inTransaction(db, async (trx) => {
    const summary: ImportSummary = {
      file: name,
      kind: shape.kind,
      validFrom: null,
      validTo: null,
      levels: {},
      created: 0,
      updated: 0,
      unchanged: 0,
      recoded: 0,
      closure: 0,
      ms: 0,
    };
    if (shape.kind === 'mergers') summary.mergers = await importMergers(trx, shape.entries);
    else {
      summary.validFrom = opts.validFrom !== undefined ? opts.validFrom : shape.kind === 'map-2level' ? '2025-07-01' : null;
      summary.validTo = opts.validTo !== undefined ? opts.validTo : shape.kind === 'map-3level' ? '2025-06-30' : null;
      for (const r of shape.rows) summary.levels[r.level] = (summary.levels[r.level] ?? 0) + 1;
      Object.assign(summary, await upsertMap(trx, shape.rows, summary.validFrom, summary.validTo));
    }
    summary.closure = await rebuildClosure(trx);
    await mapChanged(trx);
    const m = summary.mergers;
    const links = m && {
      links: m.links,
      partial: m.partial,
      oldCommunes: m.oldCommunes,
      linkedCommunes: m.linkedCommunes,
      orphans: m.orphanCommunes.length,
      unmatchedItems: m.unmatchedItems.length,
    };
    await audit(trx, {
      userId: opts.userId ?? null,
      action: 'import',
      entity: 'unit',
      key: name,
      newValue: { kind: summary.kind, levels: summary.levels, created: summary.created, updated: summary.updated, recoded: summary.recoded, ...links },
    });
    summary.ms = Date.now() - started;
    return summary;
  });
}

interface Existing {
  id: number;
  code: string;
  official_code: string | null;
  name: string;
  full_name: string | null;
  level: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

const ROOT = {
  code: 'VN',
  official_code: 'VN',
  name: 'Việt Nam',
  full_name: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  level: 'nation',
  parent_id: null,
  valid_from: null,
  valid_to: null,
};
/**
 * The same unit in another import of the same map: same level, official code and end of
 * validity (a map is the state up to a date; its start date may be corrected by a re-import).
 */
const identity = (level: string, officialCode: string | null, validTo: string | null) => `${level}|${officialCode}|${validTo ?? 'open'}`;
const CHUNK = 2000;

async function upsertMap(trx: DB, rows: MapRow[], validFrom: string | null, validTo: string | null) {
  let root = await trx.selectFrom('units').select('id').where('code', '=', 'VN').executeTakeFirst();
  root ??= await trx.insertInto('units').values(ROOT).returning('id').executeTakeFirstOrThrow();
  const existing: Existing[] = await trx
    .selectFrom('units')
    .select(['id', 'code', 'official_code', 'name', 'full_name', 'level', 'parent_id', 'valid_from', 'valid_to'])
    .execute();
  const byIdentity = new Map(existing.map((u) => [identity(u.level, u.official_code, u.valid_to), u]));
  const matched = rows.map((r) => byIdentity.get(identity(r.level, r.officialCode, validTo)));

  // codes: per official code, the current unit keeps it plain, the ended ones take "-<year>"
  const fresh = rows.filter((_, i) => !matched[i]);
  const incoming = new Set(rows.map((r) => r.officialCode));
  const managed = (u: Existing) =>
    u.official_code !== null && incoming.has(u.official_code) && (u.code === u.official_code || u.code.startsWith(`${u.official_code}-`));
  type Member = { existing?: Existing; row?: MapRow; level: string; validTo: string | null };
  const groups = new Map<string, Member[]>();
  const add = (oc: string, m: Member) => groups.set(oc, [...(groups.get(oc) ?? []), m]);
  for (const u of existing) if (managed(u)) add(u.official_code!, { existing: u, level: u.level, validTo: u.valid_to });
  for (const r of fresh) add(r.officialCode, { row: r, level: r.level, validTo });
  const codeOf = new Map<Member, string>();
  for (const [oc, members] of groups) {
    members.sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'));
    const used = new Set<string>();
    members.forEach((m, i) => {
      let code = i === 0 ? oc : `${oc}-${m.validTo?.slice(0, 4) ?? m.level}`;
      if (used.has(code)) code = `${code}-${m.level}`;
      if (used.has(code)) code = `${code}-${i}`;
      used.add(code);
      codeOf.set(m, code);
    });
  }
  const others = new Set(existing.filter((u) => !managed(u)).map((u) => u.code));
  const clash = [...codeOf.values()].filter((c) => others.has(c));
  if (clash.length > 0) throw new UserError(networkErrors.unitCodesTaken({ codes: clash.slice(0, 10).join(', ') }), 409);
  const renames: [number, string][] = [];
  const newCode = new Map<MapRow, string>();
  for (const [m, code] of codeOf) {
    if (m.existing && m.existing.code !== code) renames.push([m.existing.id, code]);
    if (m.row) newCode.set(m.row, code);
  }
  if (renames.length > 0) {
    for (let i = 0; i < renames.length; i += CHUNK) {
      await sql`UPDATE units SET code = '~' || CAST(id AS TEXT) WHERE id IN (${sql.join(renames.slice(i, i + CHUNK).map(([id]) => id))})`.execute(trx);
    }
  }

  // parents come first: provinces, then districts, then communes
  const ids = new Map<string, number>();
  const parentOf = (r: MapRow) => (r.parent === null ? root.id : (ids.get(r.parent) ?? null));
  const changes: Record<'name' | 'full_name' | 'parent_id' | 'valid_from' | 'valid_to', [number, string | number | null][]> = {
    name: [],
    full_name: [],
    parent_id: [],
    valid_from: [],
    valid_to: [],
  };
  let created = 0;
  let updated = 0;
  for (const level of ['province', 'district', 'commune'] as const) {
    const batch: MapRow[] = [];
    rows.forEach((r, i) => {
      if (r.level !== level) return;
      const u = matched[i];
      if (!u) return void batch.push(r);
      ids.set(`${level}|${r.officialCode}`, u.id);
      const want = { name: r.name, full_name: r.fullName, parent_id: parentOf(r), valid_from: validFrom, valid_to: validTo };
      let changed = false;
      for (const k of Object.keys(want) as (keyof typeof want)[]) if (u[k] !== want[k]) changes[k].push([u.id, want[k]]), (changed = true);
      if (changed) updated++;
    });
    for (let i = 0; i < batch.length; i += CHUNK) {
      const values = batch.slice(i, i + CHUNK).map((r) => ({
        code: newCode.get(r)!,
        official_code: r.officialCode,
        name: r.name,
        full_name: r.fullName,
        level: r.level,
        parent_id: parentOf(r),
        valid_from: validFrom,
        valid_to: validTo,
      }));
      const out = await trx.insertInto('units').values(values).returning(['id', 'code']).execute();
      const byCode = new Map(out.map((o) => [o.code, o.id]));
      for (const v of values) ids.set(`${v.level}|${v.official_code}`, byCode.get(v.code)!);
      created += values.length;
    }
  }
  for (const [column, pairs] of Object.entries(changes)) await setColumn(trx, column as keyof typeof changes, pairs);
  await setColumn(trx, 'code', renames);
  return { created, updated, unchanged: rows.length - created - updated, recoded: renames.length };
}

/** One statement per 2,000 rows: `UPDATE units SET col = CASE id WHEN … END WHERE id IN (…)`. */
async function setColumn(
  trx: DB,
  column: 'code' | 'name' | 'full_name' | 'parent_id' | 'valid_from' | 'valid_to',
  pairs: [number, string | number | null][],
): Promise<void> {
  const type = sql.raw(column === 'parent_id' ? 'INTEGER' : 'TEXT');
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const cases = sql.join(
      chunk.map(([id, v]) => sql`WHEN ${id} THEN CAST(${v} AS ${type})`),
      sql` `,
    );
    await sql`UPDATE units SET ${sql.ref(column)} = CASE id ${cases} END WHERE id IN (${sql.join(chunk.map(([id]) => id))})`.execute(trx);
  }
}

async function importMergers(trx: DB, entries: MergerEntry[]): Promise<MergerSummary> {
  const units = await trx
    .selectFrom('units')
    .select(['id', 'official_code', 'name', 'full_name', 'level', 'parent_id', 'valid_to'])
    .where('level', 'in', ['province', 'district', 'commune'])
    .execute();
  const pick = (level: string, ended: boolean): MapUnitRef[] =>
    units
      .filter((u) => u.level === level && (u.valid_to !== null) === ended)
      .map((u) => ({ id: u.id, officialCode: u.official_code, name: u.name, fullName: u.full_name, parentId: u.parent_id }));
  const maps = {
    oldProvinces: pick('province', true),
    oldDistricts: pick('district', true),
    oldCommunes: pick('commune', true),
    newProvinces: pick('province', false),
    newCommunes: pick('commune', false),
  };
  const vi = networkText('vi');
  const missing = [maps.oldCommunes.length === 0 ? vi.oldMapFile : null, maps.newCommunes.length === 0 ? vi.newMapFile : null].filter((m) => m !== null);
  if (missing.length > 0) throw new UserError(networkErrors.mergersNeedMaps({ missing: missing.join(' và ') }), 409);
  const report = linkMergers(entries, maps);
  const oldIds = [...maps.oldProvinces, ...maps.oldDistricts, ...maps.oldCommunes].map((u) => u.id);
  for (let i = 0; i < oldIds.length; i += 5000)
    await trx
      .deleteFrom('unit_successors')
      .where('predecessor_id', 'in', oldIds.slice(i, i + 5000))
      .execute();
  await insertSuccessors(trx, report.links);
  return {
    links: report.links.length,
    partial: report.links.filter((l) => l.partial).length,
    oldCommunes: report.oldCommunes,
    linkedCommunes: report.linkedCommunes,
    coverage: report.oldCommunes === 0 ? 0 : report.linkedCommunes / report.oldCommunes,
    orphanCommunes: report.orphanCommunes,
    unmatchedItems: report.unmatchedItems,
    missingNew: report.missingNew,
    ambiguous: report.ambiguous,
  };
}
