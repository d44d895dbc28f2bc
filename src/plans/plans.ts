import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';
import { plansErrors } from './messages.ts';

export interface TargetInput {
  indicator: string;
  year: number;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  text?: string | null;
}

export interface PlanInput {
  unitId?: number | null;
  institutionId?: number | null;
  number?: string | null;
  date?: string | null;
  issuer?: string | null;
  title: string;
  parentPlanId?: number | null;
  yearFrom: number;
  yearTo: number;
  reportDay?: number | null;
  reportMonth?: number | null;
  status?: 'draft' | 'active';
  targets: TargetInput[];
}

/** Stores a plan with its targets (indicator × year × value or range), in one transaction. */
export async function createPlan(db: DB, plan: PlanInput, userId: number | null): Promise<number> {
  if (!plan.unitId && !plan.institutionId) throw new UserError(plansErrors.planNeedsOwner(), 422, [{ said: plansErrors.required(), field: 'unit' }]);
  if (plan.yearTo < plan.yearFrom) throw new UserError(plansErrors.yearsReversed(), 422, [{ said: plansErrors.invalid(), field: 'yearTo' }]);
  const known = new Set((await db.selectFrom('indicators').select('code').execute()).map((r) => r.code));
  const bad = plan.targets.filter((t) => !known.has(t.indicator));
  if (bad.length > 0) throw new UserError(plansErrors.unknownIndicators({ codes: bad.map((b) => b.indicator).join(', ') }), 422);
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('plans')
      .values({
        unit_id: plan.unitId ?? null,
        institution_id: plan.institutionId ?? null,
        number: plan.number ?? null,
        date: plan.date ?? null,
        issuer: plan.issuer ?? null,
        title: plan.title,
        parent_plan_id: plan.parentPlanId ?? null,
        year_from: plan.yearFrom,
        year_to: plan.yearTo,
        report_day: plan.reportDay ?? null,
        report_month: plan.reportMonth ?? null,
        status: plan.status ?? 'active',
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (plan.targets.length > 0) {
      await trx
        .insertInto('plan_targets')
        .values(
          plan.targets.map((t) => ({
            plan_id: row.id,
            indicator: t.indicator,
            year: t.year,
            value: t.value ?? null,
            min: t.min ?? null,
            max: t.max ?? null,
            text: t.text ?? null,
          })),
        )
        .execute();
    }
    await audit(trx, {
      userId,
      action: 'create',
      entity: 'plan',
      key: String(row.id),
      newValue: { title: plan.title, number: plan.number, targets: plan.targets.length },
    });
    return row.id;
  });
}

/** The same target for every year of a span ("+10% each year"). */
export function everyYear(indicator: string, from: number, to: number, v: { value?: number; min?: number; max?: number }, text?: string): TargetInput[] {
  const out: TargetInput[] = [];
  for (let year = from; year <= to; year++)
    out.push({ indicator, year, value: v.value ?? v.min ?? null, min: v.min ?? null, max: v.max ?? null, text: text ?? null });
  return out;
}
