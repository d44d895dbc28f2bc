import * as S from './audit-sources.ts';
import type { Kind } from './audit-object-parts.ts';
import { byId, childOf, day, enc, joined, numbered, ownName, person, T } from './audit-object-parts.ts';
import { tableNames } from './messages.ts';

/**
 * The audited objects of community life named in words: an event and who registered or checked in, a club with its
 * members and sessions, a donation and a commendation.
 */

const eventById = byId(
  S.eventsById,
  (e) => `${e.title}, ${day(e.startsAt)}`,
  (e) => `/su-kien/${e.id}`,
);

export const communityObjects: Record<string, Kind<unknown>> = {
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
