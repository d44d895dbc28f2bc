import type { DB } from '../core/db/database.ts';
import { formatDate, formatMonth, formatNumber, type Lang } from '../core/i18n/index.ts';
import { auditObjectText, tableNames } from './messages.ts';
import * as S from './audit-sources.ts';
import type { Source } from './audit-sources.ts';

/**
 * The object of each audit entry named as a Vietnamese reader says it (the "Đối tượng" column, its CSV and the API):
 * an institution by its name, a person by theirs, a museum's day as "<museum>, dd/mm/yyyy", a data cell as
 * "<element> · <institution> · <period>", linked to the object's page where it has one. Every entity kind a writer
 * uses has a resolver here (test/admin/audit-objects.test.ts reads the writers and fails on a kind without one).
 * The names of a page are read in bulk: one query per source (audit-sources.ts) for all its entries.
 */

export interface AuditObject {
  /** The object in words. */
  name: string;
  href?: string;
}

/** What a resolver sees of an entry. */
export interface AuditSubject {
  table: string;
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

type Need = (source: Source<unknown>, id: string) => void;
type Got = <R>(source: Source<R>, id: string) => R | undefined;

interface Said {
  lang: Lang;
  /** The entry's kind in words. */
  kind: string;
  entry: AuditSubject;
}

interface Kind<K> {
  /** The key's parts; undefined when the key is not of the kind's shape. */
  parse(key: string): K | undefined;
  needs(k: K, need: Need): void;
  name(k: K, got: Got, s: Said): AuditObject;
}

const kind = <K>(k: Kind<K>) => k as unknown as Kind<unknown>;

// ---- the parts of keys ----

const ID = /^\d{1,15}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}(-\d{2})?$/;
const whole = (key: string) => (key.trim() === '' ? undefined : key);
const numeric = (key: string) => (ID.test(key) ? key : undefined);
/** `a:b` split at its first colon, both parts present. */
const pair = (key: string): [string, string] | undefined => {
  const i = key.indexOf(':');
  return i > 0 && i < key.length - 1 ? [key.slice(0, i), key.slice(i + 1)] : undefined;
};
/** `a:b` where both are ids. */
const idPair = (key: string) => {
  const p = pair(key);
  return p && ID.test(p[0]) && ID.test(p[1]) ? p : undefined;
};
/** `<unit code>:<year>`. */
const unitYear = (key: string) => {
  const m = /^(.+):(\d{4})$/.exec(key);
  return m ? { unit: m[1]!, year: m[2]! } : undefined;
};
/** `<institution code>:<element code>:<period>` (a cell): the period is the last part, the element the one before it. */
const cell = (key: string) => {
  const m = /^(.+):([^:]+):(\d{4}(?:-\d{2})?)$/.exec(key);
  return m ? { institution: m[1]!, element: m[2]!, period: m[3]! } : undefined;
};

// ---- words ----

const T = (lang: Lang) => auditObjectText(lang);
const day = (iso: string) => formatDate(iso.slice(0, 10));
const periodWords = (lang: Lang, p: string) => (PERIOD.test(p) ? (p.length === 7 ? T(lang).month({ month: formatMonth(p) }) : T(lang).year({ year: p })) : p);
const numbered = (s: Said, id: string | number) => T(s.lang).numbered({ kind: s.kind, id: String(id) });
const gone = (s: Said, what: string): AuditObject => ({ name: T(s.lang).gone({ what }) });
const named = (n: S.Named, lang: Lang) => (lang === 'en' ? n.en || n.vi : n.vi);
const joined = (...parts: string[]) => parts.filter((x) => x !== '').join(' · ');
const enc = encodeURIComponent;

/** A title or name an entry's own values give, for an object that is no longer there. */
function ownName(e: AuditSubject): string | undefined {
  for (const v of [e.oldValue, e.newValue])
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const k of ['title', 'name', 'nameVi', 'name_vi', 'labelVi', 'donor', 'recipient'])
        if (typeof o[k] === 'string' && o[k] !== '') return o[k] as string;
    }
  return undefined;
}

