/**
 * Hand-checked readings of the five seed plans (outside the repository: test/support/seeds.ts), written from the documents
 * themselves, and the matching used to score the reader (tests and eval/plans.ts).
 * A target is [indicator, year, value or [min, max], kind].
 */

export type Kind = 'percent' | 'growth' | 'count' | 'per_capita';
export type Expected = [indicator: string | null, year: number | null, value: number | [number, number], kind: Kind];

export interface SeedExpectation {
  number: string | null;
  date: string | null;
  issuer: string;
  programme: string;
  reportDeadline: { day: number; month: number; recurring: boolean } | null;
  basis: string[];
  days: string[];
  agencies: number;
  reviews: string[];
  targets: Expected[];
}

const WEEK = 'Tuần lễ hưởng ứng học tập suốt đời';
const at = (year: number, kind: Kind, values: Record<string, number | [number, number]>): Expected[] =>
  Object.entries(values).map(([indicator, v]) => [indicator, year, v, kind]);

export const SEEDS: Record<string, SeedExpectation> = {
  // Huế 2025: undated targets are for 2025 (the plan's year); "tối thiểu 03 hoạt động tuyên truyền".
  '000': {
    number: '53/KH-UBND',
    date: '2025-02-07',
    issuer: 'Ủy ban nhân dân thành phố Huế',
    programme: '1520/QĐ-TTg',
    reportDeadline: { day: 5, month: 10, recurring: false },
    basis: ['1520/QĐ-TTg'],
    agencies: 10,
    reviews: [],
    days: [WEEK, '21/4', '23/4', '18/5', '10/10', '23/11'],
    targets: [
      ...at(2025, 'percent', { LIB_LLL_PROVINCE: 100, LIB_LLL_DISTRICT: 70, LIB_LLL_COMMUNITY: 40, LIB_LLL_UNI_SPEC: 90, LIB_LLL_ARMED: 80, LIB_LLL_EDU: 70 }),
      ...at(2025, 'percent', { LIB_IT_PROVINCE: 100, LIB_IT_DISTRICT: 60, LIB_IT_COMMUNITY: 20, LIB_IT_UNI_SPEC: 90, LIB_IT_ARMED: 80, LIB_IT_EDU: 70 }),
      ...at(2025, 'growth', { LIB_USERS_GROWTH: 10, MUS_STUDY_VISITORS_GROWTH: 10 }),
      ...at(2025, 'percent', { MUS_EDUCATION: 70, CC_CREATIVE: 80, CC_CLUBS_COMMUNE: 70 }),
      ...at(2025, 'count', { COMM_ACTIVITIES: 3 }),
    ],
  },
  // Quảng Nghiệp: "thư viện xã" before the list = 100%; "đạt 90% các chỉ tiêu tương ứng" = both.
  '001': {
    number: '04/KH-UBND',
    date: '2023-01-31',
    issuer: 'Ủy ban nhân dân xã Quang Nghiep',
    programme: '1520/QĐ-TTg',
    reportDeadline: null,
    basis: ['1520/QĐ-TTg', '3680/UBND-VP', '15/KH-UBND'],
    agencies: 5,
    reviews: ['preliminary 2025', 'final 2030'],
    days: [WEEK, '21/4', '23/4', '18/5', '23/11'],
    targets: [
      ...at(2025, 'percent', { LIB_LLL_COMMUNE: 100, LIB_LLL_EDU: 70, LIB_IT_COMMUNE: 100, LIB_IT_EDU: 70, CC_CLUBS_COMMUNE: 70 }),
      ...at(2030, 'percent', { LIB_LLL_COMMUNE: 90, LIB_LLL_EDU: 90, LIB_IT_COMMUNE: 80, LIB_IT_EDU: 80, CC_CLUBS_COMMUNE: 100 }),
      ['LIB_USERS_GROWTH', 2025, 10, 'growth'],
      ['LIB_USERS_GROWTH', 2030, [10, 15], 'growth'],
    ],
  },
  // Đắk Hà: "Thư viện huyện và 20% …" = 100% for the district library; "80%, 50% và 80% … tương ứng".
  '002': {
    number: null,
    date: null,
    issuer: 'Ủy ban nhân dân huyện Đắk Hà',
    programme: '1520/QĐ-TTg',
    reportDeadline: { day: 10, month: 11, recurring: true },
    basis: ['100/KH-UBND'],
    agencies: 8,
    reviews: ['preliminary 2025', 'final 2030'],
    days: [WEEK, '21/4', '23/4', '18/5', '23/11'],
    targets: [
      ...at(2025, 'percent', {
        LIB_LLL_DISTRICT: 100,
        LIB_LLL_COMMUNE: 20,
        LIB_LLL_EDU: 70,
        LIB_IT_DISTRICT: 100,
        LIB_IT_COMMUNE: 10,
        LIB_IT_EDU: 70,
        CC_CLUBS_COMMUNE: 50,
      }),
      ...at(2030, 'percent', {
        LIB_LLL_DISTRICT: 80,
        LIB_LLL_COMMUNE: 50,
        LIB_LLL_EDU: 80,
        LIB_IT_DISTRICT: 60,
        LIB_IT_COMMUNE: 20,
        LIB_IT_EDU: 80,
        CC_CLUBS_COMMUNE: 70,
      }),
      ['LIB_USERS_GROWTH', 2025, 8, 'growth'],
      ['LIB_USERS_GROWTH', 2030, [8, 10], 'growth'],
    ],
  },
  // Lạng Sơn: yearly targets and undated ones hold to 2030. "05 bản/người" is 0,5 (the scan lost
  // the comma); the document gives no year for 0,5 and 1 book per person, so both are 2030.
  '003': {
    number: null,
    date: null,
    issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
    programme: '1520/QĐ-TTg',
    reportDeadline: { day: 25, month: 11, recurring: true },
    basis: ['1520/QĐ-TTg', '206/QĐ-TTg', '2026/QĐ-TTg'],
    agencies: 11,
    reviews: ['preliminary 2025', 'final 2030'],
    days: [WEEK, '21/4', '23/4', '18/5', '23/11', '19/4'],
    targets: [
      ...at(2025, 'percent', { LIB_LLL_EDU: 70, LIB_LLL_ARMED: 80, LIB_DIVERSE_PUBLIC: 90, CC_CREATIVE: 80, CC_CLUBS_DISTRICT_VILLAGE: 70 }),
      ...at(2030, 'percent', {
        LIB_LLL_PUBLIC: 100,
        LIB_LLL_EDU: 80,
        LIB_STANDARD_SCHOOL: 80,
        LIB_RURAL_REACH: 25,
        LIB_DISADVANTAGED_REACH: 20,
        LIB_USERS_SHARE: [15, 20],
        CC_CREATIVE: 100,
        CC_CLUBS_DISTRICT_VILLAGE: 100,
      }),
      ...at(2030, 'growth', {
        LIB_USERS_GROWTH: [8, 10],
        LIB_ACQUISITIONS_GROWTH: 10,
        LIB_LOANS_GROWTH: 10,
        LIB_ROTATIONS_GROWTH: 8,
        MUS_VISITORS_GROWTH: [8, 10],
      }),
      ...at(2030, 'count', { LIB_DIGITAL_COLLECTIONS: 1, LIB_BOOK_EXHIBITIONS: 4, LIB_COOPERATIONS: 1, MUS_EXH_TRAVELLING: [4, 5], MUS_EXH_THEMATIC: [6, 8] }),
      ['LIB_BOOKS_PER_CAPITA', 2030, 0.5, 'per_capita'],
      ['LIB_BOOKS_PER_CAPITA', 2030, 1, 'per_capita'],
      ['LIB_READS_PER_CAPITA', 2030, 6, 'per_capita'],
    ],
  },
  // Hướng Hóa culture-sports centre: activities, no quantified targets.
  '004': {
    number: '42/KH-VHTT-TDTT',
    date: '2024-01-17',
    issuer: 'Trung tâm VHTT-TDTT huyện Hướng Hóa',
    programme: '1520/QĐ-TTg',
    reportDeadline: null,
    basis: ['100/NBND-KGVX', '52/SVHTTDL-QLVHGĐ'],
    agencies: 3,
    reviews: [],
    days: [WEEK, '21/4', '23/4'],
    targets: [],
  },
};

interface Found {
  indicator: string | null;
  year: number | null;
  value: number | null;
  min: number | null;
  max: number | null;
  kind: string;
}

const key = (indicator: string | null, year: number | null, v: number | [number, number] | null, kind: string) =>
  `${indicator}|${year}|${Array.isArray(v) ? `${v[0]}-${v[1]}` : v}|${kind}`;

/** Precision and recall of found targets against expected ones (a target matches on all four fields). */
export function score(expected: Expected[], found: Found[]): { precision: number; recall: number; missing: string[]; extra: string[] } {
  const want = expected.map(([i, y, v, k]) => key(i, y, v, k));
  const got = found.map((t) => key(t.indicator, t.year, t.value ?? (t.min !== null && t.max !== null ? [t.min, t.max] : null), t.kind));
  const pool = [...want];
  let hits = 0;
  const extra: string[] = [];
  for (const g of got) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      pool.splice(i, 1);
      hits++;
    } else extra.push(g);
  }
  return {
    precision: got.length === 0 ? (want.length === 0 ? 1 : 0) : hits / got.length,
    recall: want.length === 0 ? 1 : hits / want.length,
    missing: pool,
    extra,
  };
}
