import type { AppContext } from '../core/web/env.ts';
import { noAccess, UserError } from '../core/errors.ts';
import { mayEditPlan } from './access.ts';
import { plansErrors } from './messages.ts';

/** The plan in the URL, if the signed-in user may edit plans of its unit or institution. */
export async function editablePlan(c: AppContext, id: number) {
  const { db } = c.var.store;
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
  if (!(await mayEditPlan(db, c.var.principal, plan))) throw noAccess();
  return plan;
}
