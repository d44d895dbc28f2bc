import type { Generated } from 'kysely';

/**
 * The tables of the whole platform, as Kysely sees them. Each capability owns its tables
 * (the comment names the folder); they are listed together because Kysely wants one type.
 * Dates are ISO text (`2025-07-01`), periods `YYYY` or `YYYY-MM`, booleans 0/1.
 */
export interface Database {
  // network
  units: UnitTable;
  unit_successors: UnitSuccessorTable;
  unit_closure: UnitClosureTable;
  unit_population: UnitPopulationTable;
  institution_kinds: InstitutionKindTable;
  institutions: InstitutionTable;
  institution_units: InstitutionUnitTable;
  attributes: AttributeTable;
  institution_attributes: InstitutionAttributeTable;
  // statistics
  data_elements: DataElementTable;
  data_values: DataValueTable;
  agg_values: AggValueTable;
  agg_counts: AggCountTable;
  agg_count_years: AggCountYearTable;
  agg_totals: AggTotalTable;
  // indicators
  indicators: IndicatorTable;
  // plans
  plans: PlanTable;
  plan_targets: PlanTargetTable;
  plan_documents: PlanDocumentTable;
  plan_items: PlanItemTable;
  plan_tasks: PlanTaskTable;
  plan_days: PlanDayTable;
  // accounts (core/auth)
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
  // core
  audit_log: AuditLogTable;
  // reporting
  report_cycles: ReportCycleTable;
  reports: ReportTable;
  report_comments: ReportCommentTable;
  data_locks: DataLockTable;
  report_contacts: ReportContactTable;
  // search
  search_documents: SearchDocumentTable;
  search_facets: SearchFacetTable;
  search_units: SearchUnitTable;
  // library
  lib_records: LibRecordTable;
  lib_items: LibItemTable;
  lib_loan_rules: LibLoanRuleTable;
  lib_patrons: LibPatronTable;
  lib_loans: LibLoanTable;
  lib_holds: LibHoldTable;
  lib_visits: LibVisitTable;
  lib_rotations: LibRotationTable;
  lib_rotation_items: LibRotationItemTable;
  lib_trips: LibTripTable;
  lib_trip_stops: LibTripStopTable;
  lib_digital: LibDigitalTable;
  // events, museum, culture, portal, socialisation (issue 6)
  event_days: EventDayTable;
  events: EventTable;
  event_day_tags: EventDayTagTable;
  event_tasks: EventTaskTable;
  event_registrations: EventRegistrationTable;
  museum_collections: MuseumCollectionTable;
  museum_objects: MuseumObjectTable;
  object_images: ObjectImageTable;
  exhibitions: ExhibitionTable;
  exhibition_items: ExhibitionItemTable;
  exhibition_stops: ExhibitionStopTable;
  edu_programmes: EduProgrammeTable;
  edu_bookings: EduBookingTable;
  museum_visits: MuseumVisitTable;
  clubs: ClubTable;
  club_members: ClubMemberTable;
  club_sessions: ClubSessionTable;
  club_attendance: ClubAttendanceTable;
  citizen_criteria: CitizenCriterionTable;
  donations: DonationTable;
  commendations: CommendationTable;
}

