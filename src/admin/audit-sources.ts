import type { DB } from '../core/db/database.ts';

/**
 * The rows the audit page names its objects from (audit-objects.ts), each read for a whole page at once: a source
 * takes every id the page's entries ask of it and answers them in one query.
 */
export interface Source<R> {
  load(db: DB, ids: string[]): Promise<Iterable<readonly [string, R]>>;
}

const source = <R>(load: Source<R>['load']): Source<R> => ({ load });

/** The ids that are whole numbers (a key that is not one names no row of an id column). */
const numbers = (ids: string[]): number[] => ids.filter((x) => /^\d{1,15}$/.test(x)).map(Number);

/** Runs the query over the numeric ids only, none when there are none. */
async function byNumber<R extends { id: number }>(ids: string[], q: (ns: number[]) => Promise<R[]>): Promise<[string, R][]> {
  const ns = numbers(ids);
  return ns.length === 0 ? [] : (await q(ns)).map((r) => [String(r.id), r]);
}

const unitName = (r: { name: string; full_name: string | null }) => r.full_name ?? r.name;

export interface Person {
  id: number;
  username: string;
  name: string;
}
export const usersByUsername = source<Person>(async (db, ids) =>
  (await db.selectFrom('users').select(['id', 'username', 'display_name']).where('username', 'in', ids).execute()).map(
    (r) => [r.username, { id: r.id, username: r.username, name: r.display_name }] as const,
  ),
);
export const usersById = source<Person>((db, ids) =>
  byNumber(ids, async (ns) =>
    (await db.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', ns).execute()).map((r) => ({
      id: r.id,
      username: r.username,
      name: r.display_name,
    })),
  ),
);

export interface Unit {
  id: number;
  code: string;
  name: string;
  validTo: string | null;
}
export const unitsByCode = source<Unit>(async (db, ids) =>
  (await db.selectFrom('units').select(['id', 'code', 'name', 'full_name', 'valid_to']).where('code', 'in', ids).execute()).map(
    (r) => [r.code, { id: r.id, code: r.code, name: unitName(r), validTo: r.valid_to }] as const,
  ),
);

export interface Institution {
  id: number;
  code: string;
  name: string;
}
export const institutionsByCode = source<Institution>(async (db, ids) =>
  (await db.selectFrom('institutions').select(['id', 'code', 'name']).where('code', 'in', ids).execute()).map((r) => [r.code, r] as const),
);
export const institutionsById = source<Institution>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('institutions').select(['id', 'code', 'name']).where('id', 'in', ns).execute()),
);

export interface Named {
  code: string;
  vi: string;
  en: string;
}
export const elementsByCode = source<Named>(async (db, ids) =>
  (await db.selectFrom('data_elements').select(['code', 'name_vi', 'name_en']).where('code', 'in', ids).execute()).map(
    (r) => [r.code, { code: r.code, vi: r.name_vi, en: r.name_en }] as const,
  ),
);
export const indicatorsByCode = source<Named>(async (db, ids) =>
  (await db.selectFrom('indicators').select(['code', 'name_vi', 'name_en']).where('code', 'in', ids).execute()).map(
    (r) => [r.code, { code: r.code, vi: r.name_vi, en: r.name_en }] as const,
  ),
);
export const attributesByCode = source<Named>(async (db, ids) =>
  (await db.selectFrom('attributes').select(['code', 'name_vi', 'name_en']).where('code', 'in', ids).execute()).map(
    (r) => [r.code, { code: r.code, vi: r.name_vi, en: r.name_en }] as const,
  ),
);
export const rulesById = source<{ id: number; name: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('validation_rules').select(['id', 'name']).where('id', 'in', ns).execute()),
);

export const plansById = source<{ id: number; title: string; number: string | null }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('plans').select(['id', 'title', 'number']).where('id', 'in', ns).execute()),
);
export const tasksById = source<{ id: number; text: string; planId: number; plan: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('plan_tasks as t')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .select(['t.id', 't.text', 't.plan_id as planId', 'p.title as plan'])
      .where('t.id', 'in', ns)
      .execute(),
  ),
);
export const cyclesById = source<{ id: number; year: number; unitCode: string; unit: string }>((db, ids) =>
  byNumber(ids, async (ns) =>
    (
      await db
        .selectFrom('report_cycles as c')
        .innerJoin('units as u', 'u.id', 'c.unit_id')
        .select(['c.id', 'c.year', 'u.code', 'u.name', 'u.full_name'])
        .where('c.id', 'in', ns)
        .execute()
    ).map((r) => ({ id: r.id, year: r.year, unitCode: r.code, unit: unitName(r) })),
  ),
);

