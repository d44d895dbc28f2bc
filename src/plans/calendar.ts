import type { DB } from '../core/db/database.ts';
import { unitById, unitPath } from '../network/units.ts';

export interface CalendarEntry {
  date: string;
  label: string;
  planId: number;
  plan: string;
  /** The unit whose plan names the day (the unit itself or one above it). */
  unit: string;
}

/** The commemorative days of the active plans of a unit and the units above it, for one year. */
export async function activityCalendar(db: DB, unitId: number, year: number): Promise<CalendarEntry[]> {
  const unit = await unitById(db, unitId);
  if (!unit) return [];
  const path = await unitPath(db, unit);
  const rows = await db
    .selectFrom('plan_days as d')
    .innerJoin('plans as p', 'p.id', 'd.plan_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['d.day', 'd.month', 'd.label', 'p.id', 'p.number', 'p.title', 'u.name'])
    .where(
      'p.unit_id',
      'in',
      path.map((u) => u.id),
    )
    .where('p.status', '=', 'active')
    .where('p.year_from', '<=', year)
    .where('p.year_to', '>=', year)
    .execute();
  return rows
    .map((r) => ({
      date: `${year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      label: r.label,
      planId: r.id,
      plan: r.number ?? r.title,
      unit: r.name,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.plan.localeCompare(b.plan)));
}
