import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { formatDate, sayIn } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { findInstitution, type Institution } from '../network/institutions.ts';
import { createProgramme, markBookingHeld, recordVisits } from './education.ts';
import { addItem, addStop, createExhibition, EXHIBITION_KINDS, getExhibition, listExhibitions, publishExhibition, unpublishExhibition } from './exhibitions.ts';
import { bookingStatusName, exhibitionKindName, museumErrors as E, museumText } from './messages.ts';
import { MAX_IMAGE_BYTES } from './images.ts';
import { moveItem, removeItem } from './exhibition-order.ts';
import { deleteExhibition, updateExhibition } from './exhibition-edits.ts';
import { objectFieldLabels, objectUploadPath } from './object-pages.tsx';
import { createObjectWithImage, listObjects } from './objects.ts';
import { listTerms, TERM_FIELD, VOCABULARIES } from './vocabularies.ts';
import { TERM_BESIDE, TermSelect, termsFromForm } from './term-select.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (str(v).trim() === '' ? NaN : Number(v));

async function museum(c: AppContext, code: string) {
  const inst = await findInstitution(c.var.store.db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
  return inst;
}

async function exhibitionFor(c: AppContext) {
  const x = await getExhibition(c.var.store.db, Number(c.req.param('id')));
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, x.institution_id))) throw noAccess();
  return x;
}

const Field = (p: { id: string; label: string; type?: string; required?: boolean; value?: string; problem?: string }) => (
  <>
    <label for={p.id}>{p.label}</label>
    {p.problem ? (
      <span class="field-error" id={`${p.id}-err`}>
        {p.problem}
      </span>
    ) : null}
    <input
      id={p.id}
      name={p.id}
      type={p.type ?? 'text'}
      required={p.required}
      value={p.value}
      aria-invalid={p.problem ? 'true' : undefined}
      aria-describedby={p.problem ? `${p.id}-err` : undefined}
    />
  </>
);

/** The object form's fields, in its order (their names are the form's and the service's). */
const OBJECT_FIELDS = ['identifier', 'title', 'description', 'creator', 'dateText', 'type', 'format', 'provenance', 'ethnicGroup', 'image', 'alt'] as const;

/** A refused form of an exhibition's page: which, what was typed, what was wrong. */
interface ExhibitionAgain {
  form: 'edit' | 'unpublish' | 'delete';
  values: Record<string, string>;
  error: UserError;
}
const fixableForm = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** A refused object form: what was typed and what was wrong, shown again on the page. */
interface ObjectAgain {
  values: Record<string, string>;
  error: UserError;
}

/** Museum staff: objects with images, exhibitions (items, stops, publishing), visitors by day, school programmes. */
/** An object's image and its form's fields (server/app.tsx bounds every body before it is read). */
export const museumUploads: UploadLimit[] = [
  { path: /^\/quan-ly\/bao-tang\/[^/]+\/hien-vat$/, maxBytes: MAX_IMAGE_BYTES + FORM_LIMIT },
  { path: objectUploadPath, maxBytes: MAX_IMAGE_BYTES + FORM_LIMIT },
];