/** A row by its id, named by `text` and linked by `href`; a gone one by its own values or its number. */
function byId<R>(source: Source<R>, text: (r: R, s: Said) => string, href?: (r: R) => string | undefined) {
  return kind<string>({
    parse: numeric,
    needs: (id, need) => need(source as Source<unknown>, id),
    name(id, got, s) {
      const r = got(source, id);
      if (!r) return gone(s, ownName(s.entry) ?? numbered(s, id));
      const h = href?.(r);
      return h ? { name: text(r, s), href: h } : { name: text(r, s) };
    },
  });
}

// ---- the shared objects ----

const person = (p: S.Person) => `${p.name} (${p.username})`;
const personHref = (username: string) => `/quan-tri/nguoi-dung/${enc(username)}`;
const userByName = kind<string>({
  parse: whole,
  needs: (u, need) => need(S.usersByUsername, u),
  name: (u, got, s) => {
    const p = got(S.usersByUsername, u);
    return p ? { name: person(p), href: personHref(p.username) } : gone(s, u);
  },
});

const unitObject = (code: string, got: Got, s: Said): AuditObject => {
  const u = got(S.unitsByCode, code);
  if (!u) return gone(s, T(s.lang).numbered({ kind: s.kind, id: code }));
  return { name: u.validTo ? T(s.lang).until({ name: u.name, date: formatDate(u.validTo) }) : u.name, href: `/quan-tri/dia-ban/don-vi/${enc(u.code)}` };
};
const unitName = (code: string, got: Got) => got(S.unitsByCode, code)?.name;

const institutionObject = (i: S.Institution | undefined, fallback: string, s: Said): AuditObject =>
  i ? { name: i.name, href: `/quan-tri/co-so/${enc(i.code)}` } : gone(s, fallback);
/** An institution named by its code or, for writers that keyed it so, its id. */
const institutionByCodeOrId = (key: string, got: Got) => got(S.institutionsByCode, key) ?? (ID.test(key) ? got(S.institutionsById, key) : undefined);
const institutionKey = kind<string>({
  parse: whole,
  needs: (k, need) => {
    need(S.institutionsByCode, k);
    if (ID.test(k)) need(S.institutionsById, k);
  },
  name: (k, got, s) => institutionObject(institutionByCodeOrId(k, got), ownName(s.entry) ?? numbered(s, k), s),
});

/** An institution (by id) and a day: a museum's or a library's day. */
const institutionDay = (href: (code: string) => string) =>
  kind<{ institution: string; day: string }>({
    parse: (key) => {
      const p = pair(key);
      return p && ID.test(p[0]) && DAY.test(p[1]) ? { institution: p[0], day: p[1] } : undefined;
    },
    needs: (k, need) => need(S.institutionsById, k.institution),
    name: (k, got, s) => {
      const i = got(S.institutionsById, k.institution);
      return i
        ? { name: `${i.name}, ${day(k.day)}`, href: href(i.code) }
        : gone(s, `${T(s.lang).numbered({ kind: tableNames(s.lang, 'institution'), id: k.institution })}, ${day(k.day)}`);
    },
  });

const cellKind = kind<{ institution: string; element: string; period: string }>({
  parse: cell,
  needs: (k, need) => {
    need(S.institutionsByCode, k.institution);
    need(S.elementsByCode, k.element);
  },
  name: (k, got, s) => {
    const i = got(S.institutionsByCode, k.institution);
    const e = got(S.elementsByCode, k.element);
    const text = joined(e ? named(e, s.lang) : k.element, i?.name ?? k.institution, periodWords(s.lang, k.period));
    return i && e ? { name: text, href: `/co-so/${enc(i.code)}/o/${enc(e.code)}/${k.period}` } : gone(s, text);
  },
});

const reportOf = kind<{ unit: string; year: string }>({
  parse: unitYear,
  needs: (k, need) => need(S.unitsByCode, k.unit),
  name: (k, got, s) => {
    const u = unitName(k.unit, got);
    const text = `${u ?? k.unit}, ${T(s.lang).year({ year: k.year })}`;
    return u ? { name: text, href: `/bao-cao/${enc(k.unit)}/${k.year}` } : gone(s, text);
  },
});

