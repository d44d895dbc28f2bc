import type { Principal } from '../core/auth/principal.ts';
import type { DB } from '../core/db/database.ts';
import { canReadUnit, mayWriteFor } from '../network/access.ts';

/**
 * Who may edit (and so review) a plan: an official of its unit or above, staff of its institution, an admin; never a
 * viewer. A draft is not yet a public document: only these see it, on the page and through the API alike.
 */
export async function mayEditPlan(db: DB, p: Principal | undefined, plan: { unit_id: number | null; institution_id: number | null }): Promise<boolean> {
  if (!p || p.role === 'viewer' || p.role === 'citizen') return false;
  if (plan.unit_id !== null && p.role !== 'staff' && (await canReadUnit(db, p, plan.unit_id))) return true;
  return plan.institution_id !== null && (await mayWriteFor(db, p, plan.institution_id));
}

/** Whether a principal (or an anonymous visitor) may read a plan: an active plan is public, a draft is its editors'. */
export async function mayReadPlan(
  db: DB,
  p: Principal | undefined,
  plan: { status: string; unit_id: number | null; institution_id: number | null },
): Promise<boolean> {
  return plan.status !== 'draft' || mayEditPlan(db, p, plan);
}
