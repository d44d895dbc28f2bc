import type { DB } from '../core/db/database.ts';
import { createPlan, everyYear, type PlanInput, type TargetInput } from '../plans/plans.ts';

/** `at(2025, { LIB_LLL_PROVINCE: 100, … })` → one target per indicator for that year. */
const at = (year: number, values: Record<string, number>): TargetInput[] => Object.entries(values).map(([indicator, value]) => ({ indicator, year, value }));
const range = (indicator: string, year: number, min: number, max: number): TargetInput => ({ indicator, year, value: min, min, max });

/**
 * The national programme and the five seed plans (../shared/seeds, not in the repository), their targets entered by
 * hand from reading each document. Units are given by code; a missing unit skips its plan.
 */
export function seedPlans(): { unit?: string; institution?: string; plan: Omit<PlanInput, 'unitId' | 'institutionId'> }[] {
  return [
    {
      unit: 'VN',
      plan: {
        number: '1520/QĐ-TTg',
        date: '2022-12-09',
        issuer: 'Thủ tướng Chính phủ',
        yearFrom: 2023,
        yearTo: 2030,
        title: 'Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030"',
        targets: [
          ...at(2025, { LIB_LLL_PROVINCE: 100, LIB_LLL_DISTRICT: 70, LIB_LLL_COMMUNE: 40, LIB_LLL_UNI_SPEC: 90, LIB_LLL_ARMED: 80, LIB_LLL_EDU: 70 }),
          ...at(2030, { LIB_LLL_PROVINCE: 100, LIB_LLL_DISTRICT: 90, LIB_LLL_COMMUNE: 60, LIB_LLL_UNI_SPEC: 100, LIB_LLL_ARMED: 100, LIB_LLL_EDU: 90 }),
          ...at(2025, { LIB_IT_PROVINCE: 100, LIB_IT_DISTRICT: 60, LIB_IT_COMMUNE: 20, LIB_IT_UNI_SPEC: 90, LIB_IT_ARMED: 80, LIB_IT_EDU: 70 }),
          ...everyYear('LIB_USERS_GROWTH', 2023, 2030, { value: 10 }),
          ...at(2025, { MUS_EDUCATION: 70, CC_CREATIVE: 80 }),
          ...at(2030, { MUS_EDUCATION: 100, CC_CREATIVE: 100 }),
          ...everyYear('MUS_STUDY_VISITORS_GROWTH', 2023, 2030, { value: 10 }),
        ],
      },
    },
    {
      unit: '46',
      plan: {
        number: '53/KH-UBND',
        date: '2025-02-07',
        issuer: 'Ủy ban nhân dân thành phố Huế',
        yearFrom: 2025,
        yearTo: 2025,
        reportDay: 5,
        reportMonth: 10,
        title:
          'Kế hoạch triển khai thực hiện Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa" trên địa bàn thành phố Huế năm 2025',
        targets: [
          ...at(2025, { LIB_LLL_PROVINCE: 100, LIB_LLL_DISTRICT: 70, LIB_LLL_COMMUNITY: 40, LIB_LLL_UNI_SPEC: 90, LIB_LLL_ARMED: 80, LIB_LLL_EDU: 70 }),
          ...at(2025, { LIB_IT_PROVINCE: 100, LIB_IT_DISTRICT: 60, LIB_IT_COMMUNITY: 20, LIB_IT_UNI_SPEC: 90, LIB_IT_ARMED: 80, LIB_IT_EDU: 70 }),
          ...at(2025, { LIB_USERS_GROWTH: 10, MUS_EDUCATION: 70, MUS_STUDY_VISITORS_GROWTH: 10, CC_CREATIVE: 80, CC_CLUBS_COMMUNE: 70, COMM_ACTIVITIES: 3 }),
        ],
      },
    },
    {
      unit: 'QUANG-NGHIEP',
      plan: {
        number: '04/KH-UBND',
        date: '2023-01-31',
        issuer: 'Ủy ban nhân dân xã Quảng Nghiệp',
        yearFrom: 2023,
        yearTo: 2030,
        title:
          'Kế hoạch thực hiện chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, trung tâm văn hóa đến năm 2030" trên địa bàn xã',
        targets: [
          ...at(2025, { LIB_LLL_COMMUNE: 100, LIB_LLL_EDU: 70, LIB_IT_COMMUNE: 100, LIB_IT_EDU: 70, CC_CLUBS_COMMUNE: 70 }),
          ...at(2030, { LIB_LLL_COMMUNE: 90, LIB_LLL_EDU: 90, LIB_IT_COMMUNE: 80, LIB_IT_EDU: 80, CC_CLUBS_COMMUNE: 100 }),
          ...everyYear('LIB_USERS_GROWTH', 2023, 2025, { value: 10 }),
          ...everyYear('LIB_USERS_GROWTH', 2026, 2030, { min: 10, max: 15 }),
        ],
      },
    },
    {
      unit: '615',
      plan: {
        number: null,
        date: '2023-01-01',
        issuer: 'Ủy ban nhân dân huyện Đắk Hà',
        yearFrom: 2023,
        yearTo: 2030,
        reportDay: 10,
        reportMonth: 11,
        title:
          'Kế hoạch thực hiện Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, trung tâm văn hóa đến năm 2030" trên địa bàn huyện Đắk Hà',
        targets: [
          ...at(2025, {
            LIB_LLL_DISTRICT: 100,
            LIB_LLL_COMMUNE: 20,
            LIB_LLL_EDU: 70,
            LIB_IT_DISTRICT: 100,
            LIB_IT_COMMUNE: 10,
            LIB_IT_EDU: 70,
            CC_CLUBS_COMMUNE: 50,
          }),
          ...at(2030, {
            LIB_LLL_DISTRICT: 80,
            LIB_LLL_COMMUNE: 50,
            LIB_LLL_EDU: 80,
            LIB_IT_DISTRICT: 60,
            LIB_IT_COMMUNE: 20,
            LIB_IT_EDU: 80,
            CC_CLUBS_COMMUNE: 70,
          }),
          ...everyYear('LIB_USERS_GROWTH', 2023, 2025, { value: 8 }),
          ...everyYear('LIB_USERS_GROWTH', 2026, 2030, { min: 8, max: 10 }),
        ],
      },
    },
    {
      unit: '20',
      plan: {
        number: null,
        date: '2023-01-01',
        issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn',
        yearFrom: 2023,
        yearTo: 2030,
        reportDay: 25,
        reportMonth: 11,
        title:
          'Kế hoạch triển khai Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030" trên địa bàn tỉnh Lạng Sơn',
        targets: [
          ...at(2025, {
            LIB_LLL_EDU: 70,
            LIB_LLL_ARMED: 80,
            LIB_DIVERSE_PUBLIC: 90,
            LIB_BOOKS_PER_CAPITA: 0.5,
            CC_CREATIVE: 80,
            CC_CLUBS_DISTRICT_VILLAGE: 70,
          }),
          ...at(2030, {
            LIB_LLL_PUBLIC: 100,
            LIB_LLL_EDU: 80,
            LIB_STANDARD_SCHOOL: 80,
            LIB_RURAL_REACH: 25,
            LIB_DISADVANTAGED_REACH: 20,
            LIB_BOOKS_PER_CAPITA: 1,
            LIB_READS_PER_CAPITA: 6,
            CC_CREATIVE: 100,
            CC_CLUBS_DISTRICT_VILLAGE: 100,
          }),
          range('LIB_USERS_SHARE', 2030, 15, 20),
          ...everyYear('LIB_USERS_GROWTH', 2023, 2030, { min: 8, max: 10 }),
          ...everyYear('LIB_ACQUISITIONS_GROWTH', 2023, 2030, { value: 10 }),
          ...everyYear('LIB_LOANS_GROWTH', 2023, 2030, { value: 10 }),
          ...everyYear('LIB_ROTATIONS_GROWTH', 2023, 2030, { value: 8 }),
          ...everyYear('LIB_DIGITAL_COLLECTIONS', 2023, 2030, { value: 1 }),
          ...everyYear('LIB_BOOK_EXHIBITIONS', 2023, 2030, { value: 4 }),
          ...everyYear('LIB_COOPERATIONS', 2023, 2030, { value: 1 }),
          ...everyYear('MUS_EXH_TRAVELLING', 2023, 2030, { min: 4, max: 5 }),
          ...everyYear('MUS_EXH_THEMATIC', 2023, 2030, { min: 6, max: 8 }),
          ...everyYear('MUS_VISITORS_GROWTH', 2023, 2030, { min: 8, max: 10 }),
        ],
      },
    },
    {
      institution: 'TTVHHUYEN-465',
      plan: {
        number: '42/KH-VHTT-TDTT',
        date: '2024-01-17',
        issuer: 'Trung tâm VHTT-TDTT huyện Hướng Hóa',
        yearFrom: 2024,
        yearTo: 2030,
        title:
          'Kế hoạch triển khai thực hiện Chương trình "Đẩy mạnh các hoạt động phục vụ học tập suốt đời đến năm 2030" tại Trung tâm VHTT-TDTT huyện Hướng Hóa',
        targets: [],
      },
    },
  ];
}

export async function insertSeedPlans(db: DB, userId: number | null): Promise<number> {
  let n = 0;
  let national: number | null = null;
  for (const s of seedPlans()) {
    const unit = s.unit ? await db.selectFrom('units').select('id').where('code', '=', s.unit).executeTakeFirst() : undefined;
    const inst = s.institution ? await db.selectFrom('institutions').select('id').where('code', '=', s.institution).executeTakeFirst() : undefined;
    if (!unit && !inst) continue;
    const id = await createPlan(db, { ...s.plan, unitId: unit?.id ?? null, institutionId: inst?.id ?? null, parentPlanId: national }, userId);
    national ??= id;
    n++;
  }
  return n;
}