const planHref = (id: number) => `/ke-hoach/${id}`;
const planById = byId(
  S.plansById,
  (p) => (p.number ? `${p.title} (${p.number})` : p.title),
  (p) => planHref(p.id),
);
const eventById = byId(
  S.eventsById,
  (e) => `${e.title}, ${day(e.startsAt)}`,
  (e) => `/su-kien/${e.id}`,
);
const exhibitionById = byId(
  S.exhibitionsById,
  (x) => x.title,
  (x) => `/quan-ly/trien-lam/${x.id}`,
);

/** `<parent id>:<child id>`: the child named with its parent (a club's member, an exhibition's object…). */
function childOf<P, C>(
  parent: Source<P>,
  child: Source<C>,
  text: (p: P | undefined, c: C | undefined, s: Said, k: [string, string]) => string,
  href: (p: P, c: C | undefined, k: [string, string]) => string,
) {
  return kind<[string, string]>({
    parse: idPair,
    needs: (k, need) => {
      need(parent as Source<unknown>, k[0]);
      need(child as Source<unknown>, k[1]);
    },
    name: (k, got, s) => {
      const p = got(parent, k[0]);
      const c = got(child, k[1]);
      const name = text(p, c, s, k);
      return p && c ? { name, href: href(p, c, k) } : gone(s, name);
    },
  });
}

// ---- every kind a writer uses ----

