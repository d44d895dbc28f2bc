import type {
  UnitTable,
  UnitSuccessorTable,
  UnitClosureTable,
  UnitPopulationTable,
  InstitutionKindTable,
  InstitutionTable,
  InstitutionUnitTable,
  AttributeTable,
  InstitutionAttributeTable,
  DataElementTable,
  DataValueTable,
  AggValueTable,
  AggCountTable,
  AggCountYearTable,
  IndicatorTable,
  PlanTable,
  PlanTargetTable,
  PlanDocumentTable,
  PlanItemTable,
  PlanReadingTable,
  PlanTaskTable,
  PlanDayTable,
  UserTable,
  PasswordResetTable,
  SessionTable,
  ApiTokenTable,
  AuthFailureTable,
  AuditLogTable,
  AggTotalTable,
  AttributeEvidenceTable,
  ValidationRuleTable,
  ValueNoteTable,
} from './tables/spine.ts';
import type { ReportCycleTable, ReportTable, ReportCommentTable, DataLockTable, ReportContactTable, ReportReminderTable } from './tables/reporting.ts';
import type { SearchDocumentTable, SearchFacetTable, SearchUnitTable } from './tables/search.ts';
import type {
  LibRecordTable,
  LibItemTable,
  LibImportFingerprintTable,
  LibLoanRuleTable,
  LibPatronTable,
  LibLoanTable,
  LibHoldTable,
  LibLinkCodeTable,
  LibNoticeTable,
  LibVisitTable,
  LibRotationTable,
  LibRotationItemTable,
  LibTripTable,
  LibTripStopTable,
  LibTripItemTable,
  LibDigitalTable,
} from './tables/library.ts';
import type {
  EventDayTable,
  EventTable,
  EventDayTagTable,
  EventTaskTable,
  EventRegistrationTable,
  MuseumCollectionTable,
  MuseumTermTable,
  MuseumObjectTable,
  ObjectImageTable,
  ExhibitionTable,
  ExhibitionItemTable,
  ExhibitionStopTable,
  EduProgrammeTable,
  EduBookingTable,
  MuseumVisitTable,
  ClubTable,
  ClubMemberTable,
  ClubSessionTable,
  ClubAttendanceTable,
  CitizenCriterionTable,
  DonationTable,
  CommendationTable,
} from './tables/culture.ts';
export type * from './tables/spine.ts';
export type * from './tables/reporting.ts';
export type * from './tables/search.ts';
export type * from './tables/library.ts';
export type * from './tables/culture.ts';

/** A setting every process of a deployment shares (core/db/shared-secret.ts). */
export interface PlatformSettingTable {
  name: string;
  value: string;
}

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
  attribute_evidence: AttributeEvidenceTable;
  // statistics
  data_elements: DataElementTable;
  data_values: DataValueTable;
  agg_values: AggValueTable;
  agg_counts: AggCountTable;
  agg_count_years: AggCountYearTable;
  agg_totals: AggTotalTable;
  validation_rules: ValidationRuleTable;
  value_notes: ValueNoteTable;
  // indicators
  indicators: IndicatorTable;
  // plans
  plans: PlanTable;
  plan_targets: PlanTargetTable;
  plan_documents: PlanDocumentTable;
  plan_items: PlanItemTable;
  plan_readings: PlanReadingTable;
  plan_tasks: PlanTaskTable;
  plan_days: PlanDayTable;
  // accounts (core/auth)
  users: UserTable;
  sessions: SessionTable;
  password_resets: PasswordResetTable;
  api_tokens: ApiTokenTable;
  auth_failures: AuthFailureTable;
  // core
  audit_log: AuditLogTable;
  platform_settings: PlatformSettingTable;
  // reporting
  report_cycles: ReportCycleTable;
  reports: ReportTable;
  report_comments: ReportCommentTable;
  data_locks: DataLockTable;
  report_contacts: ReportContactTable;
  report_reminders: ReportReminderTable;
  // search
  search_documents: SearchDocumentTable;
  search_facets: SearchFacetTable;
  search_units: SearchUnitTable;
  // library
  lib_records: LibRecordTable;
  lib_items: LibItemTable;
  lib_import_fingerprints: LibImportFingerprintTable;
  lib_loan_rules: LibLoanRuleTable;
  lib_patrons: LibPatronTable;
  lib_loans: LibLoanTable;
  lib_holds: LibHoldTable;
  lib_link_codes: LibLinkCodeTable;
  lib_notices: LibNoticeTable;
  lib_visits: LibVisitTable;
  lib_rotations: LibRotationTable;
  lib_rotation_items: LibRotationItemTable;
  lib_trips: LibTripTable;
  lib_trip_stops: LibTripStopTable;
  lib_trip_items: LibTripItemTable;
  lib_digital: LibDigitalTable;
  // events, museum, culture, portal, socialisation (issue 6)
  event_days: EventDayTable;
  events: EventTable;
  event_day_tags: EventDayTagTable;
  event_tasks: EventTaskTable;
  event_registrations: EventRegistrationTable;
  museum_collections: MuseumCollectionTable;
  museum_terms: MuseumTermTable;
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
