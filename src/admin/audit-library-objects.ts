import type { Lang } from '../core/i18n/index.ts';
import { tableNames } from './messages.ts';
import * as S from './audit-sources.ts';
import type { Kind } from './audit-object-parts.ts';
import { byId, day, enc, gone, ID, joined, kind, numbered, numeric, pair, T, whole } from './audit-object-parts.ts';

/**
 * The audited library objects named in words: a record by its title, a copy or a loan by title and barcode, a patron
 * by name and card, a loan rule, a notice, a hold, a rotation, a mobile trip and its stops, a day's visits.
 */

export const libraryObjects: Record<string, Kind<unknown>> = {
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
};

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
