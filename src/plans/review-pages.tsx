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
import { planDocument, planItems } from './drafts.ts';
import { MAX_FILE_BYTES } from './parse/read-file.ts';
import { readingState, readUploadedPlan, type ReadingStarted } from './readings.ts';
import { ReadingProgress } from './reading-view.tsx';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { findUnit } from '../network/units.ts';
import { findPlaces, resolvePlace, type FoundPlace } from '../network/place-finder.ts';
import { findInstitutionAnyCase } from '../network/institutions.ts';
import { mayWriteFor } from '../network/access.ts';
import { fold } from '../core/text/vietnamese.ts';
import { assetPath } from '../core/web/assets.ts';
import { addMissedTargets, findPlans } from './added-items.ts';
import { completeReview } from './review.ts';
import { duplicatesOf, planById } from './queries.ts';
import { mayEditPlan } from './access.ts';
import { decisionsFrom, ItemFields, MarkedText, RestoredNote } from './review-view.tsx';
import { plansErrors, plansText } from './messages.ts';

/** A signed-in person has an account; the command line's principal has none and reads no uploads. */
const noAccessFor = (): never => {
  throw noAccess();
};

/** The plan in the URL, if the signed-in user may edit plans of its unit or institution. */
export async function editablePlan(c: AppContext, id: number) {
  const { db } = c.var.store;
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
  if (!(await mayEditPlan(db, c.var.principal, plan))) throw noAccess();
  return plan;
}

interface Typed {
  sentence?: string;
  parent?: string;
  parentChoices?: { id: number; number: string | null; title: string }[];
}

type HeaderRestored = Record<string, { original?: string; restorations?: { restored: string }[] }>;

async function renderReview(c: AppContext, planId: number, problems: Problem[] = [], typed: Typed = {}) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const pt = plansText(lang);
  const plan = (await planById(db, planId))!;
  const doc = await planDocument(db, planId);
  const items = await planItems(db, planId);
  const indicators = (await listIndicators(db)).map((i) => ({ code: i.code, name: indicatorName(lang, i) }));
  const duplicates = await duplicatesOf(db, { id: planId, number: plan.number, issuer: plan.issuer, date: plan.date });
  const row = await db.selectFrom('plans').select(['restored', 'parent_plan_id']).where('id', '=', planId).executeTakeFirst();
  const restored = row?.restored ? (JSON.parse(row.restored) as HeaderRestored) : {};
  const parent = row?.parent_plan_id ? await planById(db, row.parent_plan_id) : undefined;
  const parentLabel = parent ? (parent.number ?? parent.title) : '';
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
          <form method="post" action={`/ke-hoach/${planId}/chi-tieu`} id="add-target" class="add-target">
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <h3>{pt.addMissedTarget}</h3>
            <p class="muted">{pt.addTargetHelp}</p>
            <label for="sentence">{pt.sentence}</label>
            <textarea id="sentence" name="sentence" rows={3}>
              {typed.sentence ?? ''}
            </textarea>
            <p>
              <button type="submit">{pt.addTarget}</button>
            </p>
          </form>
          <script src={assetPath('review-select.js')} defer />
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
              <RestoredNote restored={restored.issuer} name="k:h:issuer" lang={lang} />
              <label class="wide">
                {pt.title} <input name="h:title" value={plan.title} required />
              </label>
              <RestoredNote restored={restored.title} name="k:h:title" lang={lang} />
              <label>
                {pt.fromYear} <input name="h:yearFrom" type="number" value={String(plan.yearFrom)} />
              </label>
              <label>
                {pt.toYear} <input name="h:yearTo" type="number" value={String(plan.yearTo)} />
              </label>
              <label class="wide" for="h:parent">
                {pt.parentPlan}
              </label>
              <input id="h:parent" name="h:parent" value={typed.parent ?? parentLabel} aria-describedby="parent-help" />
              <input type="hidden" name="h:parentWas" value={parentLabel} />
              <p id="parent-help" class="muted">
                {pt.parentHelp}
              </p>
              {typed.parentChoices?.length ? (
                <fieldset id="h:parentId">
                  <legend>{pt.chooseOne}</legend>
                  {typed.parentChoices.map((x) => (
                    <label class="block">
                      <input type="radio" name="h:parentId" value={String(x.id)} /> {x.number ? `${x.number} — ` : ''}
                      {x.title}
                    </label>
                  ))}
                </fieldset>
              ) : null}
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

interface UploadTyped {
  unit: string;
  institution?: string;
  error?: string;
  units?: FoundPlace[];
  institutions?: { code: string; name: string; unitName: string }[];
}

