import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './database.ts';
import { spine } from './migrations/001_spine.ts';
import { planReview } from './migrations/002_plan_review.ts';
import { registryCounts } from './migrations/003_registry_counts.ts';
import { clusteredAggregates } from './migrations/004_clustered_aggregates.ts';
import { coveringYearIndexes } from './migrations/005_covering_year_indexes.ts';
import { maintainedTotals } from './migrations/006_maintained_totals.ts';
import { reporting } from './migrations/007_reporting.ts';
import { searchTables } from './migrations/008a_search.ts';
import { libraryTables } from './migrations/008b_library.ts';
import { culture } from './migrations/009_culture.ts';
import { circulationRules } from './migrations/012_circulation_rules.ts';
import { searchFacetKeys } from './migrations/013_search_facet_keys.ts';
import { eventPlaces } from './migrations/014_event_places.ts';
import { clusteredSearchFacets } from './migrations/015_clustered_search_facets.ts';
import { groupedYearIndexes } from './migrations/016_grouped_year_indexes.ts';
import { columnFacets } from './migrations/017_column_facets.ts';
import { noExactIndex } from './migrations/018_no_exact_index.ts';
import { auditLz4 } from './migrations/019_audit_lz4.ts';
import { accountSecurity } from './migrations/021_account_security.ts';
import { dataQuality } from './migrations/022_data_quality.ts';
import { reportReminders } from './migrations/025_report_reminders.ts';
import { caseBlindCodes } from './migrations/026_case_blind_codes.ts';
import { people } from './migrations/027_people.ts';
import { maintenance } from './migrations/028_maintenance.ts';
import { clubsEventsDepth } from './migrations/031_clubs_events_depth.ts';
import { patronRecords } from './migrations/032_patron_records.ts';
import { tripItems } from './migrations/036_trip_items.ts';
import { platformSettings } from './migrations/041_platform_settings.ts';
import { planReadings } from './migrations/044_plan_readings.ts';
import { importFingerprints } from './migrations/046_import_fingerprints.ts';
import { valuesWithoutYearIndex } from './migrations/047_values_without_year_index.ts';
import { resolveVersion } from './migrations/048_resolve_version.ts';
import { readingNotes } from './migrations/049_reading_notes.ts';
import { installChangeNotices } from './change-notices.ts';
import { curationCheckin } from './migrations/038_curation_checkin.ts';
import { userEmail } from './migrations/034_user_email.ts';
import { deskNoticesCatalogue } from './migrations/035_desk_notices_catalogue.ts';
import { planRestorations } from './migrations/039_plan_restorations.ts';
import { doorCountPerDay } from './migrations/042_door_count_per_day.ts';
import { valuesByYear } from './migrations/045_values_by_year.ts';
import { ensureYearPartitions } from './year-partitions.ts';
import { thisYear } from '../time.ts';

/** Migrations live in code (one list, both engines), applied in name order. */
const migrations: Record<string, (store: Store) => Migration> = {
  '001_spine': spine,
  '002_plan_review': planReview,
  '003_registry_counts': () => registryCounts(),
  '004_clustered_aggregates': clusteredAggregates,
  '005_covering_year_indexes': (store) => coveringYearIndexes(store.engine),
  '006_maintained_totals': maintainedTotals,
  '007_reporting': reporting,
  '008a_search': searchTables,
  '008b_library': libraryTables,
  '009_culture': culture,
  '012_circulation_rules': () => circulationRules(),
  '013_search_facet_keys': searchFacetKeys,
  '014_event_places': () => eventPlaces(),
  '015_clustered_search_facets': clusteredSearchFacets,
  '016_grouped_year_indexes': (store) => groupedYearIndexes(store.engine),
  '017_column_facets': () => columnFacets,
  '018_no_exact_index': (store) => noExactIndex(store.engine),
  '019_audit_lz4': (store) => auditLz4(store.engine),
  '021_account_security': (store) => accountSecurity(store.engine),
  '022_data_quality': (store) => dataQuality(store.engine),
  '025_report_reminders': (store) => reportReminders(store.engine),
  '026_case_blind_codes': () => caseBlindCodes(),
  '027_people': () => people(),
  '028_maintenance': () => maintenance(),
  '031_clubs_events_depth': () => clubsEventsDepth(),
  '032_patron_records': (store) => patronRecords(store.engine),
  '034_user_email': () => userEmail(),
  '035_desk_notices_catalogue': (store) => deskNoticesCatalogue(store.engine),
  '036_trip_items': () => tripItems(),
  '038_curation_checkin': (store) => curationCheckin(store.engine),
  '039_plan_restorations': () => planRestorations(),
  '041_platform_settings': () => platformSettings(),
  '042_door_count_per_day': () => doorCountPerDay(),
  '044_plan_readings': (store) => planReadings(store.engine),
  '045_values_by_year': (store) => valuesByYear(store.engine),
  '046_import_fingerprints': (store) => importFingerprints(store.engine),
  '047_values_without_year_index': (store) => valuesWithoutYearIndex(store.engine),
  '048_resolve_version': (store) => resolveVersion(store.engine),
  '049_reading_notes': () => readingNotes(),
};

/** The names of the migrations this code knows (a database that has others is newer than the code). */
export const knownMigrations = (): string[] => Object.keys(migrations);

/** Applies the migrations not yet applied, all of them or (`to`, for tests of a migration over older data) up to one. */
export async function migrate(store: Store, opts: { to?: string } = {}): Promise<string[]> {
  const provider: MigrationProvider = {
    getMigrations: async () => Object.fromEntries(Object.entries(migrations).map(([name, make]) => [name, make(store)])),
  };
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = opts.to === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(opts.to);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  // every table, new ones too, tells the other processes when it changes (PostgreSQL)
  await installChangeNotices(store);
  // this year's and next year's partitions exist before anyone writes in them (PostgreSQL)
  if (store.engine === 'postgres') await ensureYearPartitions(store.db, thisYear() + 1);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
