import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, UserError, type Problem } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { indicatorName } from '../indicators/messages.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import { planDocument, planItems, storeDraft } from './drafts.ts';
import { MAX_FILE_BYTES, parsePlanBuffer } from './parse/read-file.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { findUnit } from '../network/units.ts';
import { completeReview } from './review.ts';
import { duplicatesOf, planById } from './queries.ts';
import { mayEditPlan } from './access.ts';
import { decisionsFrom, ItemFields, MarkedText } from './review-view.tsx';
import { plansErrors, plansText } from './messages.ts';

/** The plan in the URL, if the signed-in user may edit plans of its unit or institution. */
export async function editablePlan(c: AppContext, id: number) {
  const { db } = c.var.store;
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
  if (!(await mayEditPlan(db, c.var.principal, plan))) throw noAccess();
  return plan;
}

async function renderReview(c: AppContext, planId: number, problems: Problem[] = []) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const pt = plansText(lang);
  const plan = (await planById(db, planId))!;
  const doc = await planDocument(db, planId);
  const items = await planItems(db, planId);
  const indicators = (await listIndicators(db)).map((i) => ({ code: i.code, name: indicatorName(lang, i) }));
  const duplicates = await duplicatesOf(db, { id: planId, number: plan.number, issuer: plan.issuer, date: plan.date });
  const title = pt.reviewTitle;
  return c.html(
    <Layout ctx={ctx} title={title}>
      <h1>
        {title}: {plan.number ?? plan.title}
      </h1>
      {problems.length > 0 ? (
        <div role="alert" class="error">
          <ul>
            {problems.map((p) => (
              <li>
                {p.field ? `${p.field}: ` : ''}
                {sayIn(lang, p.said)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {duplicates.length > 0 ? (
        <p role="status" class="reminder">
          {pt.duplicatePlan}{' '}
          {duplicates.map((d, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/ke-hoach/${d.id}`}>{d.number}</a>
            </>
          ))}
        </p>
      ) : null}
      <div class="review">
        <section aria-labelledby="doc-h" class="review-doc">
          <h2 id="doc-h">
            {pt.document}
            {doc ? ` — ${doc.filename}` : ''}
          </h2>
          {doc ? <MarkedText text={doc.text} items={items} /> : null}
        </section>
        <section aria-labelledby="items-h" class="review-items">
          <h2 id="items-h">{pt.whatWasRead}</h2>
          <form method="post" action={`/ke-hoach/${planId}/duyet`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <fieldset>
              <legend>{pt.planHeader}</legend>
              <label>
                {pt.number} <input name="h:number" value={plan.number ?? ''} />
              </label>
              <label>
                {pt.issueDate} <input name="h:date" type="date" value={plan.date ?? ''} />
              </label>
              <label>
                {pt.issuer} <input name="h:issuer" value={plan.issuer ?? ''} />
              </label>
              <label>
                {pt.title} <input name="h:title" value={plan.title} required />
              </label>
              <label>
                {pt.fromYear} <input name="h:yearFrom" type="number" value={String(plan.yearFrom)} />
              </label>
              <label>
                {pt.toYear} <input name="h:yearTo" type="number" value={String(plan.yearTo)} />
              </label>
            </fieldset>
            {items.map((i) => (
              <ItemFields item={i} indicators={indicators} t={t} lang={lang} />
            ))}
            <p>
              <button class="primary" type="submit">
                {pt.savePlan}
              </button>
            </p>
          </form>
        </section>
      </div>
    </Layout>,
    problems.length > 0 ? 422 : 200,
  );
}

function UploadForm(props: { ctx: ReturnType<typeof pageContext>; unit: string; error?: string }) {
  const pt = plansText(props.ctx.lang);
  const title = pt.uploadPlan;
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p>{pt.uploadHelp}</p>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/ke-hoach/moi" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={props.ctx.csrf} />
        <label for="unit">
          {props.ctx.t.unit} ({pt.code})
        </label>
        <input id="unit" name="unit" value={props.unit} required />
        <label for="file">{pt.planDocument}</label>
        <input id="file" name="file" type="file" accept=".docx,.pdf,.txt" required />
        <p>
          <button class="primary" type="submit">
            {props.ctx.t.upload}
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** A plan's file (DOCX, PDF, text) and its form's fields (server/app.tsx bounds every body before it is read). */
export const planUploads: UploadLimit[] = [{ path: /^\/ke-hoach\/moi$/, maxBytes: MAX_FILE_BYTES + FORM_LIMIT }];

export const reviewPages = new Hono<AppEnv>()
  .use('/ke-hoach/moi', requireLogin())
  .get('/ke-hoach/moi', async (c) => {
    const p = c.var.principal;
    const own = p.unitId ? await c.var.store.db.selectFrom('units').select('code').where('id', '=', p.unitId).executeTakeFirst() : undefined;
    return c.html(<UploadForm ctx={pageContext(c)} unit={c.req.query('don-vi') ?? own?.code ?? ''} />);
  })
  .post('/ke-hoach/moi', async (c) => {
    const { db } = c.var.store;
    const p = c.var.principal;
    const { lang } = c.var;
    if (Number(c.req.header('content-length') ?? 0) > 50 * 1024 * 1024 + 65536) throw new UserError(plansErrors.fileTooLarge(), 413);
    const body = await c.req.parseBody();
    const unitCode = String(body.unit ?? '').trim();
    const unit = await findUnit(db, unitCode);
    if (!unit) return c.html(<UploadForm ctx={pageContext(c)} unit={unitCode} error={sayIn(lang, networkErrors.unknownUnitCode({ unit: unitCode }))} />, 422);
    if (p.role === 'viewer' || p.role === 'staff' || !(await canReadUnit(db, p, unit.id))) throw noAccess();
    const file = body.file;
    if (!(file instanceof File)) return c.html(<UploadForm ctx={pageContext(c)} unit={unitCode} error={sayIn(lang, plansErrors.noFile())} />, 422);
    let read: Awaited<ReturnType<typeof parsePlanBuffer>>;
    try {
      read = await parsePlanBuffer(Buffer.from(await file.arrayBuffer()));
    } catch (err) {
      if (err instanceof UserError) {
        return c.html(<UploadForm ctx={pageContext(c)} unit={unitCode} error={sayIn(lang, err.said)} />, err.status === 413 ? 413 : 422);
      }
      throw err;
    }
    const id = await storeDraft(db, { unitId: unit.id, institutionId: null, filename: file.name, text: read.text, parsed: read.plan, userId: p.userId });
    return c.redirect(`/ke-hoach/${id}/duyet`, 303);
  })
  .use('/ke-hoach/:id/duyet', requireLogin())
  .get('/ke-hoach/:id/duyet', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    if (plan.status !== 'draft') return c.redirect(`/ke-hoach/${plan.id}`, 303);
    return renderReview(c, plan.id);
  })
  .post('/ke-hoach/:id/duyet', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const body = await c.req.parseBody();
    const items = await planItems(c.var.store.db, plan.id);
    const h = (k: string) => (typeof body[`h:${k}`] === 'string' ? (body[`h:${k}`] as string).trim() : undefined);
    try {
      await completeReview(
        c.var.store.db,
        plan.id,
        decisionsFrom(body, items),
        {
          number: h('number') || null,
          date: h('date') || null,
          issuer: h('issuer') || null,
          title: h('title') || undefined,
          yearFrom: h('yearFrom') ? Number(h('yearFrom')) : undefined,
          yearTo: h('yearTo') ? Number(h('yearTo')) : undefined,
        },
        c.var.principal.userId,
      );
    } catch (err) {
      if (err instanceof UserError && err.status === 422) return renderReview(c, plan.id, err.problems);
      throw err;
    }
    return c.redirect(`/ke-hoach/${plan.id}`, 303);
  });
