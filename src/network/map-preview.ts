import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { BUILTIN_MAPS, builtinMapPath, importUnitsFile, isBuiltinMap, type BuiltinMap, type ImportSummary } from './map-import.ts';
import { placeErrors as P } from './messages.ts';

/**
 * The official maps shipped with the platform (`data/vn-units/`, the same `lifelong units import --builtin` loads),
 * loaded by an admin from `/quan-tri/dia-ban/ban-do` after a preview of what would change. The preview runs the
 * very import in a transaction that is then rolled back, and compares the units and their links before and after:
 * what it shows is what loading does, by construction (a second diff that guessed the import's matching would drift).
 */

export const builtinMaps = (): BuiltinMap[] => Object.keys(BUILTIN_MAPS) as BuiltinMap[];

/** Up to this many units are named in each part of a preview. */
export const SAMPLE = 10;

export interface MapPreview {
  map: BuiltinMap;
  added: { n: number; sample: string[] };
  ended: { n: number; sample: string[] };
  renamed: { n: number; sample: { from: string; to: string }[] };
  /** Units newly linked to successors (merged or split into them). */
  merged: { n: number; sample: { from: string; to: string }[] };
  /** Units whose code changed (an ended unit giving its official code to the new one). */
  recoded: number;
}

interface Snapshot {
  units: Map<number, { code: string; name: string; fullName: string | null; validTo: string | null }>;
  links: Set<string>;
}

async function snapshot(db: DB): Promise<Snapshot> {
  const [units, links] = await Promise.all([
    db.selectFrom('units').select(['id', 'code', 'name', 'full_name', 'valid_to']).execute(),
    db.selectFrom('unit_successors').select(['predecessor_id', 'successor_id']).execute(),
  ]);
  return {
    units: new Map(units.map((u) => [u.id, { code: u.code, name: u.name, fullName: u.full_name, validTo: u.valid_to }])),
    links: new Set(links.map((l) => `${l.predecessor_id}>${l.successor_id}`)),
  };
}

function diff(map: BuiltinMap, before: Snapshot, after: Snapshot): MapPreview {
  const label = (u: { name: string; fullName: string | null }) => u.fullName ?? u.name;
  const added: string[] = [];
  const ended: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  let recoded = 0;
  for (const [id, u] of after.units) {
    const was = before.units.get(id);
    if (!was) {
      added.push(label(u));
      continue;
    }
    if (was.validTo === null && u.validTo !== null) ended.push(label(u));
    if (was.name !== u.name || was.fullName !== u.fullName) renamed.push({ from: label(was), to: label(u) });
    if (was.code !== u.code) recoded++;
  }
  const merged = new Map<number, string[]>();
  for (const key of after.links) {
    if (before.links.has(key)) continue;
    const [from, to] = key.split('>').map(Number) as [number, number];
    merged.set(from, [...(merged.get(from) ?? []), label(after.units.get(to)!)]);
  }
  const sorted = <T>(list: T[], by: (x: T) => string) => list.sort((a, b) => by(a).localeCompare(by(b), 'vi'));
  return {
    map,
    added: { n: added.length, sample: sorted(added, (x) => x).slice(0, SAMPLE) },
    ended: { n: ended.length, sample: sorted(ended, (x) => x).slice(0, SAMPLE) },
    renamed: { n: renamed.length, sample: sorted(renamed, (x) => x.to).slice(0, SAMPLE) },
    merged: {
      n: merged.size,
      sample: sorted(
        [...merged].map(([from, to]) => ({ from: label(after.units.get(from)!), to: to.join(', ') })),
        (x) => x.from,
      ).slice(0, SAMPLE),
    },
    recoded,
  };
}

/** Thrown to roll the preview's transaction back, carrying what it found. */
class Previewed extends Error {
  constructor(readonly preview: MapPreview) {
    super('preview');
  }
}

function admitted(who: Principal, name: string): BuiltinMap {
  if (who.role !== 'admin') throw forbidden();
  if (!isBuiltinMap(name)) throw new UserError(P.mapUnknown({ name }), 404);
  return name;
}

/** What loading a shipped map would change, without changing anything (admins). */
export async function previewBuiltinMap(db: DB, who: Principal, name: string): Promise<MapPreview> {
  const map = admitted(who, name);
  try {
    await db.transaction().execute(async (trx) => {
      const before = await snapshot(trx);
      await importUnitsFile(trx, builtinMapPath(map), { userId: who.userId });
      throw new Previewed(diff(map, before, await snapshot(trx)));
    });
  } catch (e) {
    if (e instanceof Previewed) return e.preview;
    throw e;
  }
  throw new Error('unreachable: the preview always rolls back');
}

/** Loads a shipped map (admins): the import, audited, all or nothing. */
export async function loadBuiltinMap(db: DB, who: Principal, name: string): Promise<ImportSummary> {
  const map = admitted(who, name);
  return importUnitsFile(db, builtinMapPath(map), { userId: who.userId });
}
