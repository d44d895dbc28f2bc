import type { DB } from '../core/db/database.ts';

/**
 * Default "Công dân học tập" criteria (a year's learning record against thresholds). The Study
 * Promotion Association sets them: they are rows of `citizen_criteria`, changed as data.
 * Measures: events_attended, clubs, museum_bookings, loans, activities (all of them together).
 */
export const DEFAULT_CRITERIA = [
  {
    code: 'events',
    name_vi: 'Tham gia ít nhất 2 sự kiện, hoạt động học tập trong năm',
    name_en: 'Attend at least 2 learning events a year',
    measure: 'events_attended',
    threshold: 2,
    sort: 1,
  },
  {
    code: 'club',
    name_vi: 'Sinh hoạt ít nhất 1 câu lạc bộ, lớp năng khiếu, nhóm sở thích',
    name_en: 'Belong to at least 1 club, class or interest group',
    measure: 'clubs',
    threshold: 1,
    sort: 2,
  },
  {
    code: 'activities',
    name_vi: 'Có ít nhất 4 hoạt động học tập được ghi nhận trong năm',
    name_en: 'At least 4 recorded learning activities a year',
    measure: 'activities',
    threshold: 4,
    sort: 3,
  },
];

export async function installCitizenCriteria(db: DB): Promise<void> {
  const any = await db.selectFrom('citizen_criteria').select('code').limit(1).executeTakeFirst();
  if (!any) await db.insertInto('citizen_criteria').values(DEFAULT_CRITERIA).execute();
}

export async function listCriteria(db: DB) {
  return db.selectFrom('citizen_criteria').selectAll().orderBy('sort').execute();
}