// library
export interface Copy {
  id: number;
  recordId: number;
  title: string;
  barcode: string;
}
export const recordsById = source<{ id: number; title: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('lib_records').select(['id', 'title']).where('id', 'in', ns).execute()),
);
export const copiesByBarcode = source<Copy>(async (db, ids) =>
  (
    await db
      .selectFrom('lib_items as i')
      .innerJoin('lib_records as r', 'r.id', 'i.record_id')
      .select(['i.id', 'i.record_id as recordId', 'r.title', 'i.barcode'])
      .where('i.barcode', 'in', ids)
      .execute()
  ).map((r) => [r.barcode, r] as const),
);
export const loansById = source<Copy>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_loans as l')
      .innerJoin('lib_items as i', 'i.id', 'l.item_id')
      .innerJoin('lib_records as r', 'r.id', 'i.record_id')
      .select(['l.id', 'i.record_id as recordId', 'r.title', 'i.barcode'])
      .where('l.id', 'in', ns)
      .execute(),
  ),
);
export interface Patron {
  id: number;
  card: string;
  name: string;
  library: string;
}
export const patronsByCard = source<Patron>(async (db, ids) =>
  (
    await db
      .selectFrom('lib_patrons as p')
      .innerJoin('institutions as i', 'i.id', 'p.institution_id')
      .select(['p.id', 'p.card_number as card', 'p.name', 'i.code as library'])
      .where('p.card_number', 'in', ids)
      .execute()
  ).map((r) => [r.card, r] as const),
);
export const holdsById = source<{ id: number; recordId: number; title: string; patron: string; card: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_holds as h')
      .innerJoin('lib_records as r', 'r.id', 'h.record_id')
      .innerJoin('lib_patrons as p', 'p.id', 'h.patron_id')
      .select(['h.id', 'h.record_id as recordId', 'r.title', 'p.name as patron', 'p.card_number as card'])
      .where('h.id', 'in', ns)
      .execute(),
  ),
);
export const rotationsById = source<{ id: number; from: string; to: string; fromCode: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_rotations as r')
      .innerJoin('institutions as f', 'f.id', 'r.from_institution_id')
      .innerJoin('institutions as t', 't.id', 'r.to_institution_id')
      .select(['r.id', 'f.name as from', 't.name as to', 'f.code as fromCode'])
      .where('r.id', 'in', ns)
      .execute(),
  ),
);
export const tripsById = source<{ id: number; name: string; day: string; library: string; libraryName: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_trips as t')
      .innerJoin('institutions as i', 'i.id', 't.institution_id')
      .select(['t.id', 't.name', 't.day', 'i.code as library', 'i.name as libraryName'])
      .where('t.id', 'in', ns)
      .execute(),
  ),
);
export const stopsById = source<{ id: number; seq: number; place: string; tripId: number; trip: string; day: string; library: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_trip_stops as s')
      .innerJoin('lib_trips as t', 't.id', 's.trip_id')
      .innerJoin('institutions as i', 'i.id', 't.institution_id')
      .select(['s.id', 's.seq', 's.place', 't.id as tripId', 't.name as trip', 't.day', 'i.code as library'])
      .where('s.id', 'in', ns)
      .execute(),
  ),
);
export const libraryVisitsById = source<{ id: number; day: string; library: string; libraryName: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('lib_visits as v')
      .innerJoin('institutions as i', 'i.id', 'v.institution_id')
      .select(['v.id', 'v.day', 'i.code as library', 'i.name as libraryName'])
      .where('v.id', 'in', ns)
      .execute(),
  ),
);
export const digitalById = source<{ id: number; title: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('lib_digital').select(['id', 'title']).where('id', 'in', ns).execute()),
);

// museum
export const objectsById = source<{ id: number; title: string; identifier: string | null }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('museum_objects').select(['id', 'title', 'identifier']).where('id', 'in', ns).execute()),
);
export const collectionsById = source<{ id: number; name: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('museum_collections').select(['id', 'name']).where('id', 'in', ns).execute()),
);
export const termsById = source<{ id: number; vi: string; en: string | null }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('museum_terms').select(['id', 'label_vi as vi', 'label_en as en']).where('id', 'in', ns).execute()),
);
export const imagesById = source<{ id: number; objectId: number; title: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('object_images as m')
      .innerJoin('museum_objects as o', 'o.id', 'm.object_id')
      .select(['m.id', 'o.id as objectId', 'o.title'])
      .where('m.id', 'in', ns)
      .execute(),
  ),
);
export const exhibitionsById = source<{ id: number; title: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('exhibitions').select(['id', 'title']).where('id', 'in', ns).execute()),
);
export const programmesById = source<{ id: number; title: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('edu_programmes').select(['id', 'title']).where('id', 'in', ns).execute()),
);
export const bookingsById = source<{ id: number; school: string; className: string | null; onDate: string; programme: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('edu_bookings as b')
      .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
      .select(['b.id', 'b.school', 'b.class_name as className', 'b.on_date as onDate', 'p.title as programme'])
      .where('b.id', 'in', ns)
      .execute(),
  ),
);

// events, clubs, socialisation
export const eventsById = source<{ id: number; title: string; startsAt: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('events').select(['id', 'title', 'starts_at as startsAt']).where('id', 'in', ns).execute()),
);
export const registrationsById = source<{ id: number; person: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('event_registrations as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.id', 'u.display_name as person'])
      .where('r.id', 'in', ns)
      .execute(),
  ),
);
export const clubsById = source<{ id: number; name: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('clubs').select(['id', 'name']).where('id', 'in', ns).execute()),
);
export const membersById = source<{ id: number; name: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('club_members').select(['id', 'name']).where('id', 'in', ns).execute()),
);
export const sessionsById = source<{ id: number; onDate: string }>((db, ids) =>
  byNumber(ids, (ns) => db.selectFrom('club_sessions').select(['id', 'on_date as onDate']).where('id', 'in', ns).execute()),
);
export const donationsById = source<{ id: number; donor: string; onDate: string; library: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('donations as d')
      .innerJoin('institutions as i', 'i.id', 'd.institution_id')
      .select(['d.id', 'd.donor', 'd.on_date as onDate', 'i.code as library'])
      .where('d.id', 'in', ns)
      .execute(),
  ),
);
export const commendationsById = source<{ id: number; recipient: string; title: string; library: string }>((db, ids) =>
  byNumber(ids, (ns) =>
    db
      .selectFrom('commendations as d')
      .innerJoin('institutions as i', 'i.id', 'd.institution_id')
      .select(['d.id', 'd.recipient', 'd.title', 'i.code as library'])
      .where('d.id', 'in', ns)
      .execute(),
  ),
);