/** The museum's management page; `again` is a refused object form shown with what was typed and what was wrong. */
async function managePage(c: AppContext, inst: Institution, again?: ObjectAgain) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const { db } = c.var.store;
  const [objects, exhibitions, bookings, terms] = await Promise.all([
    listObjects(db, inst.id),
    listExhibitions(db, { institutionId: inst.id }),
    db
      .selectFrom('edu_bookings as b')
      .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
      .select(['b.id', 'p.title', 'b.school', 'b.class_name', 'b.students', 'b.on_date', 'b.status'])
      .where('p.institution_id', '=', inst.id)
      .orderBy('b.on_date')
      .execute(),
    listTerms(db),
  ]);
  const base = `/quan-ly/bao-tang/${encodeURIComponent(inst.code)}`;
  const v = (field: string) => again?.values[field];
  const problem = (field: string) => {
    const p = again?.error.problems.find((x) => x.field === field);
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  const labels = objectFieldLabels(ctx.lang);
  const termSelect = (field: string) => {
    const voc = TERM_BESIDE[field];
    return voc ? <TermSelect vocabulary={voc} terms={terms[voc]} value={v(TERM_FIELD[voc]) ?? ''} problem={problem(TERM_FIELD[voc])} lang={ctx.lang} /> : null;
  };
  return (
    <Layout ctx={ctx} title={`${s.manage}: ${inst.name}`}>
      <h1>
        {s.manage}: {inst.name}
      </h1>
      {c.req.query('ok') ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}/suu-tap`}>{s.collections}</a> · <a href="/quan-ly/danh-muc-hien-vat">{s.vocabularies}</a>
      </p>
      <h2>{s.exhibitions}</h2>
      <ul>
        {exhibitions.map((x) => (
          <li>
            <a href={`/quan-ly/trien-lam/${x.id}`}>{x.title}</a> ({x.published ? s.published : s.draft}) · {s.opens}{' '}
            <time datetime={x.opens_on}>{formatDate(x.opens_on)}</time>
          </li>
        ))}
      </ul>
      <h2 id="new-exhibition">{s.newExhibition}</h2>
      <form method="post" action={`${base}/trien-lam`} aria-labelledby="new-exhibition">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="x-kind">{ctx.t.kind}</label>
        <select id="x-kind" name="kind">
          {EXHIBITION_KINDS.map((k) => (
            <option value={k}>{exhibitionKindName(ctx.lang, k)}</option>
          ))}
        </select>
        <label for="x-title">{s.exhibitionTitle}</label>
        <input id="x-title" name="title" required />
        <label for="x-intro">{s.intro}</label>
        <textarea id="x-intro" name="intro" rows={3}></textarea>
        <label for="x-opens">{s.opens}</label>
        <input id="x-opens" name="opensOn" type="date" required />
        <label for="x-closes">{s.closes}</label>
        <input id="x-closes" name="closesOn" type="date" />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <h2>
        {s.objects} ({objects.length})
      </h2>
      <ul>
        {objects.map((o) => (
          <li>
            <a href={`/hien-vat/${o.id}`}>
              {o.identifier} — {o.title}
            </a>{' '}
            ·{' '}
            <a href={`/quan-ly/hien-vat/${o.id}`} aria-label={`${s.edit}: ${o.title}`}>
              {s.edit}
            </a>
          </li>
        ))}
      </ul>
      <h2 id="new-object">{s.newObject}</h2>
      {again ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={s.thereIsAProblem} /> : null}
      <form method="post" action={`${base}/hien-vat`} enctype="multipart/form-data" aria-labelledby="new-object">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="identifier" label={s.identifier} required value={v('identifier')} problem={problem('identifier')} />
        <Field id="title" label={s.title} required value={v('title')} problem={problem('title')} />
        <label for="description">{s.description}</label>
        <textarea id="description" name="description" rows={3}>
          {v('description')}
        </textarea>
        <Field id="creator" label={s.creator} value={v('creator')} problem={problem('creator')} />
        {termSelect('dateText')}
        <Field id="dateText" label={s.dateText} value={v('dateText')} problem={problem('dateText')} />
        {termSelect('type')}
        <Field id="type" label={s.type} value={v('type')} problem={problem('type')} />
        {termSelect('format')}
        <Field id="format" label={s.format} value={v('format')} problem={problem('format')} />
        <Field id="provenance" label={s.provenance} value={v('provenance')} problem={problem('provenance')} />
        {termSelect('ethnicGroup')}
        <Field id="ethnicGroup" label={s.ethnicGroup} value={v('ethnicGroup')} problem={problem('ethnicGroup')} />
        <label for="image">{s.image}</label>
        {problem('image') || (again && v('imageName')) ? (
          <span class="field-error" id="image-err">
            {problem('image') ?? s.chooseImageAgain({ name: v('imageName') ?? '' })}
          </span>
        ) : null}
        <input id="image" name="image" type="file" accept="image/*" aria-describedby={again && v('imageName') ? 'image-err' : undefined} />
        <Field id="alt" label={s.alt} value={v('alt')} problem={problem('alt')} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <h2 id="visits">{s.visits}</h2>
      <form method="post" action={`${base}/luot-khach`} aria-labelledby="visits">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="day" label={s.day} type="date" required />
        <Field id="visitors" label={s.visitors} type="number" required />
        <Field id="students" label={s.students} type="number" value="0" />
        <Field id="study" label={s.study} type="number" value="0" />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      <h2 id="programmes">{s.programmes}</h2>
      <ul>
        {bookings.map((b) => (
          <li>
            <time datetime={b.on_date}>{formatDate(b.on_date)}</time>: {b.title} — {b.class_name}, {b.school} ({b.students}) ·{' '}
            {bookingStatusName(ctx.lang, b.status)}
            {b.status === 'booked' ? (
              <form method="post" action={`${base}/dat-lich/${b.id}/da-to-chuc`} class="inline">
                <input type="hidden" name="_csrf" value={ctx.csrf} />
                <button type="submit">{s.markHeld}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <form method="post" action={`${base}/chuong-trinh`} aria-labelledby="programmes">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="p-title" label={s.programmeTitle} required />
        <Field id="p-max" label={s.maxStudents} type="number" required />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
    </Layout>
  );
}

/** An exhibition's management page; `again` is a refused form (edit, unpublish, delete) shown with what was typed. */
async function exhibitionPage(c: AppContext, again?: ExhibitionAgain) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const x = await exhibitionFor(c);
  const objects = await listObjects(c.var.store.db, x.institution_id);
  const base = `/quan-ly/trien-lam/${x.id}`;
  const value = (form: ExhibitionAgain['form'], f: string, current = '') => (again?.form === form ? (again.values[f] ?? '') : current);
  const problem = (form: ExhibitionAgain['form'], f: string) => {
    const p = again?.form === form ? again.error.problems.find((e) => e.field === f) : undefined;
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  const summary = (form: ExhibitionAgain['form']) =>
    again?.form === form ? (
      <ErrorSummary
        lang={ctx.lang}
        error={again.error}
        labels={{
          title: s.exhibitionTitle,
          intro: s.intro,
          opensOn: s.opens,
          closesOn: s.closes,
          reason: form === 'delete' ? s.deleteReason : s.unpublishReason,
        }}
        title={s.thereIsAProblem}
      />
    ) : null;
  return c.html(
    <Layout ctx={ctx} title={x.title}>
      <h1>{x.title}</h1>
      {c.req.query('ok') === 'unpublished' || c.req.query('ok') === 'saved' ? (
        <p class="ok" role="status">
          {c.req.query('ok') === 'saved' ? ctx.t.saved : s.unpublished}
        </p>
      ) : null}
      <p>
        {x.published ? s.published : s.draft} · <a href={`/trien-lam/${x.id}`}>{`/trien-lam/${x.id}`}</a> ·{' '}
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(x.institutionCode)}`}>{s.manage}</a>
      </p>
      <ol class="items-order">
        {x.items.map((i, n) => (
          <li>
            {i.title}
            {i.caption ? ` — ${i.caption}` : ''}{' '}
            <span class="item-actions">
              {n > 0 ? (
                <form method="post" action={`${base}/hien-vat/${i.id}/len`} class="inline">
                  <input type="hidden" name="_csrf" value={ctx.csrf} />
                  <button type="submit" aria-label={s.moveUpOf({ title: i.title })}>
                    {s.moveUp}
                  </button>
                </form>
              ) : null}
              {n < x.items.length - 1 ? (
                <form method="post" action={`${base}/hien-vat/${i.id}/xuong`} class="inline">
                  <input type="hidden" name="_csrf" value={ctx.csrf} />
                  <button type="submit" aria-label={s.moveDownOf({ title: i.title })}>
                    {s.moveDown}
                  </button>
                </form>
              ) : null}
              <form method="post" action={`${base}/hien-vat/${i.id}/bo`} class="inline">
                <input type="hidden" name="_csrf" value={ctx.csrf} />
                <button type="submit" aria-label={s.removeItemOf({ title: i.title })}>
                  {s.removeItem}
                </button>
              </form>
            </span>
          </li>
        ))}
      </ol>
      <h2 id="add-item">{s.addItem}</h2>
      <form method="post" action={`${base}/hien-vat`} aria-labelledby="add-item">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="objectId">{s.objects}</label>
        <select id="objectId" name="objectId">
          {objects.map((o) => (
            <option value={String(o.id)}>{`${o.identifier} — ${o.title}`}</option>
          ))}
        </select>
        <label for="caption">{s.caption}</label>
        <textarea id="caption" name="caption" rows={3}></textarea>
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      {x.kind === 'travelling' ? (
        <form method="post" action={`${base}/diem-dung`}>
          <h2>{s.addStop}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <Field id="place" label={s.stopPlace} required />
          <Field id="startsOn" label={s.from} type="date" required />
          <Field id="endsOn" label={s.to} type="date" required />
          <p>
            <button type="submit">{ctx.t.save}</button>
          </p>
        </form>
      ) : null}
      {!x.published ? (
        <form method="post" action={`${base}/cong-bo`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button class="primary" type="submit">
            {s.publish}
          </button>
        </form>
      ) : (
        <>
          {summary('unpublish')}
          <form method="post" action={`${base}/ngung-cong-bo`} aria-labelledby="unpublish-h">
            <h2 id="unpublish-h">{s.unpublish}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <Field id="reason" label={s.unpublishReason} required value={value('unpublish', 'reason')} problem={problem('unpublish', 'reason')} />
            <p>
              <button type="submit">{s.unpublish}</button>
            </p>
          </form>
        </>
      )}
      {summary('edit')}
      <form method="post" action={`${base}/sua`} aria-labelledby="edit-x-h">
        <h2 id="edit-x-h">{s.editExhibition}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <p>
          {ctx.t.kind}: {exhibitionKindName(ctx.lang, x.kind)}
        </p>
        <Field id="title" label={s.exhibitionTitle} required value={value('edit', 'title', x.title)} problem={problem('edit', 'title')} />
        <label for="intro">{s.intro}</label>
        <textarea id="intro" name="intro" rows={4}>
          {value('edit', 'intro', x.intro)}
        </textarea>
        <Field id="opensOn" label={s.opens} type="date" required value={value('edit', 'opensOn', x.opens_on)} problem={problem('edit', 'opensOn')} />
        <Field id="closesOn" label={s.closes} type="date" value={value('edit', 'closesOn', x.closes_on ?? '')} problem={problem('edit', 'closesOn')} />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      {!x.published ? (
        <>
          {summary('delete')}
          <form method="post" action={`${base}/xoa`} aria-labelledby="delete-x-h">
            <h2 id="delete-x-h">{s.deleteExhibition}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <Field id="reason" label={s.deleteReason} required value={value('delete', 'reason')} problem={problem('delete', 'reason')} />
            <p>
              <button type="submit">{s.deleteExhibition}</button>
            </p>
          </form>
        </>
      ) : null}
    </Layout>,
    again ? (again.error.status === 409 ? 409 : 422) : 200,
  );
}