export const auditKinds: Record<string, Kind<unknown>> = {
  // people
  user: userByName,
  password_reset: userByName,
  api_token: userByName,
  lib_link_code: byId(S.usersById, person, (p) => personHref(p.username)),
  // places and institutions
  unit: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.unitsByCode, k),
    name: (k, got, s) => {
      if (got(S.unitsByCode, k)) return unitObject(k, got, s);
      const n = /^(\d+) units$/.exec(k);
      if (n) return { name: T(s.lang).unitsImported({ n: formatNumber(s.lang, Number(n[1]), 0) }) };
      if (/\.\w{2,5}$/.test(k)) return { name: T(s.lang).mapImported({ name: k }) };
      return unitObject(k, got, s);
    },
  }),
  unit_handover: kind<string>({ parse: whole, needs: (k, need) => need(S.unitsByCode, k), name: unitObject }),
  unit_population: kind<{ unit: string; year: string }>({
    parse: (key) => {
      const m = /^(.+)\/(\d{4})$/.exec(key);
      return m ? { unit: m[1]!, year: m[2]! } : undefined;
    },
    needs: (k, need) => need(S.unitsByCode, k.unit),
    name: (k, got, s) => {
      const u = unitObject(k.unit, got, s);
      return { ...u, name: `${u.name}, ${T(s.lang).year({ year: k.year })}` };
    },
  }),
  institution: institutionKey,
  institution_unit: institutionKey,
  institution_closure: institutionKey,
  institution_import: kind<string>({ parse: whole, needs: () => {}, name: (k, _g, s) => ({ name: T(s.lang).fileNamed({ name: k }) }) }),
  institution_attribute: attributeKind(),
  attribute_evidence: attributeKind(),
  // statistics
  data_value: cellKind,
  value_note: cellKind,
  data_values: kind<{ source: string; from: string; to: string; total: string }>({
    parse: (key) => {
      const m = /^(.*) (\d+)–(\d+)\/(\d+)$/.exec(key);
      return m ? { source: m[1]!, from: m[2]!, to: m[3]!, total: m[4]! } : undefined;
    },
    needs: () => {},
    name: (k, _g, s) => {
      const t = T(s.lang);
      const source = k.source === 'form' ? t.sourceForm : k.source === 'api' ? t.sourceApi : t.fileNamed({ name: k.source });
      const n = (x: string) => formatNumber(s.lang, Number(x), 0);
      return { name: t.cellsImported({ source, from: n(k.from), to: n(k.to), total: n(k.total) }) };
    },
  }),
  data_element: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.elementsByCode, k),
    name: (k, got, s) => {
      const e = got(S.elementsByCode, k);
      return e ? { name: named(e, s.lang), href: `/quan-tri/du-lieu/${enc(k)}` } : gone(s, ownName(s.entry) ?? numbered(s, k));
    },
  }),
  indicator: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.indicatorsByCode, k),
    name: (k, got, s) => {
      const e = got(S.indicatorsByCode, k);
      return e ? { name: named(e, s.lang), href: `/quan-tri/chi-so/${enc(k)}` } : gone(s, ownName(s.entry) ?? numbered(s, k));
    },
  }),
  validation_rule: byId(
    S.rulesById,
    (r) => r.name,
    () => '/quan-tri/quy-tac-kiem-tra',
  ),
  // plans and reports
  plan: planById,
  plan_item: planById,
  plan_task: byId(
    S.tasksById,
    (t) => joined(t.text, t.plan),
    (t) => `${planHref(t.planId)}/nhiem-vu`,
  ),
  report: reportOf,
  data_lock: reportOf,
  report_cycle: byId(
    S.cyclesById,
    (c, s) => T(s.lang).cycle({ unit: c.unit, year: String(c.year) }),
    (c) => `/bao-cao/${enc(c.unitCode)}/${c.year}/tien-do`,
  ),
  report_reminder: kind<{ unit: string; year: string; day: string }>({
    parse: (key) => {
      const m = /^(.+):(\d{4}):(\d{4}-\d{2}-\d{2})$/.exec(key);
      return m ? { unit: m[1]!, year: m[2]!, day: m[3]! } : undefined;
    },
    needs: (k, need) => need(S.unitsByCode, k.unit),
    name: (k, got, s) => {
      const u = unitName(k.unit, got);
      const text = `${u ?? k.unit}, ${T(s.lang).year({ year: k.year })}, ${day(k.day)}`;
      return u ? { name: text, href: `/bao-cao/${enc(k.unit)}/${k.year}/tien-do` } : gone(s, text);
    },
  }),
  // library
  lib_record: byId(
    S.recordsById,
    (r) => r.title,
    (r) => `/tra-cuu/sach/${r.id}`,
  ),
  lib_records: kind<[string, string]>({
    parse: pair,
    needs: (k, need) => need(S.institutionsByCode, k[0]),
    name: (k, got, s) => {
      const i = got(S.institutionsByCode, k[0]);
      const text = `${i?.name ?? k[0]}, ${T(s.lang).fileNamed({ name: k[1] }).toLocaleLowerCase('vi')}`;
      return i ? { name: text, href: `/thu-vien/${enc(i.code)}` } : gone(s, text);
    },
  }),
  lib_item: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.copiesByBarcode, k),
    name: (k, got, s) => {
      const c = got(S.copiesByBarcode, k);
      return c
        ? { name: T(s.lang).copy({ title: c.title, barcode: c.barcode }), href: `/tra-cuu/sach/${c.recordId}` }
        : gone(s, T(s.lang).copy({ title: s.kind, barcode: k }));
    },
  }),
  lib_loan: byId(
    S.loansById,
    (c, s) => T(s.lang).copy({ title: c.title, barcode: c.barcode }),
    (c) => `/tra-cuu/sach/${c.recordId}`,
  ),
  lib_loan_rule: kind<[string, string]>({
    parse: (key) => {
      const p = pair(key);
      return p && ID.test(p[0]) ? p : undefined;
    },
    needs: (k, need) => need(S.institutionsById, k[0]),
    name: (k, got, s) => {
      const t = T(s.lang);
      const i = got(S.institutionsById, k[0]);
      const category = k[1] === '*' ? t.everyCategory : patronCategory(s.lang, k[1]);
      if (k[0] === '0') return { name: joined(t.network, category) };
      const text = joined(i?.name ?? t.numbered({ kind: tableNames(s.lang, 'institution'), id: k[0] }), category);
      return i ? { name: text, href: `/thu-vien/${enc(i.code)}/quy-dinh-muon` } : gone(s, text);
    },
  }),
  lib_patron: patronKind(),
  lib_card: patronKind(),
  lib_notice: kind<{ card: string; day: string }>({
    parse: (key) => {
      const m = /^(.+):(\d{4}-\d{2}-\d{2})$/.exec(key);
      return m ? { card: m[1]!, day: m[2]! } : undefined;
    },
    needs: (k, need) => need(S.patronsByCard, k.card),
    name: (k, got, s) => {
      const p = got(S.patronsByCard, k.card);
      const who = p ? T(s.lang).patron({ name: p.name, card: p.card }) : T(s.lang).card({ card: k.card });
      return p ? { name: `${who}, ${day(k.day)}`, href: `/thu-vien/${enc(p.library)}/nhac-tra` } : gone(s, `${who}, ${day(k.day)}`);
    },
  }),
  lib_hold: byId(
    S.holdsById,
    (h, s) => joined(h.title, T(s.lang).patron({ name: h.patron, card: h.card })),
    (h) => `/tra-cuu/sach/${h.recordId}`,
  ),
  lib_rotation: byId(
    S.rotationsById,
    (r, s) => T(s.lang).rotation({ from: r.from, to: r.to }),
    (r) => `/thu-vien/${enc(r.fromCode)}`,
  ),
  lib_trip: byId(
    S.tripsById,
    (t) => `${t.name}, ${day(t.day)}`,
    (t) => `/thu-vien/${enc(t.library)}/luu-dong/${t.id}`,
  ),
  lib_trip_stop: byId(
    S.stopsById,
    (x, s) => T(s.lang).tripStop({ trip: `${x.trip}, ${day(x.day)}`, seq: String(x.seq), place: x.place }),
    (x) => `/thu-vien/${enc(x.library)}/luu-dong/${x.tripId}`,
  ),
  lib_visit: kind<string>({
    parse: numeric,
    needs: (id, need) => need(S.libraryVisitsById, id),
    name: (id, got, s) => {
      const v = got(S.libraryVisitsById, id);
      if (v) return { name: `${v.libraryName}, ${day(v.day)}`, href: `/thu-vien/${enc(v.library)}/luot` };
      const was = [s.entry.oldValue, s.entry.newValue].find((x) => x && typeof x === 'object' && typeof (x as { day?: unknown }).day === 'string') as
        | { day: string }
        | undefined;
      return gone(s, was ? `${numbered(s, id)}, ${day(was.day)}` : numbered(s, id));
    },
  }),
  lib_digital: byId(S.digitalById, (d) => d.title),
  // museum
  museum_object: byId(
    S.objectsById,
    (o) => (o.identifier ? `${o.title} (${o.identifier})` : o.title),
    (o) => `/quan-ly/hien-vat/${o.id}`,
  ),
  museum_collection: byId(
    S.collectionsById,
    (c) => c.name,
    (c) => `/quan-ly/suu-tap/${c.id}`,
  ),
  museum_term: byId(S.termsById, (t, s) => (s.lang === 'en' ? (t.en ?? t.vi) : t.vi)),
  object_image: byId(
    S.imagesById,
    (m) => m.title,
    (m) => `/quan-ly/hien-vat/${m.objectId}`,
  ),
  museum_visits: institutionDay((code) => `/quan-ly/bao-tang/${enc(code)}`),
  exhibition: exhibitionById,
  exhibition_stop: exhibitionById,
  exhibition_order: exhibitionById,
  exhibition_item: childOf(
    S.exhibitionsById,
    S.objectsById,
    (x, o, s, k) => joined(o?.title ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'museum_object'), id: k[1] }), x?.title ?? numbered(s, k[0])),
    (x) => `/quan-ly/trien-lam/${x.id}`,
  ),
  edu_programme: byId(S.programmesById, (p) => p.title),
  edu_booking: byId(S.bookingsById, (b, s) =>
    b.className
      ? `${T(s.lang).booking({ school: b.school, className: b.className, programme: b.programme })}, ${day(b.onDate)}`
      : `${joined(b.school, b.programme)}, ${day(b.onDate)}`,
  ),
  // events and clubs
  event: eventById,
  event_attendance: eventById,
  event_registration: childOf(
    S.eventsById,
    S.usersById,
    (e, u, s, k) => joined(u ? person(u) : T(s.lang).person({ id: k[1] }), e?.title ?? numbered(s, k[0])),
    (e) => `/su-kien/${e.id}/quan-ly`,
  ),
  event_checkin: childOf(
    S.eventsById,
    S.registrationsById,
    (e, r, s, k) => joined(r?.person ?? numbered(s, k[1]), e?.title ?? numbered(s, k[0])),
    (e) => `/su-kien/${e.id}/diem-danh`,
  ),
  club: byId(
    S.clubsById,
    (c) => c.name,
    (c) => `/cau-lac-bo/${c.id}`,
  ),
  club_member: childOf(
    S.clubsById,
    S.membersById,
    (c, m, s, k) => joined(m?.name ?? ownName(s.entry) ?? numbered(s, k[1]), c?.name ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'club'), id: k[0] })),
    (c, _m, k) => `/cau-lac-bo/${c.id}/thanh-vien/${k[1]}`,
  ),
  club_session: childOf(
    S.clubsById,
    S.sessionsById,
    (c, x, s, k) => `${c?.name ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'club'), id: k[0] })}, ${x ? day(x.onDate) : numbered(s, k[1])}`,
    (c, _x, k) => `/cau-lac-bo/${c.id}/buoi/${k[1]}`,
  ),
  // socialisation
  donation: byId(
    S.donationsById,
    (d) => `${d.donor}, ${day(d.onDate)}`,
    (d) => `/quan-ly/xa-hoi-hoa/${enc(d.library)}`,
  ),
  commendation: byId(
    S.commendationsById,
    (d) => joined(d.recipient, d.title),
    (d) => `/quan-ly/xa-hoi-hoa/${enc(d.library)}`,
  ),
};

