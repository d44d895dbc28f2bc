import type { DB } from '../../src/core/db/database.ts';

/**
 * Plans and their tasks written as rows, for the tests of what links to them (events, evidence): an active plan of a
 * unit for one year, and tasks of the library still to do. Returns the ids.
 */
export async function insertPlan(
  db: DB,
  plan: { unitId: number; number: string; date: string | null; issuer: string | null; title: string; year: number; createdAt: string },
): Promise<number> {
  const row = await db
    .insertInto('plans')
    .values({
      unit_id: plan.unitId,
      institution_id: null,
      number: plan.number,
      date: plan.date,
      issuer: plan.issuer,
      title: plan.title,
      parent_plan_id: null,
      year_from: plan.year,
      year_to: plan.year,
      report_day: null,
      report_month: null,
      status: 'active',
      created_by: null,
      created_at: plan.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertTasks(db: DB, tasks: { planId: number; text: string; updatedAt: string }[]): Promise<number[]> {
  const rows = await db
    .insertInto('plan_tasks')
    .values(
      tasks.map((t) => ({
        plan_id: t.planId,
        agency: 'Thư viện',
        text: t.text,
        due: null,
        status: 'todo',
        evidence: null,
        updated_by: null,
        updated_at: t.updatedAt,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
