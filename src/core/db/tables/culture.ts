import type { Generated } from 'kysely';

/** Row types of the tables owned by events/, museum/, culture/, portal/ and socialisation/. */
// ---- issue 6: events, museum, culture, portal, socialisation ----

export interface EventDayTable {
  code: string;
  name_vi: string;
  name_en: string;
  day: number;
  month: number;
  span_days: number;
}

export interface EventTable {
  id: Generated<number>;
  institution_id: number;
  /** The institution's current unit, kept by events/ on every write and when the institution moves (migration 014). */
  unit_id: number | null;
  kind: string;
  title: string;
  description: string;
  place: string;
  /** Local date-time `YYYY-MM-DDTHH:MM` (Vietnam time). */
  starts_at: string;
  ends_at: string;
  capacity: number | null;
  /** 'published' | 'held' | 'cancelled' */
  status: string;
  walk_ins: number;
  /** Why it was cancelled, as the registrants were told (events/cancel.ts). */
  cancel_note: string | null;
  /** What the statistics already hold for this event (the feed moves by differences). */
  counted_held: number;
  counted_participants: number;
  created_by: number | null;
  created_at: string;
  /** The iCalendar SEQUENCE: 0 when published, raised by every change (migration 031). */
  sequence: Generated<number>;
}

export interface EventDayTagTable {
  event_id: number;
  day_code: string;
}
export interface EventTaskTable {
  event_id: number;
  task_id: number;
}

export interface EventRegistrationTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  /** 'registered' | 'waiting' | 'cancelled' */
  status: string;
  attended: number;
  created_at: string;
  /** The unguessable code on the registrant's confirmation, scanned or typed at the door (migration 038). */
  checkin_code: string | null;
  /** When that code was checked in (local time); null until then. */
  checked_in_at: string | null;
}

/** A term of a museum vocabulary (migration 038): 'type' | 'material' | 'period' | 'ethnic'. */
export interface MuseumTermTable {
  id: Generated<number>;
  vocabulary: string;
  code: string;
  label_vi: string;
  label_en: string;
  position: number;
  /** 1 when no longer offered on the object form (objects that have it keep it). */
  retired: Generated<number>;
}

export interface MuseumCollectionTable {
  id: Generated<number>;
  institution_id: number;
  name: string;
  description: string;
}

export interface MuseumObjectTable {
  id: Generated<number>;
  institution_id: number;
  collection_id: number | null;
  identifier: string;
  title: string;
  creator: string | null;
  subject: string | null;
  description: string;
  date_text: string | null;
  type: string | null;
  format: string | null;
  provenance: string | null;
  ethnic_group: string | null;
  rights: string | null;
  created_by: number | null;
  created_at: string;
  /** Terms of the vocabularies (migration 038), beside the free text. */
  type_term_id: number | null;
  material_term_id: number | null;
  period_term_id: number | null;
  ethnic_term_id: number | null;
}

export interface ObjectImageTable {
  id: Generated<number>;
  object_id: number;
  alt: string;
  mime: string;
  width: number;
  height: number;
  data: Buffer;
  thumb: Buffer;
  created_at: string;
  /** What the image shows, said under it (migration 031); null when none was given. */
  caption: string | null;
}

export interface ExhibitionTable {
  id: Generated<number>;
  institution_id: number;
  /** 'permanent' | 'thematic' | 'travelling' | 'virtual' */
  kind: string;
  title: string;
  intro: string;
  opens_on: string;
  closes_on: string | null;
  published: number;
  created_by: number | null;
  created_at: string;
}

export interface ExhibitionItemTable {
  exhibition_id: number;
  object_id: number;
  position: number;
  caption: string;
}
export interface ExhibitionStopTable {
  id: Generated<number>;
  exhibition_id: number;
  place: string;
  starts_on: string;
  ends_on: string;
}
export interface EduProgrammeTable {
  id: Generated<number>;
  institution_id: number;
  title: string;
  description: string;
  max_students: number;
}

export interface EduBookingTable {
  id: Generated<number>;
  programme_id: number;
  school: string;
  class_name: string;
  students: number;
  on_date: string;
  user_id: number | null;
  /** 'booked' | 'held' | 'cancelled' */
  status: string;
  created_at: string;
}

export interface MuseumVisitTable {
  institution_id: number;
  day: string;
  visitors: number;
  students: number;
  study: number;
}

export interface ClubTable {
  id: Generated<number>;
  institution_id: number;
  /** 'club' | 'talent_class' | 'interest_group' */
  kind: string;
  name: string;
  description: string;
  schedule: string;
  created_at: string;
}

export interface ClubMemberTable {
  id: Generated<number>;
  club_id: number;
  user_id: number | null;
  name: string;
  joined_on: string;
  /** A member without an account: year of birth and a contact, both optional (migration 031). */
  birth_year: number | null;
  contact: string | null;
  /** The day the member left (removed from the club's list; their attendance stays), else null. */
  left_on: string | null;
}
export interface ClubSessionTable {
  id: Generated<number>;
  club_id: number;
  on_date: string;
  note: string;
}
export interface ClubAttendanceTable {
  session_id: number;
  member_id: number;
}

export interface CitizenCriterionTable {
  code: string;
  name_vi: string;
  name_en: string;
  /** What of the learning record is counted: 'events_attended' | 'clubs' | 'museum_bookings' | 'loans' | 'activities'. */
  measure: string;
  threshold: number;
  sort: number;
}

export interface DonationTable {
  id: Generated<number>;
  institution_id: number;
  donor: string;
  /** 'money' (VND) | 'books' (copies) | 'equipment' (items) */
  kind: string;
  amount: number;
  description: string;
  on_date: string;
  thank_publicly: number;
  created_by: number | null;
  created_at: string;
}

export interface CommendationTable {
  id: Generated<number>;
  institution_id: number;
  recipient: string;
  /** 'collective' | 'individual' */
  recipient_type: string;
  title: string;
  issuer: string;
  on_date: string;
  created_by: number | null;
  created_at: string;
}
