/**
 * How busy each kind of institution is: for each data element it reports, a typical monthly
 * (or yearly) level. The generators scale these with growth, seasonality and noise.
 */
export interface Profile {
  monthly: Record<string, number>;
  yearly: Record<string, number>;
  /** base probability (2022) of each yearly status attribute; it rises a few points a year */
  attributes: Record<string, number>;
}

const library = (visits: number, attrs: Record<string, number>, extra: Partial<Profile> = {}): Profile => ({
  monthly: { LIB_VISITS: visits, LIB_LOANS: visits * 1.3, LIB_NEW_ACQUISITIONS: visits * 0.08, ...extra.monthly },
  yearly: { LIB_HOLDINGS: visits * 12, LIB_REGISTERED_USERS: visits * 0.9, ...extra.yearly },
  attributes: attrs,
});

const publicLibrary = (visits: number, lll: number, it: number, extraMonthly: Record<string, number> = {}, extraYearly: Record<string, number> = {}): Profile =>
  library(
    visits,
    { provides_lll: lll, applies_it: it, diverse_collection: lll - 0.1 },
    {
      monthly: { LIB_ROTATIONS: visits * 0.05, COMM_ACTIVITIES: 0.3, LIB_BOOK_EXHIBITIONS: 0.15, EVENTS: 0.5, EVENT_PARTICIPANTS: 30, ...extraMonthly },
      yearly: { LIB_USERS_RURAL: visits * 0.5, LIB_USERS_DISADVANTAGED: visits * 0.15, ...extraYearly },
    },
  );

const culture = (events: number, participants: number, attrs: Record<string, number>): Profile => ({
  monthly: { EVENTS: events, EVENT_PARTICIPANTS: participants, COMM_ACTIVITIES: events * 0.2 },
  yearly: { CUL_CLUBS: Math.max(1, events), CUL_CLUB_MEMBERS: participants * 0.6, COMMENDATIONS: 0.3 },
  attributes: attrs,
});

const museum = (visitors: number, edu: number): Profile => ({
  monthly: {
    MUS_VISITORS: visitors,
    MUS_STUDENT_VISITORS: visitors * 0.35,
    MUS_STUDY_VISITORS: visitors * 0.2,
    MUS_EXH_THEMATIC: 0.6,
    MUS_EXH_TRAVELLING: 0.4,
    MUS_EDU_PROGRAMMES: 1.5,
    MUS_EXH_VIRTUAL: 0.1,
    DONATIONS_MONEY: 2_000_000,
  },
  yearly: {},
  attributes: { runs_education: edu },
});

export const PROFILES: Record<string, Profile> = {
  library_public_province: publicLibrary(
    4200,
    0.95,
    0.9,
    { LIB_MOBILE_TRIPS: 3, TRAINING_COURSES: 0.3, TRAINEES: 12, DONATIONS_BOOKS: 120 },
    { LIB_DIGITAL_COLLECTIONS: 1, LIB_COOPERATIONS: 1, LIB_DIGITAL_RESOURCES: 1500 },
  ),
  library_public_district: publicLibrary(650, 0.6, 0.45, { LIB_MOBILE_TRIPS: 1, DONATIONS_BOOKS: 20 }),
  library_public_commune: publicLibrary(120, 0.3, 0.12),
  library_community: library(60, { provides_lll: 0.3, applies_it: 0.1 }),
  book_cabinet: library(25, { provides_lll: 0.25, applies_it: 0.05 }),
  reading_space: library(30, { provides_lll: 0.3, applies_it: 0.1 }),
  library_university: library(2600, { provides_lll: 0.85, applies_it: 0.85 }),
  library_specialised: library(300, { provides_lll: 0.8, applies_it: 0.8 }),
  library_armed_forces: library(400, { provides_lll: 0.7, applies_it: 0.65 }),
  library_school: library(380, { provides_lll: 0.55, applies_it: 0.5, meets_standard: 0.6 }),
  library_vocational: library(250, { provides_lll: 0.55, applies_it: 0.55 }),
  library_education_other: library(200, { provides_lll: 0.5, applies_it: 0.5 }),
  museum_public: museum(3500, 0.7),
  museum_non_public: museum(600, 0.4),
  relic_display: museum(400, 0.3),
  culture_centre_province: culture(8, 900, { supports_creative: 0.8 }),
  culture_centre_district: culture(4, 350, { supports_creative: 0.6, regular_clubs: 0.6 }),
  culture_centre_commune: culture(2, 120, { regular_clubs: 0.45 }),
  village_cultural_house: culture(1, 45, { regular_clubs: 0.4 }),
  community_learning_centre: { monthly: { EVENTS: 1, EVENT_PARTICIPANTS: 40, TRAINING_COURSES: 0.3, TRAINEES: 15 }, yearly: {}, attributes: {} },
  post_office_cultural_point: library(20, { provides_lll: 0.2 }),
  legal_bookcase: library(10, {}),
};

/** Relative activity by month (1..12): summer holidays fill public libraries, empty school ones. */
export function season(kind: string, month: number): number {
  const school = kind === 'library_school' || kind === 'library_vocational' || kind === 'library_university';
  if (school) return [1, 1.1, 1.1, 1.1, 1, 0.3, 0.2, 0.4, 1.2, 1.2, 1.1, 1][month - 1]!;
  return [1.1, 0.8, 1, 1.15, 1, 1.2, 1.3, 1.2, 0.95, 1, 0.95, 0.9][month - 1]!;
}
