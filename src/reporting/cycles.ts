import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';

/** Milestones of Decision 1520: preliminary review (sơ kết) 2025, final review (tổng kết) 2030. */
export const MILESTONES: Record<number, 'preliminary' | 'final'> = { 2025: 'preliminary', 2030: 'final' };
/** When no plan up the tree names a deadline: mid-December, before the year's books close. */
const DEFAULT_DEADLINE = { day: 15, month: 12 };
const PROGRAMME_START = 2023;

export interface Cycle {
  id: number;
  unitId: number;
  year: number;
  planId: number | null;
  deadline: string;
  review: 'annual' | 'preliminary' | 'final';
  periodFrom: number;
  closedAt: string | null;
}

type Row = {
  id: number;
  unit_id: number;
  year: number;
  plan_id: number | null;
  deadline: string;
  review: string;
  period_from: number;
  closed_at: string | null;
};
const toCycle = (r: Row): Cycle => ({
  id: r.id,
  unitId: r.unit_id,
  year: r.year,
  planId: r.plan_id,
  deadline: r.deadline,
  review: r.review as Cycle['review'],
  periodFrom: r.period_from,
  closedAt: r.closed_at,
});
const cols = ['id', 'unit_id', 'year', 'plan_id', 'deadline', 'review', 'period_from', 'closed_at'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The plan that sets the deadline for reports to `unitId`: its own active plan covering the year, else the nearest above. */
async function governingPlan(db: DB, unitId: number, year: number) {
  let current: number | null = unitId;
  while (current !== null) {
    const plan = await db
      .selectFrom('plans')
      .select(['id', 'year_from', 'year_to', 'report_day', 'report_month'])
      .where('unit_id', '=', current)
      .where('status', '=', 'active')
      .where('year_from', '<=', year)
      .where('year_to', '>=', year)
      .where('report_day', 'is not', null)
      .orderBy('date', 'desc')
      .executeTakeFirst();
    if (plan) return plan;
    const up: { parent_id: number | null } | undefined = await db.selectFrom('units').select('parent_id').where('id', '=', current).executeTakeFirst();
    current = up?.parent_id ?? null;
  }
  return undefined;
}

/**
 * The cycle in which the children of `unitId` report to it for `year`, created on first use
 * with the deadline of the plan in force (05/10, 10/11, 25/11 in the seeds) and the milestone review.
 */
export async function ensureCycle(db: DB, unitId: number, year: number): Promise<Cycle> {
  const c = await cycleOf(db, unitId, year);
  if (c.id !== 0) return c;
  await db
    .insertInto('report_cycles')
    .values({ unit_id: unitId, year, plan_id: c.planId, deadline: c.deadline, review: c.review, period_from: c.periodFrom, created_at: nowIso() })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doNothing())
    .execute();
  return toCycle(await db.selectFrom('report_cycles').select(cols).where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirstOrThrow());
}

/** The stored cycle, or the one that would be created (id 0), without writing: for read-only pages. */
export async function cycleOf(db: DB, unitId: number, year: number): Promise<Cycle> {
  const found = await db.selectFrom('report_cycles').select(cols).where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
  if (found) return toCycle(found);
  const plan = await governingPlan(db, unitId, year);
  const day = plan?.report_day ?? DEFAULT_DEADLINE.day;
  const month = plan?.report_month ?? DEFAULT_DEADLINE.month;
  const review = MILESTONES[year] ?? (plan && plan.year_to === year && plan.year_to > plan.year_from ? 'final' : 'annual');
  return {
    id: 0,
    unitId,
    year,
    planId: plan?.id ?? null,
    deadline: `${year}-${pad(month)}-${pad(day)}`,
    review,
    periodFrom: Math.min(plan?.year_from ?? PROGRAMME_START, year),
    closedAt: null,
  };
}

export async function cycleById(db: DB, id: number): Promise<Cycle | undefined> {
  const r = await db.selectFrom('report_cycles').select(cols).where('id', '=', id).executeTakeFirst();
  return r ? toCycle(r) : undefined;
}

/** Whole days from `today` (ISO date) to the deadline; negative once it has passed. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
