import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { dayOf } from './days.ts';
import { plansErrors } from './messages.ts';

export interface Decision {
  itemId: number;
  status: 'accepted' | 'dropped';
  /** The reviewer's corrected item (same shape as extracted); omitted = as extracted. */
  data?: Record<string, unknown>;
}

export interface HeaderCorrection {
  number?: string | null;
  date?: string | null;
  issuer?: string | null;
  title?: string;
  yearFrom?: number;
  yearTo?: number;
  /** The plan it implements, chosen in the review (null: none in the system). */
  parentPlanId?: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Ends the review of a draft: every item accepted or dropped, accepted targets mapped to an
 * indicator, then the plan's targets, tasks, recurring days and report deadline are written
 * and the plan becomes active — all in one transaction, or nothing when any item is wrong.
 */
export async function completeReview(db: DB, planId: number, decisions: Decision[], header: HeaderCorrection, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const plan = await trx.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
    if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
    if (plan.status !== 'draft') throw new UserError(plansErrors.alreadyReviewed(), 409);
    const items = await trx.selectFrom('plan_items').selectAll().where('plan_id', '=', planId).execute();
    const byId = new Map(items.map((i) => [i.id, i]));
    const indicators = new Set((await trx.selectFrom('indicators').select('code').execute()).map((r) => r.code));
    const problems: Problem[] = [];
    const yearFrom = header.yearFrom ?? plan.year_from;
    const yearTo = header.yearTo ?? plan.year_to;
    if (yearTo < yearFrom) problems.push({ said: plansErrors.yearsReversed(), field: 'yearTo' });
    const accepted: { type: string; data: Record<string, unknown> }[] = [];
    for (const d of decisions) {
      const item = byId.get(d.itemId);
      if (!item) {
        problems.push({ said: plansErrors.itemNotInPlan(), field: `item ${d.itemId}` });
        continue;
      }
      const data = d.data ?? (JSON.parse(item.data) as Record<string, unknown>);
      await trx
        .updateTable('plan_items')
        .set({ status: d.status, data: JSON.stringify(data), reviewed_by: userId, reviewed_at: nowIso() })
        .where('id', '=', item.id)
        .execute();
      if (d.status === 'accepted') accepted.push({ type: item.type, data });
      if (d.status !== 'accepted' || item.type !== 'target') continue;
      const label = str(data.text).slice(0, 60);
      const field = `item ${d.itemId}`;
      if (!indicators.has(str(data.indicator))) problems.push({ said: plansErrors.targetNoIndicator({ label }), field });
      const year = num(data.year);
      if (year === null || year < 2000 || year > 2100) problems.push({ said: plansErrors.targetNoYear({ label }), field });
      if (num(data.value) === null && num(data.min) === null) problems.push({ said: plansErrors.targetNoValue({ label }), field });
      // A share is 0–100%; a yearly growth stays within a plausible range; the year lies within the plan's years.
      const values = [num(data.value), num(data.min), num(data.max)].filter((v): v is number => v !== null);
      if (data.unit === '%' && values.some((v) => v < 0 || v > 100)) problems.push({ said: plansErrors.targetPercentRange({ label }), field });
      if (data.unit === '%/năm' && values.some((v) => v < -50 || v > 100)) problems.push({ said: plansErrors.targetGrowthRange({ label }), field });
      if (year !== null && year >= 2000 && year <= 2100 && (year < yearFrom || year > yearTo))
        problems.push({ said: plansErrors.targetYearOutside({ label, year, from: yearFrom, to: yearTo }), field });
    }
    const pending = items.filter((i) => !decisions.some((d) => d.itemId === i.id));
    if (pending.length > 0) problems.push({ said: plansErrors.itemsPending({ n: pending.length }) });
    if (problems.length > 0) throw new UserError(plansErrors.cannotSave(), 422, problems);

    // "each year" targets ("tăng 10% mỗi năm đến 2025", then "10–15% đến 2030") hold for every
    // year after the previous milestone of the same indicator (or the plan's start) up to theirs
    const accepteds = accepted
      .filter((a) => a.type === 'target')
      .map(({ data }) => data)
      .sort((a, b) => num(a.year)! - num(b.year)!);
    const lastYear = new Map<string, number>();
    const uniqueTargets: {
      plan_id: number;
      indicator: string;
      year: number;
      value: number | null;
      min: number | null;
      max: number | null;
      text: string | null;
    }[] = [];
    for (const data of accepteds) {
      const indicator = str(data.indicator);
      const year = num(data.year)!;
      const first = data.perYear === true ? Math.min(year, Math.max(yearFrom, (lastYear.get(indicator) ?? yearFrom - 1) + 1)) : year;
      for (let y = first; y <= year; y++) {
        if (uniqueTargets.some((t) => t.indicator === indicator && t.year === y)) continue;
        uniqueTargets.push({
          plan_id: planId,
          indicator,
          year: y,
          value: num(data.value) ?? num(data.min),
          min: num(data.min),
          max: num(data.max),
          text: str(data.text) || null,
        });
      }
      lastYear.set(indicator, year);
    }
    if (uniqueTargets.length > 0) await trx.insertInto('plan_targets').values(uniqueTargets).execute();
    const tasks = accepted
      .filter((a) => a.type === 'task')
      .map(({ data }) => ({
        plan_id: planId,
        agency: str(data.agency),
        text: str(data.text),
        due: null,
        status: 'todo',
        evidence: null,
        updated_by: userId,
        updated_at: nowIso(),
      }));
    if (tasks.length > 0) await trx.insertInto('plan_tasks').values(tasks).execute();
    const days = accepted
      .filter((a) => a.type === 'day')
      .map(({ data }) => dayOf(str(data.day)))
      .filter((d) => d !== undefined);
    const uniqueDays = [...new Map(days.map((d) => [`${d.day}/${d.month}`, d])).values()];
    if (uniqueDays.length > 0)
      await trx
        .insertInto('plan_days')
        .values(uniqueDays.map((d) => ({ plan_id: planId, ...d })))
        .execute();
    const deadline = accepted.find((a) => a.type === 'deadline')?.data;
    await trx
      .updateTable('plans')
      .set({
        status: 'active',
        number: header.number !== undefined ? header.number : plan.number,
        date: header.date !== undefined ? header.date : plan.date,
        issuer: header.issuer !== undefined ? header.issuer : plan.issuer,
        title: header.title ?? plan.title,
        year_from: yearFrom,
        year_to: yearTo,
        ...(header.parentPlanId !== undefined ? { parent_plan_id: header.parentPlanId } : {}),
        report_day: deadline ? num(deadline.day) : null,
        report_month: deadline ? num(deadline.month) : null,
      })
      .where('id', '=', planId)
      .execute();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'plan',
      key: String(planId),
      oldValue: { status: 'draft' },
      newValue: { status: 'active', targets: uniqueTargets.length, tasks: tasks.length, days: uniqueDays.length },
    });
  });
}
