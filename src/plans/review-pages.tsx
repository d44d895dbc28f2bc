import { parseDate } from '../core/i18n/parse-date.ts';
import { dayProblem } from '../core/web/typed-days.ts';
import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { planItems } from './drafts.ts';
import { addMissedTargets, findPlans } from './added-items.ts';
import { completeReview } from './review.ts';
import { decisionsFrom } from './review-view.tsx';
import { plansErrors } from './messages.ts';
import { editablePlan } from './editable-plan.ts';
import { renderReview, type HeaderRestored } from './review-page.tsx';
import { uploadPages } from './upload-pages.tsx';

export { planUploads } from './upload-pages.tsx';

/** The review's script: a sentence selected in the document fills the form that adds a missed target. */
export const reviewAssets = { 'review-select.js': new URL('./review-select.js', import.meta.url) };

/** A plan's upload (upload-pages.tsx) and its review: missed targets added, the header and items confirmed. */
export const reviewPages = new Hono<AppEnv>()
  .route('/', uploadPages)
  .use('/ke-hoach/:id/duyet', requireLogin())
  .get('/ke-hoach/:id/duyet', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    if (plan.status !== 'draft') return c.redirect(`/ke-hoach/${plan.id}`, 303);
    return renderReview(c, plan.id);
  })
  .post('/ke-hoach/:id/chi-tieu', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const body = await c.req.parseBody();
    const sentence = typeof body.sentence === 'string' ? body.sentence : '';
    let ids: number[];
    try {
      ids = await addMissedTargets(c.var.store.db, plan.id, sentence, c.var.principal.userId);
    } catch (err) {
      if (err instanceof UserError && err.status === 422) return renderReview(c, plan.id, err.problems, { sentence });
      throw err;
    }
    return c.redirect(`/ke-hoach/${plan.id}/duyet#item-${ids[0]}`, 303);
  })
  .post('/ke-hoach/:id/duyet', async (c) => {
    const { db } = c.var.store;
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const body = await c.req.parseBody();
    const items = await planItems(db, plan.id);
    const h = (k: string) => (typeof body[`h:${k}`] === 'string' ? (body[`h:${k}`] as string).trim() : undefined);
    // "Keep as read" puts back the header's text before its phrases were restored
    const restored = plan.restored ? (JSON.parse(plan.restored) as HeaderRestored) : {};
    const kept = (field: 'title' | 'issuer') => (body[`k:h:${field}`] ? restored[field]?.original : undefined);
    // the parent plan, by number or title among the stored plans; unchanged when its field is
    let parentPlanId: number | null | undefined;
    const typedParent = h('parent') ?? '';
    if (h('parentId')) parentPlanId = Number(h('parentId'));
    else if (typedParent === '') parentPlanId = null;
    else if (typedParent !== (h('parentWas') ?? '')) {
      const found = await findPlans(db, typedParent, plan.id);
      if (found.length === 1) parentPlanId = found[0]!.id;
      else if (found.length === 0)
        return renderReview(c, plan.id, [{ said: plansErrors.parentNotFound({ typed: typedParent }), field: 'h:parent' }], { parent: typedParent });
      else
        return renderReview(c, plan.id, [{ said: plansErrors.parentSeveral({ n: found.length, typed: typedParent }), field: 'h:parent' }], {
          parent: typedParent,
          parentChoices: found.slice(0, 20),
        });
    }
    // the plan's day typed dd/mm/yyyy; a wrong one is refused beside its field
    const typedDate = h('date') ?? '';
    const badDate = dayProblem('h:date', typedDate);
    if (badDate) return renderReview(c, plan.id, [badDate], { date: typedDate, parent: typedParent });
    try {
      await completeReview(
        db,
        plan.id,
        decisionsFrom(body, items),
        {
          number: h('number') || null,
          date: parseDate(typedDate) ?? null,
          issuer: kept('issuer') ?? (h('issuer') || null),
          title: kept('title') ?? (h('title') || undefined),
          yearFrom: h('yearFrom') ? Number(h('yearFrom')) : undefined,
          yearTo: h('yearTo') ? Number(h('yearTo')) : undefined,
          parentPlanId,
        },
        c.var.principal.userId,
      );
    } catch (err) {
      if (err instanceof UserError && err.status === 422) return renderReview(c, plan.id, err.problems);
      throw err;
    }
    return c.redirect(`/ke-hoach/${plan.id}`, 303);
  });
