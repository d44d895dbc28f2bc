import type { DB } from '../core/db/database.ts';
import type { Lang } from '../core/i18n/index.ts';
import { tableNames } from './messages.ts';
import type { Source } from './audit-sources.ts';
import type { AuditObject, AuditSubject, Got, Kind, Need } from './audit-object-parts.ts';
import { communityObjects } from './audit-community-objects.ts';
import { libraryObjects } from './audit-library-objects.ts';
import { museumObjects } from './audit-museum-objects.ts';
import { networkObjects } from './audit-network-objects.ts';
import { planObjects } from './audit-plan-objects.ts';
import { statisticsObjects } from './audit-statistics-objects.ts';

/**
 * The object of each audit entry named as a Vietnamese reader says it (the "Đối tượng" column, its CSV and the API):
 * an institution by its name, a person by theirs, a museum's day as "<museum>, dd/mm/yyyy", a data cell as
 * "<element> · <institution> · <period>", linked to the object's page where it has one. Every entity kind a writer
 * uses has a resolver, in the file of its area (audit-network-, audit-statistics-, audit-plan-, audit-library-,
 * audit-museum- and audit-community-objects.ts, built from audit-object-parts.ts); this file sends each entry to its
 * kind's resolver (test/admin/audit-objects.test.ts reads the writers and fails on a kind without one).
 * The names of a page are read in bulk: one query per source (audit-sources.ts) for all its entries.
 */

export type { AuditObject, AuditSubject } from './audit-object-parts.ts';

/** Every kind a writer uses, with its resolver. */
export const auditKinds: Record<string, Kind<unknown>> = {
  ...networkObjects,
  ...statisticsObjects,
  ...planObjects,
  ...libraryObjects,
  ...museumObjects,
  ...communityObjects,
};

/** A key no resolver reads (an unknown kind, or a key not of its kind's shape), made readable: dates dd/mm/yyyy, parts apart. */
export function readableKey(key: string): string {
  return key
    .replace(/\b(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?\b/g, (_m, y, mo, d) => `${d}/${mo}/${y}`)
    .split(':')
    .join(' · ');
}

/** At most this many ids go in one query (SQLite and PostgreSQL bound a statement's parameters). */
const ID_SLICE = 5000;

/**
 * The objects of the entries, in their order: every key parsed by its kind's resolver, the names every resolver
 * needs read at once (one query per source for the whole list), then each entry named.
 */
export async function auditObjects(db: DB, lang: Lang, entries: AuditSubject[]): Promise<AuditObject[]> {
  const wanted = new Map<Source<unknown>, Set<string>>();
  const need: Need = (source, id) => {
    let ids = wanted.get(source);
    if (!ids) wanted.set(source, (ids = new Set()));
    ids.add(id);
  };
  const parsed = entries.map((e) => {
    const k = auditKinds[e.table];
    const parts = k ? k.parse(e.key) : undefined;
    if (k && parts !== undefined) k.needs(parts, need);
    return parts;
  });
  const found = new Map<Source<unknown>, Map<string, unknown>>();
  for (const [source, ids] of wanted) {
    // a page asks each source once; a long CSV in slices the engines take as parameters
    const all = [...ids];
    const rows = new Map<string, unknown>();
    for (let i = 0; i < all.length; i += ID_SLICE) for (const [k, r] of await source.load(db, all.slice(i, i + ID_SLICE))) rows.set(k, r);
    found.set(source, rows);
  }
  const got: Got = <R>(source: Source<R>, id: string) => found.get(source as Source<unknown>)?.get(id) as R | undefined;
  return entries.map((e, i) => {
    const k = auditKinds[e.table];
    const parts = parsed[i];
    if (!k || parts === undefined) return { name: readableKey(e.key) };
    return k.name(parts, got, { lang, kind: tableNames(lang, e.table), entry: e });
  });
}

/** The entries with their objects named (the page, its CSV and the API). */
export async function withObjects<E extends AuditSubject>(db: DB, lang: Lang, entries: E[]): Promise<(E & { object: AuditObject })[]> {
  const objects = await auditObjects(db, lang, entries);
  return entries.map((e, i) => ({ ...e, object: objects[i]! }));
}