export const museumManagePages = new Hono<AppEnv>()
  .use('/quan-ly/bao-tang/*', requireLogin())
  .use('/quan-ly/trien-lam/*', requireLogin())
  .get('/quan-ly/bao-tang/:code', async (c) => c.html(await managePage(c, await museum(c, c.req.param('code')))))
  .post('/quan-ly/bao-tang/:code/hien-vat', async (c) => {
    const inst = await museum(c, c.req.param('code'));
    if (Number(c.req.header('content-length') ?? 0) > MAX_IMAGE_BYTES + 1024 * 1024)
      throw new UserError(E.imageTooLarge(), 413, [{ field: 'image', said: E.over20MB() }]);
    const b = await c.req.parseBody();
    const file = b.image instanceof File && b.image.size > 0 ? b.image : null;
    // the image is checked first: a refused image saves nothing
    const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
    const { db } = c.var.store;
    const userId = c.var.principal.userId;
    const values: Record<string, string> = Object.fromEntries(
      [...OBJECT_FIELDS.filter((f) => f !== 'image'), ...VOCABULARIES.map((voc) => TERM_FIELD[voc])].map((f) => [f, str(b[f])]),
    );
    if (file) values.imageName = file.name;
    try {
      await createObjectWithImage(
        db,
        {
          institutionId: inst.id,
          identifier: values.identifier ?? '',
          title: values.title ?? '',
          description: values.description ?? '',
          creator: values.creator ?? '',
          dateText: values.dateText ?? '',
          type: values.type ?? '',
          format: values.format ?? '',
          provenance: values.provenance ?? '',
          ethnicGroup: values.ethnicGroup ?? '',
          ...termsFromForm(b),
        },
        file && bytes ? { bytes, name: file.name } : null,
        values.alt ?? '',
        userId,
      );
    } catch (err) {
      // refused: the form again with everything typed and each problem beside its field
      if (err instanceof UserError && err.status !== 403 && err.status !== 404)
        return c.html(await managePage(c, inst, { values, error: err }), err.status === 413 ? 413 : 422);
      throw err;
    }
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/trien-lam', async (c) => {
    const inst = await museum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    const id = await createExhibition(
      c.var.store.db,
      {
        institutionId: inst.id,
        kind: str(b.kind) as 'virtual',
        title: str(b.title),
        intro: str(b.intro),
        opensOn: str(b.opensOn),
        closesOn: str(b.closesOn) || null,
      },
      c.var.principal.userId,
    );
    return c.redirect(`/quan-ly/trien-lam/${id}`, 303);
  })
  .post('/quan-ly/bao-tang/:code/luot-khach', async (c) => {
    const inst = await museum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    await recordVisits(
      c.var.store.db,
      inst.id,
      { day: str(b.day), visitors: num(b.visitors), students: num(b.students) || 0, study: num(b.study) || 0 },
      c.var.principal.userId,
    );
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/chuong-trinh', async (c) => {
    const inst = await museum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    await createProgramme(c.var.store.db, { institutionId: inst.id, title: str(b['p-title']), maxStudents: num(b['p-max']) }, c.var.principal.userId);
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/dat-lich/:id/da-to-chuc', async (c) => {
    const inst = await museum(c, c.req.param('code'));
    const own = await c.var.store.db
      .selectFrom('edu_bookings as b')
      .innerJoin('edu_programmes as p', 'p.id', 'b.programme_id')
      .select('b.id')
      .where('b.id', '=', Number(c.req.param('id')))
      .where('p.institution_id', '=', inst.id)
      .executeTakeFirst();
    if (!own) throw notFound('lượt đặt lịch', 'Booking');
    await markBookingHeld(c.var.store.db, own.id, c.var.principal.userId);
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .get('/quan-ly/trien-lam/:id', (c) => exhibitionPage(c))
  .post('/quan-ly/trien-lam/:id/sua', async (c) => {
    const x = await exhibitionFor(c);
    const b = await c.req.parseBody();
    const values = { title: str(b.title), intro: str(b.intro), opensOn: str(b.opensOn), closesOn: str(b.closesOn) };
    try {
      await updateExhibition(c.var.store.db, x.id, { ...values, closesOn: values.closesOn || null }, c.var.principal.userId);
    } catch (err) {
      if (fixableForm(err)) return exhibitionPage(c, { form: 'edit', values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/trien-lam/${x.id}?ok=saved`, 303);
  })
  .post('/quan-ly/trien-lam/:id/xoa', async (c) => {
    const x = await exhibitionFor(c);
    const values = { reason: str((await c.req.parseBody()).reason) };
    try {
      await deleteExhibition(c.var.store.db, x.id, values.reason, c.var.principal.userId);
    } catch (err) {
      if (fixableForm(err)) return exhibitionPage(c, { form: 'delete', values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(x.institutionCode)}?ok=1`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat', async (c) => {
    const x = await exhibitionFor(c);
    const b = await c.req.parseBody();
    await addItem(c.var.store.db, x.id, num(b.objectId), str(b.caption), c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat/:object/:move{len|xuong}', async (c) => {
    const x = await exhibitionFor(c);
    await moveItem(c.var.store.db, x.id, Number(c.req.param('object')), c.req.param('move') === 'len' ? 'up' : 'down', c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat/:object/bo', async (c) => {
    const x = await exhibitionFor(c);
    await removeItem(c.var.store.db, x.id, Number(c.req.param('object')), c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/diem-dung', async (c) => {
    const x = await exhibitionFor(c);
    const b = await c.req.parseBody();
    await addStop(c.var.store.db, x.id, { place: str(b.place), startsOn: str(b.startsOn), endsOn: str(b.endsOn) }, c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/cong-bo', async (c) => {
    const x = await exhibitionFor(c);
    await publishExhibition(c.var.store.db, x.id, c.var.principal.userId);
    return c.redirect(`/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/ngung-cong-bo', async (c) => {
    const x = await exhibitionFor(c);
    const values = { reason: str((await c.req.parseBody()).reason) };
    if (values.reason.trim() === '')
      return exhibitionPage(c, { form: 'unpublish', values, error: new UserError(E.giveReason(), 422, [{ field: 'reason', said: E.notEmpty() }]) });
    await unpublishExhibition(c.var.store.db, x.id, c.var.principal.userId, values.reason);
    return c.redirect(`/quan-ly/trien-lam/${x.id}?ok=unpublished`, 303);
  });