function UploadForm(props: { ctx: ReturnType<typeof pageContext> } & UploadTyped) {
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
        <label for="unit">{pt.unitByName}</label>
        <input id="unit" name="unit" value={props.unit} />
        {props.units?.length ? (
          <fieldset>
            <legend>{pt.chooseOne}</legend>
            {props.units.map((u) => (
              <label class="block">
                <input type="radio" name="unit" value={u.code} /> {u.fullName}
                {u.parentName ? ` — ${u.parentName}` : ''}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label for="institution">{pt.institutionByName}</label>
        <input id="institution" name="institution" value={props.institution ?? ''} aria-describedby="institution-help" />
        <p id="institution-help" class="muted">
          {pt.institutionHelp}
        </p>
        {props.institutions?.length ? (
          <fieldset>
            <legend>{pt.chooseOne}</legend>
            {props.institutions.map((i) => (
              <label class="block">
                <input type="radio" name="institution" value={i.code} /> {i.name} — {i.unitName}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label for="file">{pt.planDocument}</label>
        <input id="file" name="file" type="file" accept=".docx,.pdf,.txt,.png,.jpg,.jpeg,.tif,.tiff" required />
        <p>
          <button class="primary" type="submit">
            {props.ctx.t.upload}
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** An institution typed by its code, else by the words of its name (without diacritics). */
type InstitutionChoice =
  | { one: NonNullable<Awaited<ReturnType<typeof findInstitutionAnyCase>>> }
  | { several: { code: string; name: string; unitName: string }[] };

async function resolveInstitution(c: AppContext, typed: string): Promise<InstitutionChoice> {
  const { db } = c.var.store;
  const byCode = await findInstitutionAnyCase(db, typed);
  if (byCode) return { one: byCode };
  const words = fold(typed).split(' ').filter(Boolean);
  const rows = await db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.code', 'i.name', 'u.name as unitName'])
    .where('iu.valid_to', 'is', null)
    .execute();
  const found = rows.filter((r) => words.every((w) => fold(r.name).includes(w)));
  const whole = found.filter((r) => fold(r.name) === fold(typed));
  const pick = whole.length === 1 ? whole : found;
  if (pick.length === 1) return { one: (await findInstitutionAnyCase(db, pick[0]!.code))! };
  return { several: pick.slice(0, 20) };
}

/** A plan's file (DOCX, PDF, text) and its form's fields (server/app.tsx bounds every body before it is read). */
export const planUploads: UploadLimit[] = [{ path: /^\/ke-hoach\/moi$/, maxBytes: MAX_FILE_BYTES + FORM_LIMIT }];

/** The review's script: a sentence selected in the document fills the form that adds a missed target. */
export const reviewAssets = { 'review-select.js': new URL('./review-select.js', import.meta.url) };

export const reviewPages = new Hono<AppEnv>()
  .use('/ke-hoach/moi', requireLogin())
  .get('/ke-hoach/moi', async (c) => {
    const p = c.var.principal;
    const { db } = c.var.store;
    const own = p.unitId ? await db.selectFrom('units').select('name').where('id', '=', p.unitId).executeTakeFirst() : undefined;
    const inst =
      p.role === 'staff' && p.institutionId
        ? await db.selectFrom('institutions').select('name').where('id', '=', p.institutionId).executeTakeFirst()
        : undefined;
    return c.html(<UploadForm ctx={pageContext(c)} unit={c.req.query('don-vi') ?? own?.name ?? ''} institution={inst?.name ?? ''} />);
  })
  .post('/ke-hoach/moi', async (c) => {
    const { db } = c.var.store;
    const p = c.var.principal;
    const { lang } = c.var;
    if (Number(c.req.header('content-length') ?? 0) > 50 * 1024 * 1024 + 65536) throw new UserError(plansErrors.fileTooLarge(), 413);
    const body = await c.req.parseBody({ all: true });
    // a radio chosen among several names comes as a second value of the same field: the last one wins
    const last = (v: unknown) => String((Array.isArray(v) ? v[v.length - 1] : v) ?? '').trim();
    const unitTyped = last(body.unit);
    const instTyped = last(body.institution);
    const again = (said: Parameters<typeof sayIn>[1], more: Partial<UploadTyped> = {}) =>
      c.html(<UploadForm ctx={pageContext(c)} unit={unitTyped} institution={instTyped} error={sayIn(lang, said)} {...more} />, 422);
    // an institution's own plan: the institution by code or name, its unit from it
    let institutionId: number | null = null;
    let unitId: number | null = null;
    if (instTyped !== '') {
      const inst = await resolveInstitution(c, instTyped);
      if ('several' in inst)
        return inst.several.length === 0
          ? again(plansErrors.institutionNotFound({ typed: instTyped }))
          : again(plansErrors.institutionSeveral({ n: inst.several.length, typed: instTyped }), { institutions: inst.several });
      if (!(await mayWriteFor(db, p, inst.one.id))) throw noAccess();
      institutionId = inst.one.id;
      unitId = inst.one.unitId;
    } else {
      if (unitTyped === '') return again(networkErrors.unknownUnitCode({ unit: '' }));
      const place = await resolvePlace(db, unitTyped);
      if ('none' in place) return again(networkErrors.unknownUnitCode({ unit: unitTyped }));
      const candidates = (await findUnit(db, unitTyped))
        ? [('one' in place ? place.one : place.several[0])!]
        : (await findPlaces(db, unitTyped, { limit: 50 })).places;
      if (p.role === 'viewer' || p.role === 'staff') throw noAccess();
      // the places of that name this person may plan for; a name shared with places elsewhere is not a choice
      const mine: { place: FoundPlace; id: number }[] = [];
      for (const x of candidates) {
        const u = await findUnit(db, x.code);
        if (u && (await canReadUnit(db, p, u.id))) mine.push({ place: x, id: u.id });
      }
      if (mine.length === 0) {
        // an official of a unit that has since ended (the 2025 reform) still plans for it: its name, whatever the map today
        const words = fold(unitTyped).split(' ').filter(Boolean);
        const all = await db
          .selectFrom('units as u')
          .leftJoin('units as pu', 'pu.id', 'u.parent_id')
          .select(['u.id', 'u.code', 'u.name', 'u.full_name', 'u.level', 'pu.name as parentName'])
          .execute();
        for (const u of all.filter((x) => words.every((w) => fold(x.full_name ?? x.name).includes(w) || fold(x.name).includes(w))).slice(0, 200))
          if (await canReadUnit(db, p, u.id))
            mine.push({ place: { code: u.code, name: u.name, fullName: u.full_name ?? u.name, level: u.level, parentName: u.parentName }, id: u.id });
      }
      if (mine.length === 0) return again(noAccess().said);
      const whole = mine.filter((m) => fold(m.place.name) === fold(unitTyped) || fold(m.place.fullName) === fold(unitTyped));
      if (whole.length === 1) mine.splice(0, mine.length, whole[0]!);
      if (mine.length > 1) return again(plansErrors.placeSeveral({ n: mine.length, typed: unitTyped }), { units: mine.map((m) => m.place) });
      const unit = { id: mine[0]!.id };
      unitId = unit.id;
    }
    const file = Array.isArray(body.file) ? body.file[0] : body.file;
    if (!(file instanceof File)) return again(plansErrors.noFile());
    let started: ReadingStarted;
    try {
      started = await readUploadedPlan(db, {
        filename: file.name,
        bytes: Buffer.from(await file.arrayBuffer()),
        unitId: institutionId === null ? unitId : null,
        institutionId,
        userId: p.userId ?? noAccessFor(),
        unitTyped,
        institutionTyped: instTyped,
      });
    } catch (err) {
      if (err instanceof UserError) {
        return c.html(
          <UploadForm ctx={pageContext(c)} unit={unitTyped} institution={instTyped} error={sayIn(lang, err.said)} />,
          err.status === 413 ? 413 : 422,
        );
      }
      throw err;
    }
    // a scan still being read: its progress, on a page of its own
    if ('readingId' in started) return c.redirect(`/ke-hoach/doc/${started.readingId}`, 303);
    return c.redirect(`/ke-hoach/${started.planId}/duyet`, 303);
  })
  .use('/ke-hoach/doc/:id', requireLogin())
  .get('/ke-hoach/doc/:id', async (c) => {
    const ctx = pageContext(c);
    const reading = await readingState(c.var.store.db, Number(c.req.param('id')), c.var.principal.userId ?? noAccessFor());
    if (reading.state === 'read') return c.redirect(`/ke-hoach/${reading.planId}/duyet`, 303);
    if (reading.state === 'refused')
      return c.html(<UploadForm ctx={ctx} unit={reading.unitTyped} institution={reading.institutionTyped} error={sayIn(ctx.lang, reading.said)} />, 422);
    return c.html(<ReadingProgress ctx={ctx} reading={reading} path={c.req.path} />);
  })
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
    try {
      await completeReview(
        db,
        plan.id,
        decisionsFrom(body, items),
        {
          number: h('number') || null,
          date: h('date') || null,
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