/** `<institution id>:<attribute>:<year>`: an institution's yearly attribute (and its evidence file). */
function attributeKind() {
  return kind<{ institution: string; attribute: string; year: string }>({
    parse: (key) => {
      const m = /^(\d+):(.+):(\d{4})$/.exec(key);
      return m ? { institution: m[1]!, attribute: m[2]!, year: m[3]! } : undefined;
    },
    needs: (k, need) => {
      need(S.institutionsById, k.institution);
      need(S.attributesByCode, k.attribute);
    },
    name: (k, got, s) => {
      const i = got(S.institutionsById, k.institution);
      const a = got(S.attributesByCode, k.attribute);
      const text = joined(
        i?.name ?? T(s.lang).numbered({ kind: tableNames(s.lang, 'institution'), id: k.institution }),
        a ? named(a, s.lang) : k.attribute,
        T(s.lang).year({ year: k.year }),
      );
      return i ? { name: text, href: `/co-so/${enc(i.code)}` } : gone(s, text);
    },
  });
}

/** A patron by card number (a card that was only typed at the desk may name nobody). */
function patronKind() {
  return kind<string>({
    parse: whole,
    needs: (k, need) => need(S.patronsByCard, k),
    name: (k, got, s) => {
      const p = got(S.patronsByCard, k);
      return p
        ? { name: T(s.lang).patron({ name: p.name, card: p.card }), href: `/thu-vien/${enc(p.library)}/ban-doc/${p.id}` }
        : { name: T(s.lang).card({ card: k }) };
    },
  });
}

const PATRON_CATEGORIES: Record<string, { vi: string; en: string }> = {
  adult: { vi: 'Người lớn', en: 'Adult' },
  child: { vi: 'Thiếu nhi', en: 'Child' },
  student: { vi: 'Học sinh, sinh viên', en: 'Student' },
  elderly: { vi: 'Người cao tuổi', en: 'Elderly' },
};
const patronCategory = (lang: Lang, code: string) => PATRON_CATEGORIES[code]?.[lang] ?? code;

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
