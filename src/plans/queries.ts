import type { DB } from '../core/db/database.ts';

export interface PlanSummary {
  id: number;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string;
  yearFrom: number;
  yearTo: number;
  status: string;
  unit: string | null;
  institution: string | null;
  parentPlanId: number | null;
  reportDay: number | null;
  reportMonth: number | null;
}

const base = (db: DB) =>
  db
    .selectFrom('plans as p')
    .leftJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .select([
      'p.id',
      'p.number',
      'p.date',
      'p.issuer',
      'p.title',
      'p.year_from',
      'p.year_to',
      'p.status',
      'u.code as unit',
      'i.code as institution',
      'p.parent_plan_id',
      'p.report_day',
      'p.report_month',
    ]);

const toSummary = (r: Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number]): PlanSummary => ({
  id: r.id,
  number: r.number,
  date: r.date,
  issuer: r.issuer,
  title: r.title,
  yearFrom: r.year_from,
  yearTo: r.year_to,
  status: r.status,
  unit: r.unit,
  institution: r.institution,
  parentPlanId: r.parent_plan_id,
  reportDay: r.report_day,
  reportMonth: r.report_month,
});

/** Plans of a unit itself (not of the units below or above). */
export async function plansOfUnit(db: DB, unitId: number, opts: { drafts?: boolean } = {}): Promise<PlanSummary[]> {
  let q = base(db).where('p.unit_id', '=', unitId);
  if (!opts.drafts) q = q.where('p.status', '=', 'active');
  return (await q.orderBy('p.date', 'desc').execute()).map(toSummary);
}

export async function planById(db: DB, id: number): Promise<PlanSummary | undefined> {
  const r = await base(db).where('p.id', '=', id).executeTakeFirst();
  return r ? toSummary(r) : undefined;
}

export async function targetsOfPlan(db: DB, planId: number) {
  return db
    .selectFrom('plan_targets as t')
    .innerJoin('indicators as ind', 'ind.code', 't.indicator')
    .select(['t.indicator', 't.year', 't.value', 't.min', 't.max', 't.text', 'ind.name_vi', 'ind.name_en', 'ind.unit_label', 'ind.sort'])
    .where('t.plan_id', '=', planId)
    .orderBy('ind.sort')
    .orderBy('t.year')
    .execute();
}

/**
 * Other plans with the same number, issuer and date as this one (a second copy of 53/KH-UBND
 * uploaded again): the review warns and links to them. Nothing is said for a plan without a number.
 */
export async function duplicatesOf(db: DB, plan: { id: number; number: string | null; issuer: string | null; date: string | null }) {
  if (!plan.number) return [];
  let q = db.selectFrom('plans').select(['id', 'number', 'status']).where('id', '!=', plan.id).where('number', '=', plan.number);
  q = plan.issuer === null ? q.where('issuer', 'is', null) : q.where('issuer', '=', plan.issuer);
  q = plan.date === null ? q.where('date', 'is', null) : q.where('date', '=', plan.date);
  return q.orderBy('id').execute();
}