export interface UnitTable {
  id: Generated<number>;
  code: string;
  official_code: string | null;
  name: string;
  full_name: string | null;
  level: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface UnitSuccessorTable {
  predecessor_id: number;
  successor_id: number;
  /** 1 when only part of the predecessor went to the successor. */
  partial: number;
  /** 1 on the one link along which the predecessor's history is aggregated. */
  aggregate: number;
  note: string | null;
}

export interface UnitClosureTable {
  ancestor_id: number;
  descendant_id: number;
}

export interface UnitPopulationTable {
  unit_id: number;
  year: number;
  total: number;
  rural: number | null;
  disadvantaged: number | null;
}

export interface InstitutionKindTable {
  code: string;
  sector: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface InstitutionTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  ownership: string;
  address: string | null;
  created_at: string;
}

export interface InstitutionUnitTable {
  institution_id: number;
  unit_id: number;
  valid_from: string;
  valid_to: string | null;
}

export interface AttributeTable {
  code: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface InstitutionAttributeTable {
  institution_id: number;
  attribute: string;
  year: number;
  value: number;
  evidence: string | null;
  set_by: number | null;
  set_at: string;
}

export interface DataElementTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string;
  sector: string;
  period_type: string;
  builtin: number;
}

export interface DataValueTable {
  institution_id: number;
  element_id: number;
  period: string;
  year: number;
  /** The unit the institution belonged to during the period (units change with the map). */
  unit_id: number;
  value: number;
  updated_by: number | null;
  updated_at: string;
}

export interface AggValueTable {
  unit_id: number;
  element_id: number;
  kind: string;
  year: number;
  value: number;
}

export interface AggCountTable {
  unit_id: number;
  year: number;
  kind: string;
  /** '' counts every institution of the kind; otherwise those with the attribute set that year. */
  attribute: string;
  n: number;
}

export interface AggCountYearTable {
  year: number;
  year_end: string;
}

export interface IndicatorTable {
  code: string;
  name_vi: string;
  name_en: string;
  /** JSON of `Formula` (indicators/formula.ts). */
  formula: string;
  unit_label: string;
  builtin: number;
  sort: number;
}

export interface PlanTable {
  id: Generated<number>;
  unit_id: number | null;
  institution_id: number | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string;
  parent_plan_id: number | null;
  year_from: number;
  year_to: number;
  report_day: number | null;
  report_month: number | null;
  status: string;
  created_by: number | null;
  created_at: string;
}

export interface PlanTargetTable {
  id: Generated<number>;
  plan_id: number;
  indicator: string;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  text: string | null;
}

export interface PlanDocumentTable {
  id: Generated<number>;
  plan_id: number;
  filename: string;
  /** The text as read from the file (NFC), never altered: spans point into it. */
  text: string;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface PlanItemTable {
  id: Generated<number>;
  plan_id: number;
  /** 'header' | 'basis' | 'target' | 'task' | 'deadline' | 'day' | 'budget' */
  type: string;
  /** JSON of the item as extracted, then as corrected by the reviewer. */
  data: string;
  span_start: number | null;
  span_end: number | null;
  /** 'pending' | 'accepted' | 'dropped' */
  status: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  agency: string;
  text: string;
  due: string | null;
  /** 'todo' | 'doing' | 'done' */
  status: string;
  evidence: string | null;
  updated_by: number | null;
  updated_at: string;
}

export interface PlanDayTable {
  plan_id: number;
  day: number;
  month: number;
  label: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  unit_id: number | null;
  institution_id: number | null;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
}

export interface LoginAttemptTable {
  key: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_key: string;
  old_value: string | null;
  new_value: string | null;
}

// reporting (the annual reporting cycle)
export interface ReportCycleTable {
  id: Generated<number>;
  /** The receiving unit: its children report to it for the year. */
  unit_id: number;
  year: number;
  plan_id: number | null;
  /** ISO date the children's reports are due. */
  deadline: string;
  /** 'annual' | 'preliminary' (sơ kết) | 'final' (tổng kết) */
  review: string;
  /** First year a milestone report compares (the plan's start). */
  period_from: number;
  closed_at: string | null;
  closed_by: number | null;
  created_at: string;
}

export interface ReportTable {
  id: Generated<number>;
  cycle_id: number;
  /** The reporting unit. */
  unit_id: number;
  year: number;
  /** 'draft' | 'submitted' | 'returned' | 'approved' */
  status: string;
  /** JSON of the narrative sections (reporting/narrative.ts). */
  narrative: string;
  number: string | null;
  submitted_at: string | null;
  submitted_by: number | null;
  on_time: number | null;
  approved_at: string | null;
  approved_by: number | null;
  updated_by: number | null;
  updated_at: string;
}

export interface ReportCommentTable {
  id: Generated<number>;
  report_id: number;
  at: string;
  user_id: number | null;
  /** 'submit' | 'return' | 'approve' | 'reopen' | 'comment' */
  action: string;
  text: string | null;
}

export interface DataLockTable {
  /** The locked subtree's root: values of any unit below it in `year` are refused. */
  unit_id: number;
  year: number;
  report_id: number | null;
  locked_by: number | null;
  locked_at: string;
}

/** Where reminders go by e-mail for a reporting unit (when SMTP is configured). */
export interface ReportContactTable {
  unit_id: number;
  email: string;
}

// maintained totals over institution kinds (migration 006)
export interface AggTotalTable {
  unit_id: number;
  year: number;
  element_id: number;
  value: number;
}

// --- search (src/search) ---------------------------------------------------------------------------
export interface SearchDocumentTable {
  id: Generated<number>;
  kind: string;
  ref_id: number;
  institution_id: number | null;
  unit_id: number | null;
  title: string;
  creator: string | null;
  body: string | null;
  year: number | null;
  language: string | null;
  url: string | null;
  updated_at: string;
}

export interface SearchFacetTable {
  facet: string;
  value: string;
  doc_id: number;
}

export interface SearchUnitTable {
  unit_id: number;
  doc_id: number;
}

// --- library (src/library) -------------------------------------------------------------------------
export interface LibRecordTable {
  id: Generated<number>;
  /** ISBN-13, digits only. */
  isbn: string | null;
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  /** MARC language code, e.g. 'vie'. */
  language: string | null;
  /** 'book' | 'serial' | 'audio' | 'video' | 'map' | 'music' | 'other' */
  material: string;
  /** JSON array of subject headings. */
  subjects: string;
  /** JSON array: 'children' | 'ethnic-minority' | 'accessible'. */
  audience: string;
  notes: string | null;
  control_number: string | null;
  /** Folded title + first author word, for duplicate detection across the network. */
  dedup_key: string;
  /** 'marc' | 'form' | 'csv' | 'dc' */
  source: string;
  /** The MARC fields as JSON when imported from MARC. */
  marc: string | null;
  institution_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface LibItemTable {
  id: Generated<number>;
  record_id: number;
  barcode: string;
  /** The owning library. */
  institution_id: number;
  /** Where the copy is now (a rotation's destination while it is there). */
  at_institution_id: number;
  location: string | null;
  /** 'available' | 'on-loan' | 'in-rotation' | 'lost' | 'withdrawn' */
  status: string;
  acquired_at: string;
}

export interface LibLoanRuleTable {
  /** 0 = the network default. */
  institution_id: number;
  category: string;
  loan_days: number;
  max_loans: number;
  max_renewals: number;
}

export interface LibPatronTable {
  id: Generated<number>;
  card_number: string;
  institution_id: number;
  user_id: number | null;
  name: string;
  category: string;
  blocked: Generated<number>;
  block_reason: string | null;
  registered_at: string;
  expires_at: string | null;
}

export interface LibLoanTable {
  id: Generated<number>;
  item_id: number;
  patron_id: number;
  institution_id: number;
  out_at: string;
  due_at: string;
  returned_at: string | null;
  renewals: Generated<number>;
  trip_stop_id: number | null;
}

export interface LibHoldTable {
  id: Generated<number>;
  record_id: number;
  patron_id: number;
  institution_id: number;
  placed_at: string;
  /** 'waiting' | 'ready' | 'fulfilled' | 'cancelled' */
  status: string;
  item_id: number | null;
}

export interface LibVisitTable {
  id: Generated<number>;
  institution_id: number;
  day: string;
  count: number;
  /** 'door' | 'sign-in' | 'trip' */
  source: string;
  patron_id: number | null;
}

export interface LibRotationTable {
  id: Generated<number>;
  from_institution_id: number;
  to_institution_id: number;
  /** 'sent' | 'received' | 'returned' */
  status: string;
  sent_at: string;
  received_at: string | null;
  returned_at: string | null;
  note: string | null;
  created_by: number | null;
}

export interface LibRotationItemTable {
  rotation_id: number;
  item_id: number;
}

export interface LibTripTable {
  id: Generated<number>;
  institution_id: number;
  day: string;
  name: string;
  created_by: number | null;
}

export interface LibTripStopTable {
  id: Generated<number>;
  trip_id: number;
  seq: number;
  place: string;
  unit_id: number | null;
  visitors: Generated<number>;
}

export interface LibDigitalTable {
  id: Generated<number>;
  institution_id: number;
  title: string;
  creator: string | null;
  /** 'ebook' | 'audio' | 'video' | 'oer' | 'other' */
  format: string;
  url: string | null;
  file_name: string | null;
  licence: string;
  language: string | null;
  year: number | null;
  audience: string;
  subjects: string;
  created_by: number | null;
  created_at: string;
}

// ---- issue 6: events, museum, culture, portal, socialisation ----

export interface EventDayTable { code: string; name_vi: string; name_en: string; day: number; month: number; span_days: number }

export interface EventTable {
  id: Generated<number>;
  institution_id: number;
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
  /** What the statistics already hold for this event (the feed moves by differences). */
  counted_held: number;
  counted_participants: number;
  created_by: number | null;
  created_at: string;
}

export interface EventDayTagTable { event_id: number; day_code: string }
export interface EventTaskTable { event_id: number; task_id: number }

export interface EventRegistrationTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  /** 'registered' | 'waiting' | 'cancelled' */
  status: string;
  attended: number;
  created_at: string;
}

export interface MuseumCollectionTable { id: Generated<number>; institution_id: number; name: string; description: string }

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

export interface ExhibitionItemTable { exhibition_id: number; object_id: number; position: number; caption: string }
export interface ExhibitionStopTable { id: Generated<number>; exhibition_id: number; place: string; starts_on: string; ends_on: string }
export interface EduProgrammeTable { id: Generated<number>; institution_id: number; title: string; description: string; max_students: number }

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

export interface MuseumVisitTable { institution_id: number; day: string; visitors: number; students: number; study: number }

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

export interface ClubMemberTable { id: Generated<number>; club_id: number; user_id: number | null; name: string; joined_on: string }
export interface ClubSessionTable { id: Generated<number>; club_id: number; on_date: string; note: string }
export interface ClubAttendanceTable { session_id: number; member_id: number }

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
