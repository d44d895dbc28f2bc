import type { DB } from '../core/db/database.ts';
import { RESOLVE_TABLES } from '../core/db/migrations/048_resolve_version.ts';

/** An institution as a value write resolves it: its id, kind, name and dated unit memberships (resolve.ts). */
export interface KnownInstitution {
  id: number;
  kind: string;
  name: string;
  assignments: { unitId: number; from: string; to: string | null; unitFrom: string | null; unitTo: string | null; unitName: string }[];
}
export type ElementRow = { id: number; code: string; period_type: string };

/** Institution codes remembered per database (least recently used forgotten first). */
const MAX_CODES = 50_000;

interface Memory {
  /** `map_version` when these rows were read (migration 048): one for all, a read at a later one starts afresh. */
  version: number;
  generation: number;
  institutions: Map<string, KnownInstitution>;
  elements: Map<string, ElementRow>;
}

const memories = new WeakMap<DB, Memory>();
/** Raised by `forgetCodes()`: every memory of an older generation is empty. */
let generation = 0;

/** How often a small write's codes were all remembered, or read, and how often its write was refused as resolved at an old map (tests, the bench). */
export const codeMemoryCounts = { hits: 0, misses: 0, stale: 0 };

/**
 * PostgreSQL's memory of resolved codes for small writes (statistics/resolve.ts): the rows `loadBoth` read, by code,
 * with the `map_version` they were read at. It is optimistic: a write resolved from it carries that version, and its
 * statement writes nothing when the version has moved (write-postgres.ts), so the caller resolves again from the
 * database. Change notices only make it forget sooner. Answers when every code asked is remembered, else undefined.
 */
export function recall(
  db: DB,
  codes: string[],
  elementCodes: string[],
): { institutions: Map<string, KnownInstitution>; elements: ElementRow[]; version: number } | undefined {
  const m = memories.get(db);
  if (!m || m.generation !== generation) return miss();
  const institutions = new Map<string, KnownInstitution>();
  for (const c of codes) {
    const inst = m.institutions.get(c);
    if (!inst) return miss();
    institutions.set(c, inst);
  }
  const elements: ElementRow[] = [];
  for (const c of elementCodes) {
    const e = m.elements.get(c);
    if (!e) return miss();
    elements.push(e);
  }
  // the most recently used last: the first in the map is the first forgotten
  for (const [c, inst] of institutions) {
    m.institutions.delete(c);
    m.institutions.set(c, inst);
  }
  codeMemoryCounts.hits++;
  return { institutions, elements, version: m.version };
}

function miss(): undefined {
  codeMemoryCounts.misses++;
  return undefined;
}

/** Keeps what a read at `version` found; a read older than the memory is not kept, a newer one replaces it. */
export function remember(db: DB, version: number, institutions: Map<string, KnownInstitution>, elements: ElementRow[]): void {
  let m = memories.get(db);
  if (m && m.generation === generation && version < m.version) return;
  if (!m || m.generation !== generation || version > m.version) memories.set(db, (m = { version, generation, institutions: new Map(), elements: new Map() }));
  for (const [c, inst] of institutions) {
    m.institutions.delete(c);
    m.institutions.set(c, inst);
  }
  for (const e of elements) m.elements.set(e.code, e);
  for (const c of m.institutions.keys()) {
    if (m.institutions.size <= MAX_CODES) break;
    m.institutions.delete(c);
  }
}

/** Forgets every remembered code (a change notice; `stale`: a write refused as resolved from an old memory). */
export function forgetCodes(stale = false): void {
  generation++;
  if (stale) codeMemoryCounts.stale++;
}

const FOLLOWED = new Set<string>([...RESOLVE_TABLES, '*']);

/** A change notice (core/db/change-notices.ts): a change of a table codes are resolved from forgets them. */
export function codeTableChanged(table: string): void {
  if (FOLLOWED.has(table)) forgetCodes();
}
